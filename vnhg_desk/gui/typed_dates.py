"""Dates and times as Dutch people type them, without Qt.

Dates: ``12-3-2026``, ``12/3/2026``, ``12.3.2026``, ``12 maart 2026``, ``12 mrt 2026``,
``2026-03-12``; when the typing is finished also ``12-3`` and ``12 maart`` (this year)
and ``12-3-26``. Times: ``13.30``, ``13:30``, ``1330``, ``13u30``; when finished also
``930``, ``9`` and ``13.3``.

``complete=False`` is the check while typing: only forms that cannot grow into another
date count, so "12-3-20" is not taken for 2020 on the way to "12-3-2026".
"""

from __future__ import annotations

import re
from datetime import date, time

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "maa": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(?:[a-z]+\s+)?(\d{1,2})\.?\s+([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?")
_TIME_SEP = re.compile(r"(\d{1,2})\s*(?:[.:uh]|uur)\s*(\d{1,2})?(?:\s*uur)?")
_TIME_DIGITS = re.compile(r"(\d{1,4})(?:\s*uur)?")


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def parse_date(text: str, *, complete: bool = True, today: date | None = None) -> date | None:
    """The date ``text`` means, or None."""
    text = " ".join(text.strip().lower().split())
    today = today or date.today()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.fullmatch(text):
        if not complete and (match[3] is None or len(match[3]) != 4):
            return None
        return _make_date(_year(match[3], today), int(match[2]), int(match[1]))
    if match := _WORDS.fullmatch(text):
        month = _MONTHS.get(match[2])
        if month is None:
            return None
        if not complete and (match[3] is None or len(match[3]) != 4):
            return None
        return _make_date(_year(match[3], today), month, int(match[1]))
    return None


def could_become_date(text: str) -> bool:
    """True while ``text`` may still grow into a date (digits, separators, letters)."""
    return bool(re.fullmatch(r"[\w\s\-/.]{0,30}", text.strip().lower()))


def parse_time(text: str, *, complete: bool = True) -> time | None:
    """The time of day ``text`` means, or None."""
    text = " ".join(text.strip().lower().split())
    if not text:
        return None
    hour = minute = None
    if match := _TIME_SEP.fullmatch(text):
        hour = int(match[1])
        minutes = match[2]
        if minutes is None or len(minutes) == 1:
            if not complete:
                return None
            minute = int(minutes) * 10 if minutes else 0
        else:
            minute = int(minutes)
    elif match := _TIME_DIGITS.fullmatch(text):
        digits = match[1]
        if len(digits) < 4 and not complete:
            return None
        if len(digits) <= 2:
            hour, minute = int(digits), 0
        else:
            hour, minute = int(digits[:-2]), int(digits[-2:])
    if hour is None or minute is None or not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return time(hour, minute)


def could_become_time(text: str) -> bool:
    """True while ``text`` may still grow into a time."""
    return bool(re.fullmatch(r"[\d\s.:uhr]{0,12}", text.strip().lower()))
