"""What every part of the library shares: the connection, a lock and the transaction guards.

One Library may be used from several threads (the window and an export worker): a
re-entrant lock keeps each read or write transaction whole.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

from vnhg_desk.errors import LibraryError
from vnhg_desk.store.connection import translate


def now_text() -> str:
    """The current time as stored: ISO 8601, UTC, microseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


#: Shown for a stored time that cannot be read (a file edited by hand).
UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_time(text: object) -> datetime:
    """A stored time back as an aware datetime (UNKNOWN_TIME if unreadable)."""
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return UNKNOWN_TIME
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def parse_date(text: object) -> date | None:
    """A stored date back as a date (None if empty or unreadable)."""
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def damaged_document(doc_id: int) -> LibraryError:
    """The message for a stored document whose contents cannot be read."""
    return LibraryError(
        f"Document {doc_id} in de bibliotheek is beschadigd en kan niet worden geopend. "
        "Herstel een eerdere versie of gebruik een reservekopie."
    )


class LibraryBase:
    """The open connection (autocommit; writes use explicit transactions).

    The SQL of the mixins is written once for both engines (``?`` parameters; the
    PostgreSQL connection adapts them); what must differ is overridden by
    :class:`vnhg_desk.store.pg_library.PostgresLibrary`.
    """

    path: Path
    _conn: sqlite3.Connection
    _closed: bool
    _lock: threading.RLock
    #: How a consistent read and a write transaction begin on this engine.
    _BEGIN_READ = "BEGIN"
    _BEGIN_WRITE = "BEGIN IMMEDIATE"

    @property
    def read_only(self) -> bool:
        """True when this library may be read but not changed (a read-only database role)."""
        return False

    def _insert(self, conn: sqlite3.Connection, sql: str, parameters: tuple[object, ...]) -> int:
        """Run an INSERT into a table with an ``id`` column; returns the new row's id."""
        return int(conn.execute(sql, parameters).lastrowid or 0)

    def _open_connection(self) -> sqlite3.Connection:
        if self._closed:
            raise LibraryError(f"De bibliotheek '{self.path.name}' is al gesloten.")
        return self._conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """SQLite's errors about the file become Dutch LibraryErrors."""
        try:
            yield
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a bug in our code, not a problem with the file
        except sqlite3.Error as exc:
            raise translate(self.path, exc) from exc

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One consistent read (or part of the caller's transaction)."""
        with self._lock, self._translated():
            conn = self._open_connection()
            if conn.in_transaction:
                yield conn
                return
            conn.execute(self._BEGIN_READ)
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several library calls into one write: all of them happen, or none."""
        with self._writing():
            yield

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE): all of it happens, or nothing."""
        with self._lock, self._translated():
            conn = self._open_connection()
            if conn.in_transaction:  # nested: part of the caller's transaction
                yield conn
                return
            conn.execute(self._BEGIN_WRITE)
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
