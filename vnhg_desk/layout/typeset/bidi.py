"""Right-to-left runs (Arabic, Hebrew) in a left-to-right paragraph, as the Unicode
bidirectional algorithm (UAX #9) sets them: levels for the whole paragraph, then each
line reordered by itself.

Lines are broken in logical order (what was typed); only then is each line put in the
order the eye reads it (rules L1 and L2, per line). An Arabic phrase that wraps thus
starts, at the right, on the first line with its first words, as in any Arabic text,
instead of being reversed as a whole and cut in the middle of its last words.

The paragraph's base direction is left to right (the newsletter is Dutch). Direction
marks and embeddings (LRM, RLM, LRE..PDF, isolates) do their work on the levels and are
then dropped: nothing draws them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Characters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and
#: their presentation forms).
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Direction marks and embeddings: done their work once the levels are known.
CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def paragraph_levels(text: str) -> list[int]:
    """The embedding level of each character of ``text`` (a paragraph with a left-to-right
    base, rules X1-I2); characters the algorithm removes (X9: embeddings, boundary
    neutrals such as the soft hyphen) get the level of the character before them."""
    from bidi import algorithm  # the reference algorithm, step by step

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 0
    storage["base_dir"] = "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index  # X9 drops some: remember where each one was
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    resolved = {char["index"]: int(char["level"]) for char in storage["chars"]}
    levels: list[int] = []
    for index in range(len(text)):
        levels.append(resolved.get(index, levels[-1] if levels else 0))
    return levels


def visual_order(units: Sequence[tuple[str, int]], trailing: int) -> list[int]:
    """The drawing order of a line's ``units`` (text, level), left to right, as indexes
    into ``units``. The last ``trailing`` units are the line's end (white space, the
    line-end hyphen's place): they take the paragraph's level (L1). Then, from the
    highest level down to the lowest odd one, every run at that level or higher is
    reversed (L2)."""
    levels = [level for _text, level in units]
    for index in range(len(levels) - trailing, len(levels)):
        levels[index] = 0
    order = list(range(len(units)))
    if max(levels, default=0) == 0:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = order[start:position][::-1]
                start = None
    return order


def mirrored(char: str) -> str:
    """The mirror image of a bracket or other mirrored character drawn right to left."""
    from bidi.mirror import MIRRORED

    return str(MIRRORED.get(char, char))
