"""Libraries as earlier versions of VNHG Desk wrote them, frozen here on purpose.

Do not import the schema module: these creators must keep producing the old layout
even when the program's migrations change, so the tests prove the upgrade path.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

APPLICATION_ID = 0x564E4847

V1_SCHEMA = [
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
    """CREATE VIRTUAL TABLE search_index USING fts5 (
        heading, text, part_uid UNINDEXED, label UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
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
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

V2_SCHEMA = [
    """CREATE TABLE renditions (
        photo_hash TEXT NOT NULL REFERENCES photos (hash) ON DELETE CASCADE,
        key TEXT NOT NULL,
        created TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (photo_hash, key)
    )""",
]

V3_SCHEMA = [
    """CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL
    )""",
    "CREATE INDEX export_log_by_document ON export_log (doc_id, id)",
]

STAMP = "2024-05-01T09:30:00.000000+00:00"
DOC_JSON = {
    "format": 1,
    "kind": "report",
    "title": "Verslag voorjaarsvergadering",
    "date": "2024-04-19",
    "place": "Zaandam",
    "highlights": ["Gemeentefonds"],
    "status": "definitief",
    "content": [
        {
            "type": "article",
            "uid": "art000000001",
            "headline": "GELD VOOR DE JEUGDZORG",
            "body": "Wethouder Kılıç lichtte de financiën van de coöperatie toe.",
            "photos": [{"uid": "pho000000001", "photo_hash": "f" * 64, "caption": "Zaal"}],
        }
    ],
}
PHOTO_BYTES = b"\xff\xd8 oud origineel \xff\xd9"


def create_library(path: Path, version: int) -> None:
    """A library of ``version`` (1 to 3) holding one edition, a photo, a person, a revision
    (and from version 3 an export logged)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    added = [V2_SCHEMA, V3_SCHEMA][: version - 1]
    for statement in V1_SCHEMA + [s for schema in added for s in schema]:
        conn.execute(statement)
    data = json.dumps(DOC_JSON, ensure_ascii=False)
    conn.execute(
        "INSERT INTO documents (id, kind, title, date, place, status, revision, created, "
        "modified, data) VALUES (7, 'report', ?, '2024-04-19', 'Zaandam', 'definitief', 3, ?, "
        "?, ?)",
        (DOC_JSON["title"], STAMP, STAMP, data),
    )
    conn.execute(
        "INSERT INTO search_index (rowid, heading, text, part_uid, label) "
        "VALUES (7 << 16 | 1, 'GELD VOOR DE JEUGDZORG', ?, 'art000000001', "
        "'GELD VOOR DE JEUGDZORG')",
        (DOC_JSON["content"][0]["body"],),
    )
    conn.execute(
        "INSERT INTO photos VALUES (?, 'zaal.jpg', 'JPEG', 'image/jpeg', 3, 2, ?, ?, ?)",
        ("f" * 64, STAMP, PHOTO_BYTES, b"genormaliseerd"),
    )
    conn.execute(
        "INSERT INTO revisions (doc_id, created, reason, revision, data) "
        "VALUES (7, ?, 'export', 2, ?)",
        (STAMP, data),
    )
    conn.execute(
        "INSERT INTO people (name, role, organisation) VALUES ('Kees Vos', 'wethouder', 'Edam')"
    )
    if version >= 2:
        conn.execute(
            "INSERT INTO renditions VALUES (?, 'email-800', ?, x'00ff')", ("f" * 64, STAMP)
        )
    if version >= 3:
        conn.execute(
            "INSERT INTO export_log (doc_id, at, kind, target) "
            "VALUES (7, ?, 'docx', '/tmp/oud-verslag.docx')",
            (STAMP,),
        )
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("COMMIT")
    conn.close()
