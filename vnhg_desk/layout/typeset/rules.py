"""Where a word may break at a line end, by Dutch typographic practice.

On top of the pattern hyphenation (:mod:`vnhg_desk.layout.hyphenation`, pyphen with the
OpenTaal patterns) and the exceptions lists:

- words of fewer than 6 letters are never broken, and a break leaves at least 2 letters
  before and 3 after it;
- a word with a hyphen of its own ("Noord-Holland", "VNG-bestuur") breaks only after
  that hyphen, and without a second hyphen;
- a word with a capital (a name, a place, an abbreviation) is otherwise never broken;
- a pattern break right after a one-letter syllable is dropped ("gea-larmeerd");
- numbers, e-mail addresses, web addresses and words with digits or symbols are never
  hyphenated; a long address may break after a slash, dot or similar without a hyphen,
  at a high cost, when nothing else fits.

Punctuation around a word (quotes, brackets, a full stop) does not count as letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from vnhg_desk.layout.hyphenation import hyphenator
from vnhg_desk.layout.typeset.exceptions import Exceptions

Break = tuple[int, str, float]  # offset into the word, what is drawn there, cost

HYPHEN = "-"
PATTERN_COST = 1000.0  # a hyphen the patterns found: only where spaces cannot do it
OWN_HYPHEN_COST = 300.0  # after the word's own hyphen: no extra hyphen drawn
ADDRESS_COST = 800.0  # inside a web or e-mail address, only when nothing else fits
MIN_WORD = 6
MIN_BEFORE = 2
MIN_AFTER = 3

_LEADING = "([{\"'\u201e\u201c\u2018\u00ab\u2039\u00bf\u00a1*"
_TRAILING = ")]}\"'\u201d\u2019\u00bb\u203a.,;:!?\u2026*"
_HYPHENS = "-\u2010"
_ADDRESS = re.compile(r"^(https?://|mailto:|www\.)|@|^[\w.-]+\.(nl|com|org|info|eu|net)(/|$)", re.I)
_ADDRESS_BREAKS = "/.-_?&=@"


class WordBreaker:
    """Break points for the words of one language, with its exceptions."""

    def __init__(self, language: str = "nl", exceptions: Exceptions | None = None) -> None:
        self.hyphenate = hyphenator(language)
        self.exceptions = exceptions or {}
        self.breaks = lru_cache(maxsize=50_000)(self._breaks)

    def _breaks(self, word: str) -> tuple[Break, ...]:
        lead = len(word) - len(word.lstrip(_LEADING))
        core = word[lead:].rstrip(_TRAILING)
        if len(core) < MIN_WORD:
            return ()
        if _ADDRESS.search(core):
            return _address_breaks(core, lead)
        if any(ch in _HYPHENS for ch in core):
            return _own_hyphens(core, lead)
        if not core.isalpha() or any(ch.isupper() for ch in core):
            return ()
        known = self.exceptions.get(core.lower())
        if known is not None:
            offsets = known
        else:
            offsets = _no_lone_letters(len(head) for head, _tail in self.hyphenate(core))
        return tuple(
            (lead + at, HYPHEN, PATTERN_COST)
            for at in sorted(offsets)
            if at >= MIN_BEFORE and len(core) - at >= MIN_AFTER
        )


def _no_lone_letters(offsets: Iterable[int]) -> tuple[int, ...]:
    """Pattern breaks without those right after a one-letter syllable ("ge-a-lar-meerd"
    loses "gea-"): the lone vowel belongs to the next syllable more often than not."""
    out: list[int] = []
    for at in sorted(offsets):
        if out and at - out[-1] == 1:
            continue
        out.append(at)
    return tuple(out)


def _own_hyphens(core: str, lead: int) -> tuple[Break, ...]:
    out = []
    for index, char in enumerate(core):
        if char not in _HYPHENS:
            continue
        before, after = core[:index], core[index + 1 :]
        # The letters right before and after the hyphen, up to another hyphen.
        head = re.split(r"[-\u2010]", before)[-1]
        tail = re.split(r"[-\u2010]", after)[0]
        # Letters on both sides: a number range ("2026-2027") is not broken.
        if (
            len(head) >= MIN_BEFORE
            and len(tail) >= MIN_AFTER
            and head.isalpha()
            and tail[:1].isalpha()
        ):
            out.append((lead + index + 1, "", OWN_HYPHEN_COST))
    return tuple(out)


def _address_breaks(core: str, lead: int) -> tuple[Break, ...]:
    """After a slash, dot and the like, never in the scheme, at least 4 characters apart."""
    start = core.find("//") + 2 if "//" in core else 0
    out = []
    last = start
    for index in range(start, len(core) - 3):
        if core[index] in _ADDRESS_BREAKS and index + 1 - last >= 4:
            out.append((lead + index + 1, "", ADDRESS_COST))
            last = index + 1
    return tuple(out)
