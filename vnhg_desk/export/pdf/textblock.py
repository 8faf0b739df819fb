"""Body text set by the typesetting engine: a paragraph (with its subheading) as a
flowable that breaks lines total-fit, splits only between lines and draws each word.

:class:`TextBlock` replaces reportlab's Paragraph for body paragraphs, the lead, list
items and box texts. ``wrap`` sets the lines (remembered per width); ``split`` cuts
between whole lines, so a word is never cut at a column or page foot, keeps at least two
lines on each side (and a subheading with two lines of its paragraph), and sets the
paragraph again when the last line before the cut would end in a hyphen. ``draw`` puts
each word where the engine says, with a real space after each line and the line-end
hyphen as a soft hyphen, so copied or read-aloud text has every word once and whole.

The paragraph is one element of the tagged structure (its role from the style, as for
reportlab paragraphs), its subheading another (a heading), and each link an annotation over the
link's words that joins the paragraph's element.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from reportlab.lib.colors import toColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.drawn import Recorded
from vnhg_desk.export.pdf.rtl import unshaped
from vnhg_desk.export.pdf.tagging import (
    ROLES,
    Element,
    LinkElement,
    current_element,
    marked,
    role_of,
    utf16_hex,
)
from vnhg_desk.export.pdf.text_faces import TextFaces
from vnhg_desk.layout.typeset import Line, Params, Placed, SetParagraph
from vnhg_desk.layout.typeset.items import Glue, Word

MIN_LINES = 2  # widows and orphans: at least this many lines on each side of a split


@dataclass
class Setting:
    """A paragraph to set: its engine paragraph, fonts and style, and the text as typed
    when what is drawn differs (Arabic and Hebrew: joined forms, lines in drawing order)."""

    paragraph: SetParagraph
    faces: TextFaces
    style: ParagraphStyle
    actual: str = ""

    def lines(self, width: float, no_hyphen: frozenset[int] = frozenset()) -> list[Line]:
        return self.paragraph.lines(width, no_hyphen)


class TextBlock(Recorded, Flowable):
    """One paragraph (optionally opened by its subheading), set line by line."""

    def __init__(
        self,
        body: Setting,
        heading: Setting | None = None,
        link_colour: str = "#0B5394",
        bullet: str | None = None,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.body = body
        self.heading = heading
        self.style = body.style
        self.link_colour = toColor(link_colour)
        self.underline_links = True
        self.bullet = bullet
        self.continued = continued  # a piece after a split: no space before
        self._no_hyphen: frozenset[int] = frozenset()
        self._fixed: int | None = None  # a piece before a split: this many lines
        # The pieces of a split paragraph share this: the structure element the first
        # piece drawn opened, which the later pieces continue.
        self._chain: list[Element | None] = [None]
        # ... and the Link elements of its links, by address and last word (counted
        # from the paragraph's first word: a piece after a split starts further on).
        self._link_elements: dict[tuple[str, int], LinkElement] = {}
        self._first_word = 0
        self.width = self.height = 0.0

    @property
    def text(self) -> str:
        """The words of the paragraph (without its subheading), one space apart."""
        return self.body.paragraph.text

    # -- measuring ----------------------------------------------------------------

    def _text_width(self, width: float) -> float:
        return max(1.0, width - self.style.leftIndent - self.style.rightIndent)

    def _heading_lines(self, width: float) -> list[Line]:
        return self.heading.lines(width) if self.heading else []

    def _heading_height(self, width: float) -> float:
        if self.heading is None:
            return 0.0
        return len(self._heading_lines(width)) * self.heading.style.leading + (
            self.heading.style.spaceAfter
        )

    def _lines(self, width: float) -> list[Line]:
        lines = self.body.lines(self._text_width(width), self._no_hyphen)
        return lines if self._fixed is None else lines[: self._fixed]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        lines = self._lines(available_width)
        self.height = self._heading_height(available_width) + len(lines) * self.style.leading
        return (self.width, self.height)

    def line_count(self) -> int:
        """How many lines the paragraph has at the width it was last wrapped to."""
        return len(self._lines(self.width))

    def line_width(self) -> float:
        """How far the first line's words reach (a one-line block its caller places)."""
        width = self._text_width(self.width)
        lines = self._lines(self.width)
        if not lines:
            return 0.0
        items = self.body.paragraph.items_for(width, self._no_hyphen)
        placed = [p for p in self.body.paragraph.placed(lines[0], width, items) if p.width]
        return placed[-1].x + placed[-1].width if placed else 0.0

    def getSpaceBefore(self) -> float:
        if self.continued:
            return 0.0
        if self.heading is not None:
            return self.heading.style.spaceBefore
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return 0.0 if self._fixed is not None else self.style.spaceAfter

    def deepcopy(self) -> TextBlock:
        """Column balancing copies before a trial split; split never changes self."""
        return copy.copy(self)

    # -- splitting ----------------------------------------------------------------

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._fixed is not None:
            return []
        width = self._text_width(available_width)
        lines = self.body.lines(width, self._no_hyphen)
        room = available_height - self._heading_height(available_width)
        fit = int((room + 1e-6) // self.style.leading)
        fit = min(fit, len(lines) - MIN_LINES)
        if fit < MIN_LINES:
            return []
        no_hyphen = self._no_hyphen | {fit - 1}
        if lines[fit - 1].hyphen is not None:
            # The column would end in a hyphen: set the paragraph again without one there.
            lines = self.body.lines(width, no_hyphen)
            if len(lines) - fit < MIN_LINES or lines[fit - 1].hyphen is not None:
                return []
        head = copy.copy(self)
        head._no_hyphen = no_hyphen
        head._fixed = fit
        head._splitpara = 1
        first = _words_before(self.body.paragraph.items_for(width, no_hyphen), lines[fit].start)
        rest = Setting(self.body.paragraph.rest(first), self.body.faces, self.body.style)
        tail = TextBlock(rest, None, bullet=None, continued=True)
        tail._chain = self._chain  # the head, a copy of self, shares it too
        tail._link_elements = self._link_elements
        tail._first_word = self._first_word + first
        tail.link_colour = self.link_colour
        tail.underline_links = self.underline_links
        return [head, tail]

    # -- drawing ------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        width = self.width
        top = self.height
        if self.heading is not None:
            style = self.heading.style
            role = role_of(style.name, ROLES["subheading"])  # H1 without a headline
            with marked(canvas, role, actual=self.heading.actual, content_actual=""):
                for line in self._heading_lines(width):
                    baseline = top - style.fontSize
                    self._draw_line(self.heading, line, width, style.leftIndent, baseline)
                    top -= style.leading
            top -= style.spaceAfter
        style = self.style
        role = role_of(style.name.removesuffix("-tight").removesuffix("-sub"))
        # Arabic/Hebrew words are drawn in drawing order: each line (each part of a line
        # between links) says its text as typed in an ActualText span, and the element
        # says the whole paragraph, unless it holds links (then a reader reads its parts,
        # the links among them, and their spans).
        words = self.body.paragraph.words
        links = any(face.link for word in words for _text, face in word.pieces)
        actual = "" if links else self.body.actual
        after = self._chain[0] if self.continued else None
        with marked(canvas, role, actual=actual, after=after, content_actual=""):
            self._chain[0] = current_element(canvas)
            text_width = self._text_width(width)
            for number, line in enumerate(self._lines(width)):
                baseline = top - style.fontSize
                if number == 0 and self.bullet:
                    self._draw_bullet(baseline)
                self._draw_line(self.body, line, text_width, style.leftIndent, baseline)
                top -= style.leading

    def _draw_bullet(self, baseline: float) -> None:
        style = self.style
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.bulletColor)
        canvas.setFont(style.bulletFontName, style.bulletFontSize or style.fontSize)
        canvas.drawString(style.bulletIndent, baseline, self.bullet)
        canvas.restoreState()

    def _draw_line(self, setting: Setting, line: Line, width: float, x0: float, y: float) -> None:
        """One text object per line (per part of a line, where a link starts or ends);
        each run of one face is shown at once, its word spaces widened by the PDF's word
        spacing (Tw) to where the engine put the words, its letters spaced by the line's
        letter spacing (Tc). The spaces are real space characters: extracted text keeps
        its words apart. On a tagged canvas a link's words are the link's own marked
        content (see :meth:`~vnhg_desk.export.pdf.tagging.StructureTree.switch`)."""
        paragraph = setting.paragraph
        items = paragraph.items_for(width, self._no_hyphen if setting is self.body else frozenset())
        placed = paragraph.placed(line, width, items)
        structure = getattr(self.canv, "structure", None)
        links = self._line_links(setting, line, items) if structure is not None else {}
        for segment in _segments(_runs(placed)):
            url = segment[0][0].face.link
            link = links[url].pop(0) if url and links.get(url) else None
            if structure is not None:
                structure.switch(self.canv, link)
            self._draw_text(setting, segment, paragraph.letter_spacing(line), x0, y)
            if url:
                self._draw_link(segment, url, link, x0, y, setting.faces.size)

    def _draw_text(
        self, setting: Setting, runs: list[list[Placed]], letter: float, x0: float, y: float
    ) -> None:
        """Runs that follow on from each other as one text object."""
        canvas = self.canv
        faces = setting.faces
        text = canvas.beginText()
        pieces = [piece for run in runs for piece in run]
        if any(piece.logical is not None for piece in pieces):
            # A line in drawing order: what it says as typed (a span inside the text
            # object, inside the paragraph's marked content).
            typed = "".join(p.logical or "" for p in sorted(pieces, key=lambda p: p.at))
            if typed != "".join(piece.text for piece in pieces):
                text._code.append(f"/Span <</ActualText <{utf16_hex(unshaped(typed))}>>> BDC")
            else:
                typed = ""
        else:
            typed = ""
        if letter:
            text.setCharSpace(letter)
        colour = setting.style.textColor
        current_colour = current_font = None
        for run in runs:
            face = run[0].face
            wanted = self.link_colour if face.link else colour
            if wanted is not current_colour:
                text.setFillColor(wanted)
                current_colour = wanted
            gaps = [p.width for p in run if p.kind == "space" and p.width > 0]
            # The space character's advance gets the letter spacing too (Tc, then Tw).
            extra = gaps[0] - faces.measure(" ", face) - letter if gaps else 0.0
            if run is runs[0]:
                # Later runs follow on: each space's advance (with Tc and Tw) is the gap
                # the engine chose, so the text flows as one line for text extraction.
                text.setTextOrigin(x0 + run[0].x, y)
            text.setWordSpace(extra)
            for piece, font in faces.runs("".join(p.text for p in run), face):
                if font != current_font:
                    text.setFont(font, faces.size)
                    current_font = font
                text.textOut(piece)
        text.setWordSpace(0)  # word and letter spacing outlive the text object: reset them
        if letter:
            text.setCharSpace(0)
        if typed:
            text._code.append("EMC")
        canvas.drawText(text)

    def _draw_link(
        self,
        runs: list[list[Placed]],
        url: str,
        link: LinkElement | None,
        x0: float,
        y: float,
        size: float,
    ) -> None:
        """Underline a link's words on this line and make them clickable."""
        canvas = self.canv
        pieces = [p for run in runs for p in run if not (p.kind == "space" and not p.width)]
        if not pieces:
            return
        left, right = x0 + pieces[0].x, x0 + pieces[-1].x + pieces[-1].width
        if self.underline_links:
            canvas.saveState()
            canvas.setStrokeColor(self.link_colour)
            canvas.setLineWidth(0.05 * size)
            canvas.line(left, y - 0.12 * size, right, y - 0.12 * size)
            canvas.restoreState()
        structure = getattr(canvas, "structure", None)
        if structure is not None:
            structure.next_link = link
        canvas.linkURL(url, (left, y - 0.25 * size, right, y + 0.8 * size), relative=1)
        if structure is not None:
            structure.next_link = None

    def _line_links(
        self, setting: Setting, line: Line, items: list
    ) -> dict[str, list[LinkElement]]:
        """The Link elements of the links with words on ``line``, per address in
        reading order (made the first time one of their words is drawn; a link that
        runs on to the next line, column or page keeps its element)."""
        words = setting.paragraph.words
        first = _words_before(items, line.start)
        last = _words_before(items, line.end) if line.end < len(items) else len(words) - 1
        out: dict[str, list[LinkElement]] = {}
        for url, text, start, end in _link_groups(words):
            if end < first or start > last:
                continue
            key = (url, self._first_word + end)  # the same in every piece of a split
            link = self._link_elements.get(key)
            if link is None:
                link = self._link_elements[key] = LinkElement(text)
            out.setdefault(url, []).append(link)
        return out


def _link_groups(words: list[Word]) -> list[tuple[str, str, int, int]]:
    """The links of a paragraph in reading order: address, visible text, first and last
    word (consecutive link pieces with one address are one link)."""
    groups: list[tuple[str, str, int, int]] = []
    previous: str | None = None
    for number, word in enumerate(words):
        for index, (text, face) in enumerate(word.pieces):
            link = face.link
            if link and link == previous:
                url, seen, start, _end = groups[-1]
                groups[-1] = (url, seen + (" " if index == 0 else "") + text, start, number)
            elif link:
                groups.append((link, text, number, number))
            previous = link
    return groups


def _segments(runs: list[list[Placed]]) -> list[list[list[Placed]]]:
    """A line's runs cut where a link starts or ends."""
    out: list[list[list[Placed]]] = []
    for run in runs:
        if out and out[-1][0][0].face.link == run[0].face.link:
            out[-1].append(run)
        else:
            out.append([run])
    return out


def _runs(placed: list[Placed]) -> list[list[Placed]]:
    """What is placed on a line, cut where the face changes."""
    runs: list[list[Placed]] = []
    for piece in placed:
        if runs and runs[-1][-1].face == piece.face:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return runs


def _words_before(items: list, index: int) -> int:
    """How many words come before item ``index`` (words are separated by glue)."""
    return sum(1 for item in items[:index] if isinstance(item, Glue))


__all__ = ["MIN_LINES", "Params", "Setting", "TextBlock", "Word"]
