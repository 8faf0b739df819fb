"""Where writers get photo pixels: the library implements :class:`PhotoSource`.

Writers never read photo files themselves. They ask for the *normalised* copy made at
import (upright, sRGB, 8-bit; JPEG for photos, PNG where transparency matters) and may
cache their own downsampled renditions under a key of their choosing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class PhotoInfo:
    """Size and type of a photo's normalised copy."""

    width: int
    height: int
    mime: str


class PhotoSource(Protocol):
    """Read access to photos by hash, plus a rendition cache."""

    def photo_info(self, photo_hash: str) -> PhotoInfo:
        """Pixel size and MIME type of the normalised copy. Raises KeyError if unknown."""
        ...

    def normalised(self, photo_hash: str) -> bytes:
        """The normalised image bytes. Raises KeyError if unknown."""
        ...

    def cached_rendition(self, photo_hash: str, key: str) -> bytes | None:
        """A rendition stored earlier under ``key``, or None."""
        ...

    def store_rendition(self, photo_hash: str, key: str, data: bytes) -> None:
        """Keep a rendition (e.g. downsampled for e-mail) for the next export."""
        ...


@dataclass
class MemoryPhotoSource:
    """A PhotoSource held in memory: for tests, and for exports outside a library."""

    photos: dict[str, tuple[PhotoInfo, bytes]] = field(default_factory=dict)
    renditions: dict[tuple[str, str], bytes] = field(default_factory=dict)

    def add(self, photo_hash: str, info: PhotoInfo, data: bytes) -> None:
        """Register already-normalised bytes under a hash."""
        self.photos[photo_hash] = (info, data)

    def photo_info(self, photo_hash: str) -> PhotoInfo:
        return self.photos[photo_hash][0]

    def normalised(self, photo_hash: str) -> bytes:
        return self.photos[photo_hash][1]

    def cached_rendition(self, photo_hash: str, key: str) -> bytes | None:
        return self.renditions.get((photo_hash, key))

    def store_rendition(self, photo_hash: str, key: str, data: bytes) -> None:
        self.renditions[(photo_hash, key)] = data
