"""A library shared on PostgreSQL: several editors, copying, roles, a server that goes away."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from vnhg_desk.cli.main import main
from vnhg_desk.errors import ConflictError, LibraryError, ReadOnlyError, UnreachableError
from vnhg_desk.exchange import package_of
from vnhg_desk.exchange.package import envelope_bytes
from vnhg_desk.model import Article, Edition
from vnhg_desk.store import Library, journal
from vnhg_desk.store.pg_connection import shown_address

from .samples import full_edition, full_invitation


@pytest.fixture
def shared(postgres_url):
    """Two editors on one database: two libraries, each with its own connection."""
    with Library.open(postgres_url) as first, Library.open(postgres_url) as second:
        yield first, second


def test_a_save_never_overwrites_another_editors_newer_version(shared):
    first, second = shared
    doc = full_edition()
    first.save(doc)
    mine, theirs = first.load(doc.id), second.load(doc.id)
    theirs.title = "Versie van de plaatsvervanger"
    second.save(theirs)
    mine.title = "Versie van de secretaris"
    with pytest.raises(ConflictError, match="ergens anders opgeslagen"):
        first.save(mine)
    assert first.load(doc.id).title == "Versie van de plaatsvervanger"


def test_simultaneous_saves_of_one_revision_let_exactly_one_through(postgres_url):
    with Library.open(postgres_url) as setup:
        doc = full_edition()
        setup.save(doc)
    editors = [Library.open(postgres_url) for _ in range(4)]
    copies = [editor.load(doc.id) for editor in editors]
    start = threading.Barrier(len(editors))
    outcomes: list[str] = []

    def save(editor: Library, copy: Edition, number: int) -> None:
        copy.title = f"Editor {number}"
        start.wait()
        try:
            editor.save(copy)
            outcomes.append(copy.title)
        except ConflictError:
            outcomes.append("conflict")

    threads = [
        threading.Thread(target=save, args=(e, c, n))
        for n, (e, c) in enumerate(zip(editors, copies, strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [o for o in outcomes if o != "conflict"]
    assert len(winners) == 1 and outcomes.count("conflict") == 3
    assert editors[0].load(doc.id).title == winners[0]
    assert editors[0].load(doc.id).revision == 2
    for editor in editors:
        editor.close()


def test_presence_shows_who_else_has_a_document_open(shared):
    first, second = shared
    doc = full_edition()
    first.save(doc)
    assert second.also_open_by(doc.id) == []
    first.announce(doc.id)
    (name,) = second.also_open_by(doc.id)
    assert "(" in name  # "login (computer)"
    assert first.also_open_by(doc.id) == []  # not oneself
    first.announce(None)
    assert second.also_open_by(doc.id) == []
    first.announce(doc.id)
    first.close()  # a closed window is gone at once
    assert second.also_open_by(doc.id) == []


def test_other_editors_hear_of_new_and_changed_documents(shared):
    first, second = shared
    heard: list[int] = []
    arrived = threading.Event()

    def changed(doc_id: int) -> None:
        heard.append(doc_id)
        arrived.set()

    stop = second.watch(changed)
    try:
        doc = Edition(title="Voorjaar")
        for _ in range(50):  # the listener connects in its own thread
            first.save(Edition(title="Ping"))
            if arrived.wait(0.2):
                break
        arrived.clear()
        heard.clear()
        first.save(doc)
        assert arrived.wait(10)
        assert heard == [doc.id]
        arrived.clear()
        heard.clear()
        doc.articles.append(Article(headline="Alleen de tekst"))
        first.save(doc)  # nothing the list shows: no announcement
        doc.title = "Voorjaarsvergadering"
        first.save(doc)
        assert arrived.wait(10)
        assert heard == [doc.id]
    finally:
        stop()


def test_library_copy_round_trip_gives_identical_exchange_exports(
    tmp_path: Path, postgres_url, capsys
):
    from vnhg_desk.demo import add_demo

    source = tmp_path / "bron.vnhg-desk"
    with Library.open(source) as library:
        add_demo(library)
        copy_of_demo = library.load(1)
        copy_of_demo.id, copy_of_demo.title = None, "Tweede editie met dezelfde foto's"
        library.save(copy_of_demo)
        library.save(full_invitation())
        edition = library.load(1)
        library.snapshot(1, "export")
        edition.title = "Tweede versie"
        library.save(edition)
        library.record_export(1, "pdf-email", "/tmp/verslag.pdf")
        trashed = Edition(title="Weggegooid")
        library.save(trashed)
        library.delete(trashed.id)
        expected = _exports(library)
        photos = _photos(library)
    back = tmp_path / "terug.vnhg-desk"
    assert main(["library", "copy", str(source), postgres_url]) == 0
    assert main(["library", "copy", postgres_url, str(back)]) == 0
    assert "Gekopieerd naar" in capsys.readouterr().out
    for target in (postgres_url, back):
        with Library.open(target, create=False) as copy:
            assert _exports(copy) == expected
            assert _photos(copy) == photos
            assert [r.reason for r in copy.revisions(1)] == ["export"]
            assert copy.load_revision(copy.revisions(1)[0].id).title != "Tweede versie"
            assert [r.kind for r in copy.export_log(1)] == ["pdf-email"]
            assert [d.title for d in copy.list_documents(deleted=True)] == ["Weggegooid"]
            assert {h.doc_id for h in copy.search("kilic")} == {1, 3}
            new = Edition(title="Na het kopiëren")
            copy.save(new)  # new ids follow the copied ones
            assert new.id == trashed.id + 1


def _exports(library: Library) -> dict[int, bytes]:
    return {
        s.id: envelope_bytes(package_of(library, library.load(s.id)))
        for s in library.list_documents()
    }


def _photos(library: Library) -> dict[str, bytes]:
    with library._reading() as conn:
        hashes = [row[0] for row in conn.execute("SELECT hash FROM photos ORDER BY hash")]
    return {h: library.photo_original(h) + library.normalised(h) for h in hashes}


def test_copy_into_a_library_that_is_not_empty_is_refused(tmp_path, postgres_url, capsys):
    with Library.open(postgres_url) as library:
        library.save(Edition(title="Al hier"))
    source = tmp_path / "bron.vnhg-desk"
    Library.open(source).close()
    assert main(["library", "copy", str(source), postgres_url]) == 1
    assert "niet leeg" in capsys.readouterr().err


@pytest.fixture
def reader_url(postgres_url, postgres_server):
    cluster, _ = postgres_server
    database = postgres_url.split("?")[0].rsplit("/", 1)[1]
    role = f"lezer_{database}"
    cluster.execute(
        f'CREATE ROLE "{role}" LOGIN',
        f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"',
    )
    cluster.execute(
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"',
        database=database,
    )
    yield postgres_url.replace("postgres@", f"{role}@", 1)
    cluster.execute(f'DROP OWNED BY "{role}"', database=database)
    cluster.execute(f'DROP ROLE "{role}"')


def test_a_read_only_role_searches_views_and_exports_but_cannot_edit(
    postgres_url, reader_url, tmp_path, capsys
):
    with Library.open(postgres_url) as editor:
        doc = Edition(title="Najaarsvergadering", content=[Article(headline="Coöperatie")])
        editor.save(doc)
    with Library.open(reader_url) as reader:
        assert reader.read_only
        assert [h.doc_id for h in reader.search("cooperatie")] == [doc.id]
        loaded = reader.load(doc.id)
        loaded.title = "Poging"
        with pytest.raises(ReadOnlyError, match="alleen leesrechten"):
            reader.save(loaded)
        with pytest.raises(ReadOnlyError):
            reader.delete(doc.id)
        reader.announce(doc.id)  # a reader is simply not announced
    target = tmp_path / "verslag.docx"
    assert main(["--library", reader_url, "export", str(doc.id), "-o", str(target)]) == 0
    assert target.stat().st_size > 0
    assert main(["--library", reader_url, "list"]) == 0
    assert doc.title in capsys.readouterr().out


def test_an_unreachable_server_keeps_the_typing_and_saves_it_when_back(postgres_url):
    with Library.open(postgres_url) as library:
        doc = full_edition()
        library.save(doc)
        doc.title = "Getypt tijdens de storing"
        connection = library._conn
        connection.close()
        connection._params["host"] = "/nonexistent-socket-folder"  # the server is away
        with pytest.raises(UnreachableError, match="niet bereikbaar"):
            library.save(doc)
        (entry,) = journal.pending(library.address)
        assert entry.document.title == "Getypt tijdens de storing"
        # the server returns: the next start saves what was kept
        connection._params["host"] = postgres_url.split("host=")[1].split("&")[0]
    with Library.open(postgres_url) as again:
        assert again.load(doc.id).title == "Getypt tijdens de storing"
        assert journal.pending(again.address) == []


def test_kept_typing_that_meets_a_newer_version_becomes_a_revision(postgres_url):
    with Library.open(postgres_url) as library:
        doc = full_edition()
        library.save(doc)
        mine = library.load(doc.id)
        theirs = library.load(doc.id)
        theirs.title = "Hun versie"
        library.save(theirs)  # (by another editor while this laptop was cut off)
        mine.title = "Mijn offline versie"
        journal.keep(library.address, mine)
    with Library.open(postgres_url) as again:
        assert again.load(doc.id).title == "Hun versie"
        (kept,) = again.revisions(doc.id)
        assert again.load_revision(kept.id).title == "Mijn offline versie"
        assert journal.pending(again.address) == []


def test_a_password_in_the_address_is_used_but_never_shown_or_kept(postgres_url, tmp_path):
    with_password = postgres_url.replace("postgres@", "postgres:geheim123@", 1)
    with Library.open(with_password) as library:
        assert "geheim123" not in library.address and "geheim123" not in repr(library)
        doc = Edition(title="x")
        library.save(doc)
        path = journal.keep(library.address, doc)
        assert b"geheim123" not in path.read_bytes()
    assert "geheim123" not in shown_address(with_password)


def test_tls_options_pass_through_to_libpq(postgres_server):
    cluster, template = postgres_server
    tcp = cluster.tcp_url(template)
    if tcp is None:
        pytest.skip("the given test server has no TCP address")
    with Library.open(tcp, create=False):
        pass  # the throw-away server speaks plain TCP
    with pytest.raises(LibraryError, match="beveiligde verbinding"):
        Library.open(tcp + "?sslmode=verify-full&sslrootcert=/nonexistent.crt", create=False)
    with pytest.raises(LibraryError, match="beveiligde verbinding"):
        Library.open(tcp + "?sslmode=require", create=False)


def test_a_database_of_another_program_is_refused_untouched(postgres_server):
    cluster, _ = postgres_server
    name = cluster.create_database()
    try:
        cluster.execute("CREATE TABLE klanten (id int)", database=name)
        with pytest.raises(LibraryError, match="ander programma"):
            Library.open(cluster.url(name))
        with pytest.raises(LibraryError, match="nog geen bibliotheek"):
            Library.open(cluster.url(cluster.create_database()), create=False)
    finally:
        cluster.drop_database(name)


def test_the_library_is_a_file_or_a_server_address(monkeypatch, tmp_path):
    from vnhg_desk.store.library import ENVIRONMENT_VARIABLE, library_target

    address = "postgresql://redactie@db.gemeente.nl/archief?sslmode=verify-full"
    assert library_target(address) == address  # (a Path would lose the '//')
    assert library_target(tmp_path / "b.vnhg-desk") == tmp_path / "b.vnhg-desk"
    assert library_target("") == Path("")  # never silently another library
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, address)
    assert library_target() == address
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path / "c.vnhg-desk"))
    assert library_target() == tmp_path / "c.vnhg-desk"
