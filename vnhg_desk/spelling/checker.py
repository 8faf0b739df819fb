"""The spell checker: a Hunspell engine per language, results cached per word.

Engine: chunspell, the maintained binding of the C Hunspell library (the one LibreOffice
and Firefox use), so Dutch compounds ("gemeenteraadsverkiezingen") come from the
dictionary's own compound rules. Dictionaries: OpenTaal's Dutch list (BSD or CC-BY 3.0)
and SCOWL's American English list (permissive), both in resources/dictionaries with their
licences.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from vnhg_desk.resources import resource_path
from vnhg_desk.spelling.tokens import word_spans

DICTIONARIES = {"nl": "nl", "en": "en_US"}
#: Our own list of words the shipped dictionary lacks (Dutch public administration:
#: "netcongestie", "omgevingswet"), one per line, beside the dictionaries.
WORD_LISTS = {"nl": "nl-bestuur.txt"}
#: Hunspell's compound search can take 60-90 ms for one long word it does not list whole
#: ("ledenvergaderingsbesluit"). Words this long get a quick answer first (split into
#: listed parts) and the exact answer later, from ``resolve_pending`` when the user pauses.
LONG_WORD = 16
_LINKS = ("", "s", "en", "e")
_LOAD_LOCK = threading.Lock()


def dictionary_files(language: str) -> tuple[Path, Path]:
    """The .aff and .dic files shipped for ``language`` ("nl" or "en")."""
    name = DICTIONARIES.get(language, "nl")
    folder = resource_path("dictionaries")
    return folder / f"{name}.aff", folder / f"{name}.dic"


@cache
def shipped_words(language: str) -> frozenset[str]:
    """The words of our own list for ``language`` (lower case), or none."""
    name = WORD_LISTS.get(language)
    if name is None:
        return frozenset()
    lines = resource_path("dictionaries", name).read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@cache
def _engine(language: str):
    import hunspell  # chunspell's module

    aff, _dic = dictionary_files(language)
    return hunspell.Hunspell(aff.stem, hunspell_data_dir=str(aff.parent))


def load_engine(language: str):
    """The Hunspell engine for ``language``, loaded once per process (about half a second)."""
    with _LOAD_LOCK:
        return _engine(language if language in DICTIONARIES else "nl")


class SpellChecker:
    """Checks words of one language; ``extra`` words (lower case) always count as right,
    and so do those of our own list for the language (:func:`shipped_words`)."""

    def __init__(self, language: str = "nl", extra: Iterable[str] = ()) -> None:
        self.language = language if language in DICTIONARIES else "nl"
        self.engine = load_engine(self.language)
        self.shipped = shipped_words(self.language)
        self.extra: set[str] = {word.lower() for word in extra}
        self._cache: dict[str, bool] = {}
        self._quick: dict[str, bool] = {}
        self.pending: dict[str, bool] = {}  # long word -> its quick (provisional) answer

    def set_extra(self, words: Iterable[str]) -> None:
        """Replace the known extra words (the word list, names)."""
        self.extra = {word.lower() for word in words}
        self._cache.clear()
        self._quick.clear()
        self.pending.clear()

    def is_correct(self, word: str) -> bool:
        """True when ``word`` is spelled right (cached; provisional for long compounds)."""
        known = self._cache.get(word)
        if known is None:
            if len(word) >= LONG_WORD and not self._listed(word.lower()) and "-" not in word:
                provisional = self.pending.get(word)
                if provisional is None:
                    provisional = self._compound(word.lower(), 0)
                    self.pending[word] = provisional
                return provisional
            known = self._check(word)
            self._cache[word] = known
        return known

    def resolve_pending(self, budget_s: float = 0.2) -> list[str]:
        """Check pending long words exactly; returns those whose answer changed."""
        import time

        changed = []
        deadline = time.perf_counter() + budget_s
        while self.pending and time.perf_counter() < deadline:
            word, provisional = self.pending.popitem()
            exact = self._check(word)
            self._cache[word] = exact
            if exact != provisional:
                changed.append(word)
        return changed

    def _compound(self, word: str, depth: int) -> bool:
        """Quick compound test: ``word`` is listed parts of 4 to LONG_WORD letters joined,
        with the Dutch linking letters -s-, -en-, -e- allowed after a part (shorter parts
        such as "ver" or "gad" would let typing errors through)."""
        if len(word) < LONG_WORD and self._short(word):
            return True
        if depth > 4:
            return False
        for cut in range(min(len(word) - 4, LONG_WORD - 1), 3, -1):
            head, rest = word[:cut], word[cut:]
            for link in _LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)] if link else head
                if len(stem) >= 4 and self._short(stem) and self._compound(rest, depth + 1):
                    return True
        return False

    def _short(self, word: str) -> bool:
        known = self._quick.get(word)
        if known is None:
            known = self._listed(word) or bool(self.engine.spell(word))
            self._quick[word] = known
        return known

    def _listed(self, lower: str) -> bool:
        return lower in self.extra or lower in self.shipped

    def _check(self, word: str) -> bool:
        if self._listed(word.lower()):
            return True
        if self.engine.spell(word):
            return True
        if "-" in word:  # "VNHG-leden", "Zaanstad-Noord": every part right is right
            parts = [part for part in word.split("-") if part]
            return bool(parts) and all(part.isupper() or self.is_correct(part) for part in parts)
        if "’" in word:
            return self.is_correct(word.replace("’", "'"))
        return False

    def misspelled_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each wrong word in ``text``."""
        return [(start, end) for start, end, word in word_spans(text) if not self.is_correct(word)]

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, best first."""
        return list(self.engine.suggest(word))[:limit]
