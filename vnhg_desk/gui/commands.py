"""QUndoCommand wrappers around the Qt-free edits of :mod:`vnhg_desk.gui.edits`.

Every change the user makes goes through one of these, so undo/redo covers text,
reordering and adding/removing parts alike. Typing in one field merges into one command
until the user moves on to something else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from vnhg_desk.gui.edits import Edit, SetField

TEXT_MERGE_ID = 0x564E


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
        mine.new = theirs.new
        self.setObsolete(mine.new == mine.old)
        return True
