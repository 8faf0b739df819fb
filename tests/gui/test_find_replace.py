"""Find and replace across the edition, its undo, the archive's own key, the counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from vnhg_desk.gui import edition_text as et
from vnhg_desk.model import Article, Edition
from vnhg_desk.model.richtext import plain_text


def _edition(window, library) -> Edition:
    doc_id = next(s.id for s in library.list_documents() if s.kind != "invitation")
    assert window.open_document(doc_id)
    return window.controller.document


def _all_text(document) -> str:
    return "\n".join(et.slot_text(document, slot) for slot in et.slots(document))


def test_ctrl_f_finds_in_the_text_and_ctrl_alt_f_searches_the_archive(qtbot, window, demo_library):
    document = _edition(window, demo_library)
    second = document.articles[1]
    word = plain_text(second.body).split()[3].strip(".,;:")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.toolbar.isVisible() and bar.find_field.hasFocus()
    bar.word_box.setChecked(True)
    qtbot.keyClicks(bar.find_field, word)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert "Treffer 1 van" in bar.result.text()
    focused = QApplication.focusWidget()
    # The first hit is shown selected in its own field.
    selected = (
        focused.selectedText()
        if hasattr(focused, "selectedText")
        else (focused.textCursor().selectedText())
    )
    assert selected.lower() == word.lower()
    # The archive search keeps its own key.
    assert window.action("find").shortcut() == QKeySequence("Ctrl+Alt+F")
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert window.archive.search.hasFocus()


def test_replace_all_is_one_undo_step_and_keeps_formatting(qtbot, window, demo_library):
    document = _edition(window, demo_library)
    article = document.articles[0]
    window.controller.set_field(
        (article.uid,),
        "body",
        "Eerste **gemeente** en de gemeente.\n\n- gemeentehuis",
        "x",
        typing=False,
    )
    window.controller.set_field((article.uid,), "headline", "Gemeente kiest", "x", typing=False)
    before = _all_text(document)
    count_before = window.undo_stack.count()
    bar = window.find_bar
    bar.open_find(True)
    bar.find_field.setText("gemeente")
    bar.replace_field.setText("raad")
    bar.word_box.setChecked(True)
    assert bar.replace_all() >= 3
    assert window.undo_stack.count() == count_before + 1
    assert article.body == "Eerste **raad** en de raad.\n\n- gemeentehuis"
    assert article.headline == "raad kiest"
    stored = demo_library.load(document.id).find(article.uid)
    qtbot.waitUntil(
        lambda: demo_library.load(document.id).find(article.uid).headline == "raad kiest"
    )
    window.undo()
    assert _all_text(window.controller.document) == before
    assert stored is not None


def test_match_case_and_replace_one(qtbot, window, demo_library):
    document = _edition(window, demo_library)
    article = document.articles[0]
    window.controller.set_field((article.uid,), "body", "Raad en raad en RAAD.", "x", typing=False)
    bar = window.find_bar
    bar.open_find(True)
    bar.case_box.setChecked(True)
    bar.find_field.setText("raad")
    window.structure.select(article.uid)
    hits = et.matches(document, bar.regex())
    assert [(s.name, a) for s, a, _ in hits if s.ref == (article.uid,)] == [("body", 8)]
    assert bar.find_next()
    bar.replace_field.setText("bestuur")
    bar.replace_one()
    qtbot.waitUntil(
        lambda: window.controller.document.find(article.uid).body == "Raad en bestuur en RAAD."
    )


def test_counts_in_the_status_bar(qtbot, window, demo_library):
    document = _edition(window, demo_library)
    article = document.articles[0]
    window.structure.select(article.uid)
    window.controller.set_field((article.uid,), "body", "Een twee drie vier.", "x", typing=False)
    label = window.count_label
    words, _chars = et.part_counts(document, article.uid)
    assert f"Dit onderdeel: {words} woorden" in label.text()
    total, _ = et.edition_counts(document)
    assert f"Editie: {total:,} woorden".replace(",", ".") in label.text()
    assert isinstance(article, Article) and words >= 4 + len(article.headline.split())
    assert et.count_text("Noord-Holland's gemeenten") == (2, 25)
