"""Findings about the words themselves: empty title, date and place; placeholder text
left in; an article without body or headline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.model import Article, Edition, Invitation, SidebarBox
from vnhg_desk.model.richtext import plain_text

_BRACKET_WORDS = (
    "naam|datum|plaats|tekst|titel|kop|foto|functie|gemeente|invullen|aanvullen|volgt|"
    "nog|pm|p\\.m\\.|tbd|todo|\\.\\.\\.|…"
)
#: Text that stands in for what still has to be written.
PLACEHOLDER = re.compile(
    r"lorem ipsum|\bX{3,}\b|\?{3,}|\b(?:TODO|TBD|FIXME)\b|\{\{[^}]*\}\}|<<[^>]*>>"
    rf"|\[\s*(?:{_BRACKET_WORDS})[^\]\n]{{0,40}}\]"
    r"|\b(?:tekst volgt|nog invullen|nog aanvullen|typ hier|vul hier|hier komt)\b",
    re.IGNORECASE,
)
_CASE_SENSITIVE = re.compile(r"\b(?:TODO|TBD|FIXME)\b")


def placeholder_in(text: str) -> str | None:
    """The first placeholder in ``text`` ("Lorem ipsum", "XXX", "[naam]"), or None."""
    for match in PLACEHOLDER.finditer(text or ""):
        found = match.group(0)
        if found.upper() in ("TODO", "TBD", "FIXME") and not _CASE_SENSITIVE.fullmatch(found):
            continue  # "todo" inside a sentence is rare, but only the capitals are a marker
        return found
    return None


def document_texts(context: CheckContext) -> Iterator[tuple[str, Place]]:
    """Every text field of the document with its place, in reading order."""
    document = context.document
    if isinstance(document, Invitation):
        for name in ("title", "theme", "place", "online_note", "intro", "registration_note"):
            yield getattr(document, name), context.place(name)
        return
    assert isinstance(document, Edition)
    for name in ("title", "meeting", "place", "references"):
        yield getattr(document, name), context.place(name)
    for highlight in document.highlights:
        yield highlight, context.place("highlights")
    for item in document.content:
        if isinstance(item, SidebarBox):
            for name in ("kicker", "title", "body"):
                yield getattr(item, name), context.place(name, item)
            continue
        for name in ("kicker", "headline", "subtitle", "lead", "body", "byline"):
            yield getattr(item, name), context.place(name, item)
        for number, quote in enumerate(item.quotes, 1):
            label = f"citaat {number}"
            yield quote.text, context.place("text", item, sub=quote.uid, sub_label=label)
            yield (
                quote.attribution,
                context.place("attribution", item, sub=quote.uid, sub_label=label),
            )
        for number, photo in enumerate(item.photos, 1):
            label = f"foto {number}"
            for name in ("caption", "credit", "alt_text"):
                yield (
                    getattr(photo, name),
                    context.place(name, item, sub=photo.uid, sub_label=label),
                )


@register
def empty_fields(context: CheckContext) -> Iterator[Finding]:
    """Title, date and place: what the masthead, the file name and the e-mail need."""
    document = context.document
    if not document.title.strip():
        shown = context.style.default_title.upper()
        yield finding(
            "title-empty",
            f"De titel is leeg; de PDF zou “{shown}” als titel krijgen.",
            context.place("title"),
        )
    if document.date is None:
        yield finding(
            "date-empty",
            "De datum is leeg; de datumbalk blijft leeg en het bestand heet dan “document.pdf”.",
            context.place("date"),
        )
    online = isinstance(document, Invitation) and document.online
    if not document.place.strip() and not online:
        yield finding(
            "place-empty",
            "De plaats is leeg; de datumbalk noemt geen plaats.",
            context.place("place"),
        )


@register
def placeholders(context: CheckContext) -> Iterator[Finding]:
    """Placeholder text ("Lorem ipsum", "XXX", "[naam]") left in any field."""
    for text, place in document_texts(context):
        found = placeholder_in(text)
        if found:
            yield finding(
                "placeholder-text",
                f"Er staat nog opvultekst in: “{found}”.",
                place,
            )


@register
def empty_articles(context: CheckContext) -> Iterator[Finding]:
    """An article without body text (or without headline) prints as a stray fragment."""
    edition = context.edition
    if edition is None:
        return
    for item in edition.content:
        if not isinstance(item, Article):
            continue
        if not plain_text(item.body).strip():
            yield finding(
                "article-no-body",
                "Dit artikel heeft geen tekst.",
                context.place("body", item),
            )
        if not item.headline.strip():
            yield finding(
                "article-no-headline",
                "Dit artikel heeft geen kop.",
                context.place("headline", item),
            )
