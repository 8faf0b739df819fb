"""What an export reports back to its caller."""

from __future__ import annotations

from dataclasses import dataclass, field

from vnhg_desk.layout.page_budget import PageFill


@dataclass(frozen=True)
class DrawnBlock:
    """Where one block of the flow was drawn (the preview jumps from a click to the text).

    ``page`` is 0-based; the rectangle is in points on the page, origin at the bottom
    left as in PDF. ``uid`` is the article or box, ``kind`` what the block is ("header",
    "body", "quote", "photo", "byline", "box"), ``index`` its number among the part's
    blocks of that kind (for "body": the body block, with ``item`` the bullet item),
    ``part`` the uid of a quote or photo.
    """

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    uid: str
    kind: str
    index: int = 0
    item: int = 0
    part: str = ""  # the quote's or photo's uid

    def contains(self, page: int, x: float, y: float) -> bool:
        return page == self.page and self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass
class PdfResult:
    """Pages made, the 0-based page where each article/box starts (for the preview),
    the hashes of photos the library could not supply (drawn as empty frames), where
    each block of the flow was drawn, and how full each page's columns came out
    (newsletters only; for the page budget)."""

    page_count: int
    page_of_uid: dict[str, int] = field(default_factory=dict)
    missing_photos: list[str] = field(default_factory=list)
    #: Characters no shipped font draws (an emoji, say): left out of the PDF.
    dropped_characters: list[str] = field(default_factory=list)
    #: Lines each article's headline was set in, by article uid (the pre-send check).
    headline_lines: dict[str, int] = field(default_factory=dict)
    blocks: list[DrawnBlock] = field(default_factory=list)
    page_fill: list[PageFill] = field(default_factory=list)

    def dropped_names(self) -> str:
        """The left-out characters as a user reads them: each as typed with its code
        point ("\U0001f389 (U+1F389)"), for the pre-send check and the export's notes."""
        return ", ".join(f"{char} (U+{ord(char):04X})" for char in self.dropped_characters)
