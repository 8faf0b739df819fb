"""QUndoCommand wrappers around the Qt-free edits of :mod:`vnhg_desk.gui.edits`.

Every change the user makes goes through one of these, so undo/redo covers text,
reordering and adding/removing parts alike. Typing in one field merges into one command
until the user moves on to something else or pauses for a few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from vnhg_desk.gui.edits import Edit, SetField

TEXT_MERGE_ID = 0x564E
# Typing in one field stays one undo step while the pauses are shorter than this.
MERGE_WINDOW_S = 4.0


class EditCommand(QUndoCommand):
    """One edit; ``apply`` is the controller's function that runs it and saves."""

    def __init__(
        self,
        edit: Edit,
        apply: Callable[[Edit, bool], None],
        text: str,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(text)
        self.edit = edit
        self._apply = apply
        self._mergeable = mergeable
        self.closed = False
        self.changed_at = time.monotonic()

    def redo(self) -> None:
        self._apply(self.edit, True)

    def undo(self) -> None:
        self._apply(self.edit, False)

    def id(self) -> int:
        return TEXT_MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or self.closed:
            return False
        mine, theirs = self.edit, other.edit
        if not (isinstance(mine, SetField) and isinstance(theirs, SetField)):
            return False
        if (mine.ref, mine.name) != (theirs.ref, theirs.name):
            return False
        if other.changed_at - self.changed_at > MERGE_WINDOW_S:
            return False
        self.changed_at = other.changed_at
        mine.new = theirs.new
        self.setObsolete(mine.new == mine.old)
        return True
