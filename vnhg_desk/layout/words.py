"""Words printed in the document itself, in the document's language (not the UI's)."""

from __future__ import annotations

from datetime import date, time

_MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_WORDS = {
    "nl": {
        "page": "pagina",
        "moderator": "Dagvoorzitter",
        "panel": "Panel",
        "online": "ook digitaal te volgen",
        "time_suffix": "uur",
        "photo": "Foto",
        "of": "van",
        "date": "Datum",
        "time": "Tijd",
        "place": "Plaats",
        "registration": "Aanmelden",
        "invitation": "Uitnodiging",
    },
    "en": {
        "page": "page",
        "moderator": "Moderator",
        "panel": "Panel",
        "online": "also online",
        "time_suffix": "",
        "photo": "Photo",
        "of": "of",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "registration": "Registration",
        "invitation": "Invitation",
    },
}


def _lang(language: str) -> str:
    return language if language in _MONTHS else "nl"


def word(key: str, language: str) -> str:
    """A fixed word such as "page" in the document's language."""
    return _WORDS[_lang(language)][key]


#: Dutch month abbreviations as the Taalunie writes them (mrt, not maa).
_SHORT_MONTHS_NL = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
]


def month_abbreviation(month: int, language: str = "nl") -> str:
    """``mrt`` (Dutch) or ``Mar`` (English) for month 1-12."""
    if _lang(language) == "nl":
        return _SHORT_MONTHS_NL[month - 1]
    return _MONTHS["en"][month - 1][:3]


def banner_date(day: date | None, language: str = "nl") -> str:
    """The banner date: ``18•SEP•2020`` (month abbreviated in the document's language)."""
    if day is None:
        return ""
    month = month_abbreviation(day.month, language).upper()
    return f"{day.day}\u2022{month}\u2022{day.year}"


def long_date(day: date | None, language: str = "nl", weekday: bool = False) -> str:
    """``18 september 2020`` or, with weekday, ``vrijdag 18 september 2020``."""
    if day is None:
        return ""
    lang = _lang(language)
    text = f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
    if weekday:
        text = f"{_WEEKDAYS[lang][day.weekday()]} {text}"
    return text


def time_range(start: time | None, end: time | None, language: str = "nl") -> str:
    """``9.30-12.30 uur`` (Dutch) or ``9:30-12:30`` (English)."""
    sep = "." if _lang(language) == "nl" else ":"

    def fmt(moment: time) -> str:
        return f"{moment.hour}{sep}{moment.minute:02d}"

    parts = [fmt(moment) for moment in (start, end) if moment is not None]
    if not parts:
        return ""
    suffix = word("time_suffix", language)
    text = "\u2013".join(parts)
    return f"{text} {suffix}" if suffix else text
