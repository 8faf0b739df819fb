"""Total-fit line breaking (Knuth and Plass, "Breaking paragraphs into lines", 1981).

Every feasible way of breaking the paragraph is weighed at once and the one with the
fewest demerits wins: loose and tight lines, hyphens, two hyphenated lines in a row and
a very loose line next to a tight one all cost demerits. Hard rules, never broken while
any other way exists: no more than ``max_hyphen_run`` hyphenated lines in a row, no
hyphen at the end of the lines the caller names (the last line of a column), no word
space wider than ``tolerance`` allows. When no such way exists the paragraph is broken
again with looser limits, and at last with overfull lines, so that no text is ever lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from vnhg_desk.layout.typeset.items import INFINITY, Box, Glue, Item, Penalty


@dataclass(frozen=True)
class Params:
    """The weights of the breaker (TeX's names in brackets)."""

    tolerance: float = 2.0  # the most a space may stretch: 2 = twice natural (tolerance)
    line_penalty: float = 10.0  # per line (linepenalty)
    flagged_demerits: float = 5000.0  # two hyphenated lines in a row (doublehyphendemerits)
    fitness_demerits: float = 3000.0  # a loose line next to a tight one (adjdemerits)
    last_hyphen_demerits: float = 5000.0  # the paragraph's last-but-one line hyphenated
    max_hyphen_run: int = 2


DEFAULT = Params()


@dataclass(frozen=True)
class Line:
    """One line: items ``start``..``end`` (exclusive), its adjustment ratio, and the
    penalty it breaks at (``hyphen``: drawn at the line end) or None."""

    start: int
    end: int
    ratio: float
    hyphen: Penalty | None
    last: bool

    @property
    def hyphenated(self) -> bool:
        """Whether the line ends in a hyphen (added, or the word's own)."""
        return self.hyphen is not None and self.hyphen.flagged


@dataclass
class _Node:
    position: int
    line: int
    fitness: int
    run: int
    demerits: float
    ratio: float = 0.0
    previous: _Node | None = field(default=None, repr=False)


def _fitness(ratio: float) -> int:
    if ratio < -0.5:
        return 0
    if ratio <= 0.5:
        return 1
    if ratio <= 1.0:
        return 2
    return 3


class _Sums:
    """Prefix sums of widths, stretch and shrink, so a line is measured in O(1)."""

    def __init__(self, items: list[Item]) -> None:
        width = [i.width if isinstance(i, (Box, Glue)) else 0.0 for i in items]
        self.width = [0.0, *accumulate(width)]
        flexible = (Box, Glue)
        self.stretch = [
            0.0,
            *accumulate(i.stretch if isinstance(i, flexible) else 0.0 for i in items),
        ]
        self.shrink = [
            0.0,
            *accumulate(i.shrink if isinstance(i, flexible) else 0.0 for i in items),
        ]
        # The first item of a line after a break at i: the next box (spaces vanish).
        starts = [len(items)] * (len(items) + 1)
        following = len(items)
        for index in range(len(items) - 1, -1, -1):
            item = items[index]
            if isinstance(item, Box) or (isinstance(item, Penalty) and item.cost <= -INFINITY):
                following = index
            starts[index] = following
        self.start_after = starts


def _breakpoints(items: list[Item]) -> list[int]:
    out = []
    for index, item in enumerate(items):
        if isinstance(item, Penalty) and item.cost < INFINITY:
            out.append(index)
        elif isinstance(item, Glue) and index and isinstance(items[index - 1], Box):
            out.append(index)
    return out


def break_lines(
    items: list[Item],
    width: float,
    params: Params = DEFAULT,
    no_hyphen: frozenset[int] = frozenset(),
) -> list[Line]:
    """The best lines for ``items`` at ``width``; ``no_hyphen`` holds 0-based line
    numbers that must not end in a hyphen."""
    if len(items) <= 2:
        return []
    attempts = [
        (params.tolerance, params.max_hyphen_run, no_hyphen, False),
        (3 * params.tolerance, params.max_hyphen_run, no_hyphen, False),  # loose, not none
        (1e9, params.max_hyphen_run, no_hyphen, True),  # overfull lines if need be
        (1e9, 1_000, frozenset(), True),  # anything at all
    ]
    for tolerance, run, forbidden, overfull in attempts:
        lines = _solve(items, width, params, tolerance, run, forbidden, overfull)
        if lines is not None:
            return lines
    raise AssertionError("the overfull attempt always finds lines")  # pragma: no cover


def _solve(
    items: list[Item],
    width: float,
    params: Params,
    tolerance: float,
    max_run: int,
    forbidden: frozenset[int],
    overfull: bool,
) -> list[Line] | None:
    sums = _Sums(items)
    # Line numbers matter only up to the last line with a rule of its own; beyond it,
    # nodes that differ only in their line number are one node (fewer active nodes).
    last_ruled = max(forbidden, default=-1)
    active: dict[tuple[int, int, int, int], _Node] = {(-1, 0, 1, 0): _Node(-1, 0, 1, 0, 0.0)}
    for b in _breakpoints(items):
        item = items[b]
        penalty = item if isinstance(item, Penalty) else None
        cost = penalty.cost if penalty else 0.0
        flagged = bool(penalty and penalty.flagged)
        forced = cost <= -INFINITY
        best: dict[tuple[int, int, int, int], _Node] = {}
        dropped: list[tuple[tuple, _Node, float]] = []
        for key, node in list(active.items()):
            start = sums.start_after[node.position + 1] if node.position >= 0 else 0
            natural = sums.width[b] - sums.width[start] + (penalty.width if penalty else 0.0)
            if natural < width:
                stretch = sums.stretch[b] - sums.stretch[start]
                ratio = (width - natural) / stretch if stretch > 0 else 1e9
            elif natural > width:
                shrink = sums.shrink[b] - sums.shrink[start]
                ratio = (width - natural) / shrink if shrink > 0 else -1e9
            else:
                ratio = 0.0
            if ratio < -1 or forced:
                del active[key]
                if ratio < -1:
                    dropped.append((key, node, ratio))
            if ratio < -1 or ratio > tolerance:
                continue
            run = node.run + 1 if flagged else 0
            if run > max_run or (penalty is not None and not forced and node.line in forbidden):
                continue
            demerits = _demerits(params, node, ratio, cost, flagged)
            fitness = _fitness(ratio)
            line = node.line + 1
            new_key = (b, line if line <= last_ruled else -1, fitness, run)
            total = node.demerits + demerits
            if new_key not in best or total < best[new_key].demerits:
                best[new_key] = _Node(b, line, fitness, run, total, ratio, node)
        if not best and not active and overfull and dropped:
            # Nothing fits: the line from the least overfull start is set too wide.
            _key, node, ratio = max(dropped, key=lambda entry: entry[2])
            best[(b, -1, 0, 0)] = _Node(b, node.line + 1, 0, 0, node.demerits + 1e7, -1.0, node)
        active.update(best)
        if not active:
            return None
    final = [n for n in active.values() if n.position == len(items) - 1]
    if not final:
        return None
    return _lines(min(final, key=lambda n: n.demerits), items, sums)


def _demerits(params: Params, node: _Node, ratio: float, cost: float, flagged: bool) -> float:
    badness = 100 * abs(min(ratio, 10.0)) ** 3
    demerits = (params.line_penalty + badness) ** 2
    if cost >= 0:
        demerits += cost**2
    elif cost > -INFINITY:
        demerits -= cost**2
    if flagged and node.run:
        demerits += params.flagged_demerits
    if cost <= -INFINITY and node.run:  # the last line follows a hyphenated one
        demerits += params.last_hyphen_demerits
    if abs(_fitness(ratio) - node.fitness) > 1:
        demerits += params.fitness_demerits
    return demerits


def _lines(node: _Node, items: list[Item], sums: _Sums) -> list[Line]:
    chain = []
    current: _Node | None = node
    while current is not None and current.position >= 0:
        chain.append(current)
        current = current.previous
    chain.reverse()
    lines = []
    start = 0
    for number, entry in enumerate(chain):
        item = items[entry.position]
        # Broken inside a word: the penalty says what the line ends with (a hyphen or,
        # inside a URL, nothing).
        hyphen = item if isinstance(item, Penalty) and item.cost > -INFINITY else None
        lines.append(Line(start, entry.position, entry.ratio, hyphen, number == len(chain) - 1))
        start = sums.start_after[min(entry.position + 1, len(items))]
    return lines
