"""Spell check in the real window: underlines, suggestions, the word list, known names."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from vnhg_desk.gui.spelling import spell_service
from vnhg_desk.model import Person

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def _open_article(window, library):
    doc_id = next(s.id for s in library.list_documents() if s.kind != "invitation")
    assert window.open_document(doc_id)
    uid = window.controller.document.articles[0].uid
    window.structure.select(uid)
    return doc_id, uid


def underlined(edit) -> list[str]:
    words = []
    block = edit.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == SPELL:
                words.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def right_click(qtbot, edit, position: int, choose: str) -> None:
    """Open the real context menu at text position ``position`` and pick ``choose``."""
    cursor = edit.textCursor()
    cursor.setPosition(position)
    point = edit.cursorRect(cursor).center()
    picked = []

    def pick():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        for action in menu.actions():
            if action.text().replace("&", "") == choose:
                picked.append(action.text())
                menu.close()
                action.trigger()
                return
        picked.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(0, pick)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, edit.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(edit.viewport(), event)
    qtbot.waitUntil(lambda: bool(picked))
    assert picked[0] == choose, picked


def test_body_underlines_and_suggestion_replaces_with_undo(qtbot, window, demo_library):
    doc_id, uid = _open_article(window, demo_library)
    body = window.article_editor.body.edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " De gemeenteen en de gemeenteraadsverkiezingen.")
    qtbot.waitUntil(lambda: "gemeenteen" in underlined(body))
    assert "gemeenteraadsverkiezingen" not in underlined(body)
    position = body.toPlainText().index("gemeenteen") + 3
    right_click(qtbot, body, position, "gemeenten")
    qtbot.waitUntil(lambda: "De gemeenten en" in demo_library.load(doc_id).find(uid).body)
    assert "gemeenteen" not in underlined(body)
    window.undo()
    assert "gemeenteen" in window.controller.document.find(uid).body


def test_long_misspelled_compound_is_underlined_after_a_pause(qtbot, window, demo_library):
    _open_article(window, demo_library)
    body = window.article_editor.body.edit
    body.setFocus()
    qtbot.keyClicks(body, "De voorjaarsvergadring ")
    qtbot.waitUntil(lambda: "voorjaarsvergadring" in underlined(body), timeout=3000)


def test_add_to_word_list_is_library_wide_and_names_are_known(qtbot, window, demo_library):
    _open_article(window, demo_library)
    body = window.article_editor.body.edit
    body.setFocus()
    qtbot.keyClicks(body, " Vergaderkamertje Rijnsburgerhout en Wiepkema.")
    qtbot.waitUntil(lambda: "Wiepkema" in underlined(body))
    position = body.toPlainText().index("Rijnsburgerhout") + 2
    right_click(qtbot, body, position, "Toevoegen aan woordenlijst")
    assert "Rijnsburgerhout" in demo_library.word_list()
    qtbot.waitUntil(lambda: "Rijnsburgerhout" not in underlined(body))
    # A person added to the people list is known at once.
    demo_library.save_person(Person(name="Joke Wiepkema", role="wethouder"))
    spell_service().reload_words()
    qtbot.waitUntil(lambda: "Wiepkema" not in underlined(body))
    # The word list is the library's: another service on the same library knows the word.
    assert spell_service().checker().is_correct("Rijnsburgerhout")


def test_one_line_fields_are_checked_and_offer_suggestions(qtbot, window, demo_library):
    doc_id, uid = _open_article(window, demo_library)
    headline = window.article_editor.headline
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, "Gemeenteen kiezen")
    assert spell_service().misspelled(headline.text()) == [(0, 10)]
    headline.grab()  # paints the underline without error
    point = QPoint(headline.cursorRect().left() - 60, headline.height() // 2)
    point.setX(max(point.x(), 8))
    picked = []

    def pick():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        texts = [a.text() for a in menu.actions()]
        picked.append(texts)
        target = next(a for a in menu.actions() if a.text() == "Gemeenten")
        menu.close()
        target.trigger()

    QTimer.singleShot(0, pick)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, headline.mapToGlobal(point))
    QApplication.sendEvent(headline, event)
    qtbot.waitUntil(lambda: bool(picked))
    assert "Toevoegen aan woordenlijst" in picked[0]
    qtbot.waitUntil(lambda: demo_library.load(doc_id).find(uid).headline == "Gemeenten kiezen")


def test_english_edition_is_checked_in_english(qtbot, window, demo_library):
    _open_article(window, demo_library)
    document = window.controller.document  # the language follows the open document
    document.language = "en"
    window.document_changed.emit()
    assert spell_service().language == "en"
    assert spell_service().misspelled("The counsil") == [(4, 11)]
    document.language = "nl"
    window.document_changed.emit()
    assert spell_service().language == "nl"


def test_text_menu_has_the_programs_commands_and_a_working_undo(qtbot, window, demo_library):
    _open_article(window, demo_library)
    body = window.article_editor.body.edit
    body.setFocus()
    qtbot.keyClicks(body, "Nieuw ")
    window.controller.flush()
    seen = []

    def look():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.append({a.text().split("\t")[0]: a.isEnabled() for a in menu.actions() if a.text()})
        menu.close()

    QTimer.singleShot(0, look)
    point = body.cursorRect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, body.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(body.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    entries = seen[0]
    for name in ("Tussenkop", "Vet", "Cursief", "Koppeling…", "Maak streamer van selectie"):
        assert name in entries, entries
    undo = next(text for text in entries if text.startswith("&Ongedaan maken"))
    assert entries[undo]  # enabled: there is something to undo
    assert not any(text.startswith("&Undo") for text in entries)  # Qt's own, always grey
