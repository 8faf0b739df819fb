"""Date and time fields that may be empty and are typed the way people write them.

Apart from :mod:`fields` so that a window showing an article need not set up Qt's date
and time editors before its first frame. Like those fields, each has
``value()``/``set_value()`` and a ``user_edited`` signal for :mod:`binding`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QTimeEdit, QWidget

from vnhg_desk.gui.fields import UndoKeysToWindow
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


def typed_state(
    text: str,
    empty: str,
    parse: Callable[..., object | None],
    could_become: Callable[[str], bool],
) -> QValidator.State:
    """How far typed ``text`` is from a value ``parse`` reads (``empty``: no value)."""
    if text == empty or parse(text, complete=False) is not None:
        return QValidator.State.Acceptable
    if could_become(text):
        return QValidator.State.Intermediate
    return QValidator.State.Invalid


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
        return typed_state(text, self.specialValueText(), parse_date, could_become_date), text, pos

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
        return typed_state(text, self.specialValueText(), parse_time, could_become_time), text, pos

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
