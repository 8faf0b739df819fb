"""Photos in the library, stored once by content hash; the library is a PhotoSource.

The original bytes are kept untouched; the normalised copy (see
:mod:`vnhg_desk.imaging.normalise`) is what views and exports use. Exporters may keep
downsampled renditions under a key of their own.
"""

from __future__ import annotations

import hashlib

from vnhg_desk.errors import NotFoundError
from vnhg_desk.imaging.source import PhotoInfo
from vnhg_desk.store.base import LibraryBase, now_text


class MissingPhotoError(NotFoundError, KeyError):
    """No photo with that hash; a KeyError too, as the PhotoSource protocol promises."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def photo_hash_of(data: bytes) -> str:
    """The key of a photo: SHA-256 (hex) of its original bytes."""
    return hashlib.sha256(data).hexdigest()


def _missing(photo_hash: str) -> MissingPhotoError:
    return MissingPhotoError(
        f"De foto {photo_hash[:12]}… staat niet in de bibliotheek (verwijderd of niet "
        "meegekomen bij het importeren)."
    )


class PhotosMixin(LibraryBase):
    """Library.add_photo / has_photo / photo_original / photo_info / normalised / renditions."""

    def add_photo(self, data: bytes, filename: str = "") -> str:
        """Check and normalise a photo, store it once; returns its hash. PhotoError if unusable."""
        photo_hash = photo_hash_of(data)
        if self.has_photo(photo_hash):
            return photo_hash
        # Pillow's colour management comes with it: only commands that add photos need it.
        from vnhg_desk.imaging.normalise import normalise_photo

        photo = normalise_photo(data, filename)  # outside the transaction: CPU work
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO photos (hash, filename, source_format, mime, width, height, "
                "imported, original, normalised) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (hash) DO NOTHING",
                (
                    photo_hash,
                    filename,
                    photo.source_format,
                    photo.mime,
                    photo.width,
                    photo.height,
                    now_text(),
                    data,
                    photo.data,
                ),
            )
        return photo_hash

    def has_photo(self, photo_hash: str) -> bool:
        """Whether the library holds this photo."""
        with self._reading() as conn:
            found = conn.execute("SELECT 1 FROM photos WHERE hash = ?", (photo_hash,))
            return found.fetchone() is not None

    def _blob(self, column: str, photo_hash: str) -> bytes:
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {column} FROM photos WHERE hash = ?",  # noqa: S608 - fixed names
                (photo_hash,),
            ).fetchone()
        if row is None:
            raise _missing(photo_hash)
        return bytes(row[0])

    def photo_original(self, photo_hash: str) -> bytes:
        """The photo exactly as it was imported."""
        return self._blob("original", photo_hash)

    def normalised(self, photo_hash: str) -> bytes:
        """The normalised copy (upright, sRGB, 8-bit, JPEG or PNG, no metadata)."""
        return self._blob("normalised", photo_hash)

    def photo_info(self, photo_hash: str) -> PhotoInfo:
        """Pixel size and MIME type of the normalised copy."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT width, height, mime FROM photos WHERE hash = ?", (photo_hash,)
            ).fetchone()
        if row is None:
            raise _missing(photo_hash)
        return PhotoInfo(width=row[0], height=row[1], mime=row[2])

    def photo_filename(self, photo_hash: str) -> str:
        """The file name the photo was imported under ('' if unknown)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT filename FROM photos WHERE hash = ?", (photo_hash,)
            ).fetchone()
        if row is None:
            raise _missing(photo_hash)
        return str(row[0])

    def cached_rendition(self, photo_hash: str, key: str) -> bytes | None:
        """A rendition stored earlier under ``key``, or None."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT data FROM renditions WHERE photo_hash = ? AND key = ?", (photo_hash, key)
            ).fetchone()
        return bytes(row[0]) if row else None

    def store_rendition(self, photo_hash: str, key: str, data: bytes) -> None:
        """Keep a rendition for the next export (replaces one with the same key)."""
        with self._writing() as conn:
            if not conn.execute("SELECT 1 FROM photos WHERE hash = ?", (photo_hash,)).fetchone():
                raise _missing(photo_hash)
            conn.execute(
                "INSERT INTO renditions (photo_hash, key, created, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (photo_hash, key) DO UPDATE "
                "SET created = excluded.created, data = excluded.data",
                (photo_hash, key, now_text(), data),
            )
