"""The photos of the open article: add (file dialog or drop), caption, credit, alt text.

Photos are checked by the library (``add_photo``); an unusable file gives a Dutch
message and changes nothing. A photo without alt text is flagged in the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from vnhg_desk.errors import PhotoError
from vnhg_desk.gui import dialogs
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.fields import LineField, PlainField
from vnhg_desk.gui.icons import line_icon
from vnhg_desk.gui.part_list import PartListPanel
from vnhg_desk.gui.thumbnails import THUMB_SIZE, Thumbnails
from vnhg_desk.model import PhotoRef

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
MAX_PHOTO_BYTES = 80 * 1024 * 1024
FOLDER_KEY = "folders/photos"


class PhotosPanel(PartListPanel):
    """Photos of one article, as thumbnails."""

    attr = "photos"
    status = Signal(str)

    def __init__(self, controller: DocumentController, settings: QSettings, parent=None) -> None:
        super().__init__(controller, self.tr("Foto's van dit artikel"), parent)
        self.settings = settings
        self.thumbnails = Thumbnails(controller.library)
        self.list.accept_files = True
        self.list.files_dropped.connect(self.add_files)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setGridSize(QSize(THUMB_SIZE.width() + 16, THUMB_SIZE.height() + 34))
        self.list.setMovement(QListWidget.Movement.Snap)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setToolTip(
            self.tr("Sleep foto's (JPEG, PNG, HEIC) hierheen uit de verkenner of Finder")
        )
        add = self.add_button(self.tr("Foto toevoegen…"), self.choose_files)
        add.setToolTip(self.tr("Kies foto's op schijf (JPEG, PNG of HEIC)"))
        self.buttons.insertWidget(0, add)
        self.caption = PlainField(self.tr("Bijschrift"), self)
        self.caption.setMaximumHeight(70)
        self.credit = LineField(self.tr("Fotograaf"), self)
        self.alt_text = PlainField(self.tr("Beschrijving voor schermlezers (alt-tekst)"), self)
        self.alt_text.setMaximumHeight(70)
        self.alt_warning = QLabel(self)
        self.alt_warning.setWordWrap(True)
        self.people_button = QPushButton(self.tr("Bijschrift uit personen…"), self)
        self.people_button.setAccessibleName(self.tr("Bijschrift maken uit de personenlijst"))
        self.people_button.setToolTip(
            self.tr("Kies de mensen op de foto van links naar rechts: "
                    "“Het panel v.l.n.r.: …”")
        )  # fmt: skip
        self.people_button.clicked.connect(self.caption_from_people)
        self.form.addRow(self.tr("&Bijschrift:"), self.caption)
        self.form.addRow("", self.people_button)
        self.form.addRow(self.tr("&Fotograaf:"), self.credit)
        self.form.addRow(self.tr("&Alt-tekst:"), self.alt_text)
        self.form.addRow("", self.alt_warning)
        self.binder.bind(self.caption, "caption", self.tr("Bijschrift wijzigen"))
        self.binder.bind(self.credit, "credit", self.tr("Fotograaf wijzigen"))
        self.binder.bind(self.alt_text, "alt_text", self.tr("Alt-tekst wijzigen"))
        self.alt_text.user_edited.connect(self._update_warning)

    def label(self, part: PhotoRef) -> str:
        text = " ".join(part.caption.split()) or self.tr("(geen bijschrift)")
        return text if len(text) <= 40 else text[:39] + "…"

    def decorate(self, item: QListWidgetItem, part: PhotoRef) -> None:
        # Thumbnails are decoded once the panel is on screen (showEvent): in the window's
        # first frame it is folded away or behind the quotes tab.
        icon = self.thumbnails.icon(part.photo_hash) if self.isVisible() else QIcon()
        if not part.alt_text.strip():
            item.setText("⚠ " + item.text())
            item.setToolTip(self.tr("Alt-tekst ontbreekt: beschrijf de foto voor schermlezers"))
            if icon.isNull():
                icon = line_icon("warning", self)
        else:
            item.setToolTip(part.alt_text)
        item.setIcon(icon)

    def _show(self, row: int) -> None:
        super()._show(row)
        self._update_warning()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parts = self.parts()
        for row in range(min(self.list.count(), len(parts))):
            item = self.list.item(row)
            if item.icon().isNull() or not parts[row].alt_text.strip():
                item.setText(self.label(parts[row]))
                self.decorate(item, parts[row])

    def _update_warning(self) -> None:
        missing = not str(self.alt_text.value()).strip()
        self.alt_warning.setText(
            self.tr("⚠ Alt-tekst ontbreekt: zonder beschrijving is de foto onbruikbaar voor "
                    "wie een schermlezer gebruikt.") if missing else ""
        )  # fmt: skip

    def remove_label(self) -> str:
        return self.tr("Foto verwijderen")

    def caption_from_people(self) -> None:
        """Write the caption from people picked in order (undoable)."""
        ref = self.binder.ref
        document = self.controller.document
        if ref is None or document is None:
            return
        try:
            from vnhg_desk.gui.people_dialog import ask_panel_caption
        except ImportError:
            return
        caption = ask_panel_caption(self.controller.library, self, document.language)
        if caption:
            self.binder.commit_all()
            self.controller.set_field(ref, "caption", caption, self.tr("Bijschrift uit personen"),
                                      typing=False)  # fmt: skip
            self.caption.set_value(caption)

    # -- adding ------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for photo files and add them."""
        from PySide6.QtWidgets import QFileDialog  # here: off the window's first frame

        folder = str(self.settings.value(FOLDER_KEY, str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Foto's toevoegen"),
            folder,
            self.tr("Foto's (*.jpg *.jpeg *.png *.heic *.heif);;Alle bestanden (*)"),
        )
        if paths:
            self.settings.setValue(FOLDER_KEY, str(Path(paths[0]).parent))
            self.add_files(paths)

    def add_files(self, paths: list[Any]) -> list[PhotoRef]:
        """Add photo files (the dialog and drag and drop both come here)."""
        added: list[PhotoRef] = []
        if self.article_uid is None:
            return added
        problems: list[str] = []
        for raw in paths:
            path = Path(raw)
            try:
                photo_hash = self._import(path)
            except PhotoError as error:
                problems.append(f"{path.name}: {error}")
                continue
            photo = PhotoRef(photo_hash=photo_hash)
            self.insert_part(photo, self.tr("Foto toevoegen"))
            added.append(photo)
        if problems:
            dialogs.show_error(self, self.tr("Foto niet toegevoegd"), "\n\n".join(problems))
        if added:
            self.status.emit(self.tr("%n foto('s) toegevoegd", "", len(added)))
            self.alt_text.setFocus()
        return added

    def _import(self, path: Path) -> str:
        if path.suffix.lower() not in PHOTO_SUFFIXES:
            raise PhotoError(
                self.tr("Dit is geen foto die VNHG Desk kan gebruiken (JPEG, PNG of HEIC).")
            )
        try:
            if path.stat().st_size > MAX_PHOTO_BYTES:
                raise PhotoError(self.tr("Het bestand is te groot voor een foto (meer dan 80 MB)."))
            data = path.read_bytes()
        except OSError as error:
            raise PhotoError(
                self.tr("Het bestand kan niet worden gelezen: %1").replace(
                    "%1", error.strerror or ""
                )
            ) from error
        return self.controller.library.add_photo(data, path.name)
