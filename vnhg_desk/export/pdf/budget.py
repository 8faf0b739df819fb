"""Measuring an edition against its page budget by typesetting it, and fitting it.

Used by the command line (``export --pages``) and the editor's fit action; the search
itself is :func:`vnhg_desk.layout.page_fit.find_fit`.
"""

from __future__ import annotations

import dataclasses
import io

from vnhg_desk.export.pdf.writer import write_pdf
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout.page_budget import Budget, budget
from vnhg_desk.layout.page_fit import FitOutcome, Measure, find_fit
from vnhg_desk.model import Article, Edition, HouseStyle, PageFit


def measure_edition(
    edition: Edition, style: HouseStyle, photos: PhotoSource, variant: str = "email"
) -> Measure:
    """A function that typesets ``edition`` with a given fit and returns its budget."""

    def measure(fit: PageFit) -> Budget:
        trial = dataclasses.replace(edition, fit=fit)
        result = write_pdf(trial, style, photos, io.BytesIO(), variant=variant)
        return budget(result.page_fill, edition.page_target)

    return measure


def fit_edition(
    edition: Edition, style: HouseStyle, photos: PhotoSource, variant: str = "email"
) -> FitOutcome:
    """The least tightening that brings ``edition`` to ``edition.page_target`` pages (or,
    when none does, the tightest with how far it is over)."""
    return find_fit(measure_edition(edition, style, photos, variant))


def edition_words(edition: Edition) -> int:
    """How many words the edition's articles and boxes hold (for "how much must go")."""
    count = 0
    for item in edition.content:
        texts = [item.kicker, item.body]
        if isinstance(item, Article):
            texts += [item.headline, item.subtitle, item.lead, item.byline]
        else:
            texts.append(item.title)
        count += sum(len(text.split()) for text in texts)
    return count
