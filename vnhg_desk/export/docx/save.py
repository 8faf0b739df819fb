"""Save a document so that it cannot half-happen: a temporary file renamed onto the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from docx.document import Document as DocxDocument

from vnhg_desk.errors import ExportError


def save(doc: DocxDocument, target: Path | BinaryIO) -> None:
    """Write ``doc`` to a path (atomically) or to an open binary stream."""
    if not isinstance(target, (str, os.PathLike)):
        doc.save(target)
        return
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".docx.tmp", dir=folder
        )
    except OSError as error:
        raise ExportError(
            f"Het Word-bestand kan niet worden opgeslagen in de map {folder}: {error.strerror}."
        ) from error
    try:
        os.chmod(temp_name, _file_mode(path))
        with os.fdopen(handle, "wb") as stream:
            doc.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ExportError(
            f"Het Word-bestand {path.name} kan niet worden opgeslagen: {error.strerror}. "
            "Is het nog geopend in Word? Sluit het en probeer het opnieuw."
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _file_mode(path: Path) -> int:
    """Keep the permissions of the file we replace; a new file gets the usual ones."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask
