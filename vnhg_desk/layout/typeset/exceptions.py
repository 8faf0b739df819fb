"""Hyphenation exceptions: words never to break, or to break only where the list says.

One entry a line; ``#`` starts a comment. A word written without hyphens is never
broken ("Vattenfall"); a word written with hyphens is broken only there
("ge-alar-meerd"). Matching ignores case. The shipped list is
``resources/hyphenation/nl-exceptions.txt``; a library adds its own entries (names the
secretary adds), which win over the shipped ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from vnhg_desk.resources import resource_path

Exceptions = dict[str, tuple[int, ...]]

_MAX_ENTRY = 80


def parse_exceptions(lines: Iterable[str]) -> Exceptions:
    """Entries as ``word -> break offsets`` (empty: never break); bad lines are skipped."""
    out: Exceptions = {}
    for raw in lines:
        entry = raw.split("#", 1)[0].strip()
        if not entry or len(entry) > _MAX_ENTRY or " " in entry:
            continue
        offsets = []
        letters = 0
        for part in entry.split("-")[:-1]:
            letters += len(part)
            offsets.append(letters)
        word = entry.replace("-", "")
        if word:
            out[word.lower()] = tuple(o for o in offsets if 0 < o < len(word))
    return out


@cache
def shipped_exceptions(language: str = "nl") -> Exceptions:
    """The list that comes with the program for ``language`` (empty when there is none)."""
    path = resource_path("hyphenation", f"{language}-exceptions.txt")
    try:
        return parse_exceptions(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return {}


def merged(language: str, library_entries: Iterable[str] = ()) -> Exceptions:
    """The shipped list with the library's own entries on top."""
    return {**shipped_exceptions(language), **parse_exceptions(library_entries)}
