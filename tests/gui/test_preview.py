"""The live preview shows the real PDF, follows edits, and shows errors instead of crashing."""

from __future__ import annotations

import io

from vnhg_desk.export.pdf import write_pdf


def _edition_id(library) -> int:
    """The id of the demo edition (the other demo document is an invitation)."""
    return next(s.id for s in library.list_documents() if s.kind != "invitation")


def _wait_rendered(qtbot, window):
    """A render of the document as it is now is shown, and none waits any more (else the
    next ``updated`` could be the start-up render finishing, not the edit's)."""
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.preview.render_now()
    qtbot.waitUntil(lambda: not window.preview.busy(), timeout=30000)


def test_preview_shows_every_page_and_scrolls_to_the_article(qtbot, window, demo_library):
    doc_id = _edition_id(demo_library)
    window.open_document(doc_id)
    _wait_rendered(qtbot, window)
    document = window.controller.document
    expected = write_pdf(document, demo_library.house_style(), demo_library, io.BytesIO())
    preview = window.preview
    assert len(preview.page_labels) == expected.page_count > 1
    pixmap = preview.page_labels[0].pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # A4 portrait
    last = document.content[-1].uid
    assert expected.page_of_uid[last] > 0
    window.structure.select(last)
    qtbot.waitUntil(lambda: preview.scroll_area.verticalScrollBar().value() > 0)


def test_preview_follows_an_edit(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    _wait_rendered(qtbot, window)
    first = window.preview.page_labels[0].pixmap().toImage()
    window.structure.select_masthead()
    window.masthead_editor.title.setFocus()
    window.masthead_editor.title.selectAll()
    qtbot.keyClicks(window.masthead_editor.title, "Heel andere titel van deze editie")
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        pass
    assert window.preview.page_labels[0].pixmap().toImage() != first


def test_render_error_shows_in_the_pane(qtbot, window, demo_library, monkeypatch):
    import vnhg_desk.export.pdf as pdf

    def broken(*args, **kwargs):
        raise ValueError("kapotte opmaak")

    monkeypatch.setattr(pdf, "write_pdf", broken)
    window.open_document(_edition_id(demo_library))
    window.preview.render_now()
    qtbot.waitUntil(lambda: "kapotte opmaak" in window.preview.status.text(), timeout=10000)
    assert window.isVisible()
    # the window keeps working
    window.action("add_article").trigger()
    assert window.editors.currentWidget() is window.article_editor


def test_preview_renders_again_for_a_wider_pane(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    _wait_rendered(qtbot, window)
    narrow = window.preview.page_labels[0].pixmap().width()
    sizes = window.main_splitter.sizes()
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.main_splitter.setSizes([sizes[0], sizes[1] - 200, sizes[2] + 200])
    assert window.preview.page_labels[0].pixmap().width() > narrow


def test_rerender_does_not_yank_the_reader_away(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    document = window.controller.document
    window.structure.select(document.content[-1].uid)
    _wait_rendered(qtbot, window)
    bar = window.preview.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    bar.setValue(0)  # the user scrolls up to read page 1
    _wait_rendered(qtbot, window)
    qtbot.wait(50)
    assert bar.value() == 0
