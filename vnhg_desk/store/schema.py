"""The library's tables: numbered forward migrations and the expected schema per version.

One list of migrations serves both engines: each step is the SQLite function and, where
PostgreSQL needs other SQL (column types, its own full-text search), the PostgreSQL one
(:mod:`vnhg_desk.store.pg_schema`). ``PRAGMA user_version`` (SQLite) or the
``vnhg_library`` row (PostgreSQL) holds the number of migrations applied. Migrations are
never edited once released: a change is a new step appended to :data:`MIGRATIONS`.
The expected schema of any version is what the migrations build in an empty database,
so an opened file can be compared with it before anything is written.

A migration never calls live code (the store's functions, or a library's table
builder): those change later, and a library migrated next year must end up as one
migrated today. Each step is plain SQL written out here, or a copy of the logic frozen
inside the step. (Table DDL in particular stays literal: the schema check compares the
SQL text SQLite keeps, so a builder that quoted names differently in a later version
would make every existing library look foreign.)
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache

#: ``PRAGMA application_id`` of every VNHG Desk library: "VNHG" in ASCII.
APPLICATION_ID = 0x564E4847

_V1 = (
    # Editions and invitations share one id space. The summary columns serve the
    # document list; ``data`` is the document as JSON (store.codec), without id/revision.
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        date TEXT,
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'concept',
        revision INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        deleted TEXT,
        data TEXT NOT NULL
    )""",
    # Covering index: the document list never reads the (large) JSON rows.
    "CREATE INDEX documents_listing ON documents "
    "(deleted, date, id, kind, title, place, status, modified)",
    # One row per document part; rowid = (document id << 16) | part number.
    """CREATE VIRTUAL TABLE search_index USING fts5 (
        heading, text, part_uid UNINDEXED, label UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    # Small columns first: reading size and type never touches the blobs.
    """CREATE TABLE photos (
        hash TEXT PRIMARY KEY,
        filename TEXT NOT NULL DEFAULT '',
        source_format TEXT NOT NULL DEFAULT '',
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        imported TEXT NOT NULL,
        original BLOB NOT NULL,
        normalised BLOB NOT NULL
    )""",
    """CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX revisions_by_document ON revisions (doc_id, id)",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT ''
    )""",
    # House style and cover e-mail, as JSON (store.codec).
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_V2 = (
    # Downsampled photos kept by the exporters (PhotoSource.store_rendition).
    """CREATE TABLE renditions (
        photo_hash TEXT NOT NULL REFERENCES photos (hash) ON DELETE CASCADE,
        key TEXT NOT NULL,
        created TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (photo_hash, key)
    )""",
)

_V3 = (
    """CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL
    )""",
    "CREATE INDEX export_log_by_document ON export_log (doc_id, id)",
)


#: The letters FTS5's tokenizer keeps apart, spelled out as step 4 spelled them (a frozen
#: copy of store.search's table as released; that one may grow, with a step of its own).
_V4_LETTERS = (
    ("ı", "i"), ("İ", "I"), ("ß", "ss"), ("ẞ", "SS"), ("ø", "o"), ("Ø", "O"), ("ł", "l"),
    ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"), ("æ", "ae"), ("Æ", "AE"),
    ("œ", "oe"), ("Œ", "OE"), ("þ", "th"), ("Þ", "Th"), ("ħ", "h"), ("Ħ", "H"),
)  # fmt: skip


def _v4_spelled(column: str) -> str:
    """SQL for ``column`` with the letters of step 4 spelled out (no replacement yields
    another such letter, so one replace() after the other spells each letter once)."""
    for letter, spelled in _V4_LETTERS:
        column = f"replace({column}, '{letter}', '{spelled}')"
    return column


_V4 = (
    # The text of each index row as written, shown in snippets; the index itself holds
    # it with letters the tokenizer keeps apart spelled out (store.search.spell_out).
    """CREATE TABLE search_index_parts (
        id INTEGER PRIMARY KEY,
        heading TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        part_uid TEXT,
        label TEXT NOT NULL DEFAULT ''
    )""",
    "INSERT INTO search_index_parts (id, heading, text, part_uid, label) "
    "SELECT rowid, coalesce(heading, ''), coalesce(text, ''), part_uid, coalesce(label, '') "
    "FROM search_index",
    "DROP TABLE search_index",
    """CREATE VIRTUAL TABLE search_index USING fts5 (
        heading, text, part_uid UNINDEXED, label UNINDEXED,
        content = 'search_index_parts', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    # Index the kept text afresh, spelled out.
    "INSERT INTO search_index (rowid, heading, text) "  # noqa: S608 - frozen literals
    f"SELECT id, {_v4_spelled('heading')}, {_v4_spelled('text')} FROM search_index_parts",
)


def _statements(*statements: str) -> Callable[[sqlite3.Connection], None]:
    def migrate(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return migrate


class Migration:
    """One numbered step: called with an SQLite connection it runs the SQLite SQL;
    :attr:`postgresql` holds the statements of the same step for PostgreSQL."""

    def __init__(self, sqlite: Callable[[sqlite3.Connection], None], postgresql: tuple[str, ...]):
        self.sqlite = sqlite
        self.postgresql = postgresql

    def __call__(self, conn: sqlite3.Connection) -> None:
        self.sqlite(conn)


def _steps() -> list[Migration]:
    from vnhg_desk.store import pg_schema as pg

    return [
        Migration(_statements(*_V1), pg.V1),
        Migration(_statements(*_V2), pg.V2),
        Migration(_statements(*_V3), pg.V3),
        Migration(_statements(*_V4), pg.V4),
    ]


#: Migration ``n`` (1-based) brings a library from version ``n - 1`` to ``n``.
MIGRATIONS: list[Migration | Callable[[sqlite3.Connection], None]] = list(_steps())

CURRENT_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after ``from_version``; the caller holds the transaction."""
    for number in range(from_version, CURRENT_VERSION):
        MIGRATIONS[number](conn)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION:d}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")


def _normalise_sql(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


_FTS_SHADOWS = ("data", "idx", "content", "docsize", "config")


def _is_fts_shadow(name: str) -> bool:
    # FTS5 creates these itself; their exact DDL depends on the SQLite version.
    return name in {f"search_index_{part}" for part in _FTS_SHADOWS}


def read_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every object in sqlite_master as ``{(type, name): normalised sql}``."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name): "" if _is_fts_shadow(name) else _normalise_sql(sql)
        for kind, name, sql in rows
    }


@cache
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """The schema that migrations 1..version build in an empty database."""
    conn = sqlite3.connect(":memory:")
    try:
        for number in range(version):
            MIGRATIONS[number](conn)
        return read_schema(conn)
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Objects that differ from what a library of ``version`` holds (empty when equal)."""
    actual = read_schema(conn)
    expected = expected_schema(version)
    problems = [f"onverwacht: {kind} {name}" for kind, name in actual.keys() - expected.keys()]
    problems += [f"ontbreekt: {kind} {name}" for kind, name in expected.keys() - actual.keys()]
    problems += [
        f"afwijkend: {kind} {name}"
        for (kind, name), sql in actual.items()
        if (kind, name) in expected and expected[(kind, name)] != sql
    ]
    return sorted(problems)
