"""Find and replace across the whole open edition (Ctrl+F, Ctrl+H, F3), and the word
and character counts in the status bar.

Hits are looked up in the model (:mod:`edition_text`); "Volgende" opens the part and
selects the hit in its field. "Alles vervangen" is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from vnhg_desk.gui import edition_text as et
from vnhg_desk.gui.structure_pane import MASTHEAD
from vnhg_desk.model import Edition

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow


class FindBar(QWidget):
    """The find/replace strip under the editor."""

    toolbar: QToolBar  # the window's toolbar that holds the bar (install_find)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Zoeken in deze editie"))
        self.find_field.setAccessibleName(self.tr("Zoeken in de tekst"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Vervangen door"))
        self.replace_field.setAccessibleName(self.tr("Vervangen door"))
        self.case_box = QCheckBox(self.tr("Hoofdletters"), self)
        self.case_box.setToolTip(self.tr("Alleen treffers met dezelfde hoofdletters"))
        self.word_box = QCheckBox(self.tr("Hele woorden"), self)
        self.word_box.setToolTip(self.tr("Alleen hele woorden vinden"))
        self.result = QLabel(self)
        self.result.setAccessibleName(self.tr("Zoekresultaat"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_field, 2)
        self.buttons: dict[str, QToolButton] = {}
        finding: list[tuple[str, str, Callable[[], object]]] = [
            ("previous", self.tr("Vorige"), self.find_previous),
            ("next", self.tr("Volgende"), self.find_next),
        ]
        replacing: list[tuple[str, str, Callable[[], object]]] = [
            ("replace", self.tr("Vervangen"), self.replace_one),
            ("replace_all", self.tr("Alles vervangen"), self.replace_all),
        ]
        for name, text, slot in finding:
            layout.addWidget(self._button(name, text, slot))
        layout.addWidget(self.replace_field, 2)
        for name, text, slot in replacing:
            layout.addWidget(self._button(name, text, slot))
        layout.addWidget(self.case_box)
        layout.addWidget(self.word_box)
        layout.addWidget(self.result, 1)
        layout.addWidget(self._button("close", "✕", self.close_bar))
        self.buttons["close"].setToolTip(self.tr("Zoekbalk sluiten (Esc)"))
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(lambda _t: self.result.clear())

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- opening -----------------------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        """Show the bar; the selected text (if any) becomes the search text."""
        widget = self.window_.focusWidget()
        selected = ""
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            selected = widget.textCursor().selectedText()
        elif isinstance(widget, QLineEdit) and widget not in (self.find_field, self.replace_field):
            selected = widget.selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.toolbar.setVisible(True)
        self.replace_field.setVisible(True)
        target = self.replace_field if replace and self.find_field.text() else self.find_field
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def close_bar(self) -> None:
        self.toolbar.setVisible(False)
        editor = self.window_.editors.currentWidget()
        if editor is not None:
            editor.setFocus()

    # -- finding -----------------------------------------------------------------------
    def regex(self):
        needle = self.find_field.text()
        if not needle:
            return None
        return et.pattern(
            needle, match_case=self.case_box.isChecked(), whole_word=self.word_box.isChecked()
        )

    def find_next(self) -> bool:
        return self._find(forward=True)

    def find_previous(self) -> bool:
        return self._find(forward=False)

    def _find(self, forward: bool) -> bool:
        regex = self.regex()
        document = self.window_.controller.document
        if regex is None or document is None:
            return False
        self.window_.controller.flush()
        hits = et.matches(document, regex)
        if not hits:
            self.result.setText(self.tr("Niet gevonden"))
            return False
        order = et.slots(document)
        here = self._position(order)
        keyed = [((order.index(slot), start), (slot, start, end)) for slot, start, end in hits]
        if forward:
            after = [hit for key, hit in keyed if key > here]
            hit = after[0] if after else keyed[0][1]
        else:
            before = [hit for key, hit in keyed if key < (here[0], here[1] - 1)]
            hit = before[-1] if before else keyed[-1][1]
        index = [h for _k, h in keyed].index(hit) + 1
        self.result.setText(
            self.tr("Treffer %1 van %2").replace("%1", str(index)).replace("%2", str(len(hits)))
        )
        self._show(hit, regex)
        return True

    def _position(self, order: list[et.Slot]) -> tuple[int, int]:
        """Where the user is: (slot index, offset in its text) of the last shown hit or the
        focused field; before the start when unknown."""
        last = getattr(self, "_last", None)
        if last is not None and last[0] in order:
            return order.index(last[0]), last[1]
        return -1, 0

    def _show(self, hit: tuple[et.Slot, int, int], regex) -> None:
        slot, start, end = hit
        self._last = (slot, start)
        window = self.window_
        uid = slot.ref[0] if slot.ref else MASTHEAD
        window.structure.select(uid)
        if len(slot.ref) > 1:  # a quote or photo: show it in its panel
            window.article_editor.refresh(slot.ref)
            return
        widget = self._widget_for(slot)
        if widget is None:
            return
        select_match(widget, regex, start, end)

    def _widget_for(self, slot: et.Slot) -> Any:
        editor = self.window_.editors.currentWidget()
        binder = getattr(editor, "binder", None)
        for binding in getattr(binder, "_bindings", []):
            if binding.name == slot.name:
                return binding.widget
        return None

    def show_search_hit(self, text: str, part_uid: str = "") -> bool:
        """Select what the archive search found in the opened document (the whole search
        text, else its longest word), in the part ``part_uid`` if it is there; F3 goes on."""
        document = self.window_.controller.document
        words = sorted(re.findall(r"\w[\w'’-]*", text), key=len, reverse=True)
        for needle in [" ".join(words), *words] if words else []:
            regex = et.pattern(needle)
            hits = et.matches(document, regex)
            if not hits:
                continue
            in_part = [hit for hit in hits if hit[0].ref[:1] == (part_uid,)]
            self.find_field.setText(needle)
            self._show((in_part or hits)[0], regex)
            return True
        return False

    # -- replacing ---------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the selected hit (if the selection is one) and go to the next."""
        regex = self.regex()
        widget = self._widget_for(self._last[0]) if getattr(self, "_last", None) else None
        if regex is not None and widget is not None:
            if isinstance(widget, QLineEdit):
                if widget.hasSelectedText() and regex.fullmatch(widget.selectedText()):
                    widget.insert(self.replace_field.text())
                    widget.textEdited.emit(widget.text())
            else:
                cursor = widget.textCursor()
                if cursor.hasSelection() and regex.fullmatch(cursor.selectedText()):
                    cursor.insertText(self.replace_field.text())
                    widget.setTextCursor(cursor)
            self.window_.controller.flush()
        self.find_next()

    def replace_all(self) -> int:
        """Replace every hit in the edition: one undo step."""
        regex = self.regex()
        document = self.window_.controller.document
        if regex is None or document is None:
            return 0
        self.window_.controller.flush()
        new = self.replace_field.text()
        edits, count = et.replace_all_edits(document, regex, new)
        if edits:
            label = self.tr("Alles vervangen: ‘%1’ door ‘%2’")
            label = label.replace("%1", self.find_field.text()).replace("%2", new)
            self.window_.controller.push_group(et.EditGroup(edits), label)
        self.result.setText(self.tr("%n vervangingen", "", count))
        self.window_.show_status(self.result.text())
        return count


def select_match(widget: Any, regex, start: int, end: int) -> None:
    """Select the hit in ``widget``: the match nearest to ``start`` in its own text."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
    else:
        text = widget.toPlainText()
    found = [m for m in regex.finditer(text)]
    if not found:
        return
    best = min(found, key=lambda m: abs(m.start() - start))
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.setSelection(best.start(), best.end() - best.start())
        return
    cursor = QTextCursor(widget.document())
    cursor.setPosition(best.start())
    cursor.setPosition(best.end(), QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()


class CountLabel(QLabel):
    """Words and characters of the shown part and of the whole edition."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setAccessibleName(self.tr("Aantal woorden"))
        # A long count never widens the window (it is cut off on a small screen instead).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(100)

    def update_counts(self, *_args) -> None:
        if not self.window_.after_first_paint.done:
            return  # counted right after the first frame
        document = self.window_.controller.document
        if not isinstance(document, Edition):
            self.setText("")
            return
        words, chars = et.edition_counts(document)
        text = self.tr("Editie: %1 woorden, %2 tekens")
        text = text.replace("%1", f"{words:,}".replace(",", ".")).replace(
            "%2", f"{chars:,}".replace(",", ".")
        )
        uid = self.window_.structure.current_uid()
        if uid and uid != MASTHEAD and document.find(uid) is not None:
            part_words, part_chars = et.part_counts(document, uid)
            part = self.tr("Dit onderdeel: %1 woorden, %2 tekens")
            part = part.replace("%1", f"{part_words:,}".replace(",", ".")).replace(
                "%2", f"{part_chars:,}".replace(",", ".")
            )
            text = f"{part} · {text}"
        self.setText(text)


def install_find(window: MainWindow) -> FindBar:
    """Add the find bar, its actions (Bewerken menu) and the counts to the window."""
    bar = FindBar(window)
    toolbar = QToolBar(QCoreApplication.translate("FindBar", "Zoeken en vervangen"), window)
    toolbar.setObjectName("findToolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(bar)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, toolbar)
    toolbar.setVisible(False)
    bar.toolbar = toolbar
    actions = window.actions_
    menu = actions.edit_menu
    first = menu.actions()[menu.actions().index(actions.by_name["find"])]
    translate = QCoreApplication.translate
    specs = [
        ("find_text", translate("FindBar", "&Zoeken in de tekst…"),
         QKeySequence.StandardKey.Find, lambda: bar.open_find(False)),
        ("replace_text", translate("FindBar", "Zoeken en &vervangen…"),
         QKeySequence("Ctrl+H"), lambda: bar.open_find(True)),
        ("find_next", translate("FindBar", "Volgende &treffer"),
         QKeySequence.StandardKey.FindNext, bar.find_next),
        ("find_previous", translate("FindBar", "Vorige treffer"),
         QKeySequence.StandardKey.FindPrevious, bar.find_previous),
    ]  # fmt: skip
    for name, text, key, slot in specs:
        action = actions.add(menu, name, text, slot, shortcut=key)
        menu.removeAction(action)
        menu.insertAction(first, action)
    actions.by_name["find"].setShortcut(QKeySequence("Ctrl+Alt+F"))
    counts = CountLabel(window)
    window.statusBar().insertPermanentWidget(0, counts)
    window.count_label = counts
    window.document_changed.connect(counts.update_counts)
    window.structure.part_selected.connect(counts.update_counts)
    window.after_first_paint.add(counts.update_counts)  # the edition's text comes first
    # An archive hit opens with the found words selected in the text.
    window.archive.open_requested.connect(
        lambda _doc, part: (
            bar.show_search_hit(window.archive.search.text(), part)
            if window.archive.search.text().strip()
            else None
        )
    )
    window.find_bar = bar
    return bar


__all__ = ["CountLabel", "FindBar", "install_find", "select_match"]
