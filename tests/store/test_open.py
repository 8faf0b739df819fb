"""Opening library files: what is refused (left byte-for-byte untouched) and what is left."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from vnhg_desk.errors import LibraryError
from vnhg_desk.model import Edition
from vnhg_desk.store import Library, default_library_path, schema

from .conftest import file_hash, locked_by_other_process
from .samples import full_edition


def _make_library(path: Path) -> None:
    with Library.open(path) as library:
        library.save(full_edition())


def _assert_refused(path: Path, match: str, **kwargs) -> None:
    before = file_hash(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(LibraryError, match=match):
        Library.open(path, **kwargs)
    assert file_hash(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def test_new_library_is_created_with_our_ids(library_path):
    Library.open(library_path).close()
    conn = sqlite3.connect(library_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_missing_file_without_create_is_refused(library_path):
    with pytest.raises(LibraryError, match="bestaat niet"):
        Library.open(library_path, create=False)
    assert not library_path.exists()


def test_close_leaves_one_complete_file(library_path):
    library = Library.open(library_path)
    library.save(full_edition())
    library.close()
    library.close()  # twice is harmless
    assert [p.name for p in library_path.parent.iterdir()] == [library_path.name]
    with pytest.raises(LibraryError, match="gesloten"):
        library.list_documents()


def test_foreign_sqlite_file_is_refused(library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("CREATE TABLE boodschappen (item TEXT)")
    conn.execute("INSERT INTO boodschappen VALUES ('melk')")
    conn.commit()
    conn.close()
    _assert_refused(library_path, "ander programma")


def test_other_application_id_is_refused(library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    _assert_refused(library_path, "ander programma")


def test_empty_sqlite_database_is_refused(library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")  # writes a valid, empty database file
    conn.close()
    assert library_path.stat().st_size > 0
    _assert_refused(library_path, "lege database")


def test_zero_byte_file_is_refused(library_path):
    library_path.write_bytes(b"")
    _assert_refused(library_path, "is leeg")


@pytest.mark.parametrize(
    "content",
    [b"Dit is een brief, geen bibliotheek.\n" * 20, b"SQLite format 3\x00" + b"\xff" * 50],
)
def test_garbage_is_refused(library_path, content):
    library_path.write_bytes(content)
    _assert_refused(library_path, "geen VNHG Desk-bibliotheek")


def test_newer_version_is_refused(library_path):
    _make_library(library_path)
    conn = sqlite3.connect(library_path)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    _assert_refused(library_path, "nieuwere versie van VNHG Desk")


@pytest.mark.parametrize(
    "extra",
    [
        "CREATE TRIGGER stiekem AFTER INSERT ON documents BEGIN DELETE FROM people; END",
        "CREATE VIEW overzicht AS SELECT id FROM documents",
        "CREATE TABLE extra (x)",
        "CREATE INDEX extra_index ON documents (title)",
    ],
)
def test_unexpected_schema_objects_are_refused(library_path, extra):
    _make_library(library_path)
    conn = sqlite3.connect(library_path)
    conn.execute(extra)
    conn.commit()
    conn.close()
    _assert_refused(library_path, "onderdelen die VNHG Desk niet heeft gemaakt")


def test_altered_table_definition_is_refused(library_path):
    _make_library(library_path)
    conn = sqlite3.connect(library_path)
    conn.execute("ALTER TABLE people ADD COLUMN notes TEXT")
    conn.commit()
    conn.close()
    _assert_refused(library_path, "afwijkend: table people")


def test_corrupt_file_is_refused(library_path):
    with Library.open(library_path) as library:
        for number in range(40):
            library.save(Edition(title=f"Editie {number}", place="x" * 2000))
    data = bytearray(library_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # every page but the first
        data[page * page_size : page * page_size + 16] = b"\xa5" * 16
    library_path.write_bytes(bytes(data))
    _assert_refused(library_path, "beschadigd")


def test_leftover_wal_file_is_refused(library_path):
    _make_library(library_path)
    wal = Path(f"{library_path}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    _assert_refused(library_path, "-wal")
    assert wal.exists()


def test_wal_mode_file_is_refused(library_path):
    _make_library(library_path)
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # last connection: checkpoints and removes the -wal file
    _assert_refused(library_path, "WAL-modus")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_read_only_file_is_refused(library_path):
    _make_library(library_path)
    library_path.chmod(0o444)
    try:
        _assert_refused(library_path, "alleen-lezen")
    finally:
        library_path.chmod(0o644)


def test_read_only_check_uses_access(library_path, monkeypatch):
    _make_library(library_path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    _assert_refused(library_path, "alleen-lezen")


def test_locked_by_another_process_is_refused(library_path):
    _make_library(library_path)
    with locked_by_other_process(library_path):
        before = file_hash(library_path)
        with pytest.raises(LibraryError, match="in gebruik"):
            Library.open(library_path, timeout=0.2)
        assert file_hash(library_path) == before
    with Library.open(library_path) as library:  # free again
        assert len(library.list_documents()) == 1


def test_write_while_another_process_writes_is_refused_and_kept(library_path):
    with Library.open(library_path, timeout=0.2) as library:
        doc = Edition(title="Eerste versie")
        library.save(doc)
        doc.title = "Tweede versie"
        with locked_by_other_process(library_path, "IMMEDIATE"):
            assert library.list_documents()  # reading still works
            with pytest.raises(LibraryError, match="in gebruik"):
                library.save(doc)
            assert doc.revision == 1  # the caller still holds its unsaved text
        library.save(doc)  # the lock is gone: now it works
        assert library.load(doc.id).title == "Tweede versie"


def test_default_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("VNHG_DESK_LIBRARY", str(tmp_path / "elders.vnhg-desk"))
    assert default_library_path() == tmp_path / "elders.vnhg-desk"
    monkeypatch.delenv("VNHG_DESK_LIBRARY")
    path = default_library_path()
    assert path.name == "bibliotheek.vnhg-desk" and "VNHG Desk" in str(path)


def test_backup_to_is_a_complete_library(lib, tmp_path, engine):
    doc = full_edition()
    lib.save(doc)
    target = tmp_path / "kopie.vnhg-desk"
    lib.backup_to(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kopie")) == [
        "kopie.vnhg-desk"
    ]
    with Library.open(target, create=False) as copy:
        assert copy.load(doc.id) == doc
    with pytest.raises(LibraryError):
        lib.backup_to(lib.path if engine == "sqlite" else target)


def test_check_finds_damage_that_opening_may_miss(library_path):
    with Library.open(library_path) as library:
        library.check()  # healthy
        for number in range(60):
            library.save(Edition(title=f"Editie {number}", place="y" * 3000))
    data = bytearray(library_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\x5a" * page_size
    library_path.write_bytes(bytes(data))
    with pytest.raises(LibraryError, match="beschadigd"):
        with Library.open(library_path) as library:
            library.check()


def test_foreign_file_with_journal_is_refused_before_sqlite_touches_it(library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("CREATE TABLE agenda (punt TEXT)")
    conn.commit()
    conn.close()
    journal = Path(f"{library_path}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)
    journal_before = file_hash(journal)
    _assert_refused(library_path, "ander programma")
    assert file_hash(journal) == journal_before


def test_odd_characters_in_the_path(tmp_path):
    folder = tmp_path / "Verslagen #2 100% ?klaar? (coöperatie)"
    folder.mkdir()
    path = folder / "bibliotheek met spaties.vnhg-desk"
    with Library.open(path) as library:
        library.save(full_edition())
    with Library.open(path, create=False) as library:
        assert len(library.list_documents()) == 1
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_close_removes_an_empty_journal_a_killed_writer_left(library_path):
    _make_library(library_path)
    journal = Path(f"{library_path}-journal")
    journal.write_bytes(b"")  # what a writer killed right after creating it leaves
    with Library.open(library_path) as library:
        assert len(library.list_documents()) == 1
    assert not journal.exists()
    assert [p.name for p in library_path.parent.iterdir()] == [library_path.name]


def test_close_leaves_the_journal_of_a_busy_writer_alone(library_path):
    _make_library(library_path)
    library = Library.open(library_path, timeout=0.2)
    with locked_by_other_process(library_path, "IMMEDIATE"):
        journal = Path(f"{library_path}-journal")
        journal.write_bytes(b"")
        library.close()  # cannot take the write lock: must not touch the journal
        assert journal.exists()
    journal.unlink()


@pytest.mark.parametrize(
    ("make_path", "reason"),
    [
        (lambda tmp: tmp / ("a" * 300) / "x.vnhg-desk", "te lang"),
        (lambda tmp: tmp / ("b" * 300), "te lang"),
        (lambda tmp: _a_file(tmp) / "sub" / "x.vnhg-desk", "geen map"),
    ],
)
def test_impossible_paths_are_dutch_errors(tmp_path, make_path, reason):
    with pytest.raises(LibraryError, match=reason):
        Library.open(make_path(tmp_path))


def _a_file(folder: Path) -> Path:
    path = folder / "gewoon-bestand.txt"
    path.write_text("x")
    return path


def test_backup_into_a_missing_folder_is_a_dutch_error(lib, tmp_path):
    with pytest.raises(LibraryError, match=r"reservekopie .* map bestaat niet"):
        lib.backup_to(tmp_path / "bestaat-niet" / "kopie.vnhg-desk")
