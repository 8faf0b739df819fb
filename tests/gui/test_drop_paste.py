"""Dropped and pasted photos, tables and pictures: nothing lost without a message."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from vnhg_desk.gui import dialogs


def _article(window, library):
    doc_id = next(s.id for s in library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    article = window.controller.document.articles[0]
    window.structure.select(article.uid)
    return article


def _files(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_photo_pasted_in_the_text_becomes_a_photo(qtbot, window, demo_library, jpeg_file):
    article = _article(window, demo_library)
    body = window.article_editor.body.edit
    before_text, before_photos = article.body, len(article.photos)
    body.insertFromMimeData(_files(jpeg_file))
    assert len(article.photos) == before_photos + 1
    assert "file:" not in window.controller.document.find(article.uid).body
    assert article.body == before_text
    assert window.article_editor.tabs.currentWidget() is window.article_editor.photos
    window.undo()
    assert len(article.photos) == before_photos


def test_photo_dropped_on_the_headline_becomes_a_photo(qtbot, window, demo_library, jpeg_file):
    article = _article(window, demo_library)
    headline = window.article_editor.headline
    before = (headline.text(), len(article.photos))
    mime = _files(jpeg_file)
    point = QPointF(headline.rect().center())
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # The headline refuses file drops; the article editor takes them.
    editor = window.article_editor
    editor.dropEvent(drop)
    assert len(article.photos) == before[1] + 1 and headline.text() == before[0]
    assert "file:" not in article.headline


def test_a_non_photo_file_is_refused_with_a_message(
    qtbot, window, demo_library, tmp_path, monkeypatch
):
    article = _article(window, demo_library)
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: messages.append(text))
    notes = tmp_path / "notulen.txt"
    notes.write_text("geen foto")
    window.article_editor.body.edit.insertFromMimeData(_files(notes))
    assert messages and "notulen.txt" in messages[0]
    assert "notulen" not in article.body


def test_pasted_word_table_keeps_rows_and_says_so(qtbot, window, demo_library):
    article = _article(window, demo_library)
    body = window.article_editor.body.edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    mime = QMimeData()
    mime.setHtml(
        "<table><tr><td>Gemeente</td><td>Inwoners</td></tr>"
        "<tr><td>Hoorn</td><td>73.000</td></tr></table>"
        '<p>Daarna <img src="data:image/png;base64,iVBORw0KGgo="></p>'
    )
    mime.setText("Gemeente\tInwoners\nHoorn\t73.000\nDaarna")
    body.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: "Hoorn | 73.000" in window.controller.document.find(article.uid).body)
    assert "Gemeente | Inwoners" in article.body
    message = window.statusBar().currentMessage()
    assert "tabel" in message and "2 regel" in message and "afbeelding" in message


def test_pasted_picture_becomes_a_photo(qtbot, window, demo_library):
    article = _article(window, demo_library)
    before = len(article.photos)
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 120, 60))
    mime = QMimeData()
    mime.setImageData(image)
    window.article_editor.body.edit.insertFromMimeData(mime)
    assert len(article.photos) == before + 1
    assert QApplication.instance() is not None
