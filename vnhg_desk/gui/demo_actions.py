"""Extra › "Voorbeeld verwijderen…": take the demo out of a real library in one step.

The demo's documents go to the trash, its people and its sample addresses, sender and
signature leave the cover e-mail (see :func:`vnhg_desk.demo.remove_demo`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from vnhg_desk.errors import UserError
from vnhg_desk.gui import dialogs

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow


class DemoActions(QObject):
    """The menu entry and what it does."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Voorbeeld verwijderen…"), window)
        self.action.setToolTip(
            self.tr("Haal de voorbeeldeditie, de voorbeelduitnodiging, hun personen en de "
                    "voorbeeldadressen uit deze bibliotheek")
        )  # fmt: skip
        self.action.triggered.connect(self.remove)
        window.tools_menu.addSeparator()
        window.tools_menu.addAction(self.action)
        window.actions_.by_name["remove_demo"] = self.action
        window.tools_menu.aboutToShow.connect(self.update_enabled)
        window.after_first_paint.add(self.update_enabled)  # reads the library

    def update_enabled(self) -> None:
        from vnhg_desk.demo import has_demo

        try:
            self.action.setEnabled(has_demo(self.window.library))
        except UserError:
            self.action.setEnabled(False)

    def remove(self) -> bool:
        """Ask, then remove the demo; False when the user keeps it."""
        from vnhg_desk.demo import remove_demo

        window = self.window
        if not dialogs.confirm(
            window,
            self.tr("Voorbeeld verwijderen"),
            self.tr("De voorbeeldeditie en de voorbeelduitnodiging gaan naar de prullenbak; "
                    "de personen en de voorbeeldadressen, afzender en ondertekening uit de "
                    "demo verdwijnen. Uw eigen documenten, personen en adressen blijven."),
            self.tr("Voorbeeld verwijderen"),
        ):  # fmt: skip
            return False
        current = window.controller.document
        window.controller.flush()
        window.controller.save_now()
        documents, people, addresses = remove_demo(window.library)
        window.reload_archive()
        live = {summary.id for summary in window.library.list_documents()}
        if current is not None and current.id not in live:
            window.controller.open(None)
            summaries = window.library.list_documents()
            editions = [s for s in summaries if s.kind != "invitation"] or summaries
            if editions:
                window.open_document(editions[0].id)
        self.update_enabled()
        window.show_status(
            self.tr("Voorbeeld verwijderd: %1 documenten, %2 personen, %3 adressen")
            .replace("%1", str(documents))
            .replace("%2", str(people))
            .replace("%3", str(addresses))
        )
        return True


def install_demo_actions(window: MainWindow) -> DemoActions:
    actions = DemoActions(window)
    window.demo_actions = actions
    return actions
