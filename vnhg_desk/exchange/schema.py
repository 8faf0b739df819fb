"""What a document.json must contain: the exchange envelope and the document inside it.

The document part is exactly the library codec's dict (:mod:`vnhg_desk.store.codec`);
these specs check it completely before the codec turns it into model objects.
See docs/exchange-format.md for the same rules in prose.
"""

from __future__ import annotations

from typing import Any

from vnhg_desk.exchange.checks import (
    Boolean,
    Choice,
    Integer,
    IsoDate,
    IsoTime,
    ListOf,
    Nullable,
    Pattern,
    Problems,
    Record,
    Tagged,
    Text,
)
from vnhg_desk.model.edition import FIT_LIMITS
from vnhg_desk.store.codec import FORMAT_VERSION, MAX_PAGES

#: The value of the envelope's "format" key.
FORMAT_NAME = "vnhg-desk-document"
#: The envelope version this program writes and the newest it reads.
VERSION = 1

SHA256 = Pattern(r"[0-9a-f]{64}", "SHA-256 in kleine hexadecimale letters (64 tekens)")
UID = Text(max_length=64)
SHORT = Text(max_length=1_000)
LONG = Text(max_length=500_000)
STATUS = Choice("concept", "definitief")
LANGUAGE = Choice("nl", "en")
# The library's own bookkeeping: accepted, but ignored on import (a new id is given).
BOOKKEEPING = {
    "format": Integer(1, FORMAT_VERSION),
    "id": Nullable(Integer(0)),
    "revision": Integer(0),
}

PERSON = Record(
    {
        "name": Text(max_length=1_000, required=True),
        "role": SHORT,
        "organisation": SHORT,
        "id": Nullable(Integer(0)),
    },
    required=["name"],
)

QUOTE = Record(
    {
        "uid": UID,
        "text": Text(max_length=5_000),
        "attribution": SHORT,
        # The paragraph (1-based) the quote is placed with; absent: found from its text.
        "anchor": Nullable(Integer(1, 100_000)),
    }
)

PHOTO_REF = Record(
    {
        "uid": UID,
        "photo_hash": SHA256,
        "caption": Text(max_length=5_000),
        "credit": SHORT,
        "alt_text": Text(max_length=5_000),
    },
    required=["photo_hash"],
)

ARTICLE = Record(
    {
        "type": Choice("article"),
        "uid": UID,
        "kicker": SHORT,
        "headline": Text(max_length=5_000),
        "subtitle": Text(max_length=5_000),
        "lead": Text(max_length=50_000),
        "body": LONG,
        "byline": SHORT,
        "quotes": ListOf(QUOTE, max_items=200),
        "photos": ListOf(PHOTO_REF, max_items=200),
    },
    required=["type"],
)

BOX = Record(
    {
        "type": Choice("box"),
        "uid": UID,
        "kicker": SHORT,
        "title": Text(max_length=5_000),
        "body": LONG,
    },
    required=["type"],
)

EDITION = Record(
    {
        **BOOKKEEPING,
        "kind": Choice("report", "newsletter"),
        "title": SHORT,
        "association": SHORT,
        "meeting": SHORT,
        "date": Nullable(IsoDate()),
        "place": SHORT,
        "references": SHORT,
        "highlights": ListOf(SHORT, max_items=100),
        "status": STATUS,
        "language": LANGUAGE,
        "content": ListOf(Tagged("type", {"article": ARTICLE, "box": BOX}), max_items=2_000),
        "pages": Integer(1, MAX_PAGES),
        "fit": Record(
            {
                "photo_height": Integer(*FIT_LIMITS["photo_height"]),
                "spacing": Integer(*FIT_LIMITS["spacing"]),
                "type_size": Integer(*FIT_LIMITS["type_size"]),
            }
        ),
    },
    required=["kind"],
)

INVITATION = Record(
    {
        **BOOKKEEPING,
        "kind": Choice("invitation"),
        "title": SHORT,
        "theme": Text(max_length=5_000),
        "date": Nullable(IsoDate()),
        "start_time": Nullable(IsoTime()),
        "end_time": Nullable(IsoTime()),
        "place": SHORT,
        "online": Boolean(),
        "online_note": Text(max_length=5_000),
        "intro": LONG,
        "moderator": Nullable(PERSON),
        "panel": ListOf(PERSON, max_items=100),
        "registration_note": Text(max_length=50_000),
        "status": STATUS,
        "language": LANGUAGE,
    },
    required=["kind"],
)

DOCUMENT = Tagged("kind", {"report": EDITION, "newsletter": EDITION, "invitation": INVITATION})

PHOTO_ENTRY = Record(
    {
        "hash": SHA256,
        "file": Text(max_length=500, required=True),
        "filename": Text(max_length=500),
        "size": Integer(0),
        "media_type": Text(max_length=100),
    },
    required=["hash", "file"],
)

RECIPIENT = Record(
    {
        "address": Text(max_length=1_000, required=True),
        "name": SHORT,
        "groups": ListOf(SHORT, max_items=100),
    },
    required=["address"],
)

#: The cover e-mail the document is sent with (optional; the library's own settings).
COVER_EMAIL = Record(
    {
        "recipients": ListOf(RECIPIENT, max_items=10_000),
        "sender": SHORT,
        "subject_template": SHORT,
        "body_template": Text(max_length=50_000),
        "signature": Text(max_length=50_000),
        "default_group": SHORT,
    }
)

#: Where the document was taken from: the library's identity, the document's id there,
#: the revision it had and a fingerprint of it (optional; a package coming back is
#: matched with its document). ``taken_from`` has the same shape: where the document had
#: been imported from into the library that wrote the package (a laptop's library).
ORIGIN = Record(
    {
        "library": Pattern(r"[0-9a-f]{32}", "32 kleine hexadecimale tekens"),
        "document": Integer(1),
        "revision": Integer(0),
        "fingerprint": SHA256,
    },
    required=["library", "document", "revision", "fingerprint"],
)

ENVELOPE_FIELDS = Record(
    {
        "format": Choice(FORMAT_NAME),
        "version": Integer(1, VERSION),
        "generator": SHORT,
        "document": DOCUMENT,
        "photos": ListOf(PHOTO_ENTRY, max_items=1_000),
        "cover_email": COVER_EMAIL,
        "origin": ORIGIN,
        "taken_from": ORIGIN,
    },
    required=["format", "version", "document"],
)


def check_envelope(data: Any) -> Problems:
    """Every problem in a parsed document.json, each with its place ("document.date")."""
    problems = Problems()
    if isinstance(data, dict):
        name = data.get("format")
        version = data.get("version")
        if name != FORMAT_NAME:
            problems.add("format", f'"{FORMAT_NAME}" verwacht: dit is geen VNHG Desk-document')
            return problems
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            problems.add(
                "version",
                f"versie {version} is gemaakt met een nieuwere VNHG Desk; "
                f"deze versie leest tot en met versie {VERSION}",
            )
            return problems
    ENVELOPE_FIELDS.check(data, "", problems)
    # Record paths start with "." at the top level; present them without it.
    for index, problem in enumerate(problems):
        if problem.place.startswith("."):
            problems[index] = type(problem)(problem.place[1:], problem.message)
    if not problems:
        _check_unique_uids(data["document"], problems)
    return problems


def _check_unique_uids(document: dict[str, Any], problems: Problems) -> None:
    """Every part's uid occurs once: the editor finds parts (and undoes edits) by uid."""
    seen: dict[str, str] = {}

    def note(item: dict[str, Any], place: str) -> None:
        uid = item.get("uid")
        if not uid:
            return  # a fresh one is made on import
        if uid in seen:
            problems.add(f"{place}.uid", f'"{uid}" komt al voor bij {seen[uid]}')
        else:
            seen[uid] = place

    for i, item in enumerate(document.get("content") or []):
        place = f"document.content[{i}]"
        note(item, place)
        for key in ("quotes", "photos"):
            for j, part in enumerate(item.get(key) or []):
                note(part, f"{place}.{key}[{j}]")
