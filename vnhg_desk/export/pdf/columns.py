"""Balanced body columns in which photos and pull quotes float.

reportlab's BalancedColumns fills the columns in strict order, so a photo that does not
fit the rest of a column pushes everything after it into the next one and leaves a gap.
Here the text after such a photo or quote moves up into the gap and the photo follows
at the top of the next column: the text keeps its order, only the float moves.
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
        result = super()._findSplit(
            canv, availWidth, availHeight, mergeSpace, obj, content, paraFix
        )
        for _attempt in range(4):
            _w, _h, fitted, rest = result
            if len(rest) < 2 or not isinstance(rest[0], FLOATS) or isinstance(rest[1], FLOATS):
                break
            used = self._height(canv, availWidth, fitted)
            if availHeight - used < _GAP:
                break
            reordered = [*fitted, rest[1], rest[0], *rest[2:]]
            result = super()._findSplit(
                canv, availWidth, availHeight, mergeSpace, obj, reordered, paraFix
            )
        return result

    def _height(self, canv, width: float, flowables: list[Flowable]) -> float:
        if not flowables:
            return 0.0
        return super()._findSplit(canv, width, 1e9, content=flowables, paraFix=False)[1]
