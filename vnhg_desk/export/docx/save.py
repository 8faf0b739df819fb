"""Save the finished document: to a stream as is, to a path through the shared atomic writer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from docx.document import Document as DocxDocument

from vnhg_desk.atomic import atomic_target


def save(doc: DocxDocument, target: Path | BinaryIO) -> None:
    """Write ``doc`` to an open binary stream, or to a path that is replaced only when done."""
    if not isinstance(target, (str, os.PathLike)):
        doc.save(target)
        return
    # We open the file ourselves: if the disk fills up, zipfile's own close fails too and
    # would leave its handle open (on Windows the temporary file could not be removed).
    with atomic_target(Path(target)) as temp, open(temp, "wb") as handle:
        doc.save(handle)
