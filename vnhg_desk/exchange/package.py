"""An exchange package in memory: the document dict plus its photos' original bytes.

Turns a package into the document.json envelope and back. Parsing refuses oversized
input before reading it, and reports bad JSON, bad structure and bad photos as one
:class:`ExchangeError` that names the first problems and their places.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from vnhg_desk import __version__
from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange.checks import Problems
from vnhg_desk.exchange.schema import FORMAT_NAME, VERSION, check_envelope

#: document.json larger than this is refused before parsing.
MAX_JSON_BYTES = 20 * 1024 * 1024
#: One photo file larger than this is refused (phone photos are 2-12 MB).
MAX_PHOTO_BYTES = 60 * 1024 * 1024
#: All photos of one package together.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
PHOTO_FOLDER = "photos"
JSON_NAME = "document.json"


@dataclass(frozen=True)
class PackagedPhoto:
    """A photo's original file bytes and the name it had when it was added."""

    data: bytes
    filename: str = ""

    @property
    def sha256(self) -> str:
        """The SHA-256 of the bytes in hex: the photo's identity everywhere."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Package:
    """One document (as the codec's dict) with the photos it uses, by hash; the cover
    e-mail (the codec's dict) it is sent with; where it was taken from (``origin``:
    library, document, revision, fingerprint), and where that document had itself been
    imported from (``taken_from``); each when known."""

    document: dict[str, Any]
    photos: dict[str, PackagedPhoto] = field(default_factory=dict)
    cover_email: dict[str, Any] | None = None
    origin: dict[str, Any] | None = None
    taken_from: dict[str, Any] | None = None


def photo_member(photo_hash: str, filename: str) -> str:
    """The path of a photo inside a package: ``photos/<sha256>.<ext>``."""
    suffix = PurePosixPath(filename).suffix.lower()
    if not suffix or len(suffix) > 6 or not suffix[1:].isalnum():
        suffix = ".bin"
    return f"{PHOTO_FOLDER}/{photo_hash}{suffix}"


def envelope(package: Package) -> dict[str, Any]:
    """The document.json content of a package; library bookkeeping (id) left out."""
    document = dict(package.document)
    document.pop("id", None)
    document.pop("revision", None)
    document.pop("taken_from", None)  # (the envelope's taken_from)
    photos = []
    for photo_hash, photo in package.photos.items():
        media_type = mimetypes.guess_type(photo.filename or "x.bin")[0]
        entry: dict[str, Any] = {
            "hash": photo_hash,
            "file": photo_member(photo_hash, photo.filename),
            "filename": photo.filename,
            "size": len(photo.data),
        }
        if media_type:
            entry["media_type"] = media_type
        photos.append(entry)
    out = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "generator": f"VNHG Desk {__version__}",
        "document": document,
        "photos": photos,
    }
    if package.cover_email is not None:
        out["cover_email"] = package.cover_email
    if package.origin is not None:
        out["origin"] = package.origin
    if package.taken_from is not None:
        out["taken_from"] = package.taken_from
    return out


def envelope_bytes(package: Package) -> bytes:
    """document.json as UTF-8 bytes, readable by people (indented, non-ASCII kept)."""
    text = json.dumps(envelope(package), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is geen geldige JSON-waarde")


def parse_envelope(raw: bytes, source: str = JSON_NAME) -> dict[str, Any]:
    """Parse and check document.json; raises :class:`ExchangeError` naming the places."""
    if len(raw) > MAX_JSON_BYTES:
        raise ExchangeError(
            f"{source} is te groot ({len(raw) // (1024 * 1024)} MB; "
            f"hooguit {MAX_JSON_BYTES // (1024 * 1024)} MB)."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            f"{source} is geen UTF-8-tekst (fout bij byte {error.start})."
        ) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            f"{source} is geen geldige JSON (regel {error.lineno}, kolom {error.colno}): "
            f"{_dutch_json_message(error.msg)}."
        ) from None
    except ValueError as error:
        raise ExchangeError(f"{source} is geen geldige JSON: {error}.") from None
    except RecursionError:
        raise ExchangeError(f"{source} is te diep genest om te lezen.") from None
    raise_problems(check_envelope(data), source)
    return data


def _dutch_json_message(message: str) -> str:
    known = {
        "Expecting value": "waarde verwacht",
        "Expecting property name enclosed in double quotes": "veldnaam tussen dubbele "
        "aanhalingstekens verwacht",
        "Expecting ',' delimiter": "komma verwacht",
        "Expecting ':' delimiter": "dubbele punt verwacht",
        "Unterminated string starting at": "tekst niet afgesloten",
        "Extra data": "extra tekens na het einde",
        "Invalid control character at": "ongeldig stuurteken",
    }
    return known.get(message, message)


def raise_problems(problems: Problems, source: str) -> None:
    """Raise one :class:`ExchangeError` listing the first problems, if there are any."""
    if not problems:
        return
    shown = problems[:3]
    hidden = len(problems) - len(shown) + problems.more
    text = "; ".join(str(problem) for problem in shown)
    if hidden:
        text += f" (en nog {hidden} {'probleem' if hidden == 1 else 'problemen'})"
    raise ExchangeError(f"{source} is ongeldig: {text}.")
