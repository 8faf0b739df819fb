"""From a click in the preview to the text: open the part and put the cursor there.

The PDF writer reports where each block of the flow was drawn (``PdfResult.blocks``);
the preview finds the block under the mouse and this module shows it in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor

from vnhg_desk.model import Article, Edition
from vnhg_desk.model.richtext import BulletList, parse_body

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow

FIELDS = ("kicker", "headline", "subtitle", "lead", "byline")


def text_block_number(body: str, index: int, item: int = 0) -> int:
    """The editor's block (QTextDocument) that shows body block ``index`` (bullet
    ``item``): a bullet list takes one editor block per item."""
    number = 0
    for block in parse_body(body)[:index]:
        number += len(block.items) if isinstance(block, BulletList) else 1
    return number + item


def jump_to(window: MainWindow, block: Any) -> None:
    """Show the drawn ``block`` in the editor, with the cursor on it."""
    document = window.controller.document
    if not isinstance(document, Edition) or document.find(block.uid) is None:
        return
    window.structure.select(block.uid)
    item = document.find(block.uid)
    editor = window.editors.currentWidget()
    if isinstance(item, Article) and editor is window.article_editor:
        article_editor = window.article_editor
        if block.kind == "body":
            edit = article_editor.body.edit
            number = text_block_number(item.body, block.index, block.item)
            text_block = edit.document().findBlockByNumber(number)
            if text_block.isValid():
                cursor = QTextCursor(text_block)
                edit.setTextCursor(cursor)
                edit.ensureCursorVisible()
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif block.kind in FIELDS:
            field = getattr(article_editor, block.kind)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif block.kind in ("quote", "photo") and block.part:
            if article_editor.tabs_folded():
                article_editor.fold_tabs(False)
            article_editor.refresh((block.uid, block.part))
    elif editor is window.box_editor:
        window.box_editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
    window.show_status(
        QCoreApplication.translate("MainWindow", "Naar de tekst vanuit het voorbeeld"), 2000
    )


def install_preview_jump(window: MainWindow) -> None:
    """Clicks in the preview open the text they show."""
    window.preview.jump_requested.connect(lambda block: jump_to(window, block))
