"""The "save the date" editor: event details, moderator and panel from the people list.

Every change is an undoable step on the window's undo stack and lands in the library
(through the window's DocumentController machinery); ``changed`` tells the window to
refresh the flyer preview.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.binding import Binder
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.date_fields import DateField, TimeField
from vnhg_desk.gui.fields import ChoiceField, LineField, PlainField
from vnhg_desk.gui.people_dialog import PeopleDialog
from vnhg_desk.model import Invitation, Person
from vnhg_desk.store.protocol import DocumentLibrary


class CheckField(QCheckBox):
    """A yes/no field."""

    user_edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text)
        self.clicked.connect(self.user_edited)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


def _forgetter(controller: DocumentController, flusher) -> Callable[..., None]:
    """A slot that unregisters ``flusher`` from ``controller`` (it holds no editor)."""

    def forget(*_args) -> None:
        unregister = getattr(controller, "unregister_flusher", None)
        if unregister is not None:
            unregister(flusher)
        elif flusher in controller._flushers:  # older controller without unregister
            controller._flushers.remove(flusher)

    return forget


class InvitationEditor(QWidget):
    """Edit one invitation; pass the window's ``controller`` when it already holds it."""

    changed = Signal()

    def __init__(
        self,
        library: DocumentLibrary,
        invitation: Invitation,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        controller: DocumentController | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self.controller = controller or DocumentController(library, undo_stack, self)
        if self.controller.document is not invitation:
            self.controller.open(invitation)
        self.binder = Binder(self.controller, self)
        self._build_fields()
        self._build_people()
        self._build_layout()
        self.binder.set_ref(())
        self.online_note_field.setEnabled(self.online_field.isChecked())
        self.refresh_people()
        self.controller.edited.connect(self._edited)
        self.controller.document_replaced.connect(self._replaced)
        self.controller.conflict.connect(self._conflict)
        self.controller.save_failed.connect(self._save_failed)
        # The window's controller outlives this editor: forget our typing flusher with us.
        self.destroyed.connect(_forgetter(self.controller, self.binder.commit_all))

    @property
    def invitation(self) -> Invitation:
        """The invitation being edited (after a reload: the library's version)."""
        document = self.controller.document
        assert isinstance(document, Invitation), "an invitation editor on another document"
        return document

    # -- building ------------------------------------------------------------------------
    def _bind(self, widget, name: str, label: str, *, typing: bool = True):
        self.binder.bind(widget, name, label, typing=typing)
        return widget

    def _build_fields(self) -> None:
        self.title_field = self._bind(
            LineField(self.tr("Titel"), self), "title", self.tr("Titel wijzigen")
        )
        self.theme_field = self._bind(
            LineField(self.tr("Thema"), self), "theme", self.tr("Thema wijzigen")
        )
        self.date_field = self._bind(
            DateField(self.tr("Datum"), self), "date", self.tr("Datum wijzigen"), typing=False
        )
        self.start_field = self._bind(
            TimeField(self.tr("Begintijd"), self),
            "start_time",
            self.tr("Begintijd wijzigen"),
            typing=False,
        )
        self.end_field = self._bind(
            TimeField(self.tr("Eindtijd"), self),
            "end_time",
            self.tr("Eindtijd wijzigen"),
            typing=False,
        )
        self.end_field.follows = self.start_field
        self.place_field = self._bind(
            LineField(self.tr("Plaats"), self), "place", self.tr("Plaats wijzigen")
        )
        self.online_field = self._bind(
            CheckField(self.tr("Ook online te volgen"), self),
            "online",
            self.tr("Online wijzigen"),
            typing=False,
        )
        self.online_note_field = self._bind(
            LineField(self.tr("Toelichting online (bijv. link volgt)"), self),
            "online_note",
            self.tr("Toelichting online wijzigen"),
        )
        self.language_field = self._bind(
            ChoiceField(
                self.tr("Taal van de uitnodiging"),
                [("nl", self.tr("Nederlands")), ("en", self.tr("Engels"))],
                self,
            ),
            "language",
            self.tr("Taal wijzigen"),
            typing=False,
        )
        self.intro_field = self._bind(
            PlainField(self.tr("Inleiding"), self), "intro", self.tr("Inleiding wijzigen")
        )
        self.registration_field = self._bind(
            PlainField(self.tr("Aanmelden"), self),
            "registration_note",
            self.tr("Aanmelding wijzigen"),
        )
        self.intro_field.setToolTip(
            self.tr("Opmaak: **vet**, *cursief*, - opsomming, [tekst](link)")
        )
        self.intro_field.setMinimumHeight(110)
        self.registration_field.setMaximumHeight(80)
        self.online_field.toggled.connect(self.online_note_field.setEnabled)

    def _build_people(self) -> None:
        self.moderator_box = QComboBox(self)
        self.moderator_box.setAccessibleName(self.tr("Dagvoorzitter"))
        self.moderator_box.activated.connect(self._moderator_chosen)
        self.panel_list = QListWidget(self)
        self.panel_list.setAccessibleName(self.tr("Panel"))
        self.panel_list.setMinimumHeight(110)
        self.panel_pick = QComboBox(self)
        self.panel_pick.setAccessibleName(self.tr("Persoon voor het panel"))
        self.add_button = QPushButton(self.tr("Aan panel toevoegen"), self)
        self.up_button = QPushButton(self.tr("Omhoog"), self)
        self.down_button = QPushButton(self.tr("Omlaag"), self)
        self.remove_button = QPushButton(self.tr("Uit panel halen"), self)
        self.people_button = QPushButton(self.tr("Personen beheren…"), self)
        self.up_button.setToolTip(self.tr("Eerder in het panel (Ctrl+Shift+Omhoog)"))
        self.down_button.setToolTip(self.tr("Later in het panel (Ctrl+Shift+Omlaag)"))
        self.people_button.setToolTip(self.tr("Personen toevoegen of wijzigen in de personenlijst"))
        self.add_button.clicked.connect(self.add_panel_member)
        self.up_button.clicked.connect(lambda: self.move_panel_member(-1))
        self.down_button.clicked.connect(lambda: self.move_panel_member(1))
        self.remove_button.clicked.connect(self.remove_panel_member)
        self.people_button.clicked.connect(self.manage_people)
        self.panel_list.currentRowChanged.connect(self._update_buttons)
        for keys, step in (("Ctrl+Shift+Up", -1), ("Ctrl+Shift+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.panel_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_panel_member(step))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.panel_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_panel_member)

    def _build_layout(self) -> None:
        event = QGroupBox(self.tr("Bijeenkomst"), self)
        form = QFormLayout(event)
        times = QHBoxLayout()
        times.addWidget(self.start_field)
        times.addWidget(self.end_field)
        times.addStretch(1)
        for label, widget in (
            (self.tr("Titel"), self.title_field),
            (self.tr("Thema"), self.theme_field),
            (self.tr("Datum"), self.date_field),
            (self.tr("Tijd (van – tot)"), times),
            (self.tr("Plaats"), self.place_field),
            ("", self.online_field),
            (self.tr("Online"), self.online_note_field),
            (self.tr("Taal"), self.language_field),
            (self.tr("Inleiding"), self.intro_field),
            (self.tr("Aanmelden"), self.registration_field),
        ):
            form.addRow(label, widget)
        people = QGroupBox(self.tr("Dagvoorzitter en panel"), self)
        grid = QGridLayout(people)
        grid.addWidget(self.moderator_box, 0, 0, 1, 3)
        grid.addWidget(self.panel_list, 1, 0, 4, 2)
        for row, button in enumerate(
            (self.up_button, self.down_button, self.remove_button, self.people_button), start=1
        ):
            grid.addWidget(button, row, 2)
        grid.addWidget(self.panel_pick, 5, 0)
        grid.addWidget(self.add_button, 5, 1, 1, 2)
        self.people_warning = QLabel(self)
        self.people_warning.setWordWrap(True)
        self.people_warning.setAccessibleName(self.tr("Waarschuwing bij het panel"))
        grid.addWidget(self.people_warning, 6, 0, 1, 3)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(event)
        column.addWidget(people)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- people --------------------------------------------------------------------------
    def refresh_people(self) -> None:
        """Show the moderator and panel of the invitation and the people to pick from."""
        invitation = self.invitation
        people = self.library.people()
        self._people = {person.id: person for person in people}
        self.moderator_box.clear()
        self.moderator_box.addItem(self.tr("Geen dagvoorzitter"), None)
        moderator = invitation.moderator
        if moderator is not None and moderator.id not in self._people:
            self.moderator_box.addItem(moderator.described(), "current")
        for person in people:
            self.moderator_box.addItem(person.described(), person.id)
        if moderator is not None:
            key = moderator.id if moderator.id in self._people else "current"
            self.moderator_box.setCurrentIndex(max(self.moderator_box.findData(key), 0))
        self.panel_pick.clear()
        for person in people:
            self.panel_pick.addItem(person.described(), person.id)
        row = self.panel_list.currentRow()
        self.panel_list.clear()
        self.panel_list.addItems([person.described() for person in invitation.panel])
        self.panel_list.setCurrentRow(min(row, self.panel_list.count() - 1))
        self._update_buttons()
        self._warn_people()

    def _warn_people(self) -> None:
        """Say so when someone is twice in the panel, or is moderator and panellist."""

        def key(person: Person) -> object:
            return person.id if person.id is not None else person.name.strip().lower()

        warnings = []
        seen: set[object] = set()
        for person in self.invitation.panel:
            if key(person) in seen:
                warnings.append(
                    self.tr("%1 staat twee keer in het panel.").replace("%1", person.name)
                )
            seen.add(key(person))
        moderator = self.invitation.moderator
        if moderator is not None and key(moderator) in seen:
            warnings.append(
                self.tr("Dagvoorzitter %1 zit ook in het panel.").replace("%1", moderator.name)
            )
        self.people_warning.setText("⚠ " + " ".join(warnings) if warnings else "")
        self.people_warning.setVisible(bool(warnings))

    def _update_buttons(self, *_args) -> None:
        row, count = self.panel_list.currentRow(), self.panel_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(0 <= row < count)
        self.add_button.setEnabled(self.panel_pick.count() > 0)

    def _moderator_chosen(self, index: int) -> None:
        key = self.moderator_box.itemData(index)
        if key == "current":
            return
        person = copy.deepcopy(self._people[key]) if key is not None else None
        self.controller.set_field(
            (), "moderator", person, self.tr("Dagvoorzitter kiezen"), typing=False
        )

    def add_panel_member(self, person: Person | None = None) -> None:
        """Add ``person`` (default: the one picked in the list) at the end of the panel."""
        if not isinstance(person, Person):
            key = self.panel_pick.currentData()
            if key not in self._people:
                return
            person = self._people[key]
        panel = self.invitation.panel
        self.controller.insert(
            (), "panel", len(panel), copy.deepcopy(person), self.tr("Panellid toevoegen")
        )
        self.panel_list.setCurrentRow(len(panel) - 1)

    def remove_panel_member(self) -> None:
        """Take the selected person out of the panel."""
        row = self.panel_list.currentRow()
        if 0 <= row < len(self.invitation.panel):
            self.controller.remove((), "panel", row, self.tr("Panellid verwijderen"))

    def move_panel_member(self, step: int) -> None:
        """Move the selected panel member ``step`` places (reorders the panel)."""
        row = self.panel_list.currentRow()
        target = row + step
        if 0 <= row < len(self.invitation.panel) and 0 <= target < len(self.invitation.panel):
            self.controller.move((), "panel", row, target, self.tr("Panel herschikken"))
            self.panel_list.setCurrentRow(target)

    def manage_people(self) -> None:
        """Open the people list; new people can then be picked here."""
        dialog = PeopleDialog(self.library, self)
        dialog.exec()
        self.refresh_people()

    # -- keeping in step -----------------------------------------------------------------
    def _edited(self, _focus) -> None:
        if not isinstance(self.controller.document, Invitation):
            return
        self.binder.load()
        self.refresh_people()
        self.changed.emit()

    def _replaced(self) -> None:
        if isinstance(self.controller.document, Invitation):
            self.binder.load()
            self.refresh_people()
            self.changed.emit()

    def flush(self) -> bool:
        """Save typing that is still waiting; False when saving failed."""
        self.controller.flush()
        return self.controller.save_now()

    def hideEvent(self, event) -> None:
        # Also reached while Qt tears the widgets down: only flush what is still alive.
        if shiboken6.isValid(self.controller) and shiboken6.isValid(self.binder):
            self.flush()
        super().hideEvent(event)

    def _conflict(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Uitnodiging elders gewijzigd"),
            self.tr(
                "Deze uitnodiging is intussen in een ander venster of programma bewaard. "
                "Die versie laden? (Nee: uw versie bewaren; de andere blijft als versie "
                "in de geschiedenis.)"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.reload()
        else:
            self.controller.keep_mine()

    def _save_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Opslaan mislukt"), message)
