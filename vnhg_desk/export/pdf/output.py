"""Writing finished PDF bytes: atomically onto a path, or into an open binary stream."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from vnhg_desk.atomic import write_bytes_atomic
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
    # Paths go through the shared atomic writer: one set of Dutch messages for full
    # disks, locked files and read-only folders (and no second temporary file when the
    # dispatcher already gave us one).
    write_bytes_atomic(Path(target), data)
