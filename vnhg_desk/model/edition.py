"""An edition: the report (newsletter) of one meeting, with its articles and boxes.

Every part that the user can add, move or remove carries a ``uid`` (a short random
string) so that undo commands, the preview and per-field merges can find it again.
Bodies are stored as the Markdown subset documented in :mod:`vnhg_desk.model.richtext`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


def new_uid() -> str:
    """A fresh identifier for an article, box, quote or photo."""
    return os.urandom(6).hex()  # 48 random bits, as uuid4().hex[:12] gave


class EditionStatus(str, Enum):
    """Where an edition is in its life: still being written, or sent."""

    CONCEPT = "concept"
    FINAL = "definitief"


@dataclass
class PullQuote:
    """A short sentence from the body, set large among the columns ("streamer").

    ``anchor`` is the paragraph (1-based, counting the body's paragraphs) the secretary
    placed it with ("plaats bij alinea …"); None lets the layout find the paragraph that
    contains the quote's text (:mod:`vnhg_desk.layout.flow`).
    """

    text: str = ""
    attribution: str = ""
    uid: str = field(default_factory=new_uid)
    anchor: int | None = None


@dataclass
class PhotoRef:
    """A photo placed in an article. The image itself lives in the library by hash.

    ``photo_hash`` is the SHA-256 (hex) of the original file bytes.
    """

    photo_hash: str
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass
class Article:
    """One article: kicker, headline, subtitle, lead, body, byline, quotes and photos."""

    kicker: str = ""
    headline: str = ""
    subtitle: str = ""
    lead: str = ""
    body: str = ""
    byline: str = ""
    quotes: list[PullQuote] = field(default_factory=list)
    photos: list[PhotoRef] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)


@dataclass
class SidebarBox:
    """A sidebar box ("kader"): boxed text beside the articles."""

    kicker: str = ""
    title: str = ""
    body: str = ""
    uid: str = field(default_factory=new_uid)


ContentItem = Article | SidebarBox

#: The page count an edition aims at unless the secretary chooses another.
DEFAULT_PAGE_TARGET = 4
#: The furthest a fit may go: (lowest, highest) per field of :class:`PageFit`.
FIT_LIMITS = {"photo_height": (65, 100), "spacing": (50, 100), "type_size": (0, 5)}


@dataclass(frozen=True)
class PageFit:
    """How far an edition's layout was tightened to meet its page budget.

    Whole numbers, so a stored fit gives exactly the same pages again: photo heights in
    percent of their normal height, the space between blocks in percent of the normal
    space, and the body type in tenths of a point smaller (0 to 5: at most -0.5 pt).
    """

    photo_height: int = 100
    spacing: int = 100
    type_size: int = 0

    @property
    def is_normal(self) -> bool:
        """Whether nothing is tightened."""
        return self == PageFit()


@dataclass
class Edition:
    """One edition of the newsletter, usually the report of one members' meeting.

    ``kind`` is ``"report"`` (verslag) or ``"newsletter"`` (nieuwsbrief).
    ``language`` ("nl" or "en") chooses the words printed in the document itself
    (month names, "pagina"), independent of the UI language.
    ``page_target`` is the page count the edition should fill (the print variant wants
    a multiple of 4); ``fit`` how far its layout was tightened to get there.
    ``id`` is None until the library has stored it; ``revision`` counts saves and lets
    the library detect two writers editing the same edition.
    """

    title: str = "Verslag ledenvergadering"
    kind: str = "report"
    association: str = ""
    meeting: str = ""
    date: date | None = None
    place: str = ""
    references: str = ""
    highlights: list[str] = field(default_factory=list)
    status: EditionStatus = EditionStatus.CONCEPT
    language: str = "nl"
    content: list[ContentItem] = field(default_factory=list)
    page_target: int = DEFAULT_PAGE_TARGET
    fit: PageFit = field(default_factory=PageFit)
    id: int | None = None
    revision: int = 0
    #: Bookkeeping like id: where this document was imported from as a package (that
    #: package's origin), so that exporting it again lets it return there; see
    #: :mod:`vnhg_desk.exchange.returning`. Not part of the contents.
    taken_from: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def articles(self) -> list[Article]:
        """The articles in content order (boxes left out)."""
        return [item for item in self.content if isinstance(item, Article)]

    @property
    def boxes(self) -> list[SidebarBox]:
        """The sidebar boxes in content order."""
        return [item for item in self.content if isinstance(item, SidebarBox)]

    def find(self, uid: str) -> ContentItem | None:
        """The article or box with this uid, or None."""
        return next((item for item in self.content if item.uid == uid), None)

    def photo_hashes(self) -> list[str]:
        """Hashes of every photo the edition uses, in order, without repeats."""
        seen: dict[str, None] = {}
        for article in self.articles:
            for photo in article.photos:
                seen.setdefault(photo.photo_hash, None)
        return list(seen)
