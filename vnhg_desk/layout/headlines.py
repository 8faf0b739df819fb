"""Balanced lines for headlines and titles: decided here, drawn by any writer.

A headline is never hyphenated: it breaks only at spaces (and after a hyphen the text
already has, "THEMA-/BIJEENKOMST"). It keeps the fewest lines it needs, and among the
ways to break it into that many lines takes the one whose lines are closest to equal,
never leaving one short word alone on the last line ("… VAN / DIJK"). The writer passes
a function that measures text in its own font and size, so this module needs neither
reportlab nor Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

Measure = Callable[[str], float]

#: A single word alone on the last line must fill at least this share of the width.
LONE_WORD_SHARE = 0.4
_PIECE = re.compile(r"\S+?-(?=\S)|\S+")


def pieces(text: str) -> list[str]:
    """The breakable pieces: words, with a word's own hyphen ending its first part."""
    return _PIECE.findall(text)


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        out += part if not out or (out.endswith("-") and not out.endswith(" -")) else " " + part
    return out


def balance_lines(
    text: str, measure: Measure, width: float, max_lines: int | None = None
) -> list[str] | None:
    """``text`` broken into balanced lines no wider than ``width``; None when a single
    word is wider than ``width`` (the caller shrinks the type) or when more than
    ``max_lines`` lines would be needed."""
    parts = pieces(" ".join(text.split()))
    if not parts:
        return []
    if any(measure(part) > width for part in parts):
        return None
    count = _fewest_lines(parts, measure, width)
    if max_lines is not None and count > max_lines:
        return None
    for lines in (count, count + 1):
        if max_lines is not None and lines > max_lines:
            break
        best = _best_breaks(tuple(parts), measure, width, lines)
        if best is not None:
            return best
    # No way avoids a lone short word within one more line: the fewest lines, balanced.
    return _best_breaks(tuple(parts), measure, width, count, allow_lone=True)


def _fewest_lines(parts: list[str], measure: Measure, width: float) -> int:
    lines, current = 1, [parts[0]]
    for part in parts[1:]:
        if measure(_join([*current, part])) <= width:
            current.append(part)
        else:
            lines, current = lines + 1, [part]
    return lines


def _best_breaks(
    parts: tuple[str, ...],
    measure: Measure,
    width: float,
    lines: int,
    allow_lone: bool = False,
) -> list[str] | None:
    """The breaks into exactly ``lines`` lines with the least squared slack (the last
    line counts as much as the others: a balanced headline), or None."""
    n = len(parts)

    @cache
    def line_width(start: int, end: int) -> float:
        return measure(_join(list(parts[start:end])))

    @cache
    def best(start: int, left: int) -> tuple[float, tuple[int, ...]] | None:
        if left == 1:
            used = line_width(start, n)
            if used > width:
                return None
            lone = n - start == 1 and start > 0
            if lone and not allow_lone and used < LONE_WORD_SHARE * width:
                return None
            return ((width - used) ** 2, (n,))
        found: tuple[float, tuple[int, ...]] | None = None
        # Longest first: of two equally balanced choices the upper line is the longer.
        for end in range(n - left + 1, start, -1):
            used = line_width(start, end)
            if used > width:
                continue
            rest = best(end, left - 1)
            if rest is None:
                continue
            cost = (width - used) ** 2 + rest[0]
            if found is None or cost < found[0]:
                found = (cost, (end, *rest[1]))
        return found

    result = best(0, lines)
    if result is None:
        return None
    out, start = [], 0
    for end in result[1]:
        out.append(_join(list(parts[start:end])))
        start = end
    return out


def fitting_size(
    text: str,
    measure_at: Callable[[float], Measure],
    width: float,
    size: float,
    floor: float,
    max_lines: int,
    step: float = 0.5,
) -> tuple[float, list[str] | None]:
    """The largest type size from ``size`` down to ``floor`` at which ``text`` sets in
    at most ``max_lines`` balanced lines without breaking a word, and those lines; at
    the floor without such lines, ``(floor, None)``."""
    current = size
    while current >= floor - 1e-6:
        lines = balance_lines(text, measure_at(current), width, max_lines)
        if lines is not None:
            return current, lines
        current = round(current - step, 3)
    return floor, None


def forced_lines(text: str, measure: Measure, width: float) -> list[str]:
    """The last resort for a word wider than ``width`` even at the smallest size: break it
    where it must, with a hyphen, and balance the rest as usual."""
    out: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{current} {word}".strip()
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
            current = ""
        while measure(word) > width and len(word) > 1:
            cut = max(1, max(i for i in range(1, len(word)) if measure(word[:i] + "-") <= width)
                      if measure(word[:1] + "-") <= width else 1)  # fmt: skip
            out.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        out.append(current)
    return out
