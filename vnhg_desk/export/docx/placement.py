"""Where pull quotes and photos go inside an article's body (block indices to follow).

A pull quote follows the paragraph that contains its text; otherwise quotes and the
photos after the first are spread evenly over the body. Index -1 means "before the body".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnhg_desk.model.richtext import Block, BulletList, Paragraph

_QUOTE_MARKS = re.compile(r"[\"'“”„‘’‚«»‹›]")
_SPACE = re.compile(r"\s+")


def _normal(text: str) -> str:
    return _SPACE.sub(" ", _QUOTE_MARKS.sub("", text)).strip().casefold()


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, BulletList):
        return " ".join("".join(span.text for span in item) for item in block.items)
    return ""


def text_anchors(blocks: Sequence[Block]) -> list[int]:
    """Indices of the blocks a quote or photo may follow.

    Text blocks only (not subheadings), and not a paragraph that introduces a list.
    """
    anchors = []
    for i, block in enumerate(blocks):
        follower = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, BulletList) or (
            isinstance(block, Paragraph) and not isinstance(follower, BulletList)
        ):
            anchors.append(i)
    return anchors


def spread(count: int, anchors: Sequence[int]) -> list[int]:
    """``count`` positions spread evenly over ``anchors`` (never after the last block)."""
    if not anchors:
        return [-1] * count
    usable = list(anchors[:-1]) or list(anchors)
    return [
        usable[min(len(usable) - 1, (n + 1) * len(usable) // (count + 1))] for n in range(count)
    ]


def quote_positions(blocks: Sequence[Block], quotes: Sequence[str]) -> list[int]:
    """For each quote, the index of the block it follows."""
    anchors = text_anchors(blocks)
    fallback = spread(len(quotes), anchors)
    positions = []
    for n, quote in enumerate(quotes):
        needle = _normal(quote)
        found = next(
            (i for i in anchors if needle and needle in _normal(_block_text(blocks[i]))), None
        )
        positions.append(fallback[n] if found is None else found)
    return positions


def photo_positions(blocks: Sequence[Block], count: int) -> list[int]:
    """The first photo opens the article (-1); the others are spread over the body."""
    if count == 0:
        return []
    return [-1, *spread(count - 1, text_anchors(blocks))]
