"""The real main window on a tmp library: typing, undo/redo, photos, quotes, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from vnhg_desk.gui import dialogs
from vnhg_desk.model import Article, Edition, SidebarBox


def _edition_id(library) -> int:
    """The id of the demo edition (the other demo document is an invitation)."""
    return next(s.id for s in library.list_documents() if s.kind != "invitation")


def _open_first_article(window, library):
    doc_id = _edition_id(library)
    assert window.open_document(doc_id)
    article = window.controller.document.articles[0]
    window.structure.select(article.uid)
    assert window.editors.currentWidget() is window.article_editor
    return doc_id, article.uid


def _stored(library, doc_id) -> Edition:
    return library.load(doc_id)


def test_new_edition_typing_lands_in_library(qtbot, window, demo_library):
    before = {s.id for s in demo_library.list_documents()}
    window.action("new_edition").trigger()
    document = window.controller.document
    assert isinstance(document, Edition) and document.id not in before
    article = document.articles[0]
    window.structure.select(article.uid)
    editor = window.article_editor
    editor.headline.setFocus()
    qtbot.keyClicks(editor.headline, "Gemeenten zoeken samenwerking")
    editor.body.edit.setFocus()
    qtbot.keyClicks(editor.body.edit, "Eerste alinea over de regio.")

    def saved():
        stored = demo_library.load(document.id).find(article.uid)
        assert stored.headline == "Gemeenten zoeken samenwerking"
        assert stored.body == "Eerste alinea over de regio."

    qtbot.waitUntil(saved, timeout=10_000)  # how fast: benchmarks/bench_gui.py
    assert window.archive.list.count() == len(before) + 1


def test_undo_redo_typing_and_structure(qtbot, window, demo_library):
    doc_id, uid = _open_first_article(window, demo_library)
    editor = window.article_editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    original = editor.headline.text()
    editor.headline.setFocus()
    editor.headline.selectAll()
    qtbot.keyClicks(editor.headline, "Nieuwe kop")
    qtbot.waitUntil(lambda: _stored(demo_library, doc_id).find(uid).headline == "Nieuwe kop")
    # one undo step for the whole typed word, through the standard shortcut
    qtbot.keyClick(editor.headline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.headline.text() == original
    qtbot.waitUntil(lambda: _stored(demo_library, doc_id).find(uid).headline == original)
    qtbot.keyClick(
        editor.headline, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert editor.headline.text() == "Nieuwe kop"

    # add an article, then undo and redo it
    count = len(window.controller.document.content)
    window.action("add_article").trigger()
    assert len(window.controller.document.content) == count + 1
    window.undo()
    assert len(window.controller.document.content) == count
    window.redo()
    assert len(window.controller.document.content) == count + 1
    qtbot.waitUntil(lambda: len(_stored(demo_library, doc_id).content) == count + 1)


def test_body_formatting_toolbar_stores_markdown(qtbot, window, demo_library):
    doc_id, uid = _open_first_article(window, demo_library)
    body = window.article_editor.body
    body.edit.selectAll()
    body.edit.textCursor().removeSelectedText()
    body.edit.setFocus()
    qtbot.keyClicks(body.edit, "Kosten")
    body.actions_by_name["subheading"].trigger()
    qtbot.keyClick(body.edit, Qt.Key.Key_Return)  # a subheading is followed by a paragraph
    qtbot.keyClicks(body.edit, "De raad ")
    body.actions_by_name["bold"].trigger()
    qtbot.keyClicks(body.edit, "besluit")
    body.actions_by_name["bold"].trigger()
    qtbot.keyClicks(body.edit, " nu.")
    qtbot.keyClick(body.edit, Qt.Key.Key_Return)
    body.actions_by_name["bullets"].trigger()
    qtbot.keyClicks(body.edit, "punt een")
    window.controller.flush()
    window.controller.save_now()
    assert _stored(demo_library, doc_id).find(uid).body == (
        "## Kosten\n\nDe raad **besluit** nu.\n\n- punt een"
    )
    window.undo()
    assert "## Kosten" not in body.edit.value() or "punt een" not in body.edit.value()


def test_paste_from_word_keeps_only_our_formatting(qtbot, window, demo_library):
    _doc_id, _uid = _open_first_article(window, demo_library)
    edit = window.article_editor.body.edit
    edit.selectAll()
    edit.textCursor().removeSelectedText()
    html = (
        '<html><body><p class=MsoNormal style="color:red;font-size:28pt;font-family:Comic Sans">'
        'Tekst <b>vet</b> <span style="font-style:italic">schuin</span> '
        '<a href="https://www.vnhg.info">site</a> <a href="javascript:alert(1)">kwaad</a>'
        "</p><table><tr><td>cel</td></tr></table><h1>Kop uit Word</h1>"
        '<img src="file:///etc/passwd"><ul><li>een</li></ul></body></html>'
    )
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("Tekst vet schuin site kwaad")
    edit.insertFromMimeData(mime)
    value = edit.value()
    assert value == (
        "Tekst **vet** *schuin* [site](<https://www.vnhg.info>) kwaad\n\ncel\n\n"
        "## Kop uit Word\n\n- een"
    )
    # copying gives clean HTML and our Markdown back
    edit.selectAll()
    copied = edit.createMimeDataFromSelection()
    assert "<b>vet</b>" in copied.html() and "color" not in copied.html()
    assert bytes(copied.data("text/markdown")).decode() == value


def test_pull_quote_from_selection_and_quote_list(qtbot, window, demo_library):
    doc_id, uid = _open_first_article(window, demo_library)
    editor = window.article_editor
    edit = editor.body.edit
    edit.set_value("De gemeenten willen vooral duidelijkheid van het Rijk.")
    cursor = edit.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    count = len(window.controller.document.find(uid).quotes)
    editor.quote_action.trigger()
    quotes = window.controller.document.find(uid).quotes
    assert len(quotes) == count + 1 and quotes[-1].text == "gemeenten willen vooral duidelijkheid"
    assert editor.tabs.currentWidget() is editor.quotes
    qtbot.waitUntil(lambda: len(_stored(demo_library, doc_id).find(uid).quotes) == count + 1)
    # edit it, move it up, remove it, undo the removal
    editor.quotes.attribution.setFocus()
    qtbot.keyClicks(editor.quotes.attribution, "voorzitter")
    editor.quotes.list.setFocus()
    qtbot.waitUntil(lambda: quotes[-1].attribution == "voorzitter")
    new_uid = quotes[-1].uid
    if count:
        qtbot.keyClick(
            editor.quotes.list, Qt.Key.Key_Up,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        assert window.controller.document.find(uid).quotes[-2].uid == new_uid
    editor.quotes.remove_current()
    assert all(q.uid != new_uid for q in window.controller.document.find(uid).quotes)
    window.undo()
    assert any(q.uid == new_uid for q in window.controller.document.find(uid).quotes)


def test_add_photo_and_flag_missing_alt_text(qtbot, window, demo_library, jpeg_file):
    doc_id, uid = _open_first_article(window, demo_library)
    panel = window.article_editor.photos
    count = len(window.controller.document.find(uid).photos)
    added = panel.add_files([jpeg_file])
    assert len(added) == 1
    photos = window.controller.document.find(uid).photos
    assert len(photos) == count + 1 and demo_library.has_photo(photos[-1].photo_hash)
    assert window.article_editor.tabs.tabText(1).endswith("⚠")
    assert "⚠" in panel.list.item(panel.list.currentRow()).text()
    assert panel.alt_warning.text()
    panel.alt_text.setFocus()
    qtbot.keyClicks(panel.alt_text, "Raadzaal met publiek")
    panel.list.setFocus()
    qtbot.waitUntil(lambda: photos[-1].alt_text == "Raadzaal met publiek")
    assert not panel.alt_warning.text()
    qtbot.waitUntil(lambda: len(_stored(demo_library, doc_id).find(uid).photos) == count + 1)
    window.undo()  # the alt text
    window.undo()  # the photo
    assert len(window.controller.document.find(uid).photos) == count


def test_corrupt_photo_shows_message_and_changes_nothing(
    qtbot, window, demo_library, tmp_path, monkeypatch
):
    doc_id, _uid = _open_first_article(window, demo_library)
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: messages.append(text))
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"niet echt een foto" * 10)
    revision = _stored(demo_library, doc_id).revision
    steps = window.undo_stack.count()
    assert window.article_editor.photos.add_files([broken]) == []
    assert len(messages) == 1 and "kapot.jpg" in messages[0]
    assert window.undo_stack.count() == steps
    QApplication.processEvents()
    assert _stored(demo_library, doc_id).revision == revision


def test_reorder_articles_by_keyboard_and_drop_with_undo(qtbot, window, demo_library):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    content = window.controller.document.content
    order = [item.uid for item in content]
    window.structure.select(order[0])
    qtbot.keyClick(
        window.structure.list, Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert [item.uid for item in content] == [order[1], order[0], *order[2:]]
    assert window.structure.current_uid() == order[0]
    qtbot.waitUntil(
        lambda: [i.uid for i in _stored(demo_library, doc_id).content][:2] == [order[1], order[0]]
    )
    window.undo()
    assert [item.uid for item in content] == order
    # a drop of the first row below the third row
    lst = window.structure.list
    lst.setCurrentRow(0)
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setData("application/x-qabstractitemmodeldatalist", b"")
    rect = lst.visualRect(lst.model().index(2, 0))
    point = QPointF(rect.center().x(), rect.bottom() - 1)
    event = QDropEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    lst.dropEvent(event)
    assert [item.uid for item in content] == [order[1], order[2], order[0], *order[3:]]
    window.undo()
    assert [item.uid for item in content] == order


def test_add_and_remove_box_with_undo(qtbot, window, demo_library):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    document = window.controller.document
    boxes = len(document.boxes)
    window.action("add_box").trigger()
    assert len(document.boxes) == boxes + 1
    assert window.editors.currentWidget() is window.box_editor
    new_box = next(item for item in document.content if isinstance(item, SidebarBox)
                   and item.uid == window.structure.current_uid())  # fmt: skip
    window.box_editor.title.setFocus()
    qtbot.keyClicks(window.box_editor.title, "Besluiten")
    window.structure.list.setFocus()
    qtbot.waitUntil(lambda: new_box.title == "Besluiten")
    assert "Kader: Besluiten" in window.structure.list.currentItem().text()
    window.structure.remove_current()
    assert document.find(new_box.uid) is None
    window.undo()
    assert document.find(new_box.uid) is new_box


def test_masthead_fields_and_archive_follow(qtbot, window, demo_library):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    window.structure.select_masthead()
    masthead = window.masthead_editor
    assert window.editors.currentWidget() is masthead
    masthead.place.setFocus()
    masthead.place.selectAll()
    qtbot.keyClicks(masthead.place, "Zaandam")
    masthead.highlights.setFocus()
    masthead.highlights.selectAll()
    qtbot.keyClicks(masthead.highlights, "Eerste punt")
    qtbot.keyClick(masthead.highlights, Qt.Key.Key_Return)
    qtbot.keyClicks(masthead.highlights, "Tweede punt")
    masthead.title.setFocus()
    stored = lambda: _stored(demo_library, doc_id)  # noqa: E731
    qtbot.waitUntil(lambda: stored().highlights == ["Eerste punt", "Tweede punt"])
    assert stored().place == "Zaandam"
    qtbot.waitUntil(lambda: "Zaandam" in (window.archive.list.currentItem().data(
        Qt.ItemDataRole.UserRole + 2) or ""))  # fmt: skip


def test_search_archive_and_open_hit(qtbot, window, demo_library):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    article = window.controller.document.articles[1]
    article_uid = article.uid
    word = next(w for w in article.headline.split() if len(w) > 6).strip(",.:").lower()
    window.open_document(next(s.id for s in demo_library.list_documents() if s.id != doc_id))
    window.action("find").trigger()
    assert window.archive.search.hasFocus()
    qtbot.keyClicks(window.archive.search, word)
    qtbot.waitUntil(lambda: "treffer" in window.archive.count_label.text())
    snippets = [window.archive.list.item(r).data(Qt.ItemDataRole.UserRole + 2)
                for r in range(window.archive.list.count())]  # fmt: skip
    assert all("<b>" in html and word in html.lower() for html in snippets)
    # One row per document, however many of its parts match.
    rows = [window.archive.list.item(r) for r in range(window.archive.list.count())]
    doc_ids = [item.data(Qt.ItemDataRole.UserRole) for item in rows]
    assert len(doc_ids) == len(set(doc_ids))
    hit = next(item for item in rows if item.data(Qt.ItemDataRole.UserRole) == doc_id)
    part = hit.data(Qt.ItemDataRole.UserRole + 1)
    window.archive.list.itemClicked.emit(hit)
    assert window.controller.document.id == doc_id
    # The hit is shown selected in the text of the part that matched.
    focused = QApplication.focusWidget()
    selected = (
        focused.selectedText() if hasattr(focused, "selectedText")
        else focused.textCursor().selectedText()
    )  # fmt: skip
    assert selected.lower() == word
    if part and window.controller.document.find(part) is not None:
        assert window.structure.current_uid() == part
    assert article_uid


def test_session_reopens_last_edition_and_part(qtbot, make_window, demo_library, gui_settings):
    first = make_window()
    doc_id, _uid = _open_first_article(first, demo_library)
    second_article = first.controller.document.articles[1].uid
    first.structure.select(second_article)
    first.close()
    again = make_window()
    assert again.controller.document.id == doc_id
    assert again.article_editor.uid == second_article
    assert again.editors.currentWidget() is again.article_editor


def test_structure_pane_keeps_its_height_after_a_session_ended_on_an_invitation(
    qtbot, make_window, demo_library, gui_settings
):
    invitation, edition = (
        next(s.id for s in demo_library.list_documents() if (s.kind == "invitation") is wanted)
        for wanted in (True, False)
    )
    first = make_window()
    first.open_document(invitation)
    assert first.structure.isHidden()
    first.close()
    again = make_window()  # reopens the invitation
    again.open_document(edition)
    qtbot.waitUntil(lambda: again.structure.height() > 100)
    # A settings file written by an earlier version, with the pane saved at no height:
    gui_settings.setValue("window/leftSplitter", _collapsed_structure(again))
    again.open_document(invitation)
    again.close()
    third = make_window()
    third.restore_layout()
    third.open_document(edition)
    qtbot.waitUntil(lambda: third.structure.height() > 100)


def _collapsed_structure(window) -> object:
    splitter = window.left_splitter
    sizes = splitter.sizes()
    splitter.setSizes([sum(sizes), 0])
    state = splitter.saveState()
    splitter.setSizes(sizes)
    return state


def test_conflict_between_two_windows_is_detected(
    qtbot, make_window, demo_library, tmp_path, monkeypatch
):
    from vnhg_desk.store import Library

    other_library = Library.open(demo_library.path)
    try:
        first = make_window()
        second = make_window(other_library, restore=False)
        doc_id, uid = _open_first_article(first, demo_library)
        second.open_document(doc_id, uid)
        asked = []
        monkeypatch.setattr(dialogs, "choose", lambda *args: asked.append(args[2]) or "reload")
        first.article_editor.headline.setText("Versie van venster een")
        first.article_editor.headline.user_edited.emit()
        first.controller.flush()
        assert first.controller.save_now()
        second.article_editor.headline.setText("Versie van venster twee")
        second.article_editor.headline.user_edited.emit()
        second.controller.flush()
        assert not second.controller.save_now()
        assert asked and "ander venster" in asked[0]
        # reloaded: the second window now shows the first window's text, nothing overwritten
        assert second.article_editor.headline.text() == "Versie van venster een"
        assert demo_library.load(doc_id).find(uid).headline == "Versie van venster een"

        # "keep mine" saves over it and keeps the other version as a revision
        monkeypatch.setattr(dialogs, "choose", lambda *args: "keep")
        first.article_editor.headline.setText("Weer venster een")
        first.article_editor.headline.user_edited.emit()
        first.controller.flush()
        first.controller.save_now()
        second.article_editor.headline.setText("Toch venster twee")
        second.article_editor.headline.user_edited.emit()
        second.controller.flush()
        second.controller.save_now()
        assert demo_library.load(doc_id).find(uid).headline == "Toch venster twee"
        revisions = demo_library.revisions(doc_id)
        kept = [demo_library.load_revision(r.id).find(uid).headline for r in revisions]
        assert "Weer venster een" in kept
    finally:
        other_library.close()


def test_delete_to_trash_and_restore(qtbot, window, demo_library, monkeypatch):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    window.action("delete").trigger()
    assert doc_id not in {s.id for s in demo_library.list_documents()}
    assert doc_id in {s.id for s in demo_library.list_documents(deleted=True)}
    assert window.controller.document is None or window.controller.document.id != doc_id
    from vnhg_desk.gui.trash_dialog import TrashDialog

    dialog = TrashDialog(demo_library, window)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert doc_id in {s.id for s in demo_library.list_documents()}


def test_duplicate_keeps_structure_and_empties_texts(qtbot, window, demo_library, monkeypatch):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    source = window.controller.document
    monkeypatch.setattr(dialogs, "choose", lambda *args: "empty")
    window.action("duplicate").trigger()
    copy = window.controller.document
    assert copy.id != doc_id and copy.title == source.title
    assert [type(i) for i in copy.content] == [type(i) for i in source.content]
    assert [i.kicker for i in copy.content] == [i.kicker for i in source.content]
    assert all(isinstance(i, Article) and not i.body and not i.photos
               for i in copy.content if isinstance(i, Article))  # fmt: skip
    assert copy.date is None
    assert demo_library.load(copy.id).title == source.title


def test_invitation_opens_in_its_editor(qtbot, window, demo_library):
    invitation_id = next(s.id for s in demo_library.list_documents() if s.kind == "invitation")
    window.open_document(invitation_id)
    assert window.invitation_editor is not None
    assert window.editors.currentWidget() is window.invitation_editor
    assert not window.structure.isVisible()
    window.open_document(_edition_id(demo_library))
    assert window.invitation_editor is None
    assert window.structure.isVisible()


def test_photos_dropped_from_the_file_manager(qtbot, window, demo_library, jpeg_file, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    _doc_id, uid = _open_first_article(window, demo_library)
    count = len(window.controller.document.find(uid).photos)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg_file))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.article_editor.photos.list.dropEvent(event)
    photos = window.controller.document.find(uid).photos
    assert len(photos) == count + 1
    assert photos[-1].photo_hash == __import__("hashlib").sha256(jpeg_file.read_bytes()).hexdigest()


def test_caption_from_people_is_one_undo_step(qtbot, window, demo_library, monkeypatch):
    import vnhg_desk.gui.people_dialog as people_dialog

    _doc_id, uid = _open_first_article(window, demo_library)
    panel = window.article_editor.photos
    photo = window.controller.document.find(uid).photos[0]
    before = photo.caption
    monkeypatch.setattr(
        people_dialog, "ask_panel_caption",
        lambda library, parent, language: "Het panel v.l.n.r.: Anna de Wit en Piet Smit.",
    )  # fmt: skip
    panel.people_button.click()
    assert photo.caption == "Het panel v.l.n.r.: Anna de Wit en Piet Smit."
    assert panel.caption.value() == photo.caption
    window.undo()
    assert photo.caption == before and panel.caption.value() == before


def test_failed_save_keeps_the_text_and_says_so_once(qtbot, window, demo_library, monkeypatch):
    from vnhg_desk.errors import LibraryError

    doc_id, uid = _open_first_article(window, demo_library)
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: messages.append(text))
    real_save = demo_library.save

    def locked(document):
        raise LibraryError("De bibliotheek is in gebruik door een ander programma.")

    monkeypatch.setattr(demo_library, "save", locked)
    editor = window.article_editor
    for word in ("Een", " twee", " drie"):
        editor.headline.setText(editor.headline.text() + word)
        editor.headline.user_edited.emit()
        window.controller.flush()
        window.controller.save_now()
    assert len(messages) == 1 and "in gebruik" in messages[0]
    assert window.controller.dirty
    monkeypatch.setattr(demo_library, "save", real_save)
    assert window.controller.save_now()
    assert demo_library.load(doc_id).find(uid).headline.endswith("Een twee drie")


def test_keyboard_reaches_every_pane(qtbot, window, demo_library):
    _open_first_article(window, demo_library)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    targets = {
        "go_archive": window.archive.list,
        "go_structure": window.structure.list,
        "go_preview": window.preview.scroll_area,
    }
    for name, widget in targets.items():
        window.action(name).trigger()
        assert widget.hasFocus(), name
    window.action("go_editor").trigger()
    focused = QApplication.focusWidget()
    assert focused is not None and window.article_editor.isAncestorOf(focused)
    # every input and button in the window has an accessible name or a label
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit

    unnamed = [
        w for w in window.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and w.isVisible()
        and not w.accessibleName()
    ]  # fmt: skip
    assert not unnamed
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() or b.toolTip() for b in buttons)


def test_undo_shows_the_part_that_changes(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    document = window.controller.document
    first, second = document.articles[0], document.articles[1]
    window.structure.select(second.uid)
    window.structure.remove_current()
    assert document.find(second.uid) is None
    window.structure.select(first.uid)
    window.undo()  # the removed article comes back and is shown
    assert window.article_editor.uid == second.uid
    # removing a quote and undoing selects that quote again
    quote = second.quotes[0]
    window.article_editor.quotes.refresh(quote.uid)
    window.article_editor.quotes.remove_current()
    window.structure.select_masthead()
    window.undo()
    assert window.article_editor.uid == second.uid
    assert window.article_editor.quotes.current_part() is quote
    # undoing a masthead change while an article is open shows the masthead
    window.structure.select_masthead()
    window.masthead_editor.place.setText("Edam")
    window.masthead_editor.place.user_edited.emit()
    window.controller.flush()
    window.structure.select(first.uid)
    window.undo()
    assert window.editors.currentWidget() is window.masthead_editor
    assert window.masthead_editor.place.text() != "Edam"


def test_links_only_to_web_and_mail_addresses(qtbot, window, demo_library):
    _open_first_article(window, demo_library)
    edit = window.article_editor.body.edit
    edit.set_value("Lees het rapport online.")
    cursor = edit.textCursor()
    cursor.setPosition(9)
    cursor.setPosition(16, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    assert not edit.set_link("javascript:alert(1)")
    assert edit.value() == "Lees het rapport online."
    assert edit.set_link("www.vnhg.info/rapport")
    assert edit.value() == "Lees het [rapport](<https://www.vnhg.info/rapport>) online."


def test_photos_reorder_by_keyboard_with_undo(qtbot, window, demo_library, jpeg_file, tmp_path):
    from PIL import Image

    _doc_id, uid = _open_first_article(window, demo_library)
    second = tmp_path / "tweede.png"
    Image.new("RGB", (200, 300), (200, 30, 30)).save(second)
    panel = window.article_editor.photos
    panel.add_files([jpeg_file, second])
    photos = window.controller.document.find(uid).photos
    order = [p.uid for p in photos]
    assert panel.list.currentRow() == len(order) - 1
    qtbot.keyClick(
        panel.list, Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert [p.uid for p in photos] == [*order[:-2], order[-1], order[-2]]
    assert panel.current_part().uid == order[-1]
    window.undo()
    assert [p.uid for p in photos] == order


def test_new_invitation_from_the_menu(qtbot, window, demo_library):
    before = len(demo_library.list_documents())
    window.action("new_invitation").trigger()
    assert len(demo_library.list_documents()) == before + 1
    assert window.controller.document.kind == "invitation"
    assert window.editors.currentWidget() is window.invitation_editor


def test_photo_file_dialog_remembers_the_folder(
    qtbot, window, demo_library, jpeg_file, gui_settings, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    _doc_id, uid = _open_first_article(window, demo_library)
    asked = []

    def fake_dialog(parent, title, folder, filters):
        asked.append((folder, filters))
        return [str(jpeg_file)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    count = len(window.controller.document.find(uid).photos)
    window.action("add_photo").trigger()
    assert len(window.controller.document.find(uid).photos) == count + 1
    assert "*.heic" in asked[0][1]
    assert gui_settings.value("folders/photos") == str(jpeg_file.parent)
    window.action("add_photo").trigger()
    assert asked[1][0] == str(jpeg_file.parent)


def test_unsaved_changes_block_switching_unless_the_user_drops_them(
    qtbot, window, demo_library, monkeypatch
):
    from vnhg_desk.errors import LibraryError

    doc_id, uid = _open_first_article(window, demo_library)
    other = next(s.id for s in demo_library.list_documents() if s.id != doc_id)
    monkeypatch.setattr(dialogs, "show_error", lambda *args: None)
    real_save = demo_library.save
    monkeypatch.setattr(
        demo_library, "save", lambda d: (_ for _ in ()).throw(LibraryError("Schijf vol."))
    )
    window.article_editor.headline.setText("Niet bewaarde kop")
    window.article_editor.headline.user_edited.emit()
    answers = [False]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: answers.pop(0))
    assert not window.open_document(other)
    assert window.controller.document.id == doc_id
    assert window.controller.document.find(uid).headline == "Niet bewaarde kop"
    monkeypatch.setattr(demo_library, "save", real_save)
    assert window.open_document(other)
    assert demo_library.load(doc_id).find(uid).headline == "Niet bewaarde kop"


def test_missing_document_gives_a_message_and_restore_falls_back(
    qtbot, make_window, demo_library, gui_settings, monkeypatch
):
    gui_settings.setValue("session/library", str(demo_library.path))
    gui_settings.setValue("session/document", 9999)
    window = make_window()
    # Falls back to the newest edition (not the newer demo invitation).
    newest = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    assert window.controller.document.id == newest
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: messages.append(text))
    assert not window.open_document(9999)
    assert len(messages) == 1 and window.controller.document.id == newest


def test_empty_library_shows_a_placeholder(qtbot, make_window, tmp_path):
    from vnhg_desk.store import Library

    with Library.open(tmp_path / "leeg.vnhg-desk") as empty:
        window = make_window(empty)
        assert window.controller.document is None
        assert window.editors.currentWidget() is window.placeholder
        assert not window.action("add_article").isEnabled()
        window.action("new_edition").trigger()
        assert window.controller.document is not None
        window.close()


def test_an_unexpected_error_in_the_window_is_logged_and_shown(
    qtbot, window, tmp_path, monkeypatch
):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from vnhg_desk.gui import error_report

    log = tmp_path / "log" / "vnhg-desk.log"
    monkeypatch.setenv("VNHG_DESK_LOG", str(log))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    try:
        raise RuntimeError("Kop die niet in het logboek mag")
    except RuntimeError as error:
        error_report.report(RuntimeError, error, error.__traceback__)
    assert shown and str(log) in shown[0]
    assert "RuntimeError" in log.read_text() and "Kop die" not in log.read_text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.action("open_log").trigger()
    assert opened and opened[0].toLocalFile() == str(log.parent)


def test_an_error_in_a_worker_thread_is_logged_without_a_dialog(tmp_path, monkeypatch):
    import sys
    import threading

    from PySide6.QtWidgets import QMessageBox

    from vnhg_desk.gui import error_report

    log = tmp_path / "vnhg-desk.log"
    monkeypatch.setenv("VNHG_DESK_LOG", str(log))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args))
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)

    def fail_in_worker():
        try:
            raise ValueError("in een werkdraad")
        except ValueError as error:
            error_report.report(ValueError, error, error.__traceback__)

    worker = threading.Thread(target=fail_in_worker)
    worker.start()
    worker.join()
    assert shown == []  # a dialog from another thread would hang the window
    assert "ValueError" in log.read_text()


def test_start_paints_the_edition_first_and_the_rest_right_after(qtbot, demo_library, gui_settings):
    """The first frame shows the open edition; the preview, the archive list, the counts
    and the spelling dictionary follow right after it (first_paint.py)."""
    from vnhg_desk.gui.main_window import MainWindow

    window = MainWindow(demo_library, gui_settings)
    qtbot.addWidget(window)
    window.restore_session()
    window.show()
    assert window.controller.document is not None
    assert window.windowTitle().startswith(window.controller.document.title)
    assert not window.after_first_paint.done
    for later in ("archive", "publish_actions", "find_bar", "count_label", "box_editor"):
        assert window._built(later) is None, later  # built right after the first frame
    assert window.archive_slot.text() == "Archief wordt geladen…"  # not "empty"
    assert window.preview.busy() and not window.preview.timer.isActive()  # held, not started
    qtbot.waitUntil(lambda: window.after_first_paint.done)
    assert window._built("archive") is not None and window._built("publish_actions") is not None
    assert window.left_splitter.widget(0) is window.archive
    assert window.archive.list.count() == len(demo_library.list_documents())
    assert window.archive.count_label.text() == f"{window.archive.list.count()} documenten"
    assert "woorden" in window.count_label.text()
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        pass
    assert window.preview.page_labels
    window.preview.shutdown()
