"""What the window says about saving: "Alles bewaard", save errors, and conflicts.

A conflict (someone else saved the same document meanwhile) is never resolved
silently: the user chooses to load the other version or to keep theirs, in which case
the other version stays in the document's history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vnhg_desk.gui import dialogs
from vnhg_desk.gui.edits import SetField
from vnhg_desk.model import Invitation

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow


class SaveFeedback(QObject):
    """Listens to the window's controller and tells the user about saving."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.error_shown = False
        window.controller.saved.connect(self.saved)
        window.controller.conflict.connect(self.conflict)
        window.controller.save_failed.connect(self.save_failed)

    def saved(self) -> None:
        self.error_shown = False
        self.window.save_label.setText(self.tr("Alles bewaard"))
        edit = self.window.controller.last_edit
        if isinstance(edit, SetField) and edit.ref == ():
            self.window.reload_archive()

    def conflict(self) -> None:
        if (
            isinstance(self.window.controller.document, Invitation)
            and self.window.invitation_editor
        ):
            return  # the invitation editor asks itself
        self.window.save_label.setText(self.tr("Niet bewaard: conflict"))
        answer = dialogs.choose(
            self.window,
            self.tr("Elders gewijzigd"),
            self.tr(
                "Dit document is intussen in een ander venster of op een andere computer "
                "bewaard. Uw laatste wijzigingen zijn daarom nog niet opgeslagen.\n\n"
                "Kies ‘Andere versie laden’ om met die versie verder te werken (uw "
                "wijzigingen van zojuist vervallen), of ‘Mijn versie bewaren’ om uw versie "
                "op te slaan; de andere versie blijft dan bewaard in de geschiedenis."
            ),
            [("keep", self.tr("Mijn versie bewaren")), ("reload", self.tr("Andere versie laden"))],
        )
        if answer == "reload":
            self.window._pending_part = self.window._shown_uid()
            self.window.controller.reload()
            self.window.show_status(self.tr("De andere versie is geladen."))
        elif answer == "keep":
            if self.window.controller.keep_mine():
                self.window.show_status(
                    self.tr("Uw versie is bewaard; de andere staat in de geschiedenis.")
                )
        else:
            self.window.show_status(self.tr("Niet bewaard: dit document is elders gewijzigd."), 0)

    def save_failed(self, message: str) -> None:
        self.window.save_label.setText(self.tr("Niet bewaard"))
        self.window.show_status(message, 0)
        if not self.error_shown:  # once, not on every keystroke; retried on each edit
            self.error_shown = True
            dialogs.show_error(
                self.window,
                self.tr("Opslaan mislukt"),
                message + "\n\n" + self.tr("Uw tekst blijft in dit venster staan; VNHG Desk "
                                            "probeert het bij elke wijziging opnieuw."),
            )  # fmt: skip
