"""Documents in the library: exact round trips, listing, conflicts, trash."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vnhg_desk.errors import ConflictError, NotFoundError
from vnhg_desk.model import Article, Edition, Invitation
from vnhg_desk.store import Library

from .samples import full_edition, full_invitation


def test_edition_round_trip_is_exact(lib, library_target):
    edition = full_edition()
    lib.save(edition)
    assert edition.id is not None and edition.revision == 1
    assert lib.load(edition.id) == edition
    lib.close()
    with Library.open(library_target) as again:
        assert again.load(edition.id) == edition


def test_invitation_and_empty_documents_round_trip(lib):
    docs = [full_invitation(), Edition(), Invitation(), Edition(title="", date=None)]
    for doc in docs:
        lib.save(doc)
    for doc in docs:
        assert lib.load(doc.id) == doc
    assert len({doc.id for doc in docs}) == 4  # one id space


def test_update_bumps_revision_and_keeps_id(lib):
    edition = full_edition()
    lib.save(edition)
    first_id = edition.id
    edition.articles[0].headline = "NIEUWE KOP"
    edition.highlights.append("Extra punt")
    lib.save(edition)
    assert (edition.id, edition.revision) == (first_id, 2)
    assert lib.load(first_id) == edition


def test_conflicting_save_is_refused_and_nothing_lost(lib):
    mine = full_edition()
    lib.save(mine)
    theirs = lib.load(mine.id)
    theirs.title = "Hun titel"
    lib.save(theirs)
    mine.title = "Mijn titel"
    with pytest.raises(ConflictError, match="intussen ergens anders opgeslagen"):
        lib.save(mine)
    assert mine.revision == 1  # unchanged, the caller can still keep its text
    assert lib.load(mine.id).title == "Hun titel"


def test_save_of_unknown_id_is_refused(lib):
    stray = Edition(title="Van elders", id=999, revision=3)
    with pytest.raises(NotFoundError, match="999"):
        lib.save(stray)
    assert lib.is_empty


def test_load_unknown_raises_not_found(lib):
    with pytest.raises(NotFoundError, match="geen document met nummer 42"):
        lib.load(42)


def test_list_is_newest_first_with_undated_drafts_on_top(lib):
    old = Edition(title="Oud", date=date(2020, 9, 18), place="Alkmaar")
    new = Edition(title="Nieuw", date=date(2024, 4, 5))
    same_day = Invitation(title="Zelfde dag", date=date(2024, 4, 5))
    draft = Edition(title="Concept zonder datum")
    for doc in (old, new, same_day, draft):
        lib.save(doc)
    listing = lib.list_documents()
    assert [s.title for s in listing] == ["Concept zonder datum", "Zelfde dag", "Nieuw", "Oud"]
    first = listing[-1]
    assert (first.kind, first.date, first.place, first.status) == (
        "report",
        date(2020, 9, 18),
        "Alkmaar",
        "concept",
    )
    assert isinstance(first.modified, datetime) and first.modified.tzinfo is not None
    assert listing[1].kind == "invitation"


def test_trash_and_restore(lib):
    keep, bin_ = Edition(title="Blijft"), Edition(title="Weg")
    lib.save(keep)
    lib.save(bin_)
    lib.delete(bin_.id)
    assert [s.title for s in lib.list_documents()] == ["Blijft"]
    assert [s.title for s in lib.list_documents(deleted=True)] == ["Weg"]
    assert lib.load(bin_.id).title == "Weg"  # still readable from the trash
    assert not lib.is_empty
    lib.restore_deleted(bin_.id)
    assert {s.title for s in lib.list_documents()} == {"Blijft", "Weg"}
    assert lib.list_documents(deleted=True) == []


def test_purge_removes_for_good(lib):
    doc = full_edition()
    lib.save(doc)
    lib.snapshot(doc.id, "test")
    lib.record_export(doc.id, "pdf-email", "/tmp/x.pdf")
    lib.purge(doc.id)
    assert lib.is_empty
    with pytest.raises(NotFoundError):
        lib.load(doc.id)
    with pytest.raises(NotFoundError):
        lib.delete(doc.id)


def test_failed_write_leaves_nothing_behind(lib, monkeypatch):
    from vnhg_desk.store import documents

    def broken(conn, doc_id, doc):
        raise RuntimeError("index kapot")

    monkeypatch.setattr(documents, "index_document", broken)
    with pytest.raises(RuntimeError):
        lib.save(full_edition())
    assert lib.is_empty


@pytest.mark.sqlite_only
def test_loading_reads_no_photo_table(lib):
    edition = full_edition()
    lib.save(edition)
    statements: list[str] = []
    lib._conn.set_trace_callback(statements.append)
    loaded = lib.load(edition.id)
    lib.list_documents()
    lib._conn.set_trace_callback(None)
    assert loaded.photo_hashes() == edition.photo_hashes()
    assert statements and not any("photos" in s or "renditions" in s for s in statements)


def test_one_library_shared_by_threads(lib):
    import threading

    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for number in range(15):
                lib.save(Edition(title=f"{prefix} {number}"))
                lib.list_documents()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("links", "rechts")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(lib.list_documents()) == 30


def test_two_libraries_on_one_file_see_each_others_saves(library_path):
    with Library.open(library_path) as first, Library.open(library_path) as second:
        doc = Edition(title="Gedeeld")
        first.save(doc)
        copy = second.load(doc.id)
        copy.title = "Gewijzigd in het tweede venster"
        second.save(copy)
        with pytest.raises(ConflictError):
            first.save(doc)
        assert first.load(doc.id).title == "Gewijzigd in het tweede venster"


def test_text_that_is_not_valid_unicode_is_stored_not_crashed(lib):
    broken = "Kapotte plak\ud800tekst"
    doc = Edition(title=broken, content=[Article(headline=broken, body=broken)])
    lib.save(doc)
    loaded = lib.load(doc.id)
    assert loaded.title == "Kapotte plak?tekst" == loaded.articles[0].body
    assert lib.search("kapotte")
    lib.record_export(doc.id, "pdf", "/tmp/map-\udcff/verslag.pdf")  # undecodable file name
    assert lib.export_log(doc.id)[0].target == "/tmp/map-?/verslag.pdf"
