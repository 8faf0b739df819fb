"""Writing finished PDF bytes: atomically onto a path, or into an open binary stream."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from vnhg_desk.errors import ExportError


def write_bytes(data: bytes, target: Path | str | BinaryIO) -> None:
    """Write to a temporary file beside the target, then rename it onto the target."""
    if not isinstance(target, (str, os.PathLike)):
        try:
            target.write(data)
        except OSError as error:
            raise ExportError(
                f"De PDF kon niet worden geschreven: {error.strerror or error}."
            ) from error
        return
    path = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except FileNotFoundError as error:
        raise ExportError(f"De map {path.parent} bestaat niet.") from error
    except PermissionError as error:
        raise ExportError(f"In de map {path.parent} mag niet worden geschreven.") from error
    except OSError as error:
        raise ExportError(
            f"De PDF kon niet worden geschreven in {path.parent}: {error.strerror or error}."
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except PermissionError as error:
        _discard(temp_name)
        raise ExportError(
            f"{path.name} kan niet worden overschreven. "
            "Is het bestand nog open in een ander programma?"
        ) from error
    except OSError as error:
        _discard(temp_name)
        raise ExportError(
            f"De PDF kon niet worden opgeslagen als {path}: {error.strerror or error}."
        ) from error


def _discard(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
