"""Find, replace and count words across a whole edition, without Qt.

A *slot* is one text field of one part (``ref`` as in :mod:`edits`, a field name). Bodies
are stored as Markdown: they are searched as plain text and replaced span by span, so a
replacement never breaks bold, italic or a link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from vnhg_desk.gui.edits import Ref, SetField, locate
from vnhg_desk.layout.body_cache import plain_text_cached
from vnhg_desk.model import Article, Edition, SidebarBox
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_to_markdown,
    parse_body,
)

MARKDOWN_FIELDS = frozenset({"body"})
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True)
class Slot:
    """One searchable field."""

    ref: Ref
    name: str


def slots(document: Any) -> list[Slot]:
    """Every text field of an edition in reading order (masthead first)."""
    if not isinstance(document, Edition):
        return [Slot((), name) for name in ("title", "meeting", "place") if hasattr(document, name)]
    found = [Slot((), name) for name in ("title", "meeting", "place", "references", "highlights")]
    for item in document.content:
        ref = (item.uid,)
        if isinstance(item, Article):
            for name in ("kicker", "headline", "subtitle", "lead", "body", "byline"):
                found.append(Slot(ref, name))
            for quote in item.quotes:
                found += [Slot((item.uid, quote.uid), n) for n in ("text", "attribution")]
            for photo in item.photos:
                found += [Slot((item.uid, photo.uid), n) for n in ("caption", "credit")]
        elif isinstance(item, SidebarBox):
            found += [Slot(ref, "kicker"), Slot(ref, "title"), Slot(ref, "body")]
    return found


def slot_value(document: Any, slot: Slot) -> Any:
    return getattr(locate(document, slot.ref), slot.name)


def slot_text(document: Any, slot: Slot) -> str:
    """The field as the user reads it (a body without its Markdown)."""
    value = slot_value(document, slot)
    if isinstance(value, list):
        return "\n".join(value)
    if slot.name in MARKDOWN_FIELDS:
        return plain_text_cached(value or "")  # no markdown-it import for a known body
    return value or ""


def pattern(needle: str, *, match_case: bool = False, whole_word: bool = False) -> re.Pattern:
    """The regular expression for a literal search text."""
    text = re.escape(needle)
    if whole_word:
        text = rf"(?<!\w){text}(?!\w)"
    return re.compile(text, 0 if match_case else re.IGNORECASE)


def matches(document: Any, regex: re.Pattern) -> list[tuple[Slot, int, int]]:
    """Every hit: (slot, start, end) in the slot's plain text, in reading order."""
    hits = []
    for slot in slots(document):
        try:
            text = slot_text(document, slot)
        except (KeyError, AttributeError):
            continue
        hits += [(slot, m.start(), m.end()) for m in regex.finditer(text)]
    return hits


def _replace_spans(spans: tuple[Span, ...], regex: re.Pattern, new: str) -> tuple[tuple, int]:
    out, total = [], 0
    for span in spans:
        text, count = regex.subn(lambda _m: new, span.text)
        total += count
        out.append(replace(span, text=text) if count else span)
    return tuple(out), total


def replace_in(value: Any, regex: re.Pattern, new: str, *, markdown: bool) -> tuple[Any, int]:
    """``value`` with every hit replaced, and how many there were."""
    if isinstance(value, list):
        results = [regex.subn(lambda _m: new, line) for line in value]
        return [text for text, _ in results], sum(count for _, count in results)
    if not markdown:
        return regex.subn(lambda _m: new, value or "")
    blocks: list[Block] = []
    total = 0
    for block in parse_body(value or ""):
        if isinstance(block, Subheading):
            text, count = regex.subn(lambda _m: new, block.text)
            blocks.append(Subheading(text))
        elif isinstance(block, BulletList):
            items, count = [], 0
            for item in block.items:
                spans, n = _replace_spans(item, regex, new)
                items.append(spans)
                count += n
            blocks.append(BulletList(tuple(items)))
        else:
            spans, count = _replace_spans(block.spans, regex, new)
            blocks.append(Paragraph(spans))
        total += count
    return (blocks_to_markdown(blocks) if total else value), total


def replace_all_edits(document: Any, regex: re.Pattern, new: str) -> tuple[list[SetField], int]:
    """The field edits that replace every hit, and the number of replacements."""
    edits, total = [], 0
    for slot in slots(document):
        try:
            old = slot_value(document, slot)
        except (KeyError, AttributeError):
            continue
        value, count = replace_in(old, regex, new, markdown=slot.name in MARKDOWN_FIELDS)
        if count and value != old:
            edits.append(SetField(slot.ref, slot.name, old, value))
            total += count
    return edits, total


@dataclass
class EditGroup:
    """Several edits as one undo step (replace all)."""

    edits: list[SetField]

    def apply(self, doc: Any) -> None:
        for edit in self.edits:
            edit.apply(doc)

    def revert(self, doc: Any) -> None:
        for edit in reversed(self.edits):
            edit.revert(doc)

    @property
    def focus(self) -> Ref:
        return self.edits[0].focus if self.edits else ()


def count_text(text: str) -> tuple[int, int]:
    """(words, characters) of a text; characters without line breaks."""
    return len(_WORD.findall(text)), len(text.replace("\n", ""))


def part_counts(document: Any, uid: str) -> tuple[int, int]:
    """Words and characters of one article or box (all its fields)."""
    texts = [slot_text(document, s) for s in slots(document) if s.ref and s.ref[0] == uid]
    return count_text("\n".join(t for t in texts if t))


def edition_counts(document: Any) -> tuple[int, int]:
    """Words and characters of the whole edition."""
    texts = [slot_text(document, s) for s in slots(document)]
    return count_text("\n".join(t for t in texts if t))
