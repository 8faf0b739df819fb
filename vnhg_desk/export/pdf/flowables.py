"""The newsletter's own flowables: page anchors, photos with captions, pull quotes, boxes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from vnhg_desk.export.pdf.drawn import Recorded
from vnhg_desk.export.pdf.photos import Rendition
from vnhg_desk.export.pdf.readers import EmbeddedJpeg
from vnhg_desk.export.pdf.tagging import ARTIFACT, floating, marked, place
from vnhg_desk.export.pdf.textblock import TextBlock

_SPLITS = (Paragraph, TextBlock)  # what a two-column box may split between its columns


class Rule(HRFlowable):
    """A horizontal rule: decoration, an artifact in the tagged PDF."""

    def draw(self) -> None:
        with marked(self.canv, ARTIFACT):
            super().draw()


class RuledTable(Table):
    """A table whose rules and backgrounds are artifacts; its cells' paragraphs are
    tagged as usual (reportlab draws the lines after the cells, in ``_drawLines``)."""

    def _drawLines(self) -> None:
        with marked(self.canv, ARTIFACT):
            super()._drawLines()


class Anchor(Flowable):
    """Takes no room; records the 0-based page it lands on under ``uid``."""

    def __init__(self, uid: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.uid = uid
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.pages.setdefault(self.uid, self.canv.getPageNumber() - 1)


class FlowMark(Flowable):
    """Takes no room; marks where the float with ``key`` stands in the layout's flow.

    It follows its float in the column content: when the columns let the text after a
    float move up into a gap, the mark stays with that text, and the structure tree
    still reads the float in its own place (:func:`~vnhg_desk.export.pdf.tagging.place`).
    """

    _ZEROSIZE = 1  # reportlab's own anchors: kept and drawn even at a column's foot

    def __init__(self, key: object) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        place(self.canv, self.key)


class _Whole(Flowable):
    """A flowable that is never split: it moves to the next column or page as a whole.

    ``flow_key`` (set for photos and quotes among the columns) ties it to its FlowMark.
    """

    flow_key: object = None

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        with floating(canvas, self.flow_key):
            super().drawOn(canvas, x, y, _sW)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def deepcopy(self) -> _Whole:
        """Column balancing copies a flowable before a trial split; ours never change
        when split (they refuse), so the copy can be the flowable itself."""
        return self


class Figure(Recorded, _Whole):
    """A photo at a fixed width and aspect, with its caption (and credit) underneath;
    ``rendition`` gives the picture when it is drawn (None: an empty tinted frame)."""

    def __init__(
        self,
        rendition: Callable[[], Rendition | None],
        width: float,
        aspect: float,
        caption: Paragraph | None,
        placeholder: Color,
        alt_text: str = "",
    ) -> None:
        super().__init__()
        self.rendition = rendition
        self.photo_width = width
        self.photo_height = width / aspect
        self.caption = caption
        self.placeholder = placeholder
        self.alt_text = alt_text
        self.spaceBefore = 4
        self.spaceAfter = 9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._caption_height = 0.0
        if self.caption is not None:
            _w, h = self.caption.wrap(self.photo_width, 10_000)
            self._caption_height = h + self.caption.getSpaceBefore()
        self.width = self.photo_width
        self.height = self.photo_height + self._caption_height
        return (self.width, self.height)

    def draw(self) -> None:
        canvas = self.canv
        y = self._caption_height
        rendition = self.rendition()  # scaled in a worker thread: waited for only now
        if rendition is None:
            with marked(canvas, ARTIFACT):
                canvas.setFillColor(self.placeholder)
                canvas.rect(0, y, self.photo_width, self.photo_height, stroke=0, fill=1)
        else:
            with marked(canvas, "Figure" if self.alt_text else ARTIFACT, self.alt_text):
                canvas.drawImage(
                    EmbeddedJpeg(rendition.data), 0, y, self.photo_width, self.photo_height
                )
        if self.caption is not None:
            self.caption.drawOn(canvas, 0, 0)


class RuledQuote(Recorded, _Whole):
    """A quote set large between a thick and a thin coloured rule.

    Tagged as a BlockQuote placed away from its source (see :mod:`vnhg_desk.layout.flow`);
    with ``artifact`` (nothing could stand between it and its own sentence) it is drawn
    as decoration only, so a screen reader does not read the sentence twice in a row.
    """

    def __init__(
        self,
        quote: Paragraph,
        attribution: Paragraph | None,
        rule: Color,
        artifact: bool = False,
    ) -> None:
        super().__init__()
        self.artifact = artifact
        self.quote = quote
        self.attribution = attribution
        self.rule = rule
        self.spaceBefore = 8
        self.spaceAfter = 10
        self.pad = 3.2 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = available_width - 4 * mm
        _w, self._quote_h = self.quote.wrap(inner, 10_000)
        self._attr_h = 0.0
        if self.attribution is not None:
            _w, h = self.attribution.wrap(inner, 10_000)
            self._attr_h = h + self.attribution.getSpaceBefore()
        self.height = self._quote_h + self._attr_h + 2 * self.pad + 3
        return (self.width, self.height)

    def draw(self) -> None:
        if self.artifact:
            with marked(self.canv, ARTIFACT):
                self._draw()
        else:
            self._draw()

    def _draw(self) -> None:
        canvas = self.canv
        with marked(canvas, ARTIFACT):
            canvas.saveState()
            canvas.setStrokeColor(self.rule)
            canvas.setLineWidth(2.4)
            canvas.line(0, self.height - 1.2, self.width, self.height - 1.2)
            canvas.setLineWidth(0.8)
            canvas.line(0, 0.4, self.width, 0.4)
            canvas.restoreState()
        y = self.pad + self._attr_h
        self.quote.drawOn(canvas, 4 * mm, y)
        if self.attribution is not None:
            self.attribution.drawOn(canvas, 4 * mm, self.pad)


class TintedBox(Recorded, Flowable):
    """A sidebar box: tinted panel, contents in one or two columns, kept whole.

    Only when the box is taller than ``max_height`` (a whole page) is it split, between
    its blocks, so that nothing is lost.
    """

    #: Width taken from the frame by the padding on both sides and the coloured edge.
    inner_margin = 10 * mm + 3

    def __init__(
        self,
        header: list[Flowable],
        blocks: list[Flowable],
        tint: Color,
        edge: Color,
        max_height: float,
        columns: int = 1,
    ) -> None:
        super().__init__()
        self.header = header
        self.blocks = blocks
        self.tint = tint
        self.edge = edge
        self.max_height = max_height
        self.columns = columns
        self.pad = 5 * mm
        self.gap = 6 * mm
        self.spaceBefore = 6
        self.spaceAfter = 12

    def _stack(self, items: list[Flowable], width: float) -> float:
        height = 0.0
        for index, item in enumerate(items):
            _w, h = item.wrap(width, 10_000)
            height += h + (item.getSpaceBefore() if index else 0) + item.getSpaceAfter()
        return height

    def _split_columns(self, width: float) -> tuple[list[Flowable], list[Flowable]]:
        """Left and right column contents of about equal height; a paragraph that
        straddles the middle is split between them (orphan and widow rules apply)."""
        if self.columns < 2 or not self.blocks:
            return self.blocks, []
        heights = [self._stack([block], width) for block in self.blocks]
        target = sum(heights) / 2
        used = 0.0
        for index, (block, height) in enumerate(zip(self.blocks, heights, strict=True)):
            if used + height <= target + 1:
                used += height
                continue
            room = target - used + 0.5 * getattr(getattr(block, "style", None), "leading", 0)
            parts = block.split(width, room) if isinstance(block, _SPLITS) and room > 0 else []
            if len(parts) == 2:
                return [*self.blocks[:index], parts[0]], [parts[1], *self.blocks[index + 1 :]]
            # Not splittable: the side that keeps the columns closest in height.
            cut = index + 1 if used + height - target <= target - used else index
            return self.blocks[: max(cut, 1)], self.blocks[max(cut, 1) :]
        return self.blocks, []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = available_width - 2 * self.pad - 3
        self._header_h = self._stack(self.header, inner)
        col_w = (inner - self.gap) / 2 if self.columns >= 2 else inner
        self._col_w = col_w
        self._left, self._right = self._split_columns(col_w)
        body_h = max(self._stack(self._left, col_w), self._stack(self._right, col_w))
        self.height = self._header_h + body_h + 2 * self.pad
        return (self.width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= self.max_height or len(self.blocks) < 2:
            return []
        # The most blocks that fit: the height grows with the blocks, so bisect (a linear
        # search re-wraps the box once per block: minutes for a 500-person panel).
        low, high, best = 1, len(self.blocks) - 1, None
        while low <= high:
            cut = (low + high) // 2
            first = self._part(self.header, self.blocks[:cut])
            if first.wrap(available_width, available_height)[1] <= available_height:
                best, low = first, cut + 1
            else:
                high = cut - 1
        if best is None:
            return []
        return [best, self._part([], self.blocks[len(best.blocks) :])]

    def _part(self, header: list[Flowable], blocks: list[Flowable]) -> TintedBox:
        return TintedBox(header, blocks, self.tint, self.edge, self.max_height, self.columns)

    def _draw_stack(self, items: list[Flowable], x: float, top: float, width: float) -> float:
        y = top
        for index, item in enumerate(items):
            _w, h = item.wrap(width, 10_000)
            if index:
                y -= item.getSpaceBefore()
            y -= h
            item.drawOn(self.canv, x, y)
            y -= item.getSpaceAfter()
        return y

    def draw(self) -> None:
        canvas = self.canv
        with marked(canvas, ARTIFACT):
            canvas.saveState()
            canvas.setFillColor(self.tint)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canvas.setFillColor(self.edge)
            canvas.rect(0, 0, 3, self.height, stroke=0, fill=1)
            canvas.restoreState()
        x = 3 + self.pad
        top = self.height - self.pad
        inner = self.width - 2 * self.pad - 3
        self._draw_stack(self.header, x, top, inner)
        top -= self._header_h
        self._draw_stack(self._left, x, top, self._col_w)
        self._draw_stack(self._right, x + self._col_w + self.gap, top, self._col_w)
