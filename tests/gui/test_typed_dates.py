"""Dates and times typed the Dutch way, in the parser and in the real fields."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime

from vnhg_desk.gui.date_fields import NO_DATE, NO_TIME, DateField, TimeField
from vnhg_desk.gui.typed_dates import parse_date, parse_time

TODAY = date(2026, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-3-2026", date(2026, 3, 12)),
        ("12/03/2026", date(2026, 3, 12)),
        ("12.3.2026", date(2026, 3, 12)),
        ("12 maart 2026", date(2026, 3, 12)),
        ("12 mrt 2026", date(2026, 3, 12)),
        ("donderdag 12 Maart 2026", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("12-3", date(2026, 3, 12)),
        ("12-3-26", date(2026, 3, 12)),
        ("12 maart", date(2026, 3, 12)),
        ("31-2-2026", None),
        ("12 foo 2026", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, today=TODAY) == expected


def test_partial_dates_wait_while_typing():
    assert parse_date("12-3-20", complete=False) is None  # not 2020 on the way to 2026
    assert parse_date("12-3-2026", complete=False) == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13.30", time(13, 30)),
        ("13:30", time(13, 30)),
        ("1330", time(13, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("13u30", time(13, 30)),
        ("13.3", time(13, 30)),
        ("25.00", None),
        ("13.75", None),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def _type(qtbot, field, text):
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["12-3-2026", "12 maart 2026"])
def test_empty_date_field_accepts_typing(qtbot, typed):
    field = DateField("Datum")
    qtbot.addWidget(field)
    field.show()
    edits = []
    field.user_edited.connect(lambda: edits.append(field.value()))
    assert field.date() == NO_DATE
    _type(qtbot, field, typed)
    assert field.value() == date(2026, 3, 12)
    assert edits and edits[-1] == date(2026, 3, 12)
    assert field.text() == field.locale().toString(QDate(2026, 3, 12), "d MMMM yyyy")


def test_date_field_short_form_on_enter_and_emptying(qtbot):
    field = DateField("Datum")
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, "1-10")
    assert field.value() == date(QDate.currentDate().year(), 10, 1)
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Delete)
    field.clearFocus()
    field.interpretText()
    assert field.value() is None


def test_calendar_opens_at_today_when_empty(qtbot):
    field = DateField("Datum")
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    arrow = QPoint(field.width() - 6, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down arrow
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert field.value() is None  # opening the calendar chooses nothing
    calendar.window().close()


@pytest.mark.parametrize("typed", ["13.30", "1330", "13:30"])
def test_empty_time_field_accepts_typing(qtbot, typed):
    field = TimeField("Begintijd")
    qtbot.addWidget(field)
    field.show()
    assert field.time() == NO_TIME
    _type(qtbot, field, typed)
    assert field.value() == time(13, 30)


def test_up_arrow_on_an_empty_time(qtbot):
    start, end = TimeField("Begintijd"), TimeField("Eindtijd")
    end.follows = start
    for field in (start, end):
        qtbot.addWidget(field)
        field.show()
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert start.value() == time(9, 0)
    start.set_value(time(13, 30))
    end.setFocus()
    qtbot.keyClick(end, Qt.Key.Key_Up)
    assert end.value() == time(14, 30)
    assert end.time() != QTime(1, 0)
