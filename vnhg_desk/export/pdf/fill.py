"""How full each page of the newsletter came out: the empty room at each column's foot.

:class:`MeasuredDoc` notes, as the pages are set, how far down each flowable reached and
across which part of the type area; at each page end it turns that into a
:class:`~vnhg_desk.layout.page_budget.PageFill` for the page budget (an item across the
page counts for both columns).
"""

from __future__ import annotations

from reportlab.platypus import BalancedColumns, Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from vnhg_desk.export.pdf.document import NewsletterDoc
from vnhg_desk.layout.page_budget import PageFill

COLUMNS = 2


class MeasuredDoc(NewsletterDoc):
    """A newsletter document that records how far down each column of each page is set."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.page_fill: list[PageFill] = []
        self._lowest: list[float | None] = [None] * COLUMNS

    def afterFlowable(self, flowable: Flowable) -> None:
        frame = getattr(self, "frame", None)
        # Columns are measured by what they hold (each column's part comes separately).
        if frame is None or getattr(flowable, "_ZEROSIZE", False):
            return
        if isinstance(flowable, (BalancedColumns, ActionFlowable)):
            return
        bottom = frame._y + flowable.getSpaceAfter()
        g = self.geometry
        left = g.x(g.left)
        column = g.type_width / COLUMNS
        start, end = frame._x1, frame._x1 + frame._width
        for index in range(COLUMNS):
            x0 = left + index * column
            if start < x0 + column - 1 and end > x0 + 1:
                lowest = self._lowest[index]
                self._lowest[index] = bottom if lowest is None else min(lowest, bottom)

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        frame = self.pageTemplate.frames[0]  # the page's own frame, before any columns
        self._top, self._foot = frame._y2, frame._y1

    def handle_pageEnd(self) -> None:
        foot = self._foot
        height = max(1.0, self._top - foot)
        gaps = tuple(
            height if lowest is None else max(0.0, lowest - foot) for lowest in self._lowest
        )
        self.page_fill.append(PageFill(round(height, 2), tuple(round(gap, 2) for gap in gaps)))
        self._lowest = [None] * COLUMNS
        super().handle_pageEnd()
