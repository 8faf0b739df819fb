"""Write export files so that a half-written file never carries the final name.

A writer fills a temporary file in the target's own folder; when it succeeds the file is
flushed to disk and renamed onto the target in one step (``os.replace``). On any error the
temporary file is removed, the target is left as it was and an :class:`ExportError` with a
Dutch message says what to do.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vnhg_desk.errors import ExportError, UserError

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: Temporary files handed out by :func:`atomic_target` and not yet renamed or removed.
_OPEN_TEMPS: set[Path] = set()


def export_error(error: OSError, target: Path, *, renaming: bool = False) -> ExportError:
    """Translate an operating-system error while writing ``target`` into a Dutch message."""
    folder = target.parent
    if error.errno in _DISK_FULL:
        return ExportError(
            f"De schijf is vol: {target.name} kon niet worden opgeslagen. "
            "Maak ruimte vrij of kies een andere plek."
        )
    if isinstance(error, IsADirectoryError):
        return ExportError(f"{target} is een map; kies een bestandsnaam.")
    if isinstance(error, (FileNotFoundError, NotADirectoryError)) and not folder.is_dir():
        return ExportError(f"De map {folder} bestaat niet; kies een bestaande map.")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        if renaming:
            return ExportError(
                f"{target.name} is geopend in een ander programma of vergrendeld. "
                "Sluit het bestand (bijvoorbeeld in Word of Acrobat) en probeer het opnieuw."
            )
        return ExportError(
            f"In de map {folder} mag niet worden geschreven (alleen-lezen). Kies een andere map."
        )
    if error.errno == errno.EROFS:
        return ExportError(
            f"In de map {folder} mag niet worden geschreven (alleen-lezen). Kies een andere map."
        )
    reason = error.strerror or error.__class__.__name__
    return ExportError(f"{target.name} kon niet worden opgeslagen: {reason}.")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Give a temporary path beside ``target``; on a clean exit it replaces ``target``.

    The temporary path keeps the target's suffix, so writers that look at it still work.
    Any exception inside the block removes the temporary file; OS errors become
    :class:`ExportError`, user errors pass through unchanged.
    """
    target = Path(target)
    if target in _OPEN_TEMPS:
        # A writer that saves atomically itself, called on the temporary file of an outer
        # atomic_target: write straight into it and let the outer one report any error
        # under the name the user chose, not the temporary one.
        yield target
        return
    if target.is_dir():
        raise ExportError(f"{target} is een map; kies een bestandsnaam.")
    temp = _create_temp(target)
    _OPEN_TEMPS.add(temp)
    try:
        yield temp
        _fsync_file(temp)
        try:
            os.replace(temp, target)
        except OSError as error:
            raise export_error(error, target, renaming=True) from error
        _fsync_folder(target.parent)
    except UserError:
        _remove(temp)
        raise
    except OSError as error:
        _remove(temp)
        raise export_error(error, target) from error
    except BaseException:
        _remove(temp)
        raise
    finally:
        _OPEN_TEMPS.discard(temp)


def _create_temp(target: Path) -> Path:
    """An empty new file beside ``target``, with the permissions a normal file gets.

    (``tempfile.mkstemp`` would make it readable by its owner only, and the export would
    keep those permissions after the rename.)
    """
    for _attempt in range(20):
        temp = target.with_name(f".{target.stem[:40]}-{os.urandom(4).hex()}.tmp{target.suffix}")
        try:
            with open(temp, "xb"):
                return temp
        except FileExistsError:
            continue
        except OSError as error:
            raise export_error(error, target) from error
    raise ExportError(f"Geen tijdelijk bestand te maken naast {target.name}.")


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through :func:`atomic_target`."""
    with atomic_target(target) as temp:
        temp.write_bytes(data)


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()
