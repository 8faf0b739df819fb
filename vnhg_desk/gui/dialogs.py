"""Message boxes used by the window, in one place so tests can answer them.

Every function blocks until the user answers; tests replace them with monkeypatch.
QMessageBox is imported where a box is shown: PySide builds the class (~2 ms) on first
use, and the window's first frame has no message box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_MARGIN = 48  # title bar and taskbar room


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a window or dialog so it fits the available screen (a 1366x768 laptop)."""
    screen = widget.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = min(widget.width(), available.width() - SCREEN_MARGIN // 2)
    height = min(widget.height(), available.height() - SCREEN_MARGIN)
    widget.resize(width, max(height, 200))


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong (the text says what and what to do)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask a yes/no question; ``yes`` is the text of the button that goes ahead."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]]
) -> str | None:
    """Offer a few named choices (key, button text); None when cancelled."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = {}
    for key, label in choices:
        buttons[key] = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    if choices:
        box.setDefaultButton(buttons[choices[0][0]])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), None)
