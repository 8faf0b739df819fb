"""Work that waits until the window's first frame is on screen.

Start-up shows the open edition first; what the first frame does not need (the
spelling dictionary, the word counts, the archive list, menu states) runs right after
that frame is painted. A window that is never shown runs it after ``FALLBACK_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class AfterFirstPaint(QObject):
    """Runs callbacks once, in order, right after ``window`` painted its first frame."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.done = False
        self._callbacks: list[Callable[[], None]] = []
        self._window = window
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.run)
        self._fallback.start(FALLBACK_MS)

    def add(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` after the first frame (at once when that is past)."""
        if self.done:
            callback()
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's own paint event comes first in the pass that paints the frame; a
        # zero timer started now fires once the whole frame is done.
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # This object as context: a window closed before the timer drops the call.
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        """Run what waited (once); later callbacks run at once."""
        if self.done:
            return
        self.done = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
