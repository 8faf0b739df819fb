"""Right-click menus on the structure and the photo and quote lists run real commands."""

from __future__ import annotations

from vnhg_desk.gui.list_menus import ListMenu


def _menu(qtbot, widget, row: int):
    rect = widget.visualItemRect(widget.item(row))
    widget.customContextMenuRequested.emit(rect.center())
    menu = widget.findChild(ListMenu).last_menu
    return menu, {a.text(): a for a in menu.actions() if a.text()}


def test_structure_menu_moves_and_adds_with_undo(qtbot, window, demo_library):
    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    document = window.controller.document
    first, second = document.content[0].uid, document.content[1].uid
    menu, actions = _menu(qtbot, window.structure.list, 0)
    assert not actions["Omhoog"].isEnabled() and actions["Omlaag"].isEnabled()
    actions["Omlaag"].trigger()
    menu.close()
    assert [item.uid for item in document.content[:2]] == [second, first]
    window.undo()
    assert [item.uid for item in document.content[:2]] == [first, second]
    count = len(document.content)
    menu, actions = _menu(qtbot, window.structure.list, 1)
    actions["Kader toevoegen"].trigger()
    menu.close()
    assert len(document.content) == count + 1


def test_quote_menu_removes_the_quote_under_the_mouse(qtbot, window, demo_library):
    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    article = window.controller.document.articles[0]
    window.structure.select(article.uid)
    quotes = window.article_editor.quotes
    assert len(article.quotes) == 2
    keep = article.quotes[0].uid
    menu, actions = _menu(qtbot, quotes.list, 1)
    assert quotes.list.currentRow() == 1
    actions["Verwijderen"].trigger()
    menu.close()
    assert [q.uid for q in article.quotes] == [keep]
    photos = window.article_editor.photos
    menu, actions = _menu(qtbot, photos.list, 0)
    assert "Foto toevoegen…" in actions and "Bijschrift uit personen…" in actions
    menu.close()
