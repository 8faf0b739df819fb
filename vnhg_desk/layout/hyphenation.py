"""Dutch (or English) hyphenation with pyphen, cached per word: it dominates layout time."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

import pyphen

_LANGS = {"nl": "nl_NL", "en": "en_GB"}

Hyphenator = Callable[[str], list[tuple[str, str]]]


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=2, right=3)


def pyphen_lang(language: str) -> str:
    """The pyphen dictionary for a document language ("nl" -> "nl_NL")."""
    return _LANGS.get(language, "nl_NL")


@cache
def hyphenator(language: str = "nl") -> Hyphenator:
    """A cached ``word -> [(head, tail), ...]`` function, longest head first.

    The result has the shape reportlab's paragraph ``hyphenationLang`` accepts as a
    callable. Words longer than 60 characters are not hyphenated (they are split as
    long words instead), which keeps pathological input cheap.
    """
    dictionary = _dictionary(pyphen_lang(language))

    @lru_cache(maxsize=100_000)
    def pairs(word: str) -> tuple[tuple[str, str], ...]:
        if len(word) > 60:
            return ()
        return tuple(dictionary.iterate(word))

    def hyphenate(word: str) -> list[tuple[str, str]]:
        return list(pairs(word))

    hyphenate.__wrapped_pairs__ = pairs  # type: ignore[attr-defined]  # for tests
    return hyphenate


def break_points(word: str, language: str = "nl") -> list[int]:
    """Positions where ``word`` may be broken (for tests and the Word writer)."""
    return sorted(len(head) for head, _tail in hyphenator(language)(word))
