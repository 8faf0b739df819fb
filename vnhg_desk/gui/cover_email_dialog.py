"""The cover e-mail: recipients with groups, subject/body templates, signature; and the
small dialog that asks which groups (and whether the flyer) go into a draft."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.export.eml import (
    address_problem,
    all_groups,
    chosen_recipients,
    sender_problem,
)
from vnhg_desk.gui.dialogs import fit_to_screen
from vnhg_desk.model import CoverEmail, Recipient
from vnhg_desk.store.protocol import DocumentLibrary


def _groups_text(groups: list[str]) -> str:
    return ", ".join(groups)


def _groups_from(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class CoverEmailDialog(QDialog):
    """Edit the recipients list and the templates; OK saves to the library."""

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.cover: CoverEmail = copy.deepcopy(library.cover_email())
        self.setWindowTitle(self.tr("Begeleidende e-mail"))
        self.resize(720, 640)
        fit_to_screen(self)
        cover = self.cover
        self.sender_field = QLineEdit(cover.sender, self)
        self.sender_field.setPlaceholderText(
            self.tr("Secretariaat VNHG <secretariaat@voorbeeld.nl>")
        )
        self.subject = QLineEdit(cover.subject_template, self)
        self.body = QPlainTextEdit(cover.body_template, self)
        self.signature = QPlainTextEdit(cover.signature, self)
        self.signature.setMaximumHeight(90)
        self.default_group = QLineEdit(cover.default_group, self)
        fields = QLabel(
            self.tr("Velden: {title} titel, {date} datum, {meeting} vergadering, {place} plaats"),
            self,
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("E-mailadres"), self.tr("Naam"), self.tr("Groepen (komma's)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Adressenlijst"))
        for recipient in cover.recipients:
            self.add_recipient(recipient)
        add = QPushButton(self.tr("Adres toevoegen"), self)
        remove = QPushButton(self.tr("Adres verwijderen"), self)
        add.clicked.connect(lambda: self.add_recipient(Recipient("", "", [cover.default_group])))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        form = QFormLayout()
        for label, widget in (
            (self.tr("Afzender"), self.sender_field),
            (self.tr("Onderwerp"), self.subject),
            (self.tr("Tekst"), self.body),
            (self.tr("Ondertekening"), self.signature),
            (self.tr("Standaardgroep"), self.default_group),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(fields)
        layout.addWidget(QLabel(self.tr("Ontvangers (komen in Bcc, zien elkaars adres niet)")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def add_recipient(self, recipient: Recipient) -> None:
        """Add a row for ``recipient``."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (recipient.address, recipient.name, _groups_text(recipient.groups))
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def edited_cover(self) -> CoverEmail:
        """The cover e-mail as filled in (rows without an address are dropped)."""
        recipients = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            address, name, groups = (cell.text().strip() if cell else "" for cell in cells)
            if address:
                recipients.append(Recipient(address, name, _groups_from(groups)))
        cover = self.cover
        cover.recipients = recipients
        cover.sender = self.sender_field.text().strip()
        cover.subject_template = self.subject.text()
        cover.body_template = self.body.toPlainText()
        cover.signature = self.signature.toPlainText()
        cover.default_group = self.default_group.text().strip()
        return copy.deepcopy(cover)

    def problems(self) -> list[str]:
        """Why some addresses (or the sender) would not work in a draft."""
        cover = self.edited_cover()
        found = [address_problem(r.address) for r in cover.recipients]
        if cover.sender:
            found.append(sender_problem(cover.sender))
        return [problem for problem in found if problem]

    def accept(self) -> None:
        """Save to the library and close (first saying which addresses are wrong)."""
        problems = self.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Begeleidende e-mail"), "\n".join(problems[:8]))
            return
        self.library.save_cover_email(self.edited_cover())
        super().accept()


class DraftOptionsDialog(QDialog):
    """Which groups receive the draft, and whether the invitation flyer goes with it."""

    def __init__(
        self,
        cover: CoverEmail,
        invitations: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cover = cover
        self.setWindowTitle(self.tr("E-mailconcept maken"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Versturen aan:"), self))
        self.group_boxes: dict[str, QCheckBox] = {}
        for group in all_groups(cover):
            count = len(chosen_recipients(cover, [group]))
            label = self.tr("%1 (%n adressen)", "", count).replace("%1", group)
            box = QCheckBox(label.replace("&", "&&"), self)  # "B&W" is no shortcut
            box.setChecked(group == cover.default_group)
            box.toggled.connect(self._update)
            self.group_boxes[group] = box
            layout.addWidget(box)
        self.flyer_box = QCheckBox(self.tr("Uitnodiging (save the date) meesturen:"), self)
        self.flyer_choice = QComboBox(self)
        self.flyer_choice.setAccessibleName(self.tr("Uitnodiging"))
        for doc_id, title in invitations:
            self.flyer_choice.addItem(title, doc_id)
        self.flyer_box.setEnabled(bool(invitations))
        self.flyer_choice.setEnabled(False)
        self.flyer_box.toggled.connect(self.flyer_choice.setEnabled)
        layout.addWidget(self.flyer_box)
        layout.addWidget(self.flyer_choice)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def groups(self) -> list[str]:
        """The groups ticked."""
        return [group for group, box in self.group_boxes.items() if box.isChecked()]

    def flyer_id(self) -> int | None:
        """The invitation to attach, or None."""
        return self.flyer_choice.currentData() if self.flyer_box.isChecked() else None

    def _update(self, *_args) -> None:
        count = len(chosen_recipients(self.cover, self.groups()))
        self.summary.setText(self.tr("%n ontvangers in Bcc", "", count))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
