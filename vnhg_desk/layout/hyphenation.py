"""Dutch (or English) hyphenation with pyphen, cached per word: it dominates layout time.

Parsing pyphen's Dutch dictionary takes about 0.2 s in every new process; the parsed
patterns are kept in the user's cache folder (marshal: plain dicts, tuples and ints, in
a folder only the user writes) so that a cold export starts in a few milliseconds.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import pyphen

from vnhg_desk.layout.cache_files import cache_path, write_cache

_LANGS = {"nl": "nl_NL", "en": "en_GB"}

Hyphenator = Callable[[str], list[tuple[str, str]]]


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    path = pyphen.LANGUAGES.get(lang)
    if path is not None:
        _preload(Path(path))
    return pyphen.Pyphen(lang=lang, left=2, right=3)


def _cache_file(path: Path) -> Path:
    stat = path.stat()
    name = f"{path.stem}-{pyphen.__version__}-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    return cache_path("hyphenation", name)


def _preload(path: Path) -> None:
    """Put the dictionary's patterns into pyphen's own cache, from ours when we have it."""
    if path in pyphen.hdcache:
        return
    try:
        target: Path | None = _cache_file(path)
    except OSError:
        target = None
    try:
        patterns = marshal.loads(target.read_bytes()) if target else None
    except (OSError, ValueError, EOFError, TypeError):
        patterns = None
    if isinstance(patterns, dict) and patterns:
        parsed = pyphen.HyphDict.__new__(pyphen.HyphDict)
        parsed.patterns = patterns
        parsed.cache = {}
        parsed.maxlen = max(map(len, patterns))  # 16,000 keys: map is 4x a generator
        pyphen.hdcache[path] = parsed
        return
    parsed = pyphen.HyphDict(path)
    pyphen.hdcache[path] = parsed
    if target is None:
        return
    try:
        data = marshal.dumps(parsed.patterns)  # ValueError if a pattern is not plain data
    except ValueError:
        return  # no cache: the next process parses the dictionary again
    write_cache(target, data)


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
