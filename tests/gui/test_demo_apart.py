"""The demo stays apart from real work: one menu entry takes it all out."""

from __future__ import annotations

from vnhg_desk.gui import dialogs
from vnhg_desk.model import Edition, Recipient


def test_remove_demo_from_the_window(qtbot, make_window, demo_library, monkeypatch):
    own = Edition(title="Verslag voorjaarsvergadering")
    demo_library.save(own)
    cover = demo_library.cover_email()
    cover.recipients.append(Recipient("griffie@texel.nl", "Griffie Texel", ["alle raden"]))
    demo_library.save_cover_email(cover)
    window = make_window()
    demo_edition = next(
        s.id for s in demo_library.list_documents() if s.kind != "invitation" and s.id != own.id
    )
    window.open_document(demo_edition)
    action = window.action("remove_demo")
    assert action.isEnabled()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args) or True)
    action.trigger()
    assert asked
    assert [s.id for s in demo_library.list_documents()] == [own.id]
    assert window.controller.document.id == own.id
    assert window.archive.list.count() == 1
    mail = demo_library.cover_email()
    assert [r.address for r in mail.recipients] == ["griffie@texel.nl"]
    assert "Hanneke Vos" not in mail.signature
    window.demo_actions.update_enabled()
    assert not action.isEnabled()
    assert "Voorbeeld verwijderd" in window.statusBar().currentMessage()


def test_declining_keeps_the_demo(qtbot, window, demo_library, monkeypatch):
    before = len(demo_library.list_documents())
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    window.action("remove_demo").trigger()
    assert len(demo_library.list_documents()) == before
