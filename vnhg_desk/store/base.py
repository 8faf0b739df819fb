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
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from vnhg_desk.errors import LibraryError
from vnhg_desk.store.connection import translate

if TYPE_CHECKING:
    import sqlite_utils


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

    @cached_property
    def _rows(self) -> sqlite_utils.Database:
        """sqlite-utils over our connection, imported (~0.12 s) at the first insert.

        4.x only: its writes nest a savepoint in our transaction (3.x's ``with conn:``
        committed it halfway). No pragma of its own, no plugins on our connection."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn, recursive_triggers=False, execute_plugins=False)

    def _insert(self, conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
        """Insert ``row`` (column: value) into ``table``, which has an ``id`` column, inside
        the caller's write transaction; returns the row's id."""
        if not conn.in_transaction:  # sqlite-utils would begin DEFERRED, not IMMEDIATE
            raise RuntimeError("_insert outside a write transaction")
        return int(self._rows.table(table).insert(row).last_rowid or 0)

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
