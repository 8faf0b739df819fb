"""Copy a whole library to another one, between SQLite and PostgreSQL in either direction.

Every row keeps its id, revision, times and bytes (photos byte for byte, revisions,
trash, people, settings, export history, renditions); the target's search index is built
afresh by its own engine. The target must be empty, and the copy is one transaction:
it happens completely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vnhg_desk.errors import LibraryError
from vnhg_desk.store.library import Library

#: Tables in an order that satisfies the foreign keys, with the columns copied.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("settings", ("key", "value")),
    ("people", ("id", "name", "role", "organisation")),
    (
        "photos",
        (
            "hash",
            "filename",
            "source_format",
            "mime",
            "width",
            "height",
            "imported",
            "original",
            "normalised",
        ),
    ),
    ("renditions", ("photo_hash", "key", "created", "data")),
    (
        "documents",
        (
            "id",
            "kind",
            "title",
            "date",
            "place",
            "status",
            "revision",
            "created",
            "modified",
            "deleted",
            "data",
        ),
    ),
    ("revisions", ("id", "doc_id", "created", "reason", "revision", "data")),
    ("export_log", ("id", "doc_id", "at", "kind", "target")),
)
_BATCH = 200


def _is_empty(library: Library) -> bool:
    with library._reading() as conn:
        return all(
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None  # noqa: S608
            for table, _ in TABLES
        )


def copy_library(
    source: Library, target: Library, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy everything in ``source`` into the empty ``target``; returns rows per table."""
    if not _is_empty(target):
        raise LibraryError(
            f"De doelbibliotheek {target.address} is niet leeg. Kopieer naar een nieuwe "
            "bibliotheek (een nieuw bestand of een lege database)."
        )
    counts: dict[str, int] = {}
    with source._reading() as reading, target._writing() as writing:
        for table, columns in TABLES:
            counts[table] = _copy_table(reading, writing, table, columns)
            if progress is not None:
                progress(table, counts[table])
        target.rebuild_search_index()  # (part of the same transaction)
        target.follow_ids(writing)
    return counts


def _copy_table(reading: Any, writing: Any, table: str, columns: tuple[str, ...]) -> int:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - fixed names
    order = "id" if "id" in columns else columns[0]
    cursor = reading.execute(f"SELECT {names} FROM {table} ORDER BY {order}")  # noqa: S608
    count = 0
    while True:
        rows = cursor.fetchmany(_BATCH)
        if not rows:
            return count
        writing.executemany(insert, [tuple(_plain(value) for value in row) for row in rows])
        count += len(rows)


def _plain(value: object) -> object:
    """Bytes as bytes (PostgreSQL may hand over a memoryview)."""
    return bytes(value) if isinstance(value, memoryview) else value
