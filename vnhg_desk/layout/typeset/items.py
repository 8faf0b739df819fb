"""The items of a paragraph for line breaking: boxes (word pieces), glue (spaces) and
penalties (places where a line may break inside a word), after Knuth and Plass.

A paragraph's rich text spans become a flat list of items. Widths come from a
``measure(text, face) -> points`` callable the caller passes in (the PDF writer measures
with the real fonts), so this module knows nothing of fonts or writers. ``face`` is a
:class:`Face`: the bold/italic combination of a run, plus its link target, which the
writer needs to draw the run and which does not change its width.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

INFINITY = 10_000  # a penalty this large forbids a break; minus it forces one


@dataclass(frozen=True)
class Face:
    """How a run of text is set: emphasis and an optional link target."""

    bold: bool = False
    italic: bool = False
    link: str | None = None


Measure = Callable[[str, Face], float]


@dataclass(frozen=True)
class Piece:
    """Text in one face, drawn as one run."""

    text: str
    face: Face
    width: float


@dataclass(frozen=True)
class Box:
    """A word, or the part of a word between two break points: never broken. Its
    letters may be spaced a little wider or tighter (``stretch``, ``shrink``) when the
    word spaces alone cannot fill a line."""

    pieces: tuple[Piece, ...]
    width: float
    stretch: float = 0.0
    shrink: float = 0.0

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


@dataclass(frozen=True)
class Glue:
    """A word space: natural width, how much it may stretch and shrink."""

    width: float
    stretch: float
    shrink: float
    face: Face


@dataclass(frozen=True)
class Penalty:
    """A possible break inside a word: ``width`` is the hyphen drawn if the line breaks
    here (0 at an existing hyphen or a URL break); ``flagged`` breaks end in a hyphen."""

    width: float
    cost: float
    flagged: bool
    face: Face
    hyphen: str = ""  # what is drawn at the line end when broken here


Item = Box | Glue | Penalty


@dataclass(frozen=True)
class Word:
    """A word with its pieces and where it may break: ``breaks`` are character offsets
    into the word with what is drawn there when broken (a hyphen or nothing) and cost."""

    pieces: tuple[tuple[str, Face], ...]
    breaks: tuple[tuple[int, str, float], ...] = ()

    @property
    def text(self) -> str:
        return "".join(text for text, _face in self.pieces)


def words_of(runs: Iterable[tuple[str, Face]]) -> list[list[tuple[str, Face]]]:
    """The runs cut into words at spaces; a word keeps the faces of its parts."""
    words: list[list[tuple[str, Face]]] = []
    current: list[tuple[str, Face]] = []
    for text, face in runs:
        parts = text.split(" ")
        for index, part in enumerate(parts):
            if index and current:
                words.append(current)
                current = []
            if part:
                current.append((part, face))
    if current:
        words.append(current)
    return words


def _slice(pieces: tuple[tuple[str, Face], ...], start: int, end: int) -> list[tuple[str, Face]]:
    """The pieces covering characters ``start``..``end`` of the word."""
    out: list[tuple[str, Face]] = []
    offset = 0
    for text, face in pieces:
        lo, hi = max(start, offset), min(end, offset + len(text))
        if lo < hi:
            out.append((text[lo - offset : hi - offset], face))
        offset += len(text)
    return out


def build_items(words: list[Word], measure: Measure, tracking: float = 0.0) -> list[Item]:
    """The paragraph's items, ending in the usual finishing glue and forced break.

    Word spaces stretch by half and shrink by a fifth of their width: an adjustment
    ratio of 2 is a gap between words twice the natural space, -1 one of 80 %. Letters
    stretch by ``tracking`` points each (and shrink by half that) at ratio 1; the gap
    after a word counts its last letter's spacing.
    """
    items: list[Item] = []
    for index, word in enumerate(words):
        if index:
            before, after = words[index - 1].pieces[-1][1], word.pieces[0][1]
            # A space inside a link is part of it (underlined); otherwise it has no link.
            link = before.link if before.link == after.link else None
            face = Face(before.bold, before.italic, link)
            space = measure(" ", face)
            # The letter spacing after the word's last letter widens the visible gap too:
            # the space itself stretches that much less, so the gap is 2x at ratio 2.
            stretch = max(0.0, space / 2 - tracking)
            shrink = max(0.0, space / 5 - tracking / 2)
            items.append(Glue(space, stretch, shrink, face))
        cuts = [(0, "", 0.0), *word.breaks, (len(word.text), "", 0.0)]
        for number in range(len(cuts) - 1):
            start, end = cuts[number][0], cuts[number + 1][0]
            if number:
                _at, hyphen, cost = cuts[number]
                face = _slice(word.pieces, start - 1, start)[0][1]
                width = measure(hyphen, face) if hyphen else 0.0
                flagged = bool(hyphen) or word.text[start - 1] in "-\u2010\u2013"
                items.append(Penalty(width, cost, flagged, face, hyphen))
            pieces = tuple(Piece(t, f, measure(t, f)) for t, f in _slice(word.pieces, start, end))
            letters = sum(len(p.text) for p in pieces)
            width = sum(p.width for p in pieces)
            items.append(Box(pieces, width, letters * tracking, letters * tracking / 2))
    items.append(Glue(0.0, 1e6, 0.0, Face()))  # fills the last line
    items.append(Penalty(0.0, -INFINITY, False, Face()))
    return items
