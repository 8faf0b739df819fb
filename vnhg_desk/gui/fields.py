"""Input widgets that leave undo/redo to the window's undo stack.

Qt's text widgets keep their own undo history and swallow Ctrl+Z. Ours pass the undo and
redo shortcuts on, so one undo stack covers typing and structural edits alike. Each has
``value()``/``set_value()`` and a ``user_edited`` signal for :mod:`binding`.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from vnhg_desk.gui import spelling
from vnhg_desk.gui.typed_dates import (
    could_become_date,
    could_become_time,
    parse_date,
    parse_time,
)

NO_DATE = QDate(1900, 1, 1)
NO_TIME = QTime(0, 0)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


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


class DateField(QDateEdit):
    """A date that may be empty (shown as "geen datum"); typed as 12-3-2026 or 12 maart
    2026 (see :mod:`typed_dates`); its calendar opens at today when empty."""

    user_edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("geen datum"))
        self.setToolTip(self.tr("Typ bijvoorbeeld 12-3-2026 of 12 maart 2026"))
        # Unfinished typing goes through fixup() ("12-3" is this year's 12 March).
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setDate(NO_DATE)
        self._loading = False
        self.dateChanged.connect(self._changed)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return False

    # Typed dates: checked and read by typed_dates instead of Qt's section editor.
    def validate(self, text: str, pos: int):
        if text == self.specialValueText() or parse_date(text, complete=False) is not None:
            return QValidator.State.Acceptable, text, pos
        if could_become_date(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        if not text.strip():
            return self.specialValueText()  # emptied: no date
        typed = parse_date(text)
        return self.textFromDateTime(QDateTime(_qdate(typed), QTime(0, 0))) if typed else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        typed = parse_date(text)
        return QDateTime(_qdate(typed) if typed else NO_DATE, QTime(0, 0))

    def textFromDateTime(self, value: QDateTime) -> str:
        if value.date() == NO_DATE:
            return self.specialValueText()
        return self.locale().toString(value.date(), "d MMMM yyyy")

    def _changed(self) -> None:
        if not self._loading:
            self.user_edited.emit()

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self._loading = True
        try:
            self.setDate(NO_DATE if value is None else _qdate(value))
        finally:
            self._loading = False


class TimeField(UndoKeysToWindow, QTimeEdit):
    """A time of day that may be empty (00:00 is shown as "geen tijd"); typed as 13.30,
    13:30 or 1330. Up or Down in an empty field starts at ``follows``' time plus an hour
    (an end time after its start time), else at 09:00."""

    user_edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follows: TimeField | None = None
        self.setAccessibleName(accessible_name)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText(self.tr("geen tijd"))
        self.setToolTip(self.tr("Typ bijvoorbeeld 13.30 of 1330"))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._loading = False
        self.timeChanged.connect(self._changed)

    def validate(self, text: str, pos: int):
        if text == self.specialValueText() or parse_time(text, complete=False) is not None:
            return QValidator.State.Acceptable, text, pos
        if could_become_time(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        if not text.strip():
            return self.specialValueText()
        typed = parse_time(text)
        return f"{typed.hour:02d}:{typed.minute:02d}" if typed else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        typed = parse_time(text)
        chosen = QTime(typed.hour, typed.minute) if typed else NO_TIME
        return QDateTime(QDate(2000, 1, 1), chosen)

    def textFromDateTime(self, value: QDateTime) -> str:
        if value.time() == NO_TIME:
            return self.specialValueText()
        return value.time().toString("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.time() != NO_TIME:
            super().stepBy(steps)
            return
        start = self.follows.value() if self.follows is not None else None
        if start is not None:
            self.setTime(QTime(start.hour, start.minute).addSecs(3600))
        else:
            self.setTime(QTime(9, 0))
        self.lineEdit().selectAll()

    def stepEnabled(self):
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | (
            QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )

    def _changed(self) -> None:
        if not self._loading:
            self.user_edited.emit()

    def value(self) -> time | None:
        chosen = self.time()
        if chosen == NO_TIME:
            return None
        return time(chosen.hour(), chosen.minute(), chosen.second())

    def set_value(self, value: time | None) -> None:
        self._loading = True
        try:
            self.setTime(NO_TIME if value is None else QTime(value.hour, value.minute))
        finally:
            self._loading = False


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
