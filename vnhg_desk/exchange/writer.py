"""Write an exchange package as a .zip/.vnhg file, a folder, or a .json beside photos/.

Every file goes through :mod:`vnhg_desk.atomic`: an interrupted export never
leaves a half-written file under its final name.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from vnhg_desk.atomic import atomic_target, export_error, write_bytes_atomic
from vnhg_desk.errors import ExportError
from vnhg_desk.exchange.package import (
    JSON_NAME,
    PHOTO_FOLDER,
    Package,
    envelope_bytes,
    photo_member,
)

ZIP_SUFFIXES = (".zip", ".vnhg")
# Photos are JPEG/HEIC already: deflating them again only costs time.
_STORED_SUFFIXES = (".jpg", ".jpeg", ".heic", ".heif", ".png", ".webp")


def write_zip(package: Package, target: Path) -> Path:
    """One .zip (or .vnhg) holding document.json and photos/<sha256>.<ext>."""
    # The file is opened here, not by zipfile: on a full disk zipfile's own close fails
    # too and would leave the handle open (on Windows the temporary file would stay).
    with atomic_target(target) as temp, open(temp, "wb") as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(JSON_NAME, envelope_bytes(package))
            for photo_hash, photo in package.photos.items():
                member = photo_member(photo_hash, photo.filename)
                stored = member.endswith(_STORED_SUFFIXES)
                archive.writestr(
                    member,
                    photo.data,
                    compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
                )
    return target


def write_beside(package: Package, json_target: Path) -> Path:
    """``json_target`` plus a photos/ folder next to it (the folder layout, own file name).

    Photos are written first: the document never points at a photo that is not there.
    """
    folder = json_target.parent
    if package.photos:
        photo_dir = folder / PHOTO_FOLDER
        try:
            photo_dir.mkdir(exist_ok=True)
        except OSError as error:
            raise export_error(error, photo_dir) from error
        for photo_hash, photo in package.photos.items():
            destination = folder / photo_member(photo_hash, photo.filename)
            if _holds(destination, photo.data):
                continue  # named by content hash: the same bytes are already there
            write_bytes_atomic(destination, photo.data)
    write_bytes_atomic(json_target, envelope_bytes(package))
    return json_target


def _holds(path: Path, data: bytes) -> bool:
    """True when ``path`` is a file with exactly these bytes."""
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_folder(package: Package, folder: Path) -> Path:
    """A folder with document.json and photos/ (created if missing)."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} bestaat al en is geen map.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise export_error(error, folder) from error
    write_beside(package, folder / JSON_NAME)
    return folder


def write_package(package: Package, target: Path, *, as_folder: bool = False) -> Path:
    """Write by the target's form: folder, .zip/.vnhg, or .json (with photos/ beside)."""
    if as_folder or target.is_dir():
        return write_folder(package, target)
    suffix = target.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        return write_zip(package, target)
    if suffix == ".json":
        return write_beside(package, target)
    raise ExportError(f"Onbekend uitwisselformaat {suffix or '(geen extensie)'}.")
