"""Recording where the flow's blocks land on the pages (for the preview's click-to-text).

A flowable with a ``source`` (uid, kind, index[, item]) adds a :class:`DrawnBlock` to
the canvas's ``drawn`` list when it is drawn; the pieces of a split paragraph keep the
source of the whole. Canvases without ``drawn`` record nothing.
"""

from __future__ import annotations

from typing import Any

from vnhg_desk.export.pdf.result import DrawnBlock


def record(canvas: Any, flowable: Any, x: float, y: float) -> None:
    """Note the rectangle ``flowable`` is about to be drawn in at (x, y)."""
    drawn = getattr(canvas, "drawn", None)
    source = getattr(flowable, "source", None)
    if drawn is None or not source:
        return
    a, b, c, d, e, f = canvas._currentMatrix
    width, height = getattr(flowable, "width", 0) or 0, getattr(flowable, "height", 0) or 0
    x0, y0 = a * x + c * y + e, b * x + d * y + f
    x1, y1 = a * (x + width) + c * (y + height) + e, b * (x + width) + d * (y + height) + f
    page = canvas.getPageNumber() - 1
    drawn.append(DrawnBlock(page, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), *source))


class Recorded:
    """Mixin (before the reportlab class): record the block when drawn."""

    source: tuple | None = None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        record(canvas, self, x, y)
        super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]

    def split(self, available_width: float, available_height: float) -> list:
        parts = super().split(available_width, available_height)  # type: ignore[misc]
        for part in parts:
            if getattr(part, "source", None) is None:
                part.source = self.source
        return parts
