"""The library's settings dialogs opened from the Extra menu: house style, people and the
cover e-mail. Each opens non-modal over the given parent and edits the library directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from vnhg_desk.store.protocol import DocumentLibrary


class SettingsDialogs:
    """Opens the settings dialogs; says when the house style or the people changed."""

    def __init__(
        self,
        library: DocumentLibrary,
        parent: QWidget,
        *,
        style_saved: Callable[[], object],
        people_changed: Callable[[], object],
    ) -> None:
        self.library = library
        self.parent = parent
        self.style_saved = style_saved  # e.g. refresh the preview
        self.people_changed = people_changed  # e.g. offer the new people in the editor

    def edit_house_style(self) -> QDialog:
        """Open the house style dialog; saving calls ``style_saved`` at once."""
        from vnhg_desk.gui.house_style_dialog import HouseStyleDialog

        dialog = HouseStyleDialog(self.library, self.parent)
        dialog.saved.connect(lambda _style: self.style_saved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_people(self) -> QDialog:
        """Open the people list."""
        from vnhg_desk.gui.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.library, self.parent)
        dialog.people_changed.connect(self.people_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_cover_email(self) -> QDialog:
        """Open the recipients list and templates of the cover e-mail."""
        from vnhg_desk.gui.cover_email_dialog import CoverEmailDialog

        dialog = CoverEmailDialog(self.library, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
