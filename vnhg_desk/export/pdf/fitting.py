"""The page fit applied to the newsletter's styles and flowables.

A :class:`~vnhg_desk.model.PageFit` tightens three things within set limits: the body
type (at most 0.5 pt smaller, leading in proportion), the space between blocks (paragraph
spacing, around photos, quotes and boxes) and the photo heights (a wider crop, see
:func:`vnhg_desk.export.pdf.placements.fitted_limits`). With the normal fit everything
stays exactly as the house style sets it.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.styles import Styles
from vnhg_desk.model import PageFit

F = TypeVar("F", bound=Flowable)

#: The styles whose type shrinks with ``PageFit.type_size`` (the running text).
_TYPE = ("body", "bullet", "box_body", "box_bullet")
#: The styles whose space before and after shrinks with ``PageFit.spacing``.
_SPACE = (
    "body",
    "bullet",
    "subheading",
    "kicker",
    "headline",
    "subtitle",
    "lead",
    "box_body",
    "box_bullet",
    "byline",
)


def fitted_styles(styles: Styles, fit: PageFit) -> Styles:
    """``styles`` tightened by ``fit`` (the same object for the normal fit)."""
    if fit.is_normal:
        return styles
    smaller = fit.type_size / 10
    space = fit.spacing / 100
    changes: dict[str, ParagraphStyle] = {}
    for name in dict.fromkeys((*_TYPE, *_SPACE)):
        style: ParagraphStyle = getattr(styles, name)
        values: dict[str, float] = {}
        if name in _TYPE and smaller:
            size = style.fontSize - smaller
            values["leading"] = style.leading * size / style.fontSize
            values["fontSize"] = size
        if name in _SPACE and space != 1:
            values["spaceBefore"] = style.spaceBefore * space
            values["spaceAfter"] = style.spaceAfter * space
        if values:
            # Same name: the name says what the text is (its tag in the structure tree).
            changes[name] = ParagraphStyle(style.name, parent=style, **values)
    return dataclasses.replace(styles, **changes)


def fitted_space(flowable: F, fit: PageFit) -> F:
    """``flowable`` (a photo, quote or box) with its space before and after tightened."""
    if fit.spacing != 100:
        share = fit.spacing / 100
        flowable.spaceBefore = getattr(flowable, "spaceBefore", 0) * share
        flowable.spaceAfter = getattr(flowable, "spaceAfter", 0) * share
    return flowable
