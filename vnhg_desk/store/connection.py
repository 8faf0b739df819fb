"""Open a library file safely: check it is ours before writing, then migrate after a backup.

Refused files (newer, foreign, corrupt, empty, locked, read-only, with a stray -wal)
are left byte-for-byte untouched: every check before the first write only reads.
No WAL (town halls keep files on network drives): journal_mode=DELETE, synchronous=FULL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from vnhg_desk.errors import LibraryError
from vnhg_desk.store import schema

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _name(path: Path) -> str:
    return f"'{path.name}'"


def locked_error(path: Path) -> LibraryError:
    """The message for a library another program keeps busy."""
    return LibraryError(
        f"De bibliotheek {_name(path)} is in gebruik door een ander programma of een "
        "andere computer. Probeer het over een ogenblik opnieuw."
    )


def corrupt_error(path: Path) -> LibraryError:
    """The message for a damaged library file."""
    return LibraryError(
        f"De bibliotheek {_name(path)} is beschadigd en kan niet worden geopend. "
        "Gebruik een reservekopie."
    )


def translate(path: Path, exc: sqlite3.Error) -> LibraryError:
    """A Dutch LibraryError for an SQLite error met while using the library."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return locked_error(path)
    if "readonly" in text or "read-only" in text:
        return read_only_error(path)
    if "disk is full" in text or "database or disk is full" in text:
        return LibraryError(f"De schijf is vol; de bibliotheek {_name(path)} is niet bijgewerkt.")
    if isinstance(exc, sqlite3.IntegrityError):
        return LibraryError(f"De bibliotheek {_name(path)} weigerde een onjuiste wijziging.")
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return corrupt_error(path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return corrupt_error(path)
    return LibraryError(f"De bibliotheek {_name(path)} kon niet worden gelezen of bijgewerkt.")


def read_only_error(path: Path) -> LibraryError:
    """The message for a library we may not write."""
    return LibraryError(
        f"De bibliotheek {_name(path)} is alleen-lezen (of de map waarin hij staat). "
        "Kopieer het bestand naar een map waarin u mag schrijven."
    )


def _check_header(path: Path) -> None:
    """Refuse what is plainly not a library, looking only at the file's first bytes."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise LibraryError(f"De bibliotheek {_name(path)} kan niet worden gelezen.") from exc
    if not header:
        raise LibraryError(
            f"Het bestand {_name(path)} is leeg en dus geen VNHG Desk-bibliotheek. "
            "Kies een ander bestand of een nieuwe naam."
        )
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise LibraryError(f"Het bestand {_name(path)} is geen VNHG Desk-bibliotheek.")
    if header[18] == 2 or header[19] == 2:
        raise LibraryError(
            f"De bibliotheek {_name(path)} staat in WAL-modus, die VNHG Desk niet gebruikt."
        )
    # The same checks SQLite will repeat, done on the raw header first, so that SQLite
    # never touches (e.g. recovers a journal of) a file that is not ours.
    _check_ids(
        path,
        app_id=int.from_bytes(header[68:72], "big", signed=True),
        version=int.from_bytes(header[60:64], "big", signed=True),
        empty=int.from_bytes(header[28:32], "big") <= 1,  # pages: every table needs one
    )
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            raise LibraryError(
                f"Naast de bibliotheek {_name(path)} staat een bestand '{path.name}{suffix}' "
                "van een ander programma. Sluit dat programma of verwijder het bestand eerst."
            )


def valid_text(value: object) -> object:
    """A string SQLite can store: lone surrogates (from broken pastes or undecodable file
    names) become "?"; everything else passes unchanged."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _valid_parameters(parameters: Any) -> Any:
    if isinstance(parameters, dict):
        return {key: valid_text(value) for key, value in parameters.items()}
    return [valid_text(value) for value in parameters]


class _Connection(sqlite3.Connection):
    """A connection that never hands SQLite text it cannot encode (a traceback otherwise)."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return super().execute(sql, _valid_parameters(parameters))

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> sqlite3.Cursor:
        return super().executemany(sql, (_valid_parameters(p) for p in seq_of_parameters))


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    # A plain file name, not a file: URI: URIs cannot name Windows network (UNC) paths.
    conn = sqlite3.connect(
        os.fspath(path),
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
        factory=_Connection,
    )
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if defensive is not None and hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(defensive, True)  # no writable_schema, no raw page writes
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = ON",
        "synchronous = FULL",
        "secure_delete = OFF",
        f"busy_timeout = {int(timeout * 1000):d}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _check_ids(path: Path, app_id: int, version: int, empty: bool) -> None:
    """Refuse a file that is not a library of a version we know."""
    if app_id == 0 and version == 0 and empty:
        raise LibraryError(
            f"Het bestand {_name(path)} is een lege database en geen VNHG Desk-bibliotheek."
        )
    if app_id != schema.APPLICATION_ID:
        raise LibraryError(
            f"Het bestand {_name(path)} is een database van een ander programma, "
            "geen VNHG Desk-bibliotheek."
        )
    if version > schema.CURRENT_VERSION:
        raise LibraryError(
            f"De bibliotheek {_name(path)} is gemaakt met een nieuwere versie van VNHG Desk "
            f"(bibliotheekversie {version}, deze versie kent {schema.CURRENT_VERSION}). "
            "Werk VNHG Desk bij om hem te openen."
        )
    if version < 1:
        raise LibraryError(f"Het bestand {_name(path)} is geen VNHG Desk-bibliotheek.")


def _check_ours(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after checking id, version and schema (reads only)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    _check_ids(path, app_id, version, empty=objects == 0)
    problems = schema.schema_problems(conn, version)
    if problems:
        raise LibraryError(
            f"De bibliotheek {_name(path)} bevat onderdelen die VNHG Desk niet heeft "
            f"gemaakt ({'; '.join(problems[:3])}) en wordt daarom niet geopend."
        )
    _probe(conn)
    return int(version)


def _probe(conn: sqlite3.Connection) -> None:
    """Touch the first page of every table and the document list: cheap, and finds a
    file whose pages are plainly damaged (a full check is :func:`integrity_problems`)."""
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for name, sql in tables:
        # NOT INDEXED: read the table's own b-tree, not a covering index beside it
        # (virtual tables take no such clause; their shadow tables are probed instead).
        hint = "" if (sql or "").upper().startswith("CREATE VIRTUAL") else " NOT INDEXED"
        conn.execute(f'SELECT 1 FROM "{name}"{hint} LIMIT 1').fetchall()  # noqa: S608
    conn.execute("SELECT count(*) FROM documents INDEXED BY documents_listing").fetchone()


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check of the whole file: empty when all is well (reads every page)."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return [] if rows == [("ok",)] else [str(row[0]) for row in rows]


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating a version-``version`` library goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-reservekopie-{stamp}{path.suffix}")


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open library with SQLite's backup API."""
    target_conn = sqlite3.connect(target)
    try:
        conn.backup(target_conn)
        target_conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        target_conn.close()


def _writable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _create(path: Path, timeout: float) -> sqlite3.Connection:
    if not os.access(path.parent, os.W_OK):
        raise read_only_error(path)
    try:
        conn = _connect(path, timeout)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN IMMEDIATE")
        schema.migrate(conn, 0)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise translate(path, exc) from exc
    return conn


def open_connection(path: Path, *, create: bool, timeout: float) -> sqlite3.Connection:
    """A checked, migrated connection to the library at ``path`` (LibraryError if not)."""
    if not path.exists():
        if not create:
            raise LibraryError(f"De bibliotheek {_name(path)} bestaat niet.")
        path.parent.mkdir(parents=True, exist_ok=True)
        return _create(path, timeout)
    if path.is_dir():
        raise LibraryError(f"{_name(path)} is een map, geen VNHG Desk-bibliotheek.")
    if not path.is_file():  # a pipe or device would block or never end when read
        raise LibraryError(f"{_name(path)} is geen gewoon bestand en dus geen bibliotheek.")
    _check_header(path)
    if not _writable(path):
        raise read_only_error(path)
    try:
        conn = _connect(path, timeout)
    except sqlite3.Error as exc:
        raise translate(path, exc) from exc
    try:
        conn.execute("BEGIN")  # one consistent read for all checks
        version = _check_ours(conn, path)
        conn.execute("COMMIT")
        if version < schema.CURRENT_VERSION:
            backup(conn, backup_path(path, version))
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("PRAGMA user_version").fetchone()[0] == version:
                schema.migrate(conn, version)
            conn.execute("COMMIT")
        return conn
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(path, exc) from exc
        raise
