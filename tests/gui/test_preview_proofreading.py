"""Proofreading in the preview: zoom, and a click on a block jumps to it in the editor."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.gui.preview_jump import text_block_number
from vnhg_desk.model.richtext import parse_body, plain_text


def _open(qtbot, window, library):
    doc_id = next(s.id for s in library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.preview.render_now()
    return window.controller.document


def _click(qtbot, preview, block):
    label = preview.page_labels[block.page]
    preview.scroll_area.ensureWidgetVisible(label)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=preview.point_of(block))


def test_writer_reports_where_each_block_was_drawn(demo_library):
    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    document = demo_library.load(doc_id)
    buffer = io.BytesIO()
    result = write_pdf(document, demo_library.house_style(), demo_library, buffer)
    article = document.articles[0]
    blocks = [b for b in result.blocks if b.uid == article.uid]
    kinds = {b.kind for b in blocks}
    assert {"headline", "body", "quote", "photo"} <= kinds
    # The headline's rectangle holds the headline's text on that page of the real PDF.
    headline = next(b for b in blocks if b.kind == "headline")
    page = PdfReader(buffer).pages[headline.page]
    found = []

    def visitor(text, cm, tm, _font, _size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        inside = headline.x0 - 1 <= x <= headline.x1 and headline.y0 - 1 <= y <= headline.y1
        if text.strip() and inside:
            found.append(text)

    page.extract_text(visitor_text=visitor)
    assert article.headline.split()[0] in "".join(found)
    # Every body block of the article is drawn somewhere.
    drawn = {b.index for b in blocks if b.kind == "body"}
    assert len(drawn) >= len(parse_body(article.body)) // 2


def test_click_on_a_paragraph_puts_the_cursor_there(qtbot, window, demo_library):
    document = _open(qtbot, window, demo_library)
    article = document.articles[0]
    preview = window.preview
    block = next(
        b for b in preview.blocks if b.uid == article.uid and b.kind == "body" and b.index >= 2
    )
    _click(qtbot, preview, block)
    assert window.article_editor.uid == article.uid
    edit = window.article_editor.body.edit
    assert QApplication.focusWidget() is edit
    number = edit.textCursor().blockNumber()
    assert number == text_block_number(article.body, block.index, block.item)
    shown = edit.textCursor().block().text()
    assert shown and shown.split()[0] in plain_text(article.body)


def test_click_on_a_quote_and_a_headline(qtbot, window, demo_library):
    document = _open(qtbot, window, demo_library)
    article = document.articles[1]
    preview = window.preview
    quote = next(b for b in preview.blocks if b.uid == article.uid and b.kind == "quote")
    _click(qtbot, preview, quote)
    editor = window.article_editor
    assert editor.uid == article.uid
    assert editor.tabs.currentWidget() is editor.quotes
    assert editor.quotes.current_part().uid == quote.part
    headline = next(b for b in preview.blocks if b.uid == article.uid and b.kind == "headline")
    _click(qtbot, preview, headline)
    assert QApplication.focusWidget() is editor.headline


def test_zoom_with_keys_and_ctrl_wheel(qtbot, window, demo_library):
    _open(qtbot, window, demo_library)
    preview = window.preview
    width = preview.page_labels[0].pixmap().width()
    preview.scroll_area.setFocus()
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > 1.0
    preview.render_now()  # a render already under way may report first: wait for the zoom
    qtbot.waitUntil(lambda: preview.page_labels[0].pixmap().width() > width * 1.15, timeout=30000)
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.0
    viewport = preview.scroll_area.viewport()
    wheel = QWheelEvent(
        QPointF(50, 50), QPointF(viewport.mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom < 1.0
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)}%"


def test_preview_context_menu_offers_edit_and_zoom(qtbot, window, demo_library):
    document = _open(qtbot, window, demo_library)
    preview = window.preview
    block = next(b for b in preview.blocks if b.uid == document.articles[0].uid)
    menu = preview.context_menu(block)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Hier bewerken" and "Paginabreedte" in texts
    menu.actions()[0].trigger()
    assert window.article_editor.uid == block.uid
    menu.close()
