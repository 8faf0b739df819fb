"""An invitation ("save the date"): a one-page announcement of a coming event."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from vnhg_desk.model.edition import EditionStatus
from vnhg_desk.model.people import Person


@dataclass
class Invitation:
    """A themed meeting with moderator and panel.

    The moderator and panel are copies of :class:`Person` records (their ``id`` points
    back to the people list when they came from it), so an invitation stays as it was
    sent even when a person's role changes later. ``intro`` uses the body Markdown subset.
    """

    title: str = "Save the date"
    theme: str = ""
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    online: bool = False
    online_note: str = ""
    intro: str = ""
    moderator: Person | None = None
    panel: list[Person] = field(default_factory=list)
    registration_note: str = ""
    status: EditionStatus = EditionStatus.CONCEPT
    language: str = "nl"
    id: int | None = None
    revision: int = 0
    #: Bookkeeping like id: where this document was imported from as a package (that
    #: package's origin), so that exporting it again lets it return there; see
    #: :mod:`vnhg_desk.exchange.returning`. Not part of the contents.
    taken_from: dict[str, Any] | None = field(default=None, compare=False)
    kind: str = field(default="invitation", init=False)
