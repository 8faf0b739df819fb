"""Icons drawn in the palette's text colour, so they show in light and dark mode alike."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 24, 32, 48)


def _curved_arrow(size: int, color: QColor, mirrored: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    pen = QPen(color, max(size / 9, 1.5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size
    path = QPainterPath(QPointF(0.30 * s, 0.42 * s))
    path.arcTo(QRectF(0.22 * s, 0.30 * s, 0.62 * s, 0.50 * s), 150, -250)
    painter.drawPath(path)
    head = QPainterPath(QPointF(0.12 * s, 0.36 * s))
    head.lineTo(QPointF(0.36 * s, 0.20 * s))
    head.lineTo(QPointF(0.38 * s, 0.52 * s))
    head.closeSubpath()
    painter.setBrush(color)
    painter.drawPath(head)
    painter.end()
    return pixmap


def undo_icon(color: QColor, *, redo: bool = False) -> QIcon:
    """A curved arrow to the left (undo) or right (redo) in ``color``."""
    icon = QIcon()
    disabled = QColor(color)
    disabled.setAlphaF(0.35)
    for size in SIZES:
        icon.addPixmap(_curved_arrow(size, color, redo), QIcon.Mode.Normal)
        icon.addPixmap(_curved_arrow(size, disabled, redo), QIcon.Mode.Disabled)
    return icon
