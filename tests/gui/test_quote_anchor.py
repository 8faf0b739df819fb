"""'Plaats bij alinea …' in the quotes panel: the choice lands in the model and the
library, moves the quote in the layout's flow, and is undone and redone like any edit."""

from __future__ import annotations

from vnhg_desk.layout import layout_edition
from vnhg_desk.layout.flow import QuoteBlock, TextBlock, paragraph_indices


def _quote_position(document, article_uid, quote_uid):
    """(index of the quote in the article's flow, body index of the block just before)."""
    layout = layout_edition(document, document_style())
    article = next(a for a in layout.items if a.uid == article_uid)
    for n, block in enumerate(article.flow):
        if isinstance(block, QuoteBlock) and block.uid == quote_uid:
            before = [b for b in article.flow[:n] if isinstance(b, TextBlock)]
            return block, before[-1].index
    raise AssertionError("quote not in flow")


def document_style():
    from vnhg_desk.model import HouseStyle

    return HouseStyle()


def test_choose_paragraph_for_quote_and_undo(qtbot, window, demo_library):
    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    assert window.open_document(doc_id)
    document = window.controller.document
    article = document.articles[0]
    window.structure.select(article.uid)
    editor = window.article_editor
    editor.tabs.setCurrentWidget(editor.quotes)
    panel = editor.quotes
    panel.list.setCurrentRow(0)
    quote = article.quotes[0]
    assert quote.anchor is None
    _block, automatic_before = _quote_position(document, article.uid, quote.uid)
    # the choices: automatic plus every paragraph, numbered, with its first words
    labels = [panel.anchor.itemText(i) for i in range(panel.anchor.count())]
    assert labels[0].startswith("Automatisch")
    from vnhg_desk.layout.body_cache import parse_body_cached

    paragraphs = paragraph_indices(parse_body_cached(article.body))
    assert len(labels) == len(paragraphs) + 1
    assert labels[3].startswith("Alinea 3: ")

    # choose paragraph 5 the way a user does: pick it in the combo box
    panel.anchor.setFocus()
    panel.anchor.setCurrentIndex(panel.anchor.findData(5))
    assert quote.anchor == 5
    qtbot.waitUntil(lambda: demo_library.load(doc_id).find(article.uid).quotes[0].anchor == 5)
    block, before = _quote_position(document, article.uid, quote.uid)
    assert block.source == paragraphs[4]
    assert before > paragraphs[4]  # after its paragraph, one block or more between
    assert before != automatic_before

    window.undo()
    assert quote.anchor is None
    assert panel.anchor.currentData() == 0
    qtbot.waitUntil(lambda: demo_library.load(doc_id).find(article.uid).quotes[0].anchor is None)
    window.redo()
    assert quote.anchor == 5 and panel.anchor.currentData() == 5
