"""What the library returns besides model objects: list rows, search hits, log entries.

Named tuples: immutable values, and quick to define (a frozen dataclass costs half a
millisecond to create at import, before the window's first frame).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

#: Marks the start and end of a matched word in :attr:`SearchHit.snippet`. These are the
#: ASCII control characters STX and ETX: they never occur in indexed text (the library
#: removes them when indexing), so the GUI can turn them into bold and the CLI into *…*.
MATCH_START = "\x02"
MATCH_END = "\x03"


class DocumentSummary(NamedTuple):
    """One line of the document list; ``kind`` is report, newsletter or invitation."""

    id: int
    kind: str
    title: str
    date: date | None
    place: str
    status: str
    modified: datetime


class SearchHit(NamedTuple):
    """A search match: the document, the part (article/box uid, None for the document
    head) and a snippet with the matched words between MATCH_START and MATCH_END.
    ``part_label`` is the article headline or box title, empty for the head."""

    doc_id: int
    kind: str
    title: str
    date: date | None
    part_uid: str | None
    snippet: str
    part_label: str = ""


class RevisionSummary(NamedTuple):
    """A stored snapshot of a document: when and why it was taken."""

    id: int
    doc_id: int
    created: datetime
    reason: str


class ExportRecord(NamedTuple):
    """One export of a document: when, which kind (pdf-email, docx, ...) and where to."""

    when: datetime
    kind: str
    target: str


def highlighted(snippet: str, start: str = "*", end: str = "*") -> str:
    """The snippet with the match markers replaced, e.g. by ``*`` for the command line."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)
