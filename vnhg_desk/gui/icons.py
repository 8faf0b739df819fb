"""The program's own line icons, drawn when Qt asks for them, in the text colour of the
widget that shows them: they follow a dark palette and look the same on every platform.

``line_icon("new", widget)`` gives a QIcon; NAMES lists what there is. Each drawing works
in a 24 x 24 box with the pen already set. Drawing is lazy (a QIconEngine), so a toolbar
costs nothing until it is painted, and the window's first frame needs no QStyle.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

BOX = 24.0  # every drawing's coordinate box
STROKE = 1.6  # in box units: 1.6 px at 24 px
DISABLED_ALPHA = 0.35


def _clear(painter: QPainter, shape: QRectF | QPainterPath) -> None:
    """Wipe the pixels under ``shape`` (where one part of an icon lies over another)."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(Qt.GlobalColor.black)
    if isinstance(shape, QRectF):
        painter.drawRect(shape)
    else:
        painter.drawPath(shape)
    painter.restore()


def _page(painter: QPainter, rect: QRectF, fold: float = 4.0) -> None:
    """A sheet with its top right corner folded over (cleared behind, so it can overlap)."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    outline = QPainterPath(QPointF(x, y))
    outline.lineTo(x + w - fold, y)
    outline.lineTo(x + w, y + fold)
    outline.lineTo(x + w, y + h)
    outline.lineTo(x, y + h)
    outline.closeSubpath()
    _clear(painter, outline)
    painter.drawPath(outline)
    painter.drawPolyline([QPointF(x + w - fold, y), QPointF(x + w - fold, y + fold),
                          QPointF(x + w, y + fold)])  # fmt: skip


def _line(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolyline([QPointF(x, y) for x, y in points])


def _filled(painter: QPainter, *points: tuple[float, float]) -> None:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    path.closeSubpath()
    painter.save()
    painter.setBrush(painter.pen().color())
    painter.drawPath(path)
    painter.restore()


def _new(p: QPainter) -> None:  # a page with a plus
    _page(p, QRectF(3.5, 2.5, 13, 17))
    _clear(p, QRectF(12.5, 12.5, 11, 11))
    _line(p, (18, 14), (18, 22))
    _line(p, (14, 18), (22, 18))


def _duplicate(p: QPainter) -> None:  # two pages, one on the other
    _page(p, QRectF(8.5, 2.5, 12, 15))
    _page(p, QRectF(3.5, 6.5, 12, 15))


def _trash(p: QPainter) -> None:
    _line(p, (4, 6.5), (20, 6.5))
    _line(p, (9.5, 6.5), (9.5, 3.5), (14.5, 3.5), (14.5, 6.5))
    _line(p, (6, 6.5), (7.3, 21), (16.7, 21), (18, 6.5))
    _line(p, (10, 10.5), (10, 17))
    _line(p, (14, 10.5), (14, 17))


def _article(p: QPainter) -> None:  # a page with a headline and text
    _page(p, QRectF(4.5, 2.5, 15, 19))
    pen = p.pen()
    heavy = QPen(pen)
    heavy.setWidthF(pen.widthF() * 1.6)
    p.setPen(heavy)
    _line(p, (8, 9), (14, 9))
    p.setPen(pen)
    for y, end in ((13, 16), (16, 16), (19, 13)):
        _line(p, (8, y), (end, y))


def _photo(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2.5, 4.5, 19, 15), 1.5, 1.5)
    p.drawEllipse(QPointF(16, 9.5), 1.7, 1.7)
    _line(p, (3, 18), (9, 11.5), (13.5, 16), (16, 13.5), (21, 18.5))


def _refresh(p: QPainter) -> None:  # a clockwise circular arrow, its head at the top
    radius, start, sweep = 7.5, 50.0, -290.0
    circle = QRectF(12 - radius, 12 - radius, 2 * radius, 2 * radius)
    path = QPainterPath()
    path.arcMoveTo(circle, start)
    path.arcTo(circle, start, sweep)
    p.drawPath(path)
    end = math.radians(start + sweep)
    tip = QPointF(12 + radius * math.cos(end), 12 - radius * math.sin(end))
    dx, dy = math.sin(end), math.cos(end)  # where a clockwise arc runs at ``end``
    _filled(
        p,
        (tip.x() + 3.4 * dx, tip.y() + 3.4 * dy),
        (tip.x() - 3 * dy, tip.y() + 3 * dx),
        (tip.x() + 3 * dy, tip.y() - 3 * dx),
    )


def _masthead(p: QPainter) -> None:  # a front page: the banner on top, then text
    p.drawRect(QRectF(4, 2.5, 16, 19))
    p.save()
    p.setBrush(p.pen().color())
    p.drawRect(QRectF(4, 2.5, 16, 5))
    p.restore()
    for y, end in ((11.5, 17), (15, 17), (18.5, 13)):
        _line(p, (7, y), (end, y))


def _arrow(p: QPainter, up: bool) -> None:
    flip = (lambda y: y) if up else (lambda y: BOX - y)
    _line(p, (12, flip(19)), (12, flip(5)))
    _line(p, (6, flip(11)), (12, flip(5)), (18, flip(11)))


def _warning(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 3))
    path.lineTo(21.5, 20)
    path.lineTo(2.5, 20)
    path.closeSubpath()
    p.drawPath(path)
    _line(p, (12, 9), (12, 14))
    p.save()
    p.setBrush(p.pen().color())
    p.drawEllipse(QPointF(12, 17), 0.6, 0.6)
    p.restore()


def _curved_arrow(p: QPainter, mirrored: bool) -> None:  # undo (left), redo (right)
    if mirrored:
        p.translate(BOX, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(7.2, 10.1))
    path.arcTo(QRectF(5.3, 7.2, 14.9, 12), 150, -250)
    p.drawPath(path)
    _filled(p, (2.9, 8.6), (8.6, 4.8), (9.1, 12.5))


def _mail(p: QPainter) -> None:  # an envelope
    p.drawRoundedRect(QRectF(2.5, 5.5, 19, 13), 1.5, 1.5)
    _line(p, (3.2, 6.5), (12, 13.5), (20.8, 6.5))


def _printer(p: QPainter) -> None:  # paper in, body, paper out
    p.drawRect(QRectF(7, 2.5, 10, 6))
    p.drawRoundedRect(QRectF(2.5, 8.5, 19, 9), 1.5, 1.5)
    _clear(p, QRectF(6.2, 13.7, 11.6, 8.6))
    p.drawRect(QRectF(7, 14.5, 10, 7))
    _line(p, (9, 17.3), (15, 17.3))
    _line(p, (9, 19.5), (13, 19.5))


def _export(p: QPainter) -> None:  # a page with an arrow down: the file written out
    _page(p, QRectF(4.5, 2.5, 15, 19))
    _line(p, (12, 8.5), (12, 17))
    _line(p, (8.5, 13.5), (12, 17), (15.5, 13.5))


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "new": _new,
    "duplicate": _duplicate,
    "trash": _trash,
    "article": _article,
    "photo": _photo,
    "refresh": _refresh,
    "masthead": _masthead,
    "up": lambda p: _arrow(p, up=True),
    "down": lambda p: _arrow(p, up=False),
    "warning": _warning,
    "undo": lambda p: _curved_arrow(p, mirrored=False),
    "redo": lambda p: _curved_arrow(p, mirrored=True),
    "mail": _mail,
    "printer": _printer,
    "export": _export,
}
NAMES = tuple(DRAWINGS)


class LineIcon(QIconEngine):
    """Draws one of DRAWINGS at the asked size, in the text colour of ``widget``'s palette
    (the application's once the widget is gone), faint when disabled."""

    def __init__(self, name: str, widget: QWidget | None) -> None:
        super().__init__()
        self.name = name
        self._draw = DRAWINGS[name]
        self._widget = weakref.ref(widget) if widget is not None else None

    def _colour(self, mode: QIcon.Mode) -> QColor:
        widget = self._widget() if self._widget is not None else None
        alive = widget is not None and shiboken6.isValid(widget)
        palette = widget.palette() if alive else QGuiApplication.palette()  # type: ignore[union-attr]
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorRole.ButtonText)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:  # fmt: skip
        pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(pixels.width(), pixels.height())
        painter.translate((pixels.width() - side) / 2, (pixels.height() - side) / 2)
        painter.scale(side / BOX, side / BOX)
        pen = QPen(self._colour(mode), max(STROKE, BOX / side))  # never thinner than 1 px
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        self._draw(painter)
        if mode == QIcon.Mode.Disabled:  # faint as a whole, also where strokes overlap
            painter.resetTransform()
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            painter.fillRect(pixmap.rect(), QColor(0, 0, 0, round(255 * DISABLED_ALPHA)))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        widget = self._widget() if self._widget is not None else None
        return LineIcon(self.name, widget)

    def key(self) -> str:
        return "vnhg-line"


def line_icon(name: str, widget: QWidget | None = None) -> QIcon:
    """Our icon ``name`` (one of NAMES) in the text colour of ``widget``'s palette."""
    return QIcon(LineIcon(name, widget))
