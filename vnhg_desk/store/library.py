"""The library: one SQLite file holding documents, photos, revisions, people and settings.

``Library.open(path)`` checks and migrates the file (see :mod:`vnhg_desk.store.connection`);
the methods come from one mixin per subject. The store is the only code that writes SQL.
``Library.open("postgresql://...")`` opens a library shared on a PostgreSQL server
instead (:mod:`vnhg_desk.store.pg_library`), with the same methods.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs

from vnhg_desk.errors import LibraryError
from vnhg_desk.store.connection import (
    backup,
    corrupt_error,
    integrity_problems,
    open_connection,
    translate,
)
from vnhg_desk.store.maintenance import MaintenanceMixin
from vnhg_desk.store.photos import PhotosMixin
from vnhg_desk.store.revisions import RevisionsMixin
from vnhg_desk.store.search import SearchMixin
from vnhg_desk.store.settings import SettingsMixin

LIBRARY_FILENAME = "bibliotheek.vnhg-desk"
ENVIRONMENT_VARIABLE = "VNHG_DESK_LIBRARY"
#: How a shared library on a PostgreSQL server is named (a libpq connection URL); the
#: server's code (pg_connection, psycopg) is loaded only when one is opened.
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a library file."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def default_library_path() -> Path:
    """$VNHG_DESK_LIBRARY if set, else the library in the user's data folder."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen and not is_server_address(chosen):
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("VNHG Desk", "VNHG")) / LIBRARY_FILENAME


def library_target(chosen: str | Path | None = None) -> str | Path:
    """What to open: ``chosen`` (a path, or a postgresql:// address), else
    $VNHG_DESK_LIBRARY (either), else the library file in the user's data folder."""
    if chosen is not None:
        return str(chosen).strip() if is_server_address(chosen) else Path(chosen).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "")
    if is_server_address(from_environment):
        return from_environment.strip()
    return default_library_path()


def _os_reason(exc: OSError) -> str:
    """A Dutch reason for an operating-system error about a path."""
    reasons = {
        errno.ENOENT: "de map bestaat niet",
        errno.EACCES: "u heeft geen toegang tot de map",
        errno.EPERM: "u heeft geen toegang tot de map",
        errno.ENAMETOOLONG: "de naam is te lang",
        errno.EROFS: "de schijf is alleen-lezen",
        errno.ENOSPC: "de schijf is vol",
        errno.ENOTDIR: "een deel van het pad is geen map",
    }
    return reasons.get(exc.errno or 0, "het besturingssysteem weigert het")


class Library(RevisionsMixin, MaintenanceMixin, PhotosMixin, SearchMixin, SettingsMixin):
    """An open library file; use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._closed = False
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, timeout: float = 5.0) -> Library:
        """Open (or, with ``create``, make) a library. LibraryError with a Dutch message if
        the file is newer, foreign, corrupt, empty, locked or read-only; it is then left
        untouched. ``timeout`` is how many seconds to wait for another writer.

        ``path`` may be a ``postgresql://`` address: the library on that server."""
        if is_server_address(path):
            from vnhg_desk.store.pg_library import PostgresLibrary

            return PostgresLibrary.open_address(str(path), create=create, timeout=timeout)
        path = Path(path).expanduser()
        try:
            return cls(path, open_connection(path, create=create, timeout=timeout))
        except OSError as exc:  # the folder or name itself is the problem
            raise LibraryError(
                f"De bibliotheek '{path.name[:80]}' kan niet worden geopend of aangemaakt: "
                f"{_os_reason(exc)}."
            ) from exc

    def close(self) -> None:
        """Close the file; it is then one complete file (no journal beside it)."""
        with self._lock:
            if not self._closed:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                self._remove_stale_journal()
                self._closed = True
                self._conn.close()

    def _remove_stale_journal(self) -> None:
        """A writer killed before its journal held anything leaves an empty (not "hot")
        journal that SQLite ignores but never deletes. Under our write lock nobody else is
        writing, so one real write lets SQLite remove it; if busy, leave it be."""
        if not Path(f"{self.path}-journal").exists():
            return
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(version):d}")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    @property
    def address(self) -> str:
        """The library as shown to the user: the file's path, or the server's address."""
        return str(self.path)

    # Several editors share only a server library; a file has one editor at a time.
    def announce(self, doc_id: int | None) -> None:
        """Say that this window has ``doc_id`` open (a heartbeat; nothing for a file)."""

    def also_open_by(self, doc_id: int) -> list[str]:
        """Who else has the document open now (nobody, for a file)."""
        return []

    def watch(self, changed: Callable[[int], None]) -> Callable[[], None]:
        """Call ``changed(doc_id)`` when another editor changes a document (never, for a
        file); returns a function that stops watching."""
        return lambda: None

    def follow_ids(self, conn: sqlite3.Connection) -> None:
        """After a whole library was copied in (nothing to do for SQLite)."""

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def check(self) -> None:
        """Read the whole file and raise LibraryError if SQLite finds any damage.

        Opening only probes the file cheaply; this is the thorough check (seconds on a
        large library), for a "check library" command."""
        with self._reading() as conn:
            problems = integrity_problems(conn)
        if problems:
            raise corrupt_error(self.path)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the library (SQLite backup API), written atomically."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise LibraryError("Een reservekopie kan niet over de bibliotheek zelf heen.")
        temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        try:
            with self._lock:
                backup(self._open_connection(), temporary)
            os.replace(temporary, target)
        except sqlite3.Error as exc:
            reason = translate(target, exc)
            if target.parent.is_dir():
                raise reason from exc
            raise LibraryError(
                f"De reservekopie '{target.name}' kon niet worden geschreven: de map bestaat niet."
            ) from exc
        except OSError as exc:
            raise LibraryError(
                f"De reservekopie '{target.name}' kon niet worden geschreven: {_os_reason(exc)}."
            ) from exc
        finally:
            temporary.unlink(missing_ok=True)
