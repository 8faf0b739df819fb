"""A list whose rows the user reorders by drag and drop or with Ctrl+Shift+Up/Down.

The list never moves rows itself: it asks (signal ``move_requested(source, target)``),
the undoable command changes the document, and the owner rebuilds the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

INTERNAL_MIME = "application/x-qabstractitemmodeldatalist"


class ReorderList(QListWidget):
    """QListWidget with undoable reordering and a ``delete_requested`` on Delete."""

    move_requested = Signal(int, int)
    delete_requested = Signal()
    files_dropped = Signal(list)

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, accept_files: bool = False
    ) -> None:
        super().__init__(parent)
        self.accept_files = accept_files
        self.setAcceptDrops(True)
        self.setAccessibleName(accessible_name)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        row = self.currentRow()
        if (mods & wanted) == wanted and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            if row >= 0 and 0 <= row + step < self.count():
                self.move_requested.emit(row, row + step)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def drop_target(self, event: QDropEvent) -> int:
        """The row before which a drop at the event's position inserts."""
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        if self.viewMode() == QListWidget.ViewMode.IconMode:
            after = point.x() > rect.center().x()
        else:
            after = point.y() > rect.center().y()
        return index.row() + (1 if after else 0)

    def _wants_files(self, event) -> bool:
        return self.accept_files and event.mimeData().hasUrls()

    def dragEnterEvent(self, event) -> None:
        if self._wants_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._wants_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._wants_files(event):
            paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths)
            return
        if not event.mimeData().hasFormat(INTERNAL_MIME):
            event.ignore()
            return
        source = self.currentRow()
        before = self.drop_target(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source < 0:
            return
        target = before - 1 if before > source else before
        if target != source:
            self.move_requested.emit(source, target)
