"""Where each article and sidebar box starts: in the room left on the page, or on the next.

An article continues under the previous one when at least a quarter page (and room for
its header and a few lines) is left; a box goes where it fits whole. A box that does not
fit the room left trades places with the article after it when that article does fit,
and a box that fits a gap an article cannot use moves up into it: boxes stand beside the
articles, so moving one never breaks a text.

The decision is taken while the pages are set, by a zero-height :class:`Slot` that sees
the room left in the frame and hands the chosen item's flowables to the frame. The
columns of the article before it ask :meth:`Sequencer.empty_below` the same question, so
they know how far to stretch towards the page's foot.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab import rl_config
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import FrameBreak

_FUZZ = 0.5
_RL_FUZZ = rl_config._FUZZ  # how far below its foot a frame still accepts a flowable
BOX_GAP = 12  # the space after a sidebar box


@dataclass
class Item:
    """One article or box: its flowables and the room it needs to start on a page."""

    uid: str
    flowables: list[Flowable]
    need: float
    box: bool = False


class Sequencer:
    """The items still to be set, in reading order (boxes may move, see the module)."""

    def __init__(self, items: list[Item]) -> None:
        self.queue = list(items)
        self.moves: list[str] = []  # uids of boxes set out of their place, for reports

    def _pick(self, room: float, at_top: bool, queue: list[Item] | None = None) -> int | None:
        queue = self.queue if queue is None else queue
        if not queue:
            return None
        first = queue[0]
        after = queue[1] if len(queue) > 1 and not queue[1].box else None
        fits = at_top or first.need <= room + _FUZZ
        if first.box and after is not None and after.need <= room + _FUZZ:
            # A box that leaves too little room for the next article, or does not fit
            # at all, waits until after that article.
            if not fits or after.need > room - first.need - BOX_GAP + _FUZZ:
                return 1
        if fits:
            return 0
        if first.box:
            return None
        # An article that cannot start here: a box right after it may fill the gap.
        for index in range(1, len(queue)):
            item = queue[index]
            if not item.box:
                break
            if item.need <= room + _FUZZ:
                return index
        return None

    def empty_below(self, room: float) -> float:
        """How much of ``room`` (left on a page under an article's columns) stays empty:
        0 when an article starts in it or nothing follows (the last page may end short),
        else what the boxes set in it leave over."""
        queue = list(self.queue)
        while queue:
            index = self._pick(room, False, queue)
            if index is None:
                return max(0.0, room)
            item = queue.pop(index)
            if not item.box:
                return 0.0
            room -= item.need + BOX_GAP
        return 0.0

    def take(self, room: float, at_top: bool) -> Item | None:
        """The item to start in ``room`` now (removed from the queue), or None."""
        index = self._pick(room, at_top)
        if index is None:
            return None
        if index:
            self.moves.append(self.queue[index].uid)
        return self.queue.pop(index)

    @property
    def done(self) -> bool:
        """Whether every item has been handed out."""
        return not self.queue


class Slot(Flowable):
    """Takes no room; when the frame reaches it, adds the next item (and a new slot), or
    ends the frame so that the next item starts on a fresh page."""

    _ZEROSIZE = 1  # the frame wraps it even when full, and measures the true room left
    _SPACETRANSFER = True

    def __init__(self, sequencer: Sequencer) -> None:
        super().__init__()
        self.sequencer = sequencer
        self.width = self.height = 0
        self._used = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if self._used or frame is None or self.sequencer.done:
            return (0, 0)
        if available_height < -_RL_FUZZ:
            # The frame is already full (space after the last item hangs below its
            # foot): the frame refuses even a zero-size flowable, and so this slot
            # comes again at the top of the next page.
            return (0, 0)
        self._used = True
        room = max(0.0, available_height)
        item = self.sequencer.take(room, bool(getattr(frame, "_atTop", 0)))
        if item is None:
            frame.add_generated_content(FrameBreak, Slot(self.sequencer))
        else:
            frame.add_generated_content(*item.flowables, Slot(self.sequencer))
        return (0, 0)

    def draw(self) -> None:
        pass
