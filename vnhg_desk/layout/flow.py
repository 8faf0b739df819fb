"""An article as one flow of blocks in reading order: text, pull quotes and photos.

Both writers draw this flow as it is (the PDF in columns, Word top to bottom), so a pull
quote or photo follows the same paragraph in the PDF, the preview and the Word file.

Pull quotes. A quote is anchored to the paragraph it repeats: the one the secretary
chose ("plaats bij alinea …", :attr:`PullQuote.anchor`, a 1-based paragraph number), or
else the paragraph whose text contains the quote. It is placed *after* its anchor, never
before it, and never directly against it: at least one block (a paragraph, a list or a
photo) stands between, so a reader does not meet the same words twice in a row. When
the anchor is the article's last paragraph, the quote closes the article after the
byline; only without byline and photos does it have to follow the paragraph itself
(``QuoteBlock.adjacent``). A quote whose text is nowhere in the body and that has no
chosen anchor is spread over the body like the photos. Two quotes never share a place.

Photos. The first photo opens the article; the others are spread evenly over the body,
never after its last block. Captions and credits are worded here once: a credit reads
"Foto: Naam" in the document's language, never "Foto: Foto: Naam"; a photo's alt text is
its own, else its caption, else none (decorative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vnhg_desk.layout.words import word
from vnhg_desk.model.richtext import Block, BulletList, Paragraph, Subheading

_QUOTE_MARKS = "\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a"
_MARKS = re.compile(f"[{_QUOTE_MARKS}]")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)\s*")
OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"
#: A credit that already names itself ("Foto: …", "Beeld: …", "© …") keeps its own word.
_CREDIT_WORDS = {"foto", "foto's", "photo", "photos", "beeld", "image", "fotografie"}


@dataclass(frozen=True)
class TextBlock:
    """A block of the body (paragraph, subheading or list); ``index`` is its place in it."""

    block: Block
    index: int


@dataclass(frozen=True)
class QuoteBlock:
    """A pull quote as shown: ``text`` with its quote marks, and where it comes from.

    ``source`` is the body index of the paragraph it repeats (None: text not in the body
    and no anchor chosen); ``adjacent`` is True only when nothing could stand between.
    """

    text: str
    attribution: str
    uid: str
    source: int | None
    adjacent: bool = False


@dataclass(frozen=True)
class PhotoBlock:
    """A photo with its texts worded for every output."""

    photo_hash: str
    caption: str
    credit: str
    alt_text: str
    uid: str
    opening: bool = False

    @property
    def caption_line(self) -> str:
        """Caption and credit as one line of text (how both writers print them)."""
        return CAPTION_SEPARATOR.join(part for part in (self.caption, self.credit) if part)


@dataclass(frozen=True)
class BylineBlock:
    """The article's byline ("Tekst: …")."""

    text: str


FlowBlock = TextBlock | QuoteBlock | PhotoBlock | BylineBlock
#: Between caption and credit: a space and an en space.
CAPTION_SEPARATOR = " \u2002"


def normalised(text: str) -> str:
    """Text compared for finding a quote: no quote marks, one space, case folded."""
    return _SPACE.sub(" ", _MARKS.sub("", text)).strip().casefold()


def block_text(block: Block) -> str:
    """The plain text of a paragraph or list (subheadings give "")."""
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, BulletList):
        return " ".join("".join(span.text for span in item) for item in block.items)
    return ""


def quote_text(text: str) -> str:
    """The quote as printed: its own outer quote marks replaced by curly ones."""
    inner = text.strip().strip(_QUOTE_MARKS).strip()
    return f"{OPEN_QUOTE}{inner}{CLOSE_QUOTE}" if inner else ""


def credit_text(credit: str, language: str) -> str:
    """``Foto: Naam``; a credit that already says "Foto:" (or ©) is kept as written."""
    credit = credit.strip()
    if not credit:
        return ""
    label, colon, _rest = credit.partition(":")
    if credit.startswith("\u00a9") or (colon and label.strip().casefold() in _CREDIT_WORDS):
        return credit
    return f"{word('photo', language)}: {credit}"


def alt_text(alt: str, caption: str) -> str:
    """What a screen reader says for a photo: its alt text, else its caption; with
    neither the photo is decorative ("": an artifact in the PDF, marked decorative in
    Word), never a made-up "Foto" (the editor's photo panel flags it)."""
    return alt.strip() or caption.strip()


def paragraph_indices(blocks: Sequence[Block]) -> list[int]:
    """Body indices of the paragraphs ("alinea 1" is the first), as the editor numbers them."""
    return [i for i, block in enumerate(blocks) if isinstance(block, Paragraph)]


def text_anchors(blocks: Sequence[Block]) -> list[int]:
    """Indices of the blocks a quote or photo may follow: paragraphs and lists, but not a
    paragraph that introduces a list (the list belongs to it)."""
    anchors = []
    for i, block in enumerate(blocks):
        follower = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, BulletList) or (
            isinstance(block, Paragraph) and not isinstance(follower, BulletList)
        ):
            anchors.append(i)
    return anchors


def find_source(blocks: Sequence[Block], text: str, anchor: int | None = None) -> int | None:
    """The body index of the paragraph a quote belongs to: the chosen paragraph number
    (1-based) when it exists, else the first text block containing the quote's words
    (a quote shortened with "…" matches on each of its parts)."""
    paragraphs = paragraph_indices(blocks)
    if anchor is not None and 1 <= anchor <= len(paragraphs):
        return paragraphs[anchor - 1]
    parts = [normalised(part) for part in _ELLIPSIS.split(text)]
    parts = [part for part in parts if part]
    if not parts:
        return None
    for i, block in enumerate(blocks):
        haystack = normalised(block_text(block))
        if haystack and all(part in haystack for part in parts):
            return i
    return None


def spread(count: int, anchors: Sequence[int]) -> list[int]:
    """``count`` positions spread evenly over ``anchors`` (never after the last block)."""
    if not anchors:
        return [-1] * count
    usable = list(anchors[:-1]) or list(anchors)
    return [
        usable[min(len(usable) - 1, (n + 1) * len(usable) // (count + 1))] for n in range(count)
    ]


def article_flow(
    blocks: Sequence[Block],
    quotes: Sequence[tuple[str, str, str, int | None]],
    photos: Sequence[tuple[str, str, str, str, str]],
    byline: str,
    language: str,
) -> list[FlowBlock]:
    """The article body in reading order with its quotes and photos placed.

    ``quotes`` are (text, attribution, uid, chosen anchor); ``photos`` are (hash,
    caption, credit, alt text, uid).
    """
    end = len(blocks)  # position "after the byline"
    anchors = text_anchors(blocks)
    photo_blocks = [
        PhotoBlock(
            h,
            caption.strip(),
            credit_text(credit, language),
            alt_text(alt, caption),
            uid,
            opening=n == 0,
        )
        for n, (h, caption, credit, alt, uid) in enumerate(photos)
    ]
    photo_at = [-1, *spread(len(photo_blocks) - 1, anchors)] if photo_blocks else []
    photo_places = set(photo_at)

    quote_at: list[int] = []
    quote_blocks: list[QuoteBlock] = []
    sources = [find_source(blocks, text, anchor) for text, _a, _u, anchor in quotes]
    unplaced = [n for n, source in enumerate(sources) if source is None]
    fallback = dict(zip(unplaced, spread(len(unplaced), anchors), strict=True))
    taken: set[int] = set()
    for n, ((text, attribution, uid, _anchor), source) in enumerate(
        zip(quotes, sources, strict=True)
    ):
        shown = quote_text(text)
        if not shown:
            continue
        adjacent = False
        if source is None:
            candidates = [a for a in anchors if a >= fallback[n]] or [fallback[n]]
        else:
            # After a later text block (it stands between), or right after the source
            # when a photo already follows it there.
            candidates = [a for a in anchors if a > source]
            if source in photo_places:
                candidates.insert(0, source)
            if not candidates:
                adjacent = not byline and source not in photo_places
                candidates = [end]
        place = next((c for c in candidates if c not in taken), candidates[-1])
        if place == end and not byline and source is not None:
            adjacent = source not in photo_places
        taken.add(place)
        quote_at.append(place)
        quote_blocks.append(QuoteBlock(shown, attribution.strip(), uid, source, adjacent))

    def extras(position: int) -> list[FlowBlock]:
        found: list[FlowBlock] = [
            p for p, at in zip(photo_blocks, photo_at, strict=True) if at == position
        ]
        found += [q for q, at in zip(quote_blocks, quote_at, strict=True) if at == position]
        return found

    flow: list[FlowBlock] = extras(-1)
    for index, block in enumerate(blocks):
        flow.append(TextBlock(block, index))
        flow += extras(index)
    if byline.strip():
        flow.append(BylineBlock(byline.strip()))
    flow += extras(end)
    return flow


def is_subheading(block: FlowBlock) -> bool:
    """A subheading of the body (writers join it to the paragraph after it)."""
    return isinstance(block, TextBlock) and isinstance(block.block, Subheading)
