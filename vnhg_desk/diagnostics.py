"""The program's log: a small rotating file in the user's log folder, for bug reports.

Only what helps a developer find a bug is written: the program's version, what failed
(the exception's type) and where (file, line and function of each frame). No document
text goes in: exception messages and local values may quote a headline or a body, so
they are left out. The unexpected-error messages of the CLI and the window name this
file, so a secretary can send it along.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

# logging.handlers, platform and traceback are imported when something is written: the
# window installs its error hook at start-up, and they cost ~60 ms there.
LOG_NAME = "vnhg-desk.log"
_MAX_BYTES = 512 * 1024  # one file; three older ones are kept beside it
_BACKUPS = 3


def _logger() -> logging.Logger:
    import logging

    return logging.getLogger("vnhg_desk")


def log_path() -> Path:
    """Where the log is written (``VNHG_DESK_LOG`` overrides the user's log folder)."""
    override = os.environ.get("VNHG_DESK_LOG")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir("vnhg-desk", appauthor=False)) / LOG_NAME


def _handler() -> logging.Handler | None:
    import logging.handlers

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None  # a log that cannot be written must never stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    return handler


def _ensure_handler() -> bool:
    """One handler, on the file :func:`log_path` names now (it may have been moved)."""
    import logging

    logger = _logger()
    wanted = str(log_path().absolute())
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) == wanted:
            return True
        logger.removeHandler(handler)
        handler.close()
    added = _handler()
    if added is None:
        return False
    logger.addHandler(added)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return True


def describe(error: BaseException, trace: TracebackType | None) -> str:
    """What failed and where, without the exception's message (it may quote text)."""
    import platform
    import traceback

    from vnhg_desk import __version__

    frames = traceback.extract_tb(trace)
    where = "\n".join(
        f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in frames
    )
    system = f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    return f"{type(error).__name__} (VNHG Desk {__version__}, {system})\n{where}"


def log_unexpected(error: BaseException, trace: TracebackType | None = None) -> Path | None:
    """Write an unexpected error to the log; returns the log's path (None: not written)."""
    if not _ensure_handler():
        return None
    logger = _logger()
    logger.error("unexpected error: %s", describe(error, trace or error.__traceback__))
    for handler in logger.handlers:
        handler.flush()
    return log_path()


def log_event(message: str) -> None:
    """A line without document text (start, export kind and duration, ...)."""
    if _ensure_handler():
        _logger().info(message)
