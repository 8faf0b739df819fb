"""Keeping a library tidy: rebuild the search index, drop unused photos, shrink the file."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from vnhg_desk.errors import LibraryError
from vnhg_desk.store.documents import DocumentsMixin, decode_document
from vnhg_desk.store.search import clear_index, index_document
from vnhg_desk.store.settings import HOUSE_STYLE_KEY


def _photo_hashes(document_json: str) -> set[str]:
    """Photos a stored document uses; LibraryError if it cannot be read (then nothing
    may be removed, as we cannot tell what it needs)."""
    try:
        data: dict[str, Any] = json.loads(document_json)
        return {
            str(photo.get("photo_hash"))
            for item in data.get("content") or []
            for photo in item.get("photos") or []
        }
    except (ValueError, TypeError, AttributeError) as exc:
        raise LibraryError(
            "Er staat een beschadigd document in de bibliotheek; ongebruikte foto's "
            "worden daarom niet verwijderd."
        ) from exc


class MaintenanceMixin(DocumentsMixin):
    """Library.rebuild_search_index / unused_photos / remove_unused_photos / compact."""

    def rebuild_search_index(self) -> None:
        """Index every document (not in the trash) afresh, in one transaction."""
        with self._writing() as conn:
            clear_index(conn)
            rows = conn.execute(
                "SELECT id, data, revision FROM documents WHERE deleted IS NULL"
            ).fetchall()
            for doc_id, data, revision in rows:
                try:
                    doc = decode_document(data, doc_id, revision)
                except LibraryError:
                    continue  # a damaged document cannot be indexed; the rest can
                index_document(conn, doc_id, doc)

    def _used_photos(self, conn: sqlite3.Connection) -> set[str]:
        used: set[str] = set()
        for (data,) in conn.execute(
            "SELECT data FROM documents UNION ALL SELECT data FROM revisions"
        ):
            used |= _photo_hashes(data)
        style = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (HOUSE_STYLE_KEY,)
        ).fetchone()
        if style:
            logo = json.loads(style[0]).get("logo_hash")
            if logo:
                used.add(str(logo))
        return used

    def unused_photos(self) -> list[str]:
        """Photos no document, trashed document, revision or house style refers to."""
        with self._reading() as conn:
            used = self._used_photos(conn)
            stored = [row[0] for row in conn.execute("SELECT hash FROM photos ORDER BY hash")]
        return [photo_hash for photo_hash in stored if photo_hash not in used]

    def remove_unused_photos(self) -> int:
        """Delete the unused photos (with their renditions); returns how many."""
        with self._writing() as conn:
            used = self._used_photos(conn)
            stored = [row[0] for row in conn.execute("SELECT hash FROM photos")]
            unused = [(photo_hash,) for photo_hash in stored if photo_hash not in used]
            conn.executemany("DELETE FROM photos WHERE hash = ?", unused)
        return len(unused)

    def compact(self) -> None:
        """Give the space of deleted data back to the disk (VACUUM)."""
        with self._lock, self._translated():
            conn = self._open_connection()
            conn.execute("VACUUM")
