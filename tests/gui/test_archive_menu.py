"""Right-clicking a document in the archive opens it and offers what can be done with it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhg_desk.gui.archive_pane import DOC_ID


def _item_for(window, doc_id):
    archive = window.archive.list
    return next(
        archive.item(row)
        for row in range(archive.count())
        if int(archive.item(row).data(DOC_ID)) == doc_id
    )


def _texts(menu):
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_context_menu_opens_the_document_and_offers_its_commands(qtbot, window, demo_library):
    window.reload_archive()
    kinds = {summary.kind: summary.id for summary in demo_library.list_documents()}
    window.open_document(kinds["report"])
    menu = window.archive_menu.menu_for(_item_for(window, kinds["invitation"]))
    assert window.controller.document.id == kinds["invitation"]
    assert window.editors.currentWidget() is window.invitation_editor
    texts = _texts(menu)
    assert texts[:3] == [
        "Exporteren als PDF (e-mail)…",
        "Exporteren als PDF (drukwerk)…",
        "Exporteren als Word…",
    ]
    assert "Naar de prullenbak…" in texts
    assert "Editie dupliceren…" not in texts  # only an edition can be duplicated

    menu = window.archive_menu.menu_for(_item_for(window, kinds["report"]))
    assert window.controller.document.id == kinds["report"]
    assert "Editie dupliceren…" in _texts(menu)
    assert window.archive.list.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_context_menu_export_uses_the_clicked_document(qtbot, window, demo_library, monkeypatch):
    window.reload_archive()
    kinds = {summary.kind: summary.id for summary in demo_library.list_documents()}
    window.open_document(kinds["report"])
    menu = window.archive_menu.menu_for(_item_for(window, kinds["invitation"]))
    exported = []
    monkeypatch.setattr(
        window.publish_actions.files,
        "export",
        lambda key: exported.append((key, window.controller.document.id)),
    )
    pdf = next(a for a in menu.actions() if a.text() == "Exporteren als PDF (e-mail)…")
    pdf.trigger()
    assert exported == [("pdf-email", kinds["invitation"])]
