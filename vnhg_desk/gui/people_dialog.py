"""The people list (name, role, organisation) and the panel caption built from it.

``panel_caption`` makes "Het panel v.l.n.r.: A, B en C." from people in order;
``ask_panel_caption`` lets the user pick them (the article editor can call it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.dialogs import fit_to_screen
from vnhg_desk.model import Person
from vnhg_desk.store.protocol import DocumentLibrary

_CAPTION_WORDS = {
    "nl": ("Het panel v.l.n.r.: ", " en "),
    "en": ("The panel from left to right: ", " and "),
}


def join_names(names: Sequence[str], last_word: str = " en ") -> str:
    """ "A", "A en B", "A, B en C"."""
    names = [name for name in names if name]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + last_word + names[-1]


def panel_caption(people: Sequence[Person], language: str = "nl", roles: bool = False) -> str:
    """The caption "Het panel v.l.n.r.: A, B en C." for people picked in order.

    With ``roles`` each name gets its role: "A (wethouder Velsen)". Words follow the
    document's language, not the UI's.
    """
    prefix, last = _CAPTION_WORDS.get(language, _CAPTION_WORDS["nl"])
    names = []
    for person in people:
        name = person.name.strip()
        detail = " ".join(p.strip() for p in (person.role, person.organisation) if p.strip())
        names.append(f"{name} ({detail})" if roles and detail and name else name)
    joined = join_names(names, last)
    return f"{prefix}{joined}." if joined else ""


class PeopleDialog(QDialog):
    """Add, edit and remove people; every edit lands in the library at once."""

    people_changed = Signal()

    COLUMNS = ("name", "role", "organisation")

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        from vnhg_desk.gui.spelling import spell_service

        self.people_changed.connect(spell_service().reload_words)  # names are known words
        self.setWindowTitle(self.tr("Personen"))
        self.resize(620, 420)
        fit_to_screen(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Functie"), self.tr("Organisatie")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Personenlijst"))
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.add_button.setToolTip(self.tr("Een nieuwe persoon aan de lijst toevoegen"))
        self.remove_button.setToolTip(self.tr("De gekozen persoon uit de lijst verwijderen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        hint = QLabel(
            self.tr("Wijzigingen worden direct bewaard. Uitnodigingen houden hun eigen kopie."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._item_changed)
        self.reload()

    def reload(self) -> None:
        """Fill the table from the library."""
        self._people = list(self.library.people())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            for column, name in enumerate(self.COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(getattr(person, name)))
        self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(self._people))

    def people(self) -> list[Person]:
        """The people as shown, in table order."""
        return list(self._people)

    def add_person(self, person: Person | None = None) -> Person:
        """Add a person (default: an empty one to fill in) and start editing the name."""
        person = person if isinstance(person, Person) else Person(name=self.tr("Nieuwe persoon"))
        self.library.save_person(person)
        self.reload()
        self.people_changed.emit()
        row = next(i for i, p in enumerate(self._people) if p.id == person.id)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if self.isVisible() and item is not None:
            self.table.editItem(item)
        return person

    def remove_selected(self, *, confirm: bool = True) -> bool:
        """Remove the person on the current row (after confirmation)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._people):
            return False
        person = self._people[row]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Persoon verwijderen"),
                self.tr("{name} uit de personenlijst verwijderen?").format(name=person.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if person.id is not None:  # a person in the list is stored: it has an id
            self.library.delete_person(person.id)
        self.reload()
        self.people_changed.emit()
        return True

    def _item_changed(self, item: QTableWidgetItem) -> None:
        person = self._people[item.row()]
        name = self.COLUMNS[item.column()]
        value = item.text().strip()
        if name == "name" and not value:  # a person needs a name: put the old one back
            self.table.blockSignals(True)
            item.setText(person.name)
            self.table.blockSignals(False)
            return
        setattr(person, name, value)
        self.library.save_person(person)
        self.people_changed.emit()


class CaptionDialog(QDialog):
    """Pick people in order (left to right on the photo) and get the panel caption."""

    def __init__(
        self, library: DocumentLibrary, parent: QWidget | None = None, language: str = "nl"
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Bijschrift met personen"))
        self.available = QListWidget(self)
        self.chosen = QListWidget(self)
        self.available.setAccessibleName(self.tr("Beschikbare personen"))
        self.chosen.setAccessibleName(self.tr("Gekozen personen, van links naar rechts"))
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for person in library.people():
            item = QListWidgetItem(person.described())
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.available.addItem(item)
        self.available.itemDoubleClicked.connect(self._pick)
        self.chosen.itemDoubleClicked.connect(self._unpick)
        self.chosen.model().rowsMoved.connect(self._update)
        self.chosen.model().rowsInserted.connect(self._update)
        self.chosen.model().rowsRemoved.connect(self._update)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.with_roles = QCheckBox(self.tr("Met functie en organisatie"), self)
        self.with_roles.toggled.connect(self._update)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Personen"), self.available),
            (self.tr("Op de foto, v.l.n.r."), self.chosen),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Dubbelklik om iemand toe te voegen of weg te halen; "
                    "sleep om de volgorde te wijzigen."
                ),
                self,
            )
        )
        layout.addLayout(lists)
        layout.addWidget(self.with_roles)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._update()

    def pick(self, row: int) -> None:
        """Add the person on ``row`` of the available list to the end of the chosen list."""
        self._pick(self.available.item(row))

    def _pick(self, item: QListWidgetItem) -> None:
        copy = QListWidgetItem(item.text())
        copy.setData(Qt.ItemDataRole.UserRole, item.data(Qt.ItemDataRole.UserRole))
        self.chosen.addItem(copy)

    def _unpick(self, item: QListWidgetItem) -> None:
        self.chosen.takeItem(self.chosen.row(item))

    def picked(self) -> list[Person]:
        """The chosen people in order."""
        return [
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        ]

    def caption(self) -> str:
        """The caption for the chosen people."""
        return panel_caption(self.picked(), self.language, roles=self.with_roles.isChecked())

    def _update(self, *_args) -> None:
        self.preview.setText(self.caption() or self.tr("(nog niemand gekozen)"))


def ask_panel_caption(
    library: DocumentLibrary, parent: QWidget | None = None, language: str = "nl"
) -> str | None:
    """Let the user pick people in order; the caption, or None when cancelled."""
    dialog = CaptionDialog(library, parent, language)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.caption() or None
