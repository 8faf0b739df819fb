"""Spell check as you type: red wavy underlines in every text field, suggestions and
"Toevoegen aan woordenlijst" in the right-click menu.

One ``SpellService`` per program holds the checker for the open document's language,
the library's word list and the known names (people list, Noord-Holland's
municipalities). Text edits get a ``SpellHighlighter``; one-line fields paint their own
underlines (``paint_line_underlines``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QPainter,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu

from vnhg_desk.spelling import MUNICIPALITIES, SpellChecker, known_words, word_spans

if TYPE_CHECKING:
    from vnhg_desk.store.protocol import DocumentLibrary  # annotations only

RESOLVE_DELAY_MS = 600
UNDERLINE = QColor(220, 30, 30)


class SpellService(QObject):
    """The program's spell checker; ``changed`` asks every field to check again."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.enabled = True
        self.language = "nl"
        #: While a window starts, underlines wait for the dictionary (a quarter second to
        #: load) until its first frame is painted: see ``load_after_start``.
        self.starting = False
        self.library: DocumentLibrary | None = None
        self._checkers: dict[str, SpellChecker] = {}
        self._extra: set[str] = known_words(MUNICIPALITIES)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RESOLVE_DELAY_MS)
        self.timer.timeout.connect(self.resolve_pending)

    # -- configuration -----------------------------------------------------------------
    def use_library(self, library: DocumentLibrary) -> None:
        """Take the word list and the people's names from ``library``."""
        self.library = library
        self.reload_words()

    def reload_words(self) -> None:
        """Read the word list and the people list again."""
        words: list[str] = []
        names: list[str] = []
        if self.library is not None:
            try:
                words = self.library.word_list()
                names = [person.name for person in self.library.people()]
            except Exception:  # an unreadable library: the dictionary alone
                words, names = [], []
        self._extra = known_words(MUNICIPALITIES, names, words)
        for checker in self._checkers.values():
            checker.set_extra(self._extra)
        self.changed.emit()

    def set_language(self, language: str) -> None:
        """Check the text as ``language`` ("nl" or "en")."""
        language = language if language in ("nl", "en") else "nl"
        if language != self.language:
            self.language = language
            self.changed.emit()

    def loaded(self) -> bool:
        """True when the dictionary of the current language is loaded."""
        return self.language in self._checkers

    def checker(self) -> SpellChecker:
        checker = self._checkers.get(self.language)
        if checker is None:
            checker = SpellChecker(self.language, self._extra)
            self._checkers[self.language] = checker
        return checker

    # -- checking ----------------------------------------------------------------------
    def misspelled(self, text: str, *, wait: bool = True) -> list[tuple[int, int]]:
        """(start, end) of the wrong words in ``text`` (none when switched off).

        ``wait=False`` (painting underlines): none while a starting window has not loaded
        the dictionary yet, instead of loading it before the first frame.
        """
        if not self.enabled or not text:
            return []
        if not wait and self.starting and not self.loaded():
            return []
        checker = self.checker()
        spans = checker.misspelled_spans(text)
        if checker.pending and not self.timer.isActive():
            self.timer.start()
        return spans

    def load_after_start(self) -> None:
        """Load the dictionary once the window is up, and underline what is shown."""
        if not self.starting:
            return
        self.starting = False
        if self.enabled:
            self.checker()
        self.changed.emit()

    def resolve_pending(self) -> None:
        """Exact checks of long compounds, while the user pauses."""
        checker = self.checker()
        if checker.resolve_pending(0.15):
            self.changed.emit()
        if checker.pending:
            self.timer.start()

    def suggestions(self, word: str) -> list[str]:
        return self.checker().suggest(word)

    def add_word(self, word: str) -> None:
        """Put ``word`` in the library's word list (and accept it from now on)."""
        if self.library is not None:
            words = self.library.word_list()
            if word not in words:
                self.library.save_word_list([*words, word])
        self._extra.add(word.lower())
        for checker in self._checkers.values():
            checker.set_extra(self._extra)
        self.changed.emit()


_SERVICE: SpellService | None = None


def spell_service() -> SpellService:
    """The program's one spell service."""
    global _SERVICE
    if _SERVICE is None:
        _SERVICE = SpellService()
    return _SERVICE


def wrong_word_at(text: str, index: int) -> tuple[int, int, str] | None:
    """The misspelled word around ``index`` in ``text`` (start, end, word), if any."""
    service = spell_service()
    wrong = set(service.misspelled(text))
    for start, end, word in word_spans(text):
        if start <= index <= end and (start, end) in wrong:
            return start, end, word
    return None


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the wrong words of a text document."""

    def __init__(self, document: QTextDocument, widget: Any = None) -> None:
        super().__init__(document)
        self.widget = widget
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(UNDERLINE)
        spell_service().changed.connect(self.refresh)

    def refresh(self) -> None:
        """Check the whole text again; the widget does not take this for typing."""
        widget = self.widget
        loading = getattr(widget, "_loading", None)
        if widget is not None and loading is not None:
            widget._loading = True
        try:
            self.rehighlight()
        finally:
            if widget is not None and loading is not None:
                widget._loading = loading

    def highlightBlock(self, text: str) -> None:
        for start, end in spell_service().misspelled(text, wait=False):
            self.setFormat(start, end - start, self.underline)


def attach_highlighter(widget: Any) -> SpellHighlighter:
    """Give a QTextEdit / QPlainTextEdit spell checking."""
    highlighter = SpellHighlighter(widget.document(), widget)
    widget._spell_highlighter = highlighter  # kept alive with the widget
    return highlighter


def attach_line(widget: QLineEdit) -> None:
    """Repaint a one-line field when the word list or language changes."""
    spell_service().changed.connect(widget.update)


def paint_line_underlines(widget: QLineEdit) -> None:
    """Draw wavy underlines under the wrong words of a one-line field (in paintEvent)."""
    text = widget.text()
    if widget.echoMode() != QLineEdit.EchoMode.Normal or not text:
        return
    spans = spell_service().misspelled(text, wait=False)
    if not spans:
        return
    metrics = widget.fontMetrics()
    cursor_x = widget.cursorRect().center().x()
    offset = cursor_x - metrics.horizontalAdvance(text[: widget.cursorPosition()])
    baseline = widget.cursorRect().bottom() - 1
    painter = QPainter(widget)
    pen = QPen(UNDERLINE)
    pen.setWidthF(1.0)
    painter.setPen(pen)
    for start, end in spans:
        left = offset + metrics.horizontalAdvance(text[:start])
        right = offset + metrics.horizontalAdvance(text[:end])
        x, up = left, True
        while x < right:  # a small zigzag, like word processors draw
            step = min(2, right - x)
            painter.drawLine(x, baseline - (0 if up else 2), x + step, baseline - (2 if up else 0))
            x += step
            up = not up
    painter.end()


def add_spelling_actions(menu: QMenu, word: str, replace) -> None:
    """Put suggestions for ``word`` and "Toevoegen aan woordenlijst" at the top of ``menu``.

    ``replace(text)`` puts a suggestion in place of the word.
    """
    first = menu.actions()[0] if menu.actions() else None
    service = spell_service()
    suggestions = service.suggestions(word)
    added: list[QAction] = []
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        added.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellService", "(geen suggesties)"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(QCoreApplication.translate("SpellService", "Toevoegen aan woordenlijst"), menu)
    add.setObjectName("addToWordList")
    add.triggered.connect(lambda: service.add_word(word))
    added.append(add)
    if first is None:
        menu.addActions(added)
    else:
        menu.insertActions(first, added)
        menu.insertSeparator(first)


def text_edit_spelling_menu(widget: Any, menu: QMenu, position) -> None:
    """Spelling actions for the word under ``position`` in a QTextEdit / QPlainTextEdit."""
    cursor = widget.cursorForPosition(position)
    block = cursor.block()
    found = wrong_word_at(block.text(), cursor.positionInBlock())
    if found is None:
        return
    start, end, word = found

    def replace(text: str) -> None:
        edit = widget.textCursor()
        edit.setPosition(block.position() + start)
        edit.setPosition(block.position() + end, edit.MoveMode.KeepAnchor)
        edit.insertText(text)
        widget.setTextCursor(edit)

    add_spelling_actions(menu, word, replace)


def line_edit_spelling_menu(widget: QLineEdit, menu: QMenu, position) -> None:
    """Spelling actions for the word under ``position`` in a one-line field."""
    found = wrong_word_at(widget.text(), widget.cursorPositionAt(position))
    if found is None:
        return
    start, end, word = found

    def replace(text: str) -> None:
        widget.setSelection(start, end - start)
        widget.insert(text)  # like typing: textEdited reaches the binder
        widget.textEdited.emit(widget.text())

    add_spelling_actions(menu, word, replace)


def install_spelling(window: Any) -> None:
    """Connect the service to a window: its library, and the open document's language."""
    service = spell_service()
    if not service.loaded():
        service.starting = True
        window.after_first_paint.add(service.load_after_start)
    service.use_library(window.library)

    def follow() -> None:
        document = window.controller.document
        service.set_language(getattr(document, "language", "nl") or "nl")

    window.document_changed.connect(follow)
    follow()


__all__ = [
    "SpellHighlighter",
    "SpellService",
    "attach_highlighter",
    "attach_line",
    "install_spelling",
    "line_edit_spelling_menu",
    "paint_line_underlines",
    "spell_service",
    "text_edit_spelling_menu",
]
