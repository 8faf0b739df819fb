"""Right-click menus on the structure list and on the quote and photo lists.

Each entry runs the same undoable command as the buttons and keys beside the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QListWidget, QMenu

translate = QCoreApplication.translate
Entry = tuple[str, Callable[[], Any], bool] | None  # text, action, enabled; None: separator


class ListMenu(QObject):
    """A list's right-click menu, built by ``entries()`` each time (the row under the
    mouse first becomes the current row). A child of the list; keeps the menu shown last."""

    def __init__(self, widget: QListWidget, entries: Callable[[], list[Entry]]) -> None:
        super().__init__(widget)
        self.list = widget
        self.entries = entries
        self.last_menu: QMenu | None = None
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(self.show)

    def show(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = build_menu(self.list, self.entries())
        self.last_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(position))


def attach_menu(widget: QListWidget, entries: Callable[[], list[Entry]]) -> ListMenu:
    """Give ``widget`` a right-click menu built by ``entries()``."""
    return ListMenu(widget, entries)


def build_menu(parent: Any, entries: list[Entry]) -> QMenu:
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, slot, enabled = entry
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
    return menu


def structure_entries(pane: Any) -> list[Entry]:
    """Structure: add, move, remove."""
    row, count = pane.list.currentRow(), pane.list.count()
    return [
        (translate("ListMenus", "Artikel toevoegen"), pane.add_article, pane.edition() is not None),
        (translate("ListMenus", "Kader toevoegen"), pane.add_box, pane.edition() is not None),
        None,
        (translate("ListMenus", "Omhoog"), lambda: pane.step(-1), row > 0),
        (translate("ListMenus", "Omlaag"), lambda: pane.step(1), 0 <= row < count - 1),
        None,
        (translate("ListMenus", "Verwijderen"), pane.remove_current, row >= 0),
    ]


def part_entries(panel: Any, extra: list[Entry] | None = None) -> list[Entry]:
    """A quote or photo list: the panel's own commands, move, remove."""
    row, count = panel.list.currentRow(), panel.list.count()
    return [
        *(extra or []),
        (translate("ListMenus", "Omhoog"), lambda: panel._move(row, row - 1), row > 0),
        (translate("ListMenus", "Omlaag"), lambda: panel._move(row, row + 1), 0 <= row < count - 1),
        None,
        (translate("ListMenus", "Verwijderen"), panel.remove_current, row >= 0),
    ]


def install_list_menus(window: Any) -> None:
    """Menus on the window's structure, quote and photo lists."""
    attach_menu(window.structure.list, lambda: structure_entries(window.structure))
    quotes = window.article_editor.quotes
    photos = window.article_editor.photos
    attach_menu(
        quotes.list,
        lambda: part_entries(
            quotes, [(translate("ListMenus", "Nieuwe streamer"), quotes.add_empty, True), None]
        ),
    )
    attach_menu(
        photos.list,
        lambda: part_entries(
            photos,
            [
                (translate("ListMenus", "Foto toevoegen…"), photos.choose_files, True),
                (translate("ListMenus", "Bijschrift uit personen…"), photos.caption_from_people,
                 photos.current_part() is not None),
                None,
            ],
        ),
    )  # fmt: skip
