"""Body text lines read back from an exported PDF (poppler's ``pdftotext -bbox``).

Body text is recognised by its word height (9.4 pt Noto Serif: 12.8 pt boxes); words on
one baseline in one column form a line. From the lines come the figures the issue asks
for: the share of lines ending in a hyphen, the longest run of them, hyphens at a column
foot, and the word-space spread of justified lines.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from tests.tools import run_tool

BODY_HEIGHT = 12.8  # a 9.4 pt Noto Serif word box (ascent + descent)
NATURAL_SPACE = 0.26 * 9.4  # Noto Serif's word space at 9.4 pt
HYPHENS = ("-", "\u00ad", "\u2010")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@dataclass
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class TextLine:
    page: int
    column: int
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def hyphenated(self) -> bool:
        return self.words[-1].text.endswith(HYPHENS)

    @property
    def right(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return self.words[0].y0

    def gaps(self) -> list[float]:
        return [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False)]


def words(path: Path) -> list[Word]:
    """Every word with its page (0-based) and box (y from the top)."""
    out = run_tool("pdftotext", "-bbox", str(path), "-", capture_output=True, text=True).stdout
    result: list[Word] = []
    for number, page in enumerate(out.split("<page ")[1:]):
        for match in _WORD.finditer(page):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            result.append(Word(number, x0, y0, x1, y1, html.unescape(match.group(5))))
    return result


def body_lines(path: Path, page_width: float = 595.3) -> list[TextLine]:
    """The body lines in reading order (page, column, top to bottom)."""
    middle = page_width / 2
    grouped: dict[tuple[int, int, float], list[Word]] = {}
    for word in words(path):
        if abs((word.y1 - word.y0) - BODY_HEIGHT) > 0.3:
            continue
        column = 0 if word.x0 < middle else 1
        grouped.setdefault((word.page, column, round(word.y1, 0)), []).append(word)
    lines = [
        TextLine(page, column, sorted(ws, key=lambda w: w.x0))
        for (page, column, _y), ws in sorted(grouped.items())
    ]
    return lines


def columns(lines: list[TextLine]) -> list[list[TextLine]]:
    """The lines per column of each page, top to bottom."""
    out: dict[tuple[int, int], list[TextLine]] = {}
    for line in lines:
        out.setdefault((line.page, line.column), []).append(line)
    return [sorted(col, key=lambda line: line.top) for _key, col in sorted(out.items())]


def justified(lines: list[TextLine]) -> list[TextLine]:
    """Lines that reach the column's right edge (all but paragraph ends)."""
    out = []
    for column in columns(lines):
        edge = max(line.right for line in column)
        out += [line for line in column if edge - line.right < 1.0 and len(line.words) > 1]
    return out


@dataclass
class Figures:
    lines: int
    hyphenated: float  # share of body lines ending in a hyphen
    longest_run: int
    foot_hyphens: int  # columns whose last line ends in a hyphen
    within: float  # share of justified lines with every space within 80-133 % of natural
    max_ratio: float  # the widest word space, as a multiple of the natural one


def figures(path: Path) -> Figures:
    """The typesetting figures of one PDF's body text."""
    lines = body_lines(path)
    run = longest = 0
    for column in columns(lines):
        run = 0  # runs are counted within a column
        for line in column:
            run = run + 1 if line.hyphenated else 0
            longest = max(longest, run)
    foot = sum(1 for column in columns(lines) if column[-1].hyphenated)
    spread = justified(lines)
    ratios = [[gap / NATURAL_SPACE for gap in line.gaps()] for line in spread]
    inside = sum(1 for rs in ratios if rs and all(0.8 - 1e-3 <= r <= 1.33 + 1e-3 for r in rs))
    return Figures(
        lines=len(lines),
        hyphenated=sum(line.hyphenated for line in lines) / max(1, len(lines)),
        longest_run=longest,
        foot_hyphens=foot,
        within=inside / max(1, len(ratios)),
        max_ratio=max((max(rs) for rs in ratios if rs), default=0.0),
    )
