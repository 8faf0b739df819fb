"""Errors that carry a message for the user.

Code at the border (reading a photo, a library file, an exchange file, writing an
export) raises a subclass of :class:`UserError` with a clear Dutch sentence. The CLI
prints ``str(error)`` and exits non-zero; the window shows it in a message box. Any
other exception is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can understand and act on; ``str()`` is the Dutch message."""

    exit_code = 1


class LibraryError(UserError):
    """The library file cannot be opened or written (not ours, newer, corrupt, locked)."""


class ConflictError(LibraryError):
    """Someone else saved the same document since it was loaded here."""


class ReadOnlyError(LibraryError):
    """The library may be read but not changed here (e.g. a read-only database role)."""


class UnreachableError(LibraryError):
    """The database server cannot be reached (down, no network); nothing was written there."""


class NotFoundError(UserError):
    """No document, photo or revision with that id."""


class PhotoError(UserError):
    """A photo cannot be used (not an image, truncated, too large, unsupported)."""


class ExchangeError(UserError):
    """An exchange file (.json / .zip) is not valid; the message says where."""


class ReturnConflictError(ExchangeError):
    """A document brought back as a package was changed in the library since it was
    taken along: the user must choose what to keep (nothing was written)."""

    exit_code = 5

    def __init__(self, message: str, conflict: object) -> None:
        super().__init__(message)
        #: The :class:`vnhg_desk.exchange.returning.Conflict` to choose on.
        self.conflict = conflict


class ExportError(UserError):
    """An export could not be written (locked target, full disk, read-only folder)."""


class PageBudgetError(ExportError):
    """An edition does not fit its page count, even with the tightest fit allowed."""

    exit_code = 4
