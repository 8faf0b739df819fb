"""The live preview: the real e-mail PDF of the open document, beside the editor.

Updates run in a worker thread a short pause after the last change; while one runs,
further changes are gathered into one more run. A failed render shows its message here.
Zoom: Ctrl+wheel, Ctrl+plus/minus, Ctrl+0 (page width). A click on a paragraph, quote
or photo asks the window to show it in the editor (``jump_requested``), from where the
PDF writer reported drawing it.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.preview_worker import A4_WIDTH_PT, PreviewJob, PreviewResult
from vnhg_desk.imaging.source import MemoryPhotoSource

if TYPE_CHECKING:
    from vnhg_desk.store.protocol import DocumentLibrary  # annotations only

PREVIEW_DELAY_MS = 0  # edits already come after the typing pause; starts after the save
PAGE_GAP = 12
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.4, 4.0


class PreviewPhotos(MemoryPhotoSource):
    """Photos for the worker, read from the library on the GUI thread and kept."""

    def fill(self, library: DocumentLibrary, hashes: list[str]) -> None:
        for photo_hash in hashes:
            if photo_hash in self.photos:
                continue
            try:
                self.add(photo_hash, library.photo_info(photo_hash), library.normalised(photo_hash))
            except Exception:  # a missing photo shows as missing in the preview
                continue


class PagesArea(QScrollArea):
    """The scrolled pages: Ctrl+wheel zooms (``zoom_steps``, in wheel notches) instead.

    An override, not an event filter on the viewport: a filter would take every paint
    of the viewport through Python, and handing the viewport (a plain QWidget) to Python
    the first time makes PySide load every widget class it has (~18 ms of the first frame).
    """

    zoom_steps = Signal(float)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_steps.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)


class PreviewPane(QWidget):
    """Scrollable page images of the open document."""

    updated = Signal(float)
    jump_requested = Signal(object)  # an export.pdf.result.DrawnBlock
    rendered = Signal(object)  # the PreviewResult of each successful render

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.document: Any = None
        self.focus_uid = ""
        self._shown_for: tuple[str, int | None] = ("", None)
        self.page_of_uid: dict[str, int] = {}
        self.blocks: list = []
        self.zoom = 1.0  # 1.0: the page fills the pane's width
        self.photos = PreviewPhotos()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._running = False
        self._pending = False
        self._requested_at = 0.0
        self._held = False
        self._asked_while_held = False
        self._jobs: list[PreviewJob] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_now)
        self.status = QLabel(self.tr("Voorbeeld"), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Toestand van het voorbeeld"))
        self.pages = QWidget(self)
        self.pages.setBackgroundRole(QPalette.ColorRole.Mid)
        self.pages.setAutoFillBackground(True)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_labels: list[QLabel] = []
        self.scroll_area = PagesArea(self)
        self.scroll_area.zoom_steps.connect(self._zoom_by)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Mid)
        self.scroll_area.setAccessibleName(self.tr("Voorbeeld van de PDF"))
        self.scroll_area.setToolTip(self.tr("Zo ziet de PDF voor de e-mail eruit"))
        self._build_zoom()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.zoom_bar)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

    # -- zoom --------------------------------------------------------------------------
    def _build_zoom(self) -> None:
        self.zoom_bar = QToolBar(self.tr("Zoom"), self)
        self.zoom_bar.setAccessibleName(self.tr("Zoom van het voorbeeld"))
        self.zoom_actions: dict[str, QAction] = {}
        bindings = QKeySequence.keyBindings
        specs: list[tuple[str, str, list[QKeySequence], str, Callable[[], None]]] = [
            ("zoom_out", "−", bindings(QKeySequence.StandardKey.ZoomOut),
             self.tr("Kleiner (Ctrl+min)"), lambda: self.set_zoom(self.zoom / ZOOM_STEP)),
            ("zoom_in", "+", [*bindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
             self.tr("Groter (Ctrl+plus)"), lambda: self.set_zoom(self.zoom * ZOOM_STEP)),
            ("zoom_fit", self.tr("Paginabreedte"), [QKeySequence("Ctrl+0")],
             self.tr("Pagina zo breed als het voorbeeld (Ctrl+0)"), lambda: self.set_zoom(1.0)),
        ]  # fmt: skip
        for name, text, keys, tip, slot in specs:
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self.zoom_bar.addAction(action)
            self.zoom_actions[name] = action
        self.zoom_label = QLabel("100%", self)
        self.zoom_bar.insertWidget(self.zoom_actions["zoom_in"], self.zoom_label)

    def set_zoom(self, zoom: float) -> None:
        """Show the pages ``zoom`` times the pane's width (1.0: page width)."""
        zoom = min(max(zoom, ZOOM_MIN), ZOOM_MAX)
        if abs(zoom - self.zoom) < 1e-3:
            return
        bar = self.scroll_area.verticalScrollBar()
        fraction = bar.value() / max(bar.maximum(), 1)
        self.zoom = zoom
        self.zoom_label.setText(f"{round(zoom * 100)}%")
        ratio = self.devicePixelRatioF()
        width = self._page_width_px()
        for label in self.page_labels:  # scaled now, sharp again after the render
            pixmap = label.pixmap()
            if pixmap is not None and not pixmap.isNull():
                scaled = pixmap.scaledToWidth(width, Qt.TransformationMode.FastTransformation)
                scaled.setDevicePixelRatio(ratio)
                label.setPixmap(scaled)
        QTimer.singleShot(0, self, lambda: bar.setValue(int(fraction * bar.maximum())))
        self.request()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched in self.page_labels:
            if event.button() == Qt.MouseButton.LeftButton:
                block = self.block_at(self.page_labels.index(watched), event.position())
                if block is not None:
                    self.jump_requested.emit(block)
                return True
        if kind == QEvent.Type.ContextMenu and watched in self.page_labels:
            block = self.block_at(self.page_labels.index(watched), QPointF(event.pos()))
            self.context_menu(block).popup(event.globalPos())
            return True
        return super().eventFilter(watched, event)

    def _zoom_by(self, steps: float) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP**steps)

    def context_menu(self, block: Any) -> QMenu:
        """Right-click on a page: edit what is there, zoom, render again."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = menu.addAction(self.tr("Hier bewerken"))
        edit.setEnabled(block is not None)
        edit.triggered.connect(lambda: self.jump_requested.emit(block))
        menu.addSeparator()
        for name in ("zoom_in", "zoom_out", "zoom_fit"):
            menu.addAction(self.zoom_actions[name])
        menu.addSeparator()
        menu.addAction(self.tr("Voorbeeld bijwerken"), self.render_now)
        self.last_menu = menu
        return menu

    def block_at(self, page: int, position) -> Any:
        """The drawn block under ``position`` (pixels in page ``page``'s label), if any."""
        label = self.page_labels[page]
        pixmap = label.pixmap()
        if pixmap is None or pixmap.isNull():
            return None
        shown = pixmap.width() / pixmap.devicePixelRatio()
        left = (label.width() - shown) / 2  # the pixmap is centred in its label
        top = (label.height() - pixmap.height() / pixmap.devicePixelRatio()) / 2
        points = A4_WIDTH_PT / max(shown, 1)
        x = (position.x() - left) * points
        y = (pixmap.height() / pixmap.devicePixelRatio() - (position.y() - top)) * points
        hits = [b for b in self.blocks if b.contains(page, x, y)]
        if not hits:
            return None
        return min(hits, key=lambda b: (b.x1 - b.x0) * (b.y1 - b.y0))

    def point_of(self, block: Any) -> QPoint:
        """The centre of a drawn block in its page label (for tests and the menu)."""
        label = self.page_labels[block.page]
        pixmap = label.pixmap()
        shown = pixmap.width() / pixmap.devicePixelRatio()
        height = pixmap.height() / pixmap.devicePixelRatio()
        left = (label.width() - shown) / 2
        top = (label.height() - height) / 2
        scale = shown / A4_WIDTH_PT
        x = left + (block.x0 + block.x1) / 2 * scale
        y = top + height - (block.y0 + block.y1) / 2 * scale
        return QPoint(round(x), round(y))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Pages are rendered for the pane's width: render again when it changes a lot.
        rendered = self.page_labels[0].pixmap().width() if self.page_labels else 0
        if rendered and abs(self._page_width_px() - rendered) > rendered * 0.1:
            self.request()

    # -- requests ----------------------------------------------------------------------
    def set_document(self, document: Any) -> None:
        """Preview another document (rendered soon)."""
        self.document = document
        self.page_of_uid = {}
        if document is None:
            self.timer.stop()
            self._pending = False
            while self.page_labels:
                self.page_labels.pop().deleteLater()
            self.status.setText(self.tr("Geen document geopend"))
        self.request()

    def request(self) -> None:
        """Render again after the typing pause."""
        if self.document is None:
            return
        if self._held:
            self._asked_while_held = True
            self.status.setText(self.tr("Voorbeeld wordt bijgewerkt…"))
        else:
            self.timer.start()

    def hold(self) -> None:
        """Start no render until :meth:`release` (a starting window paints its text first:
        the render's worker would compete with it for Python's lock)."""
        self._held = True

    def release(self) -> None:
        """Render what was asked for while held."""
        self._held = False
        if self._asked_while_held:  # and not rendered since (render_now)
            self._asked_while_held = False
            self.request()

    def render_now(self) -> None:
        """Start a render (or mark one pending while another runs)."""
        self.timer.stop()
        self._asked_while_held = False
        if self.document is None:
            return
        self._requested_at = time.perf_counter()
        if self._running:
            self._pending = True
            return
        self._start()

    def _start(self) -> None:
        self._running = True
        self._pending = False
        self._generation += 1
        document = copy.deepcopy(self.document)
        try:
            style = self.library.house_style()
        except Exception:  # an unreadable house style falls back to the default
            from vnhg_desk.model import HouseStyle

            style = HouseStyle()
        hashes = list(document.photo_hashes()) if hasattr(document, "photo_hashes") else []
        if style.logo_hash:
            hashes.append(style.logo_hash)
        self.photos.fill(self.library, hashes)
        width = self._page_width_px()
        job = PreviewJob(self._generation, document, style, self.photos, width)
        job.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._jobs.append(job)
        self.status.setText(self.tr("Voorbeeld wordt bijgewerkt…"))
        self.pool.start(job)

    def _page_width_px(self) -> int:
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        available = max(self.scroll_area.width() - scrollbar - 2 * PAGE_GAP - 4, 200)
        return int(available * self.zoom * self.devicePixelRatioF())

    # -- results -----------------------------------------------------------------------
    def _finished(self, result: PreviewResult) -> None:
        self._running = False
        self._jobs = [job for job in self._jobs if job.generation > result.generation]
        if result.error:
            self.status.setText(result.error)
        else:
            self._show(result)
            pages = len(result.images)
            self.status.setText(self.tr("Voorbeeld: %n pagina's (PDF voor e-mail)", "", pages))
            self.updated.emit(time.perf_counter() - self._requested_at)
            self.rendered.emit(result)
        if self._pending:
            self._start()

    def _show(self, result: PreviewResult) -> None:
        self.page_of_uid = result.page_of_uid
        self.blocks = result.blocks
        ratio = self.devicePixelRatioF()
        while len(self.page_labels) > len(result.images):
            self.page_labels.pop().deleteLater()
        for index, image in enumerate(result.images):
            if index >= len(self.page_labels):
                label = QLabel(self.pages)
                label.setAccessibleName(self.tr("Pagina %1").replace("%1", str(index + 1)))
                label.setToolTip(self.tr("Klik op een alinea, streamer of foto om hem te bewerken"))
                label.setCursor(Qt.CursorShape.PointingHandCursor)
                label.installEventFilter(self)
                self.pages_layout.addWidget(label)
                self.page_labels.append(label)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.page_labels[index].setPixmap(pixmap)
        # With the pane as context: a window closed meanwhile drops the call.
        QTimer.singleShot(0, self, self._follow_focus)

    def _follow_focus(self) -> None:
        # After a re-render scroll only when the edited part moved to another page, so the
        # preview does not jump away from where the user is reading.
        page = self.page_of_uid.get(self.focus_uid)
        if (self.focus_uid, page) != self._shown_for:
            self.scroll_to(self.focus_uid)

    def scroll_to(self, uid: str, attempt: int = 0) -> None:
        """Show the page where the part ``uid`` starts."""
        self.focus_uid = uid
        page = self.page_of_uid.get(uid)
        if page is None or not 0 <= page < len(self.page_labels):
            return
        label = self.page_labels[page]
        bar = self.scroll_area.verticalScrollBar()
        if page > 0 and (label.y() <= 0 or bar.maximum() <= 0):
            if attempt < 25 and self.isVisible():  # pages not laid out yet: a moment later
                QTimer.singleShot(20, self, lambda: self.scroll_to(uid, attempt + 1))
            return
        self._shown_for = (uid, page)
        bar.setValue(max(label.y() - PAGE_GAP, 0))

    def busy(self) -> bool:
        """True while a render runs or waits."""
        waiting = self._held and self._asked_while_held
        return self._running or self._pending or self.timer.isActive() or waiting

    def shutdown(self) -> None:
        """Wait for a running render (on close)."""
        self.timer.stop()
        self._pending = False
        self.pool.waitForDone(5000)
