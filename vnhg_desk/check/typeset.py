"""Findings only the typeset PDF can give: headlines set over more than three lines, the
e-mail PDF's size, and page counts (a folded handout needs a multiple of four pages)."""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register

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
