"""The window on a library shared on PostgreSQL: presence, refresh, read-only, opening."""

from __future__ import annotations

import pytest

from vnhg_desk.demo import add_demo
from vnhg_desk.gui.archive_pane import DOC_ID
from vnhg_desk.gui.shared_library import open_library_window
from vnhg_desk.model import Edition
from vnhg_desk.store import Library


@pytest.fixture
def shared_demo(postgres_url):
    """The demo in a shared library, opened by this window's editor and by a colleague."""
    with Library.open(postgres_url) as mine, Library.open(postgres_url) as colleague:
        add_demo(mine)
        yield mine, colleague


def _titles(window) -> list[str]:
    archive = window.archive.list
    return [archive.item(row).text() for row in range(archive.count())]


def test_the_window_shows_who_else_has_the_document_open(make_window, shared_demo):
    mine, colleague = shared_demo
    window = make_window(mine)
    doc_id = window.controller.document.id
    colleague.announce(doc_id)
    window.shared_library.heartbeat()
    label = window.shared_library.presence_label.text()
    assert label.startswith("Ook geopend door: ") and "(" in label
    colleague.announce(None)
    window.shared_library.heartbeat()
    assert window.shared_library.presence_label.text() == ""


def test_the_archive_refreshes_when_a_colleague_adds_or_renames(qtbot, make_window, shared_demo):
    mine, colleague = shared_demo
    window = make_window(mine)
    qtbot.waitUntil(lambda: len(_titles(window)) == 2)
    added = Edition(title="Verslag van de collega")

    def save_until_heard() -> bool:  # the listener starts in its own thread
        if added.id is None:
            colleague.save(added)
        return "Verslag van de collega" in _titles(window)

    qtbot.waitUntil(save_until_heard, timeout=10_000)
    rows_before = window.archive.list.count()
    added.title = "Hernoemd door de collega"
    colleague.save(added)
    qtbot.waitUntil(lambda: "Hernoemd door de collega" in _titles(window), timeout=10_000)
    assert window.archive.list.count() == rows_before
    colleague.delete(added.id)
    qtbot.waitUntil(lambda: "Hernoemd door de collega" not in _titles(window), timeout=10_000)


@pytest.fixture
def reader_address(postgres_url, postgres_server, shared_demo):
    cluster, _ = postgres_server
    database = postgres_url.split("?")[0].rsplit("/", 1)[1]
    role = f"lezer_{database}"
    cluster.execute(f'CREATE ROLE "{role}" LOGIN')
    cluster.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"', database=database)
    yield postgres_url.replace("postgres@", f"{role}@", 1)
    cluster.execute(f'DROP OWNED BY "{role}"', database=database)
    cluster.execute(f'DROP ROLE "{role}"')


def test_a_read_only_editor_reads_and_is_told_why_edits_are_not_saved(
    qtbot, make_window, reader_address, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(
        "vnhg_desk.gui.dialogs.show_error", lambda parent, title, text: shown.append(text)
    )
    with Library.open(reader_address) as reader:
        window = make_window(reader)
        assert window.shared_library.read_only_label.text() == "Alleen lezen"
        assert window.controller.document is not None  # the newest document is shown
        window.archive.search.setText("kilic")
        window.archive.run_search()
        assert window.archive.list.count() >= 1
        assert window.open_document(1)  # the demo edition
        document = window.controller.document
        window.controller.set_field((), "title", document.title + "!", "Titel", typing=False)
        assert not window.controller.save_now()
        assert shown and "alleen leesrechten" in shown[0]
        window.controller.dirty = False  # (the test ends here; nothing to keep)


def test_open_library_accepts_a_server_address(qtbot, make_window, window, shared_demo):
    mine, _ = shared_demo
    address = mine._conn.address
    new = open_library_window(window, address)
    assert new is not None
    qtbot.addWidget(new)
    assert new.library.address == mine.address
    assert not window.isVisible()
    qtbot.waitUntil(lambda: new.archive.list.count() == 2)
    assert {new.archive.list.item(r).data(DOC_ID) for r in range(2)} == {1, 2}
    new.close()
    new.preview.shutdown()
    new.library.close()


def test_open_library_with_an_unreachable_server_is_a_dutch_message(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "vnhg_desk.gui.dialogs.show_error", lambda parent, title, text: shown.append(text)
    )
    assert open_library_window(window, "postgresql://redactie@127.0.0.1:1/archief") is None
    assert shown and "niet bereikbaar" in shown[0]
    assert window.isVisible()
