"""Bind input widgets to fields of the open document through undoable commands.

Typing is gathered for a short pause, then becomes one ``SetField`` step (merging with
the previous step while the user keeps typing in the same field). Leaving a field
commits at once; an undo brings the widget back to the model's value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QEvent, QObject, QTimer

from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.edits import Ref

if TYPE_CHECKING:
    from vnhg_desk.gui.body_editor import BodyEdit
    from vnhg_desk.gui.date_fields import DateField, TimeField
    from vnhg_desk.gui.fields import ChoiceField, LineField, PlainField
    from vnhg_desk.gui.invitation_editor import CheckField

    #: The input widgets a Binder binds: each has ``value()``, ``set_value()`` and a
    #: ``user_edited`` signal (fields.py, date_fields.py, body_editor.py,
    #: invitation_editor.py).
    BoundField: TypeAlias = (
        LineField | PlainField | DateField | TimeField | ChoiceField | BodyEdit | CheckField
    )

TYPING_DELAY_MS = 250  # typing pause that ends one edit; the save follows at once


@dataclass
class _Binding:
    widget: BoundField
    name: str
    label: str
    typing: bool
    timer: QTimer
    ref: Callable[[], Ref | None]


class Binder(QObject):
    """Keeps a group of widgets in step with fields of one part of the document."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ref: Ref | None = None
        self._bindings: list[_Binding] = []
        controller.register_flusher(self.commit_all)

    def bind(self, widget: BoundField, name: str, label: str, *, typing: bool = True) -> None:
        """Bind ``widget`` (a fields.py widget) to the field ``name`` of the current ref."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_DELAY_MS)
        binding = _Binding(widget, name, label, typing, timer, lambda: self.ref)
        timer.timeout.connect(lambda: self._commit(binding))
        if typing:
            widget.user_edited.connect(timer.start)
        else:
            widget.user_edited.connect(lambda: self._commit(binding))
        widget.installEventFilter(self)
        self._bindings.append(binding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for binding in self._bindings:
                if binding.widget is watched:
                    self._commit(binding)
                    self.controller.close_merge()
                    self.controller.save_now()
        return False

    def set_ref(self, ref: Ref | None) -> None:
        """Point the widgets at another part (pending typing goes to the old one first)."""
        self.commit_all()
        self.ref = ref
        self.load()

    def load(self) -> None:
        """Show the model's values in the widgets (only those that differ)."""
        if self.ref is None or self.controller.document is None:
            return
        for binding in self._bindings:
            if binding.timer.isActive():
                continue
            try:
                value = self.controller.value(self.ref, binding.name)
            except (KeyError, AttributeError):
                return
            binding.widget.set_value(value)

    def commit_all(self) -> None:
        """Turn typing that is still waiting into commands."""
        for binding in self._bindings:
            if binding.timer.isActive():
                self._commit(binding)

    def _commit(self, binding: _Binding) -> None:
        binding.timer.stop()
        ref = self.ref
        if ref is None or self.controller.document is None:
            return
        try:
            self.controller.set_field(
                ref, binding.name, binding.widget.value(), binding.label, typing=binding.typing
            )
        except KeyError:
            return
