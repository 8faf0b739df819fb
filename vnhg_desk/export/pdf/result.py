"""What an export reports back to its caller."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PdfResult:
    """Pages made, the 0-based page where each article/box starts (for the preview),
    and the hashes of photos the library could not supply (drawn as empty frames)."""

    page_count: int
    page_of_uid: dict[str, int] = field(default_factory=dict)
    missing_photos: list[str] = field(default_factory=list)
    #: Characters no shipped font draws (an emoji, say): left out of the PDF.
    dropped_characters: list[str] = field(default_factory=list)
    #: Lines each article's headline was set in, by article uid (the pre-send check).
    headline_lines: dict[str, int] = field(default_factory=dict)
