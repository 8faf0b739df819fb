"""Which parts of a text are words to check.

Words are runs of letters, joined by an apostrophe ("foto's") or a hyphen
("Noord-Holland"). Skipped: web and e-mail addresses, words touching a digit ("2e") and
words in capitals ("VNHG", "AVG"), as word processors do.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ADDRESS = re.compile(r"(?:https?://|www\.|mailto:)\S+|\S+@\S+\.\S+", re.IGNORECASE)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word in ``text`` that should be checked."""
    maybe_address = "@" in text or ":" in text or "www." in text
    skip = [match.span() for match in _ADDRESS.finditer(text)] if maybe_address else []
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if skip and any(a <= start < b for a, b in skip):
            continue
        if (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
            continue
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue
        spans.append((start, end, word))
    return spans
