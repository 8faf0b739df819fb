"""Small declarative checks for parsed JSON, reporting each problem with its place.

A spec describes what a value must look like; ``spec.check(value, "document", problems)``
appends ``Problem("document.content[2].headline", "tekst verwacht, getal gevonden")`` for
every mismatch. Nothing is converted here: the codec builds the objects afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an exchange file: where (a JSON path) and what (Dutch)."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class Problems(list[Problem]):
    """Collected problems; stops collecting after ``limit`` so a huge bad file stays cheap."""

    def __init__(self, limit: int = 20) -> None:
        super().__init__()
        self.limit = limit
        self.more = 0

    def add(self, place: str, message: str) -> None:
        """Record a problem (or only count it once the limit is reached)."""
        if len(self) < self.limit:
            self.append(Problem(place, message))
        else:
            self.more += 1


def type_name(value: Any) -> str:
    """The Dutch name of a JSON value's type, as used in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "waar/onwaar"
    if isinstance(value, (int, float)):
        return "getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "lijst"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _show(value: str, limit: int = 40) -> str:
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return f'"{shown}"'


class Spec:
    """What one JSON value must look like."""

    expected = "waarde"

    def check(self, value: Any, place: str, problems: Problems) -> None:
        raise NotImplementedError

    def wrong_type(self, value: Any, place: str, problems: Problems) -> None:
        problems.add(place, f"{self.expected} verwacht, {type_name(value)} gevonden")


class Text(Spec):
    """A string of at most ``max_length`` characters, optionally not empty."""

    expected = "tekst"

    def __init__(self, max_length: int = 200_000, *, required: bool = False) -> None:
        self.max_length = max_length
        self.required = required

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, str):
            self.wrong_type(value, place, problems)
        elif len(value) > self.max_length:
            problems.add(place, f"tekst te lang ({len(value)} tekens, hooguit {self.max_length})")
        elif self.required and not value.strip():
            problems.add(place, "mag niet leeg zijn")


class Pattern(Text):
    """A string matching a regular expression, e.g. a SHA-256 in hex."""

    def __init__(self, regex: str, description: str) -> None:
        super().__init__(max_length=1000, required=True)
        self.regex = re.compile(regex)
        self.description = description

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, str):
            self.wrong_type(value, place, problems)
        elif not self.regex.fullmatch(value):
            problems.add(place, f"{self.description} verwacht, {_show(value)} gevonden")


class Boolean(Spec):
    """``true`` or ``false``."""

    expected = "waar/onwaar (true of false)"

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, bool):
            self.wrong_type(value, place, problems)


class Integer(Spec):
    """A whole number between ``low`` and ``high``."""

    expected = "geheel getal"

    def __init__(self, low: int = 0, high: int = 2**53) -> None:
        self.low, self.high = low, high

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(value, place, problems)
        elif not self.low <= value <= self.high:
            problems.add(
                place, f"getal tussen {self.low} en {self.high} verwacht, {value} gevonden"
            )


class IsoDate(Spec):
    """A calendar date written as ``JJJJ-MM-DD``."""

    expected = "datum (JJJJ-MM-DD)"

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, str):
            self.wrong_type(value, place, problems)
            return
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            problems.add(place, f"datum als JJJJ-MM-DD verwacht, {_show(value)} gevonden")


class IsoTime(Spec):
    """A time of day written as ``UU:MM`` (or ``UU:MM:SS``)."""

    expected = "tijd (UU:MM)"

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, str):
            self.wrong_type(value, place, problems)
            return
        try:
            if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value):
                raise ValueError(value)
            time.fromisoformat(value)
        except ValueError:
            problems.add(place, f"tijd als UU:MM verwacht, {_show(value)} gevonden")


class Choice(Spec):
    """One of a fixed set of strings."""

    def __init__(self, *values: str) -> None:
        self.values = values
        self.expected = " of ".join(f'"{v}"' for v in values)

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, str):
            self.wrong_type(value, place, problems)
        elif value not in self.values:
            problems.add(place, f"{self.expected} verwacht, {_show(value)} gevonden")


class Nullable(Spec):
    """Either ``null`` or what ``inner`` accepts."""

    def __init__(self, inner: Spec) -> None:
        self.inner = inner
        self.expected = f"{inner.expected} of null"

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if value is not None:
            self.inner.check(value, place, problems)


class ListOf(Spec):
    """A list of at most ``max_items`` values, each checked by ``item``."""

    expected = "lijst"

    def __init__(self, item: Spec, max_items: int = 1000) -> None:
        self.item = item
        self.max_items = max_items

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, list):
            self.wrong_type(value, place, problems)
        elif len(value) > self.max_items:
            problems.add(place, f"te veel onderdelen ({len(value)}, hooguit {self.max_items})")
        else:
            for index, item in enumerate(value):
                self.item.check(item, f"{place}[{index}]", problems)


class Record(Spec):
    """An object with known keys; ``required`` keys must be present, others are refused."""

    expected = "object"

    def __init__(self, fields: Mapping[str, Spec], required: Iterable[str] = ()) -> None:
        self.fields = dict(fields)
        self.required = tuple(required)

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, dict):
            self.wrong_type(value, place, problems)
            return
        for key in self.required:
            if key not in value:
                problems.add(place, f'verplicht veld "{key}" ontbreekt')
        for key, item in value.items():
            spec = self.fields.get(key)
            if spec is None:
                problems.add(place, f'onbekend veld "{_show(str(key))[1:-1]}"')
            else:
                spec.check(item, f"{place}.{key}", problems)


class Tagged(Spec):
    """An object whose ``key`` (e.g. "type") chooses which record spec applies."""

    expected = "object"

    def __init__(self, key: str, variants: Mapping[str, Record]) -> None:
        self.key = key
        self.variants = dict(variants)

    def check(self, value: Any, place: str, problems: Problems) -> None:
        if not isinstance(value, dict):
            self.wrong_type(value, place, problems)
            return
        if self.key not in value:
            problems.add(place, f'verplicht veld "{self.key}" ontbreekt')
            return
        tag = value[self.key]
        variant = self.variants.get(tag) if isinstance(tag, str) else None
        if variant is None:
            names = " of ".join(f'"{name}"' for name in self.variants)
            found = _show(tag) if isinstance(tag, str) else type_name(tag)
            problems.add(f"{place}.{self.key}", f"{names} verwacht, {found} gevonden")
            return
        variant.check(value, place, problems)
