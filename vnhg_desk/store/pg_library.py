"""A library shared by several editors on a PostgreSQL server: what differs from a file.

The same :class:`~vnhg_desk.store.library.Library` API; overridden here are the
transaction start, the error translation, search, the checks that only make sense for a
file, and what only a shared library has: a read-only role, presence (who else has a
document open) and notifications of changed documents (LISTEN/NOTIFY). Saves the server
could not take are kept in a local journal (:mod:`vnhg_desk.store.journal`) and saved
when it is back.
"""

from __future__ import annotations

import getpass
import os
import platform
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from vnhg_desk.errors import LibraryError, NotFoundError, ReadOnlyError, UnreachableError
from vnhg_desk.model import Edition, Invitation
from vnhg_desk.store import journal
from vnhg_desk.store.base import now_text
from vnhg_desk.store.library import Library
from vnhg_desk.store.pg_connection import PgConnection, open_pg, read_only_error, translate
from vnhg_desk.store.pg_schema import CHANNEL, IDENTITY_TABLES
from vnhg_desk.store.search_pg import search_rows

Document = Edition | Invitation

#: A window that has not said it is still there for this long has gone (crashed, offline).
PRESENCE_TIMEOUT = timedelta(seconds=90)


def editor_name() -> str:
    """How this editor is shown to the others: login name and computer."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user} ({platform.node() or '?'})"


class PostgresLibrary(Library):
    """An open library on a PostgreSQL server."""

    _BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    _BEGIN_WRITE = "BEGIN"

    _pg: PgConnection

    def __init__(self, conn: PgConnection) -> None:
        super().__init__(None, conn)  # type: ignore[arg-type]
        self._pg = conn
        self.session = os.urandom(8).hex()
        self._read_only: bool | None = None
        self._watchers: list[threading.Event] = []

    @classmethod
    def open_address(cls, address: str, *, create: bool, timeout: float) -> PostgresLibrary:
        library = cls(open_pg(address, create=create, timeout=timeout))
        if not library.read_only:
            library.replay_journal()
        return library

    @property
    def address(self) -> str:
        """The server's address as shown: user, server, database; never a password."""
        return self._pg.shown

    def __repr__(self) -> str:
        return f"<PostgresLibrary {self.address}>"

    # -- connection ------------------------------------------------------------------
    def _open_connection(self) -> Any:
        if self._closed:
            raise LibraryError(f"De bibliotheek {self.address} is al gesloten.")
        return self._conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        import psycopg

        try:
            yield
        except LibraryError:
            raise
        except psycopg.Error as exc:
            error = translate(self.address, exc)
            if type(error) is LibraryError and isinstance(exc, psycopg.ProgrammingError):
                raise  # a bug in our SQL, not a problem with the server
            raise error from exc

    def _insert(self, conn: Any, table: str, row: dict[str, object]) -> int:
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id"  # noqa: S608
        return int(conn.execute(sql, tuple(row.values())).fetchone()[0])

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        if self.read_only:
            raise read_only_error(self.address)
        with super()._writing() as conn:
            yield conn

    @property
    def read_only(self) -> bool:
        """True when this role may read but not change the documents."""
        if self._read_only is None:
            with self._reading() as conn:
                row = conn.execute("SELECT has_table_privilege('documents', 'UPDATE')").fetchone()
            self._read_only = not row[0]
        return self._read_only

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            for stop in self._watchers:
                stop.set()
            try:
                self.announce(None)
            except LibraryError:
                pass
            self._closed = True
            self._conn.close()

    # -- saving, with the local journal -----------------------------------------------
    def save(self, doc: Document) -> None:
        """As for a file; a save the server cannot take now is kept on this computer and
        saved when the server is back (UnreachableError says so)."""
        try:
            super().save(doc)
        except UnreachableError:
            journal.keep(self.address, doc)
            raise
        journal.forget(self.address, doc)

    def replay_journal(self) -> list[str]:
        """Save what the journal kept while the server was away; returns one Dutch line
        per document. A document saved meanwhile by someone else is not overwritten: the
        kept version becomes a revision in its history."""
        notes = []
        for entry in journal.pending(self.address):
            doc = entry.document
            try:
                self.save(doc)
                notes.append(f"'{doc.title}' alsnog bewaard.")
            except UnreachableError:
                break
            except LibraryError:  # a conflict, or the document is gone
                if doc.id is not None and self._keep_as_revision(doc):
                    notes.append(f"'{doc.title}': uw versie staat in de geschiedenis.")
                journal.forget(self.address, doc)
        return notes

    def _keep_as_revision(self, doc: Document) -> bool:
        try:
            self.add_revision(doc, "niet bewaard (server onbereikbaar)")
        except NotFoundError:
            return False
        return True

    # -- bookkeeping a read-only editor skips (exports still work) --------------------
    def snapshot(self, doc_id: int, reason: str) -> int:
        return 0 if self.read_only else super().snapshot(doc_id, reason)

    def record_export(self, doc_id: int, kind: str, target: str) -> None:
        if not self.read_only:
            super().record_export(doc_id, kind, target)

    def store_rendition(self, photo_hash: str, key: str, data: bytes) -> None:
        if not self.read_only:
            super().store_rendition(photo_hash, key, data)

    # -- search and maintenance -------------------------------------------------------
    def _search_rows(self, conn: Any, text: str, limit: int) -> list[Any]:
        return search_rows(conn, text, limit)

    def check(self) -> None:
        """The server keeps its own files whole; check that every table can be read."""
        with self._reading() as conn:
            for table in ("documents", "photos", "revisions", "search_index_parts"):
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608

    def compact(self) -> None:
        """The server's autovacuum gives space back; an explicit VACUUM helps it along."""
        if self.read_only:
            raise read_only_error(self.address)
        with self._lock, self._translated():
            self._open_connection().execute("VACUUM (ANALYZE)")

    def backup_to(self, target: Path) -> None:
        """A copy of the whole shared library as a library file, written atomically."""
        from vnhg_desk.store.copying import copy_library

        target = Path(target)
        if target.exists():
            raise LibraryError(f"De reservekopie '{target.name}' bestaat al; kies een nieuwe naam.")
        if not target.parent.is_dir():
            raise LibraryError(
                f"De reservekopie '{target.name}' kon niet worden geschreven: de map bestaat niet."
            )
        temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        try:
            with Library.open(temporary) as copy:
                copy_library(self, copy)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)

    def follow_ids(self, conn: Any) -> None:
        """After rows were copied in with their own ids: new rows get higher ones; and the
        planner learns how common each word is (else a rare word scans the whole index)."""
        conn.execute("ANALYZE")
        for table in IDENTITY_TABLES:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )

    # -- several editors --------------------------------------------------------------
    def announce(self, doc_id: int | None) -> None:
        """Say that this window has ``doc_id`` open (None: nothing); call it now and then
        (a heartbeat) so the others see it. Read-only editors are not announced."""
        if self.read_only or self._closed:
            return
        with self._writing() as conn:
            conn.execute("DELETE FROM presence WHERE session = ?", (self.session,))
            if doc_id is not None:
                conn.execute(
                    "INSERT INTO presence (session, doc_id, editor, seen) VALUES (?, ?, ?, ?)",
                    (self.session, doc_id, editor_name(), now_text()),
                )

    def also_open_by(self, doc_id: int) -> list[str]:
        """Who else has the document open now (from their heartbeats), by name."""
        since = (datetime.now(timezone.utc) - PRESENCE_TIMEOUT).isoformat(timespec="microseconds")
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT editor FROM presence WHERE doc_id = ? AND seen > ? "
                "AND session <> ? ORDER BY editor",
                (doc_id, since, self.session),
            ).fetchall()
        return [row[0] for row in rows]

    def watch(self, changed: Callable[[int], None]) -> Callable[[], None]:
        """Call ``changed(doc_id)`` (from another thread) whenever any editor adds,
        trashes or changes what the archive list shows of a document; returns a function
        that stops watching. The server tells (LISTEN/NOTIFY): nothing is polled."""
        stop = threading.Event()
        self._watchers.append(stop)
        address = self._pg.address
        thread = threading.Thread(
            target=_listen, args=(address, stop, changed), name="vnhg-listen", daemon=True
        )
        thread.start()
        return stop.set


def _listen(address: str, stop: threading.Event, changed: Callable[[int], None]) -> None:
    """Receive the notifications until ``stop`` is set; reconnect after a lost server."""
    import psycopg

    while not stop.is_set():
        try:
            conn = PgConnection(address, timeout=5.0)
        except LibraryError:
            stop.wait(10.0)
            continue
        try:
            conn.raw.execute(f"LISTEN {CHANNEL}")
            while not stop.is_set():
                for note in conn.raw.notifies(timeout=1.0):
                    if note.payload.isdigit():
                        changed(int(note.payload))
        except psycopg.Error:
            stop.wait(5.0)
        finally:
            conn.close()


__all__ = ["PostgresLibrary", "ReadOnlyError"]
