"""Balanced body columns in which photos and pull quotes float.

reportlab's BalancedColumns fills the columns in strict order, so a photo that does not
fit the rest of a column pushes everything after it into the next one and leaves a gap.
Here the text after such a photo or quote moves up into the gap and the photo follows
at the top of the next column: the text keeps its order, only the float moves. The same
move keeps a second pull quote out of a column that already has one.
"""

from __future__ import annotations

from reportlab.platypus import BalancedColumns, Flowable

from vnhg_desk.export.pdf.flowables import Figure, PullQuote

FLOATS = (Figure, PullQuote)
_GAP = 30  # points of empty column worth filling with the text after a float


class NewsColumns(BalancedColumns):
    """Two (or more) balanced columns; photos and quotes give way to the text after them."""

    def _findSplit(
        self,
        canv,
        availWidth,
        availHeight,
        mergeSpace=1,
        obj=None,
        content=None,
        paraFix=True,
    ):
        def split(flowables):
            return super(NewsColumns, self)._findSplit(
                canv, availWidth, availHeight, mergeSpace, obj, flowables, paraFix
            )

        result = split(content)
        postponed: list[Flowable] = []
        # The first call measures the whole page as one tall column: no rule applies.
        one_column = availHeight <= getattr(self, "_column_height", availHeight) + 1
        for _attempt in range(8 if one_column else 0):
            _w, _h, fitted, rest = result
            quotes = [f for f in fitted if isinstance(f, PullQuote)]
            if len(quotes) < 2:
                break
            # At most one pull quote per column: fill the column without the later
            # ones, which then open the next column.
            postponed += quotes[1:]
            # Re-split the original list: joining the pieces of a paragraph split at
            # the column foot would leave a paragraph break in the middle of it.
            result = split([f for f in self._getContent(content) if f not in postponed])
        if postponed:
            w, h, fitted, rest = result
            # The quotes open the next column, after the tail of a paragraph split at
            # the column foot: text never has a quote in the middle of it.
            tail = 1 if rest and fitted and getattr(fitted[-1], "_splitpara", 0) else 0
            result = (w, h, fitted, [*rest[:tail], *postponed, *rest[tail:]])
        for _attempt in range(4):
            _w, _h, fitted, rest = result
            if len(rest) < 2 or not isinstance(rest[0], FLOATS) or isinstance(rest[1], FLOATS):
                break
            if fitted and getattr(fitted[-1], "_splitpara", 0):
                break  # the column ends in a split paragraph: its tail must come next
            if availHeight - self._height(canv, availWidth, fitted) < _GAP:
                break
            moved = split([*fitted, rest[1], rest[0], *rest[2:]])
            if _count_quotes(moved[2]) > max(1, _count_quotes(fitted)):
                break
            result = moved
        return result

    def _generated_content(self, aW, aH):
        # reportlab continues an overflowing section on the next page with a plain
        # BalancedColumns; make that continuation one of ours too.
        self._column_height = aH
        height, generated = super()._generated_content(aW, aH)
        for flowable in generated:
            if type(flowable) is BalancedColumns:
                flowable.__class__ = NewsColumns
        return height, generated

    def _height(self, canv, width: float, flowables: list[Flowable]) -> float:
        if not flowables:
            return 0.0
        return super()._findSplit(canv, width, 1e9, content=flowables, paraFix=False)[1]


def _count_quotes(flowables: list[Flowable]) -> int:
    return sum(isinstance(f, PullQuote) for f in flowables)
