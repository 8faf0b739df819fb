"""The house style dialog: name, logo, colours, fonts, contact footer, default title.

A logo may be PNG, JPEG or SVG. An SVG is only *rendered* (QSvgRenderer, no scripts, no
external files: an SVG that points outside itself is refused) to a PNG that is stored
like a photo; the SVG text itself is never kept or executed.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.errors import PhotoError, UserError
from vnhg_desk.gui.contrast_row import ContrastRow
from vnhg_desk.gui.dialogs import fit_to_screen
from vnhg_desk.layout.palette import Palette, palette
from vnhg_desk.model import HouseStyle
from vnhg_desk.store.protocol import DocumentLibrary

MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_PIXELS = 1200
_EXTERNAL_REF = re.compile(
    rb"""(?:href|src)\s*=\s*["']\s*(?!#|data:image/(?:png|jpeg|gif);base64,)""", re.I
)
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def shipped_families() -> list[str]:
    """Font families shipped in resources/fonts ("Noto Sans", "Noto Serif", ...) that a
    house style may choose (the layout's list)."""
    from vnhg_desk.layout.fonts import available_families

    return sorted(available_families())


def svg_to_png(data: bytes, pixels: int = LOGO_PIXELS) -> bytes:
    """Render an SVG logo to PNG bytes (longest side ``pixels``); UserError if unusable."""
    from PySide6.QtSvg import QSvgRenderer

    if len(data) > MAX_LOGO_BYTES:
        raise PhotoError("Het logo is te groot (meer dan 5 MB).")
    if data[:2] == b"\x1f\x8b":  # svgz: Qt would inflate it without any size limit
        raise PhotoError(
            "Gecomprimeerde SVG-logo's (.svgz) worden niet gebruikt; "
            "sla het logo op als gewoon SVG-bestand of als PNG."
        )
    if _EXTERNAL_REF.search(data) or b"<!ENTITY" in data:
        raise PhotoError(
            "Dit SVG-logo verwijst naar andere bestanden of bevat entiteiten; "
            "sla het op als zelfstandig SVG-bestand of als PNG."
        )
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise PhotoError("Dit SVG-bestand kan niet worden gelezen.")
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(pixels, pixels)
    size = size.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stubs ask bytes for the format, the binding itself takes only str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def store_logo(library: DocumentLibrary, path: Path) -> str:
    """Read a logo file, render SVG to PNG, store it in the library; the photo hash."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise PhotoError("Het logo is te groot (meer dan 5 MB).")
        data = path.read_bytes()
    except OSError as error:
        raise PhotoError(f"Het bestand {path.name} kan niet worden gelezen.") from error
    if path.suffix.lower() == ".svg" or data.lstrip()[:5] in (b"<?xml", b"<svg "):
        return library.add_photo(svg_to_png(data), path.with_suffix(".png").name)
    return library.add_photo(data, path.name)


class ColourButton(QPushButton):
    """A button showing a colour; clicking opens the colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_colour(colour)
        self.clicked.connect(self.choose)

    def colour(self) -> str:
        """The colour as "#RRGGBB"."""
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Show a new colour (invalid values fall back to black)."""
        self._colour = colour.upper() if _HEX.match(colour or "") else "#000000"
        swatch = QPixmap(28, 16)
        swatch.fill(QColor(self._colour))
        self.setIcon(swatch)
        self.setText(self._colour)

    def choose(self) -> None:
        """Open QColorDialog with the current colour."""
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.accessibleName())
        if chosen.isValid():
            self.set_colour(chosen.name())
            self.colour_changed.emit(self._colour)


class HouseStyleDialog(QDialog):
    """Edit the library's house style; Apply/OK save it and emit ``saved``."""

    saved = Signal(object)

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.style_data: HouseStyle = copy.deepcopy(library.house_style())
        self.setWindowTitle(self.tr("Huisstijl"))
        style = self.style_data
        self.name = QLineEdit(style.association_name, self)
        self.short_name = QLineEdit(style.short_name, self)
        self.default_title = QLineEdit(style.default_title, self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setMinimumSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Logo kiezen…"), self)
        self.logo_remove = QPushButton(self.tr("Geen logo"), self)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        self.colours = {
            "primary_colour": ColourButton(style.primary_colour, self),
            "accent_colour": ColourButton(style.accent_colour, self),
            "tint_colour": ColourButton(style.tint_colour, self),
            "text_colour": ColourButton(style.text_colour, self),
        }
        self.contrast_rows = {
            attribute: ContrastRow(button, attribute.removesuffix("_colour"), self)
            for attribute, button in self.colours.items()
        }
        for button in self.colours.values():
            button.colour_changed.connect(lambda _colour: self.refresh_contrast())
        families = shipped_families()
        self.heading_font = self._font_box(families, style.heading_font)
        self.body_font = self._font_box(families, style.body_font)
        contact = style.contact
        self.website = QLineEdit(contact.website, self)
        self.email = QLineEdit(contact.email, self)
        self.phone = QLineEdit(contact.phone, self)
        self.address = QLineEdit(contact.address, self)
        self.social = QPlainTextEdit("\n".join(contact.social), self)
        self.social.setFixedHeight(60)
        self._build_layout()
        self.set_logo(style.logo_hash)
        self.refresh_contrast()

    def refresh_contrast(self) -> None:
        """Each colour's contrast with the colours it meets, as now chosen."""
        style = copy.deepcopy(self.style_data)
        for attribute, button in self.colours.items():
            setattr(style, attribute, button.colour())
        colours = palette(style)
        hex_by_role = {role: "#" + colours.role(role).hex for role in Palette.roles()}
        for row in self.contrast_rows.values():
            row.refresh(hex_by_role)

    def _font_box(self, families: list[str], current: str) -> QComboBox:
        box = QComboBox(self)
        box.addItems(families if current in families else [*families, current])
        box.setCurrentText(current)
        return box

    def _build_layout(self) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        groups: list[tuple[str, list[tuple[str, QWidget | QLayout]]]] = [
            (
                self.tr("Vereniging"),
                [
                    (self.tr("Naam vereniging"), self.name),
                    (self.tr("Korte naam"), self.short_name),
                    (self.tr("Standaardtitel editie"), self.default_title),
                    (self.tr("Logo"), logo_row),
                ],
            ),
            (
                self.tr("Kleuren en lettertypen"),
                [
                    (self.tr("Hoofdkleur"), self.contrast_rows["primary_colour"]),
                    (self.tr("Accentkleur"), self.contrast_rows["accent_colour"]),
                    (self.tr("Tintkleur (kaders)"), self.contrast_rows["tint_colour"]),
                    (self.tr("Tekstkleur"), self.contrast_rows["text_colour"]),
                    (self.tr("Lettertype koppen"), self.heading_font),
                    (self.tr("Lettertype tekst"), self.body_font),
                ],
            ),
            (
                self.tr("Contact (voettekst)"),
                [
                    (self.tr("Website"), self.website),
                    (self.tr("E-mail"), self.email),
                    (self.tr("Telefoon"), self.phone),
                    (self.tr("Adres"), self.address),
                    (self.tr("Sociale media (één per regel)"), self.social),
                ],
            ),
        ]
        outer = QVBoxLayout(self)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, rows in groups:
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            for label, field in rows:
                form.addRow(label, field)
                if isinstance(field, ContrastRow):
                    field.button.setAccessibleName(label)
                elif isinstance(field, QWidget):
                    field.setAccessibleName(label)
            layout.addWidget(box)
        for button in self.colours.values():
            button.setMinimumWidth(130)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        # The groups scroll on a small screen; the buttons stay in view.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(content.sizeHint().width() + bar)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self.resize(content.sizeHint().width() + bar + 24, content.sizeHint().height() + 80)
        fit_to_screen(self)

    def set_logo(self, logo_hash: str | None) -> None:
        """Use the stored photo ``logo_hash`` as logo (None: no logo) and show it."""
        self.style_data.logo_hash = logo_hash
        self.logo_remove.setEnabled(logo_hash is not None)
        pixmap = QPixmap()
        if logo_hash:
            try:
                pixmap.loadFromData(self.library.normalised(logo_hash))
            except (KeyError, UserError):
                pixmap = QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("(geen logo)"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    160,
                    60,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def choose_logo(self, path: Path | None = None) -> bool:
        """Pick a logo file (PNG, JPEG or SVG) and store it; a message if it is unusable."""
        if not path:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Logo kiezen"), "", self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            self.set_logo(store_logo(self.library, Path(path)))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Logo"), str(error))
            return False
        return True

    def edited_style(self) -> HouseStyle:
        """The house style as filled in now."""
        style = self.style_data
        style.association_name = self.name.text().strip()
        style.short_name = self.short_name.text().strip()
        style.default_title = self.default_title.text().strip()
        for attribute, button in self.colours.items():
            setattr(style, attribute, button.colour())
        style.heading_font = self.heading_font.currentText()
        style.body_font = self.body_font.currentText()
        contact = style.contact
        contact.website = self.website.text().strip()
        contact.email = self.email.text().strip()
        contact.phone = self.phone.text().strip()
        contact.address = self.address.text().strip()
        contact.social = [
            line.strip() for line in self.social.toPlainText().splitlines() if line.strip()
        ]
        return copy.deepcopy(style)

    def apply(self) -> None:
        """Save the house style now and tell the window (the preview follows at once)."""
        style = self.edited_style()
        self.library.save_house_style(style)
        self.saved.emit(style)

    def accept(self) -> None:
        """Save and close."""
        self.apply()
        super().accept()
