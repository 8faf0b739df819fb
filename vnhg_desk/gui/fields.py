"""Input widgets that leave undo/redo to the window's undo stack.

Qt's text widgets keep their own undo history and swallow Ctrl+Z. Ours pass the undo and
redo shortcuts on, so one undo stack covers typing and structural edits alike. Each has
``value()``/``set_value()`` and a ``user_edited`` signal for :mod:`binding`.
The date and time fields are in :mod:`date_fields` (not needed for an article).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from vnhg_desk.gui import spelling


def is_undo_key(event: QEvent) -> bool:
    """True for a key event that means undo or redo."""
    if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        return False
    if not isinstance(event, QKeyEvent):
        return False
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


class UndoKeysToWindow:
    """Mixin for a text widget: Ctrl+Z / Ctrl+Y go to the window's undo stack, not the
    widget's own (list it before the Qt class)."""

    def event(self, event: QEvent) -> bool:
        if is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]


def with_window_undo(widget: QWidget, menu) -> None:
    """Replace the widget's own (always greyed) Undo/Redo in ``menu`` by the window's."""
    window = widget.window()
    finder = getattr(window, "action", None)
    if finder is None:
        return
    try:
        undo, redo = finder("undo"), finder("redo")
    except KeyError:
        return
    own = [a for a in menu.actions() if a.objectName() in ("edit-undo", "edit-redo")]
    anchor = own[0] if own else (menu.actions()[0] if menu.actions() else None)
    menu.insertAction(anchor, undo)
    menu.insertAction(anchor, redo)
    for action in own:
        menu.removeAction(action)


class FilesToParent:
    """Mixin for a text field: dropped files are not text; the drop goes to the parent
    (the article editor makes photos of them)."""

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.ignore()
            return
        super().dragEnterEvent(event)  # type: ignore[misc]

    def insertFromMimeData(self, source) -> None:  # QPlainTextEdit: a pasted file list
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            return
        super().insertFromMimeData(source)  # type: ignore[misc]


class LineField(FilesToParent, UndoKeysToWindow, QLineEdit):
    """A one-line text field."""

    user_edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(accessible_name)
        self.textEdited.connect(self.user_edited)
        spelling.attach_line(self)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        spelling.paint_line_underlines(self)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        spelling.line_edit_spelling_menu(self, menu, event.pos())
        with_window_undo(self, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        if self.text() != value:
            position = self.cursorPosition()
            self.setText(value)
            self.setCursorPosition(min(position, len(value)))


class PlainField(FilesToParent, UndoKeysToWindow, QPlainTextEdit):
    """A few lines of plain text; with ``as_lines`` its value is a list of lines."""

    user_edited = Signal()

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, as_lines: bool = False
    ) -> None:
        super().__init__(parent)
        self.as_lines = as_lines
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(accessible_name)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._loading = False
        self.textChanged.connect(self._changed)
        spelling.attach_highlighter(self)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        spelling.text_edit_spelling_menu(self, menu, event.pos())
        with_window_undo(self, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _changed(self) -> None:
        if not self._loading:
            self.user_edited.emit()

    def value(self) -> str | list[str]:
        text = self.toPlainText()
        if self.as_lines:
            return [line.strip() for line in text.split("\n") if line.strip()]
        return text

    def set_value(self, value: str | list[str]) -> None:
        if self.value() == value:
            return
        text = "\n".join(value) if isinstance(value, list) else value
        cursor = self.textCursor()
        position = cursor.position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)


class ChoiceField(QComboBox):
    """A choice among fixed values, shown with Dutch labels."""

    user_edited = Signal()

    def __init__(
        self, accessible_name: str, choices: list[tuple[object, str]], parent=None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        for value, label in choices:
            self.addItem(label, value)
        self._loading = False
        self.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.user_edited.emit()

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        self._loading = True
        try:
            index = self.findData(value)
            self.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
