"""The archive's context menu: right-click a document to open it and act on it.

The window's commands (export, e-mail draft, duplicate, trash) work on the open
document, so the clicked document is opened first and the menu offers those same
actions: one set of actions, enabled and translated in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QListWidgetItem, QMenu

from vnhg_desk.gui.archive_pane import DOC_ID

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow

#: Publish actions (by key), then window actions (by name), in menu order.
_PUBLISH = ("pdf-email", "pdf-print", "docx", "email-draft", "print")
_WINDOW = ("duplicate", "delete")


class ArchiveMenu(QObject):
    """Shows the context menu on the archive list of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.list = window.archive.list
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._requested)

    def _requested(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        menu = self.menu_for(item) if item is not None else None
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(position))
            menu.deleteLater()

    def menu_for(self, item: QListWidgetItem) -> QMenu | None:
        """Open the item's document and build its menu (None if it could not be opened)."""
        self.list.setCurrentItem(item)
        if not self.window.open_document(int(item.data(DOC_ID))):
            return None
        menu = QMenu(self.list)
        publish = getattr(self.window, "publish_actions", None)
        if publish is not None:
            for key in _PUBLISH:
                menu.addAction(publish.actions[key])
            menu.addSeparator()
        for name in _WINDOW:
            action = self.window.actions_.by_name[name]
            if action.isEnabled():
                menu.addAction(action)
        return menu
