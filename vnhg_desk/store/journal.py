"""Saves a database server could not take, kept on this computer until it is back.

One JSON file per document in the user's data folder (``journal/<server>/``), written
atomically; the server's address is kept without a password. The library replays them
when it is opened again (and on the next save that reaches the server, the document's
entry is removed).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from vnhg_desk.errors import UserError
from vnhg_desk.model import Edition, Invitation

Document = Edition | Invitation


@dataclass
class Entry:
    """A document (with the id and revision it had) that still has to be saved."""

    path: Path
    document: Document


def folder(address: str) -> Path:
    """Where the journal of the library at ``address`` (shown form) lives."""
    key = hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]
    return Path(platformdirs.user_data_dir("VNHG Desk", "VNHG")) / "journal" / key


def _name(doc: Document) -> str:
    return f"{doc.id}.json" if doc.id is not None else f"nieuw-{id(doc):x}.json"


def keep(address: str, doc: Document) -> Path:
    """Write the document to the journal (replacing its earlier entry)."""
    from vnhg_desk.store.documents import encode_document

    target = folder(address) / _name(doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "library": address,
        "id": doc.id,
        "revision": doc.revision,
        "document": encode_document(doc),
    }
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, target)
    return target


def forget(address: str, doc: Document) -> None:
    """Remove the document's entry (it reached the server)."""
    if doc.id is not None:
        (folder(address) / f"{doc.id}.json").unlink(missing_ok=True)
    (folder(address) / f"nieuw-{id(doc):x}.json").unlink(missing_ok=True)


def pending(address: str) -> list[Entry]:
    """The documents still to be saved, oldest entry first (unreadable files skipped)."""
    from vnhg_desk.store.documents import decode_document

    base = folder(address)
    if not base.is_dir():
        return []
    entries = []
    for path in sorted(base.glob("*.json"), key=lambda p: p.stat().st_mtime):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            doc = decode_document(record["document"], record["id"], record["revision"])
        except (OSError, ValueError, KeyError, TypeError, UserError):
            continue
        if record["id"] is None:
            doc.id = None
            path.unlink(missing_ok=True)  # a new document: its entry is its save now
        entries.append(Entry(path, doc))
    return entries
