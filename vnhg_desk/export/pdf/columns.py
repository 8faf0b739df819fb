"""Balanced body columns in which photos and pull quotes float.

reportlab's BalancedColumns fills the columns in strict order, so a photo that does not
fit the rest of a column pushes everything after it into the next one and leaves a gap.
Here the text after such a photo or quote moves up into the gap and the photo follows
at the top of the next column: the text keeps its order, only the float moves. The same
move keeps a second pull quote out of a column that already has one.

Columns end level: a page of columns is filled to the foot of the frame, the last page
of an article to the foot of its taller column, by spreading the remaining room over
the gaps between paragraphs, photos and quotes (vertical justification, within
:data:`MAX_STRETCH` per gap). When the next article will not start on this page
(``empty_below`` says so), the article's last columns stretch towards the page foot,
up to twice as far: looser columns read better than a hole at the foot of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import BalancedColumns, Flowable, KeepInFrame, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

from vnhg_desk.export.pdf.flowables import Figure, RuledQuote

FLOATS = (Figure, RuledQuote)
_GAP = 30  # points of empty column worth filling with the text after a float
#: The most room added to one gap between two blocks of a column (about one body line).
MAX_STRETCH = 14.0
#: How many times more room a gap beside a photo or pull quote may take.
FLOAT_WEIGHT = 3.0


class NewsColumns(BalancedColumns):
    """Two (or more) balanced columns; photos and quotes give way to the text after them.

    ``empty_below(room)`` tells how much of ``room`` below the columns the story will
    leave empty on this page; None means none (the columns are only balanced).
    """

    empty_below: Callable[[float], float] | None = None

    def _findSplit(
        self,
        canv,
        availWidth,
        availHeight,
        mergeSpace=1,
        obj=None,
        content=None,
        paraFix=True,
    ):
        def split(flowables):
            return super(NewsColumns, self)._findSplit(
                canv, availWidth, availHeight, mergeSpace, obj, flowables, paraFix
            )

        result = split(content)
        postponed: list[Flowable] = []
        # The first call measures the whole page as one tall column: no rule applies.
        one_column = availHeight <= getattr(self, "_column_height", availHeight) + 1
        for _attempt in range(8 if one_column else 0):
            _w, _h, fitted, rest = result
            quotes = [f for f in fitted if isinstance(f, RuledQuote)]
            if len(quotes) < 2:
                break
            # At most one pull quote per column: fill the column without the later
            # ones, which then open the next column.
            postponed += quotes[1:]
            # Re-split the original list: joining the pieces of a paragraph split at
            # the column foot would leave a paragraph break in the middle of it.
            result = split([f for f in self._getContent(content) if f not in postponed])
        if postponed:
            w, h, fitted, rest = result
            # The quotes open the next column, after the tail of a paragraph split at
            # the column foot: text never has a quote in the middle of it.
            tail = 1 if rest and fitted and getattr(fitted[-1], "_splitpara", 0) else 0
            result = (w, h, fitted, [*rest[:tail], *postponed, *rest[tail:]])
        for _attempt in range(4):
            _w, _h, fitted, rest = result
            if len(rest) < 2 or not isinstance(rest[0], FLOATS) or isinstance(rest[1], FLOATS):
                break
            if fitted and getattr(fitted[-1], "_splitpara", 0):
                break  # the column ends in a split paragraph: its tail must come next
            if availHeight - self._height(canv, availWidth, fitted) < _GAP:
                break
            moved = split([*fitted, rest[1], rest[0], *rest[2:]])
            if _count_quotes(moved[2]) > max(1, _count_quotes(fitted)):
                break
            result = moved
        return result

    def _generated_content(self, aW, aH):
        # reportlab continues an overflowing section on the next page with a plain
        # BalancedColumns; make that continuation one of ours too.
        self._column_height = aH
        height, generated = super()._generated_content(aW, aH)
        last = True
        for flowable in generated:
            if type(flowable) is BalancedColumns:
                flowable.__class__ = NewsColumns
                flowable.empty_below = self.empty_below
                last = False
        # The end of an article: the shorter column only comes level when a little room
        # per gap does it (a photo in one column can leave more than that).
        target, cap = height, MAX_STRETCH / 2
        if not last:
            target, cap = aH, MAX_STRETCH  # a full page of columns: both reach the foot
        elif self.empty_below is not None:
            # What would stay empty under the columns (and the boxes set there) goes
            # into the columns instead.
            empty = self.empty_below(aH - height - self.spaceAfter)
            target = min(aH, height + empty)
            cap = 2 * MAX_STRETCH if empty else MAX_STRETCH / 2
        partial = not last or target > height  # filling towards the foot: any step helps
        return _level(self, generated, height, target, cap, partial), generated

    def _height(self, canv, width: float, flowables: list[Flowable]) -> float:
        if not flowables:
            return 0.0
        return super()._findSplit(canv, width, 1e9, content=flowables, paraFix=False)[1]


def _count_quotes(flowables: list[Flowable]) -> int:
    return sum(isinstance(f, RuledQuote) for f in flowables)


def _level(
    columns: NewsColumns,
    generated: list,
    height: float,
    target: float,
    cap: float,
    partial: bool,
) -> float:
    """Stretch each column of ``generated`` to ``target`` points (frames included);
    returns the height the columns now take."""
    parts = [f for f in generated if isinstance(f, KeepInFrame)]
    frames: list[Any] = next((f.F for f in generated if isinstance(f, ActionFlowable) and f.F), [])
    if not parts or not frames:
        return height
    reached = 0.0
    for part, frame in zip(parts, frames, strict=False):
        # Measured at the very width its frame will set it at: a text block's lines
        # depend on it to the last decimal.
        width = frame._getAvailableWidth()
        reached = max(reached, _stretch(columns, part, width, target, cap, partial))
    new_height = max(height, min(target, reached))
    if new_height > height:
        for frame in frames:
            top = frame._y1 + frame._height
            frame._height = new_height
            frame._y1 = top - new_height
            frame._geom()
            frame._reset()
        for part in parts:
            part.maxHeight = new_height
    return new_height


def _stretch(
    columns: NewsColumns,
    part: KeepInFrame,
    width: float,
    target: float,
    cap: float,
    partial: bool,
) -> float:
    """Spread the room between ``part``'s natural height and ``target`` over its gaps
    (at most ``cap`` a gap; unless ``partial``, all the way or not at all); a gap beside
    a photo or quote takes up to :data:`FLOAT_WEIGHT` times as much."""
    content = [f for f in part._content if not isinstance(f, _Stretch)]
    canv = columns.canv
    natural = columns._height(canv, width, content)
    visible = [f for f in content if f.wrapOn(canv, width, 10_000)[1] > 0.01]
    if len(visible) < 2 or natural >= target - 0.5:
        return natural
    spaced: list[Flowable] = []
    previous: Flowable | None = None
    for flowable in content:
        if previous is not None and flowable in visible:
            beside_float = isinstance(previous, FLOATS) or isinstance(flowable, FLOATS)
            spaced.append(_Stretch(FLOAT_WEIGHT if beside_float else 1.0))
        if flowable in visible:
            previous = flowable
        spaced.append(flowable)
    stretches = [f for f in spaced if isinstance(f, _Stretch)]
    weights = sum(f.weight for f in stretches)
    base = columns._height(canv, width, spaced) - sum(f.height for f in stretches)
    wanted = max(0.0, (target - base) / weights)
    if wanted > cap and not partial:
        return natural
    each = min(cap, wanted)
    if each <= 0.0:
        return natural
    for stretch in stretches:
        stretch.height = stretch.weight * each
    part._content = spaced
    return base + weights * each


class _Stretch(Spacer):
    """Room added between two blocks of a column to bring its foot level."""

    def __init__(self, weight: float) -> None:
        super().__init__(1, weight)
        self.weight = weight
