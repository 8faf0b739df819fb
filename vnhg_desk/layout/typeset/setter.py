"""A paragraph set into lines: rich text in, positioned words out.

:class:`SetParagraph` turns the runs of a paragraph into words with their break points
(:mod:`rules`), items (:mod:`items`) and, per width, the total-fit lines
(:mod:`breaker`); :meth:`SetParagraph.placed` says where each word, space and line-end
hyphen goes. A paragraph with Arabic or Hebrew is broken in logical order and each line
then put in drawing order by itself (:mod:`bidi`). The writer only draws what it is told.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vnhg_desk.layout.typeset import bidi
from vnhg_desk.layout.typeset.breaker import DEFAULT, Line, Params, break_lines
from vnhg_desk.layout.typeset.items import (
    Box,
    Face,
    Glue,
    Item,
    Measure,
    Penalty,
    Word,
    build_items,
    words_of,
)
from vnhg_desk.layout.typeset.rules import WordBreaker

#: What a line-end hyphen is drawn as: the soft hyphen, so that text taken from the PDF
#: has whole words (the font draws it as a hyphen).
SOFT_HYPHEN = "\u00ad"
_SPLIT_COST = 5000.0  # a break between two letters of a word wider than the line


@dataclass(frozen=True)
class Placed:
    """Something to draw on a line: ``kind`` is "word", "space" or "hyphen"."""

    x: float
    text: str
    face: Face
    width: float
    kind: str
    #: In a line put in drawing order (Arabic, Hebrew): where the piece starts in the
    #: line's logical order and its characters in that order (else -1 and None).
    at: int = -1
    logical: str | None = None


class SetParagraph:
    """One paragraph's words and its lines per width (remembered)."""

    def __init__(
        self,
        runs: Iterable[tuple[str, Face]],
        measure: Measure,
        breaker: WordBreaker | None,
        justify: bool = True,
        params: Params = DEFAULT,
        tracking: float = 0.0,
    ) -> None:
        self.measure = measure
        self.justify = justify
        self.params = params
        self.tracking = tracking if justify else 0.0
        pieces_of_words = words_of(runs)
        #: The bidirectional level of each character of :attr:`text`; None when the
        #: paragraph is all left to right (then nothing is reordered).
        self.levels: list[int] | None = None
        if any(bidi.has_rtl(text) for words in pieces_of_words for text, _f in words):
            pieces_of_words, self.levels = _resolved(pieces_of_words)
        self.words = [
            Word(tuple(pieces), breaker.breaks("".join(t for t, _f in pieces)) if breaker else ())
            for pieces in pieces_of_words
        ]
        self.items: list[Item] = build_items(self.words, measure, self.tracking)
        self._lines: dict[tuple[float, frozenset[int]], tuple[list[Item], list[Line]]] = {}

    def rest(self, first: int) -> SetParagraph:
        """The paragraph from word ``first`` on (what follows a split), set the same
        way; remembered, as column balancing tries the same splits again and again."""
        rests = self.__dict__.setdefault("_rests", {})
        if first not in rests:
            other = SetParagraph((), self.measure, None, self.justify, self.params, self.tracking)
            other.words = self.words[first:]
            if self.levels is not None:
                skipped = sum(len(word.text) + 1 for word in self.words[:first])
                other.levels = self.levels[skipped:]
            other.items = build_items(other.words, self.measure, self.tracking)
            rests[first] = other
        return rests[first]

    @property
    def text(self) -> str:
        """The paragraph's words, one space between them."""
        return " ".join(word.text for word in self.words)

    def lines(self, width: float, no_hyphen: frozenset[int] = frozenset()) -> list[Line]:
        """The best lines at ``width``; lines numbered in ``no_hyphen`` end without one."""
        return self._set(width, no_hyphen)[1]

    def items_for(self, width: float, no_hyphen: frozenset[int] = frozenset()) -> list[Item]:
        """The items the lines at ``width`` index into."""
        return self._set(width, no_hyphen)[0]

    def _set(self, width: float, no_hyphen: frozenset[int]) -> tuple[list[Item], list[Line]]:
        key = (round(width, 3), no_hyphen)
        found = self._lines.get(key)
        if found is None:
            items = self.items
            if any(isinstance(i, Box) and i.width > width for i in items):
                words = [self._splittable(w, width) for w in self.words]
                items = build_items(words, self.measure, self.tracking)
            params = self.params
            if not self.justify:
                params = Params(**{**params.__dict__, "tolerance": max(params.tolerance, 4.0)})
            found = (items, break_lines(items, width, params, no_hyphen))
            self._lines[key] = found
        return found

    def _splittable(self, word: Word, width: float) -> Word:
        """A word wider than the line may also break between any two letters."""
        total = sum(self.measure(text, face) for text, face in word.pieces)
        if total <= width:
            return word
        known = {at for at, _h, _c in word.breaks}
        extra = [(at, "", _SPLIT_COST) for at in range(1, len(word.text)) if at not in known]
        return Word(word.pieces, tuple(sorted([*word.breaks, *extra])))

    def ratio(self, line: Line) -> float:
        """How far the line's spaces (and letters) are stretched (>0) or shrunk (<0):
        0 for the last line and ragged text, never beyond the tolerance."""
        if self.justify and not line.last:
            return min(line.ratio, self.params.tolerance)
        return 0.0

    def letter_spacing(self, line: Line) -> float:
        """The extra space after each letter of the line, in points."""
        ratio = self.ratio(line)
        return ratio * self.tracking if ratio >= 0 else ratio * self.tracking / 2

    def placed(self, line: Line, width: float, items: list[Item]) -> list[Placed]:
        """Where everything on ``line`` goes, x from the line's left edge, in drawing
        order (left to right). A word's width includes its letter spacing; a space's is
        the whole gap to the next word."""
        ratio = self.ratio(line)
        letter = self.letter_spacing(line)
        out: list[Placed] = []
        x = 0.0
        for item in items[line.start : line.end]:
            if isinstance(item, Box):
                for piece in item.pieces:
                    advance = piece.width + letter * len(piece.text)
                    out.append(Placed(x, piece.text, piece.face, advance, "word"))
                    x += advance
            elif isinstance(item, Glue):
                adjust = item.stretch if ratio >= 0 else item.shrink
                gap = item.width + ratio * adjust
                out.append(Placed(x, " ", item.face, gap, "space"))
                x += gap
        words_end = len(out)
        end = items[line.end] if line.end < len(items) else None
        if isinstance(end, Penalty) and end.hyphen:
            out.append(Placed(x, SOFT_HYPHEN, end.face, end.width, "hyphen"))
        elif not (isinstance(end, Penalty) and end.cost > -10_000):
            # A space at the line end (outside the column): copied text keeps its words apart.
            face = out[-1].face if out else Face()
            out.append(Placed(x, " ", Face(face.bold, face.italic), 0.0, "space"))
        if self.levels is None:
            return out
        return self._reordered(out, words_end, _offset(items, line.start), letter)

    def _reordered(
        self, placed: list[Placed], words_end: int, offset: int, letter: float
    ) -> list[Placed]:
        """The logical ``placed`` of a line in drawing order: each character at its
        bidirectional level (the paragraph's, from character ``offset`` of :attr:`text`
        on), the line reordered (L1, L2), right-to-left brackets mirrored, and the pieces
        measured and placed again left to right."""
        assert self.levels is not None
        levels = self.levels
        units: list[tuple[str, int]] = []
        owners: list[int] = []  # which piece each unit comes from
        position = offset
        for number, piece in enumerate(placed):
            if number >= words_end or piece.kind != "word":
                # A space (one character of the text, inside the line) or the line's end.
                at = position if number < words_end else position - 1
                level = levels[at] if 0 <= at < len(levels) else 0
                units.append((piece.text, level))
                owners.append(number)
                position += 1 if number < words_end else 0
                continue
            for char in piece.text:
                level = levels[position] if position < len(levels) else 0
                units.append((char, level))
                owners.append(number)
                position += 1
        trailing = 0  # the white space that ends the line
        while trailing < len(units) and placed[owners[-1 - trailing]].kind == "space":
            trailing += 1
        order = bidi.visual_order(units, trailing)
        out: list[Placed] = []
        x = 0.0
        group: list[str] = []
        indexes: list[int] = []
        owner = -1

        def flush() -> None:
            nonlocal x
            if not group:
                return
            piece = placed[owner]
            text = "".join(group)
            width = piece.width
            if piece.kind == "word" and len(text) != len(piece.text):
                width = self.measure(text, piece.face) + letter * len(text)
            logical = "".join(units[i][0] for i in sorted(indexes))
            out.append(Placed(x, text, piece.face, width, piece.kind, min(indexes), logical))
            x += width

        for index in order:
            if owners[index] != owner:
                flush()
                group, indexes, owner = [], [], owners[index]
            text, level = units[index]
            group.append(bidi.mirrored(text) if level % 2 else text)
            indexes.append(index)
        flush()
        return out


def _offset(items: list[Item], index: int) -> int:
    """How many characters of the paragraph's text come before item ``index``: its
    words' letters and one space per glue between them."""
    return sum(
        len(item.text) if isinstance(item, Box) else 1
        for item in items[:index]
        if isinstance(item, (Box, Glue))
    )


def _resolved(
    words: list[list[tuple[str, Face]]],
) -> tuple[list[list[tuple[str, Face]]], list[int]]:
    """The words without their direction marks, and the bidirectional level of each
    character of the words joined by single spaces (resolved with the marks in place)."""
    text = " ".join("".join(t for t, _f in pieces) for pieces in words)
    levels = bidi.paragraph_levels(text)
    kept_words: list[list[tuple[str, Face]]] = []
    kept_levels: list[int] = []
    position = 0
    for number, pieces in enumerate(words):
        space = levels[position - 1] if number else 0  # the space before this word
        word_levels: list[int] = []
        kept: list[tuple[str, Face]] = []
        for piece, face in pieces:
            chars = []
            for char in piece:
                if char not in bidi.CONTROLS:
                    chars.append(char)
                    word_levels.append(levels[position])
                position += 1
            if chars:
                kept.append(("".join(chars), face))
        position += 1  # the space after the word
        if kept:
            if kept_words:
                kept_levels.append(space)
            kept_words.append(kept)
            kept_levels.extend(word_levels)
    return kept_words, kept_levels
