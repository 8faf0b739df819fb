"""Revisions: restorable snapshots of a document (on every export and on request)."""

from __future__ import annotations

from vnhg_desk.errors import NotFoundError
from vnhg_desk.model import Document
from vnhg_desk.store.base import now_text, parse_time
from vnhg_desk.store.documents import (
    DocumentsMixin,
    decode_document,
    encode_document,
    not_found,
)
from vnhg_desk.store.records import RevisionSummary

#: The reason recorded for the snapshot taken just before a revision is restored.
BEFORE_RESTORE = "voor herstel"


class RevisionsMixin(DocumentsMixin):
    """Library.snapshot / revisions / load_revision / restore_revision."""

    def snapshot(self, doc_id: int, reason: str) -> int:
        """Store the document's current saved state; returns the revision id.

        When the newest snapshot already holds exactly this state (the document was
        exported again without changes), no copy is added: its id is returned, so ten
        exports of one version keep one snapshot, not ten.
        """
        with self._writing() as conn:
            row = conn.execute(
                "SELECT data, revision FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                raise not_found(doc_id)
            newest = conn.execute(
                "SELECT id, data, revision FROM revisions WHERE doc_id = ? "
                "ORDER BY id DESC LIMIT 1",
                (doc_id,),
            ).fetchone()
            if newest is not None and (newest[1], newest[2]) == (row[0], row[1]):
                return int(newest[0])
            return self._insert(
                conn,
                "revisions",
                {
                    "doc_id": doc_id,
                    "created": now_text(),
                    "reason": reason,
                    "revision": row[1],
                    "data": row[0],
                },
            )

    def add_revision(self, doc: Document, reason: str) -> int:
        """Keep ``doc`` (a version that is not the stored one, e.g. one brought back that
        the user chose not to take) in the history of the stored document ``doc.id``;
        returns the revision id. NotFoundError if that document is gone."""
        assert doc.id is not None
        with self._writing() as conn:
            if not self._exists(conn, doc.id):
                raise not_found(doc.id)
            return self._insert(
                conn,
                "revisions",
                {
                    "doc_id": doc.id,
                    "created": now_text(),
                    "reason": reason,
                    "revision": doc.revision,
                    "data": encode_document(doc),
                },
            )

    def revisions(self, doc_id: int) -> list[RevisionSummary]:
        """The document's snapshots, newest first."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, created, reason FROM revisions WHERE doc_id = ? ORDER BY id DESC",
                (doc_id,),
            ).fetchall()
        return [RevisionSummary(row[0], doc_id, parse_time(row[1]), row[2]) for row in rows]

    def load_revision(self, revision_id: int) -> Document:
        """The document as it was in a snapshot (``revision`` is the one it had then)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT doc_id, data, revision FROM revisions WHERE id = ?", (revision_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"Er is geen eerdere versie met nummer {revision_id}.")
        return decode_document(row[1], row[0], row[2])

    def restore_revision(self, revision_id: int) -> Document:
        """Bring a snapshot back (after snapshotting the current state); returns it saved."""
        with self._writing():
            old = self.load_revision(revision_id)
            assert old.id is not None
            self.snapshot(old.id, BEFORE_RESTORE)
            old.revision = self.load(old.id).revision
            self.save(old)
        return old
