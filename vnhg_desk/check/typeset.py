"""Findings only the typeset PDF can give: headlines set over more than three lines, the
e-mail PDF's size, the page budget (over or under the edition's target page count) and
page counts (a folded handout needs a multiple of four pages), and characters no shipped
font draws (an emoji), which the PDF leaves out."""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.layout.page_budget import budget, budget_words

MAX_HEADLINE_LINES = 3
#: An attachment every council's mail server takes without a second thought.
MAX_EMAIL_BYTES = 1_000_000


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


@register
def long_headlines(context: CheckContext) -> Iterator[Finding]:
    """Headlines the layout sets in more than three lines."""
    edition = context.edition
    typeset = context.typeset() if edition is not None else None
    if edition is None or typeset is None:
        return
    lines = typeset.result.headline_lines
    for article in edition.articles:
        count = lines.get(article.uid, 0)
        if count > MAX_HEADLINE_LINES:
            yield finding(
                "headline-long",
                f"Deze kop beslaat {count} regels in de opmaak (hooguit {MAX_HEADLINE_LINES}); "
                "maak hem korter.",
                context.place("headline", article),
            )


@register
def email_size(context: CheckContext) -> Iterator[Finding]:
    """The e-mail PDF as it would be attached, over 1 MB."""
    typeset = context.typeset()
    if typeset is not None and len(typeset.data) > MAX_EMAIL_BYTES:
        yield finding(
            "email-pdf-large",
            f"De PDF voor e-mail wordt {_megabytes(len(typeset.data))} (liever onder 1 MB); "
            "gebruik minder of kleinere foto's.",
            Place("pages", label="PDF voor e-mail"),
        )


@register
def dropped_characters(context: CheckContext) -> Iterator[Finding]:
    """Characters none of the PDF's fonts can draw (most emoji): the PDF leaves them out
    (never a box, never the character's name), so the secretary should know."""
    typeset = context.typeset()
    if typeset is not None and typeset.result.dropped_characters:
        yield finding(
            "characters-dropped",
            "Deze tekens staan in geen lettertype van de PDF en worden weggelaten: "
            f"{typeset.result.dropped_names()}; vervang ze door woorden of laat ze weg.",
            Place("pages", label="PDF voor e-mail"),
        )


@register
def page_budget(context: CheckContext) -> Iterator[Finding]:
    """Pages over or under the edition's page budget (its target page count)."""
    edition = context.edition
    typeset = context.typeset() if edition is not None else None
    if edition is None or typeset is None or not typeset.result.page_fill:
        return
    measured = budget(typeset.result.page_fill, edition.page_target)
    if measured.exact or abs(measured.excess) < 0.125:
        return  # full, or a few lines from it: nothing to do
    if measured.excess > 0:
        advice = "kort in of laat de opmaak passend maken (Opmaak › Passend maken op pagina's)"
    else:
        advice = "vul aan of kies minder pagina's"
    yield finding(
        "pages-budget",
        f"Paginabudget: {budget_words(measured)}; {advice}.",
        Place("page_target", label="paginabudget"),
    )


@register
def page_count(context: CheckContext) -> Iterator[Finding]:
    """A print edition folds into a booklet only with a multiple of four pages."""
    edition = context.edition
    typeset = context.typeset() if edition is not None else None
    if typeset is None:
        return
    pages = typeset.result.page_count
    if pages % 4:
        blank = 4 - pages % 4
        added = "komt er 1 lege pagina" if blank == 1 else f"komen er {blank} lege pagina's"
        yield finding(
            "pages-not-multiple-of-4",
            f"De editie heeft {pages} pagina's; gedrukt als boekje {added} bij. Een gevouwen "
            "boekje heeft 4, 8 of 12 pagina's.",
            Place("pages", label="pagina's"),
        )
