"""The rich-text body editor: paragraphs, subheadings, bold, italic, links, bullet lists.

Pasting from Word or a web page keeps only those; copying puts clean HTML, plain text
and our Markdown on the clipboard. Undo belongs to the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from vnhg_desk.gui import spelling
from vnhg_desk.gui.body_convert import (
    blocks_html,
    document_blocks,
    document_markdown,
    fill_document,
    heading_formats,
    insert_blocks,
    is_subheading,
    paragraph_formats,
    plain_blocks,
    span_format,
)
from vnhg_desk.gui.fields import UndoKeysToWindow, with_window_undo
from vnhg_desk.gui.paste_convert import local_files, pasted_html
from vnhg_desk.model.richtext import Span, blocks_to_markdown, safe_link

MARKDOWN_MIME = "text/markdown"


class BodyEdit(UndoKeysToWindow, QTextEdit):
    """A QTextEdit whose value is the stored body (our Markdown subset)."""

    user_edited = Signal()
    files_received = Signal(list)  # local files dropped or pasted (paths)
    image_received = Signal(object)  # a picture pasted from the clipboard (QImage)
    paste_notes = Signal(str)  # what a paste changed or left out, in Dutch

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(accessible_name)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.base_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        self._loading = False
        self._cached: str | None = None
        self.menu_actions: list[QAction] = []  # the program's commands in the right-click menu
        self.textChanged.connect(self._changed)
        spelling.attach_highlighter(self)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        spelling.text_edit_spelling_menu(self, menu, event.pos())
        with_window_undo(self, menu)
        if self.menu_actions:
            menu.addSeparator()
            for action in self.menu_actions:
                menu.addAction(action)
        self.context_menu = menu  # for tests
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _changed(self) -> None:
        self._cached = None
        if not self._loading:
            self.user_edited.emit()

    def keyPressEvent(self, event) -> None:
        cursor = self.textCursor()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and is_subheading(cursor.blockFormat()) and cursor.atBlockEnd():
            block_format, char_format = paragraph_formats(self.base_size)
            char_format.setFontWeight(400)
            cursor.insertBlock(block_format, char_format)
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(char_format)
            return
        super().keyPressEvent(event)

    # -- value -------------------------------------------------------------------------
    def value(self) -> str:
        if self._cached is None:
            self._cached = document_markdown(self.document())
        return self._cached

    def set_value(self, value: str) -> None:
        if self.value() == value:
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            fill_document(self.document(), value, self.base_size)
        finally:
            self._loading = False
        self._cached = None
        cursor = self.textCursor()
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)

    # -- clipboard ---------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:  # photos dropped or pasted: the article's photos, never "file:///…" text
            self.files_received.emit([str(path) for path in files])
            return
        if source.hasImage() and not source.hasText():
            self.image_received.emit(source.imageData())
            return
        if source.hasFormat(MARKDOWN_MIME):
            from vnhg_desk.model.richtext import parse_body

            text = bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
            blocks = parse_body(text)
        elif source.hasHtml():
            blocks, notes = pasted_html(source.html())
            if notes:
                self.paste_notes.emit(" ".join(notes))
        elif source.hasText():
            blocks = plain_blocks(source.text())
        else:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        if blocks:
            insert_blocks(cursor, blocks, self.base_size)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            source.hasText()
            or source.hasHtml()
            or source.hasUrls()
            or source.hasImage()
            or source.hasFormat(MARKDOWN_MIME)
        )

    def createMimeDataFromSelection(self) -> QMimeData:
        from PySide6.QtGui import QTextDocument

        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(self.textCursor().selection())
        blocks = document_blocks(scratch)
        mime = QMimeData()
        mime.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        mime.setHtml(blocks_html(blocks))
        mime.setData(MARKDOWN_MIME, blocks_to_markdown(blocks).encode("utf-8"))
        return mime

    # -- formatting --------------------------------------------------------------------
    def selected_plain_text(self) -> str:
        """The selected text as one line (for a pull quote)."""
        text = self.textCursor().selectedText()
        return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())

    def toggle_bold(self) -> None:
        weight = self.currentCharFormat().fontWeight()
        self._merge_char(bold=weight < 600)

    def toggle_italic(self) -> None:
        self._merge_char(italic=not self.currentCharFormat().fontItalic())

    def _merge_char(self, *, bold: bool | None = None, italic: bool | None = None) -> None:
        from PySide6.QtGui import QFont, QTextCharFormat

        fmt = QTextCharFormat()
        if bold is not None:
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if italic is not None:
            fmt.setFontItalic(italic)
        # Without a selection this sets the format for what is typed next.
        self.mergeCurrentCharFormat(fmt)

    def set_link(self, url: str) -> bool:
        """Make the selection a link to ``url`` (or remove the link when empty)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        target = safe_link(url) if url.strip() else None
        if url.strip() and target is None:
            return False
        current = cursor.charFormat()
        span = Span(
            cursor.selectedText(), current.fontWeight() >= 600, current.fontItalic(), target
        )
        cursor.mergeCharFormat(span_format(span))
        return True

    def toggle_subheading(self) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        heading = not is_subheading(cursor.blockFormat())
        if cursor.block().textList() is not None:
            cursor.block().textList().remove(cursor.block())
        block_format, char_format = (
            heading_formats(self.base_size) if heading else paragraph_formats(self.base_size)
        )
        cursor.setBlockFormat(block_format)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        if not heading:
            char_format.setFontWeight(400)
        cursor.mergeCharFormat(char_format)
        cursor.endEditBlock()
        self.mergeCurrentCharFormat(char_format)

    def toggle_bullets(self) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            if is_subheading(cursor.blockFormat()):
                self.toggle_subheading()
            list_format = QTextListFormat()
            list_format.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(list_format)
        cursor.endEditBlock()


class BodyEditor(QWidget):
    """The body field with its formatting toolbar."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = BodyEdit(accessible_name, self)
        self.toolbar = QToolBar(self.tr("Opmaak"), self)
        self.toolbar.setAccessibleName(self.tr("Opmaak van de tekst"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        specs = [
            ("subheading", self.tr("Tussenkop"), QKeySequence("Ctrl+Alt+2"),
             self.tr("Maak van de alinea een tussenkop (of weer gewone tekst)"),
             self.edit.toggle_subheading),
            ("bold", self.tr("Vet"), QKeySequence(QKeySequence.StandardKey.Bold),
             self.tr("Vet"), self.edit.toggle_bold),
            ("italic", self.tr("Cursief"), QKeySequence(QKeySequence.StandardKey.Italic),
             self.tr("Cursief"), self.edit.toggle_italic),
            ("link", self.tr("Koppeling…"), QKeySequence("Ctrl+K"),
             self.tr("Maak van de selectie een koppeling naar een webadres"), self.ask_link),
            ("bullets", self.tr("Opsomming"), QKeySequence("Ctrl+Shift+8"),
             self.tr("Opsomming met bolletjes aan of uit"), self.edit.toggle_bullets),
        ]  # fmt: skip
        for name, text, shortcut, tip, slot in specs:
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
            self.edit.menu_actions.append(action)
        for name in ("subheading", "bold", "italic", "bullets"):
            self.actions_by_name[name].setCheckable(True)  # the buttons show the state
        self.edit.currentCharFormatChanged.connect(self.update_states)
        self.edit.cursorPositionChanged.connect(self.update_states)
        for name in ("subheading", "bold", "italic", "bullets"):
            self.actions_by_name[name].triggered.connect(self.update_states)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)

    def update_states(self, *_args) -> None:
        """Vet, Cursief, Tussenkop and Opsomming show whether they apply at the cursor."""
        cursor = self.edit.textCursor()
        fmt = self.edit.currentCharFormat()
        heading = is_subheading(cursor.blockFormat())
        states = {
            "bold": fmt.fontWeight() >= 600 and not heading,
            "italic": fmt.fontItalic(),
            "subheading": heading,
            "bullets": cursor.currentList() is not None,
        }
        for name, on in states.items():
            self.actions_by_name[name].setChecked(on)

    def ask_link(self) -> None:
        """Ask for a web address and link the selection to it."""
        from PySide6.QtWidgets import QInputDialog  # (not needed for the first frame)

        current = self.edit.textCursor().charFormat().anchorHref()
        url, ok = QInputDialog.getText(
            self,
            self.tr("Koppeling"),
            self.tr("Webadres (leeg laten om de koppeling te verwijderen):"),
            text=current or "https://",
        )
        if ok and not self.edit.set_link(url):
            show_status = getattr(self.window(), "show_status", None)
            if show_status is not None:
                show_status(self.tr("Alleen webadressen (https://…) en e-mailadressen (mailto:…)."))
