"""The open document: applies undoable edits to it and saves it to the library.

There is no Save button: every edit is saved shortly after it is made (typing is first
gathered by the field bindings), and before another document is opened or the window
closes. A save that finds someone else's newer version raises the ``conflict`` signal
instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from vnhg_desk.errors import ConflictError, UserError
from vnhg_desk.gui.commands import EditCommand
from vnhg_desk.gui.edits import Edit, InsertItem, MoveItem, Ref, RemoveItem, SetField, locate
from vnhg_desk.model import Edition, Invitation

if TYPE_CHECKING:
    from vnhg_desk.store.protocol import DocumentLibrary  # annotations only

SAVE_DELAY_MS = 0  # after the edits of one action (one event-loop turn): one write


class DocumentController(QObject):
    """Owns the open document, its undo stack entries and its autosave."""

    about_to_open = Signal()
    document_replaced = Signal()
    edited = Signal(object)
    saved = Signal()
    conflict = Signal()
    save_failed = Signal(str)

    def __init__(
        self, library: DocumentLibrary, undo_stack: QUndoStack, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self.document: Edition | Invitation | None = None
        self.dirty = False
        self.in_conflict = False
        self.last_edit: Edit | None = None
        self.last_forward = True
        self._flushers: list[Callable[[], None]] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    # -- opening ---------------------------------------------------------------------
    def open(self, document: Edition | Invitation | None) -> None:
        """Show another document (the current one is saved first)."""
        self.flush()
        self.save_now()
        self.about_to_open.emit()
        self.document = document
        self.dirty = False
        self.in_conflict = False
        self.undo_stack.clear()
        self.document_replaced.emit()

    def reload(self) -> None:
        """Replace the open document with the library's version (after a conflict)."""
        if self.document is None or self.document.id is None:
            return
        self.document = self.library.load(self.document.id)
        self.dirty = False
        self.in_conflict = False
        self.undo_stack.clear()
        self.document_replaced.emit()

    def keep_mine(self) -> bool:
        """Save this window's version over the other one, keeping that one as a revision."""
        document = self.document
        if document is None or document.id is None:
            return True
        self.library.snapshot(document.id, "voor overschrijven door ander venster")
        document.revision = self.library.load(document.id).revision
        self.in_conflict = False
        self.dirty = True
        return self.save_now()

    # -- pending typing ----------------------------------------------------------------
    def register_flusher(self, flush: Callable[[], None]) -> None:
        """Register a function that pushes typing still waiting in a debounce timer."""
        self._flushers.append(flush)

    def flush(self) -> None:
        """Turn all typing that is still waiting into commands."""
        for flush in list(self._flushers):
            flush()

    def close_merge(self) -> None:
        """The next text edit starts a new undo step."""
        count = self.undo_stack.count()
        index = self.undo_stack.index()
        if count and index == count:
            top = self.undo_stack.command(count - 1)
            if isinstance(top, EditCommand):
                top.closed = True

    # -- edits -------------------------------------------------------------------------
    def value(self, ref: Ref, name: str) -> Any:
        """The current value of a field of the open document."""
        return getattr(locate(self._require(), ref), name)

    def set_field(self, ref: Ref, name: str, value: Any, label: str, *, typing: bool) -> None:
        """Change one field (an undoable step; typing merges with the previous step)."""
        old = self.value(ref, name)
        if old == value:
            return
        if not typing:
            self.close_merge()
        self._push(SetField(ref, name, old, value), label, typing)
        if not typing:
            self.close_merge()

    def insert(self, ref: Ref, attr: str, index: int, item: Any, label: str) -> None:
        """Insert a part (article, box, quote, photo) at ``index``."""
        self.flush()
        self.close_merge()
        self._push(InsertItem(ref, attr, index, item), label, False)

    def remove(self, ref: Ref, attr: str, index: int, label: str) -> None:
        """Remove the part at ``index``."""
        self.flush()
        self.close_merge()
        self._push(RemoveItem(ref, attr, index), label, False)

    def move(self, ref: Ref, attr: str, source: int, target: int, label: str) -> None:
        """Move a part from ``source`` to ``target`` (indexes in the list after removal)."""
        if source == target:
            return
        self.flush()
        self.close_merge()
        self._push(MoveItem(ref, attr, source, target), label, False)

    def push_group(self, group: Any, label: str) -> None:
        """Several field edits as one undo step (``edition_text.EditGroup``)."""
        self.flush()
        self.close_merge()
        self._push(group, label, False)

    def _push(self, edit: Edit, label: str, typing: bool) -> None:
        self._require()
        self.undo_stack.push(EditCommand(edit, self._apply, label, mergeable=typing))

    def _apply(self, edit: Edit, forward: bool) -> None:
        document = self._require()
        if forward:
            edit.apply(document)
        else:
            edit.revert(document)
        self.last_edit, self.last_forward = edit, forward
        self.dirty = True
        self._save_timer.start()
        self.edited.emit(edit.focus)

    def _require(self) -> Edition | Invitation:
        if self.document is None:
            raise RuntimeError("no document open")
        return self.document

    # -- saving ------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Write the open document to the library if it changed; False when that failed."""
        self._save_timer.stop()
        if self.document is None or not self.dirty or self.in_conflict:
            return not self.in_conflict
        try:
            self.library.save(self.document)
        except ConflictError:
            self.in_conflict = True
            self.conflict.emit()
            return False
        except UserError as error:
            self.save_failed.emit(str(error))
            return False
        self.dirty = False
        self.saved.emit()
        return True
