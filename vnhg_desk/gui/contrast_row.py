"""One house colour in the house-style dialog: its button, its worst contrast ratio
against the colours it meets in the newsletter, a warning when that fails WCAG AA, and
a button that takes the nearest colour that passes (:mod:`vnhg_desk.layout.contrast`)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vnhg_desk.layout import contrast


def _ratio_text(ratio: float) -> str:
    return f"{ratio:.1f}".replace(".", ",") + " : 1"


class ContrastRow(QWidget):
    """``button`` (a ColourButton) for palette role ``role``, with ratio and a fix."""

    def __init__(self, button: QWidget, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.role = role
        self.ratio = QLabel(self)
        self.fix = QPushButton(self)
        self.fix.hide()
        self.fix.clicked.connect(self._take_suggestion)
        self.suggestion = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(button)
        layout.addWidget(self.ratio, 1)
        layout.addWidget(self.fix)

    def refresh(self, hex_by_role: dict[str, str]) -> None:
        """Show the worst ratio of this colour against its partners, warn if it fails."""
        partners = contrast.partners(self.role, hex_by_role)
        own = hex_by_role[self.role]
        worst = min(contrast.contrast_ratio(own, other) for other in partners)
        if worst >= contrast.AA_NORMAL:
            self.ratio.setText(self.tr("Contrast %1 (voldoet)").replace("%1", _ratio_text(worst)))
            self.ratio.setStyleSheet("")
            self.fix.hide()
            self.suggestion = ""
            return
        self.suggestion = contrast.nearest_passing(own, partners) or ""
        self.ratio.setText(
            self.tr("⚠ Contrast %1: te laag voor tekst (minstens 4,5 : 1)").replace(
                "%1", _ratio_text(worst)
            )
        )
        self.ratio.setStyleSheet("color: #A00000; font-weight: bold;")
        self.fix.setText(self.tr("Gebruik %1").replace("%1", self.suggestion))
        self.fix.setAccessibleName(self.fix.text())
        self.fix.setVisible(bool(self.suggestion))

    def _take_suggestion(self) -> None:
        if self.suggestion:
            self.button.set_colour(self.suggestion)  # type: ignore[attr-defined]
            self.button.colour_changed.emit(self.button.colour())  # type: ignore[attr-defined]
