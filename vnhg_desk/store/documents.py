"""Editions and invitations in the library: list, load, save (with conflict check), trash."""

from __future__ import annotations

import json
import sqlite3

from vnhg_desk.errors import ConflictError, NotFoundError
from vnhg_desk.model import Document
from vnhg_desk.store.base import (
    LibraryBase,
    damaged_document,
    now_text,
    parse_date,
    parse_time,
)
from vnhg_desk.store.codec import document_from_dict, document_to_dict
from vnhg_desk.store.records import DocumentSummary
from vnhg_desk.store.search import index_document, unindex_document


def encode_document(doc: Document) -> str:
    """The stored JSON of a document (id and revision live in their own columns)."""
    data = document_to_dict(doc)
    data.pop("id", None)
    data.pop("revision", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode_document(text: str, doc_id: int, revision: int) -> Document:
    """A stored document back as a model object."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise TypeError("not an object")
        doc = document_from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise damaged_document(doc_id) from exc
    doc.id, doc.revision = doc_id, revision
    return doc


_UPDATE = (
    "UPDATE documents SET kind = ?, title = ?, date = ?, place = ?, status = ?, "
    "modified = ?, data = ?, revision = ? WHERE id = ? AND revision = ?"
)


def _summary(row: tuple[object, ...]) -> DocumentSummary:
    return DocumentSummary(
        id=int(row[0]),  # type: ignore[call-overload]
        kind=str(row[1]),
        title=str(row[2]),
        date=parse_date(row[3]),
        place=str(row[4]),
        status=str(row[5]),
        modified=parse_time(row[6]),
    )


def not_found(doc_id: int) -> NotFoundError:
    """The message for an unknown document id."""
    return NotFoundError(f"Er is geen document met nummer {doc_id} in de bibliotheek.")


class DocumentsMixin(LibraryBase):
    """Library.list_documents / load / save / delete / restore_deleted / purge."""

    def list_documents(self, *, deleted: bool = False) -> list[DocumentSummary]:
        """Documents (or those in the trash), undated drafts first, then newest date first."""
        condition = "deleted IS NOT NULL" if deleted else "deleted IS NULL"
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, kind, title, date, place, status, modified FROM documents "  # noqa: S608
                f"WHERE {condition} ORDER BY date IS NOT NULL, date DESC, id DESC"
            ).fetchall()
        return [_summary(row) for row in rows]

    def summary(self, doc_id: int) -> DocumentSummary | None:
        """The list row of one document (None if unknown or in the trash)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT id, kind, title, date, place, status, modified FROM documents "
                "WHERE id = ? AND deleted IS NULL",
                (doc_id,),
            ).fetchone()
        return None if row is None else _summary(row)

    @property
    def is_empty(self) -> bool:
        """True when the library holds no documents at all (not even in the trash)."""
        with self._reading() as conn:
            return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def load(self, doc_id: int) -> Document:
        """The stored document (photo bytes stay in the library). NotFoundError if unknown."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT data, revision FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
        if row is None:
            raise not_found(doc_id)
        return decode_document(row[0], doc_id, row[1])

    def save(self, doc: Document) -> None:
        """Insert (``doc.id`` None: sets it) or update; ConflictError if saved elsewhere.

        The update only happens where the stored revision is still the one this copy was
        loaded at (one statement: two editors saving at once cannot both pass the check).
        """
        stamp = now_text()
        summary = (
            doc.kind,
            doc.title,
            doc.date.isoformat() if doc.date else None,
            doc.place,
            doc.status.value,
            stamp,
            encode_document(doc),
        )
        with self._writing() as conn:
            if doc.id is None:
                columns = ("kind", "title", "date", "place", "status", "modified", "data")
                new: dict[str, object] = dict(zip(columns, summary, strict=True))
                new.update(created=stamp, revision=1)
                doc_id, revision = self._insert(conn, "documents", new), 1
                index_document(conn, doc_id, doc)
            else:
                doc_id, revision = doc.id, doc.revision + 1
                row = conn.execute(_UPDATE, (*summary, revision, doc_id, doc.revision))
                if row.rowcount != 1:
                    self._conflict(conn, doc)
                if conn.execute(
                    "SELECT deleted IS NULL FROM documents WHERE id = ?", (doc_id,)
                ).fetchone()[0]:
                    index_document(conn, doc_id, doc)
        doc.id, doc.revision = doc_id, revision

    def _conflict(self, conn: sqlite3.Connection, doc: Document) -> None:
        """Raise why an update changed nothing: unknown document, or a newer revision."""
        assert doc.id is not None
        if not self._exists(conn, doc.id):
            raise not_found(doc.id)
        raise ConflictError(
            f"'{doc.title}' is intussen ergens anders opgeslagen (in een ander venster "
            "of op een andere computer). Uw wijzigingen zijn niet opgeslagen: laad het "
            "document opnieuw, of bewaar uw versie eerst als kopie."
        )

    def delete(self, doc_id: int) -> None:
        """Move a document to the trash (restore_deleted brings it back)."""
        with self._writing() as conn:
            changed = conn.execute(
                "UPDATE documents SET deleted = ? WHERE id = ? AND deleted IS NULL",
                (now_text(), doc_id),
            ).rowcount
            if not changed and not self._exists(conn, doc_id):
                raise not_found(doc_id)
            unindex_document(conn, doc_id)

    def restore_deleted(self, doc_id: int) -> None:
        """Take a document out of the trash."""
        with self._writing() as conn:
            if not self._exists(conn, doc_id):
                raise not_found(doc_id)
            conn.execute("UPDATE documents SET deleted = NULL WHERE id = ?", (doc_id,))
            index_document(conn, doc_id, self.load(doc_id))

    def purge(self, doc_id: int) -> None:
        """Delete a document for good, with its revisions and export log."""
        with self._writing() as conn:
            if not self._exists(conn, doc_id):
                raise not_found(doc_id)
            unindex_document(conn, doc_id)
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    @staticmethod
    def _exists(conn: sqlite3.Connection, doc_id: int) -> bool:
        found = conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return found is not None
