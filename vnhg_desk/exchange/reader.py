"""Read an exchange package from a .zip/.vnhg file, a folder or a bare .json, safely.

Zip members are read into memory with size caps (never extracted to disk); archives with
absolute or ``..`` paths, links, encryption, too many members or a suspicious compression
ratio are refused. Every photo the document uses must be present and match its SHA-256.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange.checks import Problems
from vnhg_desk.exchange.package import (
    JSON_NAME,
    MAX_JSON_BYTES,
    MAX_PHOTO_BYTES,
    MAX_TOTAL_BYTES,
    Package,
    PackagedPhoto,
    parse_envelope,
    raise_problems,
)

MAX_MEMBERS = 2_000
#: Uncompressed/compressed ratio above which a sizeable member counts as a zip bomb.
MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024
ZIP_SUFFIXES = (".zip", ".vnhg")

Fetch = Callable[[str, int], bytes]


class _TooLarge(Exception):
    pass


def read_package(path: Path) -> Package:
    """The package at ``path`` (zip, folder or .json), fully checked."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path / JSON_NAME, path)
    if not path.is_file():
        raise ExchangeError(f"Het bestand {path} bestaat niet.")
    if path.suffix.lower() in ZIP_SUFFIXES or zipfile.is_zipfile(path):
        return _read_zip(path)
    if path.suffix.lower() != ".json":
        raise ExchangeError(
            f"{path.name} is geen uitwisselbestand; gebruik een .json-, .zip- of "
            ".vnhg-bestand of een map met document.json."
        )
    return _read_folder(path, path.parent)


def safe_member_name(name: str) -> bool:
    """True for a relative path inside the package: no root, drive, ``..`` or backslash."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    if parts and ":" in parts[0]:
        return False
    return all(part not in ("..", "") for part in parts)


def clean_filename(name: str) -> str:
    """Only the last part of a file name, without control characters, at most 200 long."""
    last = PurePosixPath(name.replace("\\", "/")).name
    return "".join(ch for ch in last if ch.isprintable())[:200]


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise ExchangeError(f"{what} is te groot ({size // (1024 * 1024)} MB).")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ExchangeError(f"{what} is te groot.")
    return data


def _read_folder(json_path: Path, base: Path) -> Package:
    if not json_path.is_file():
        raise ExchangeError(f"In {base} staat geen {JSON_NAME}.")
    try:
        raw = _read_limited(json_path, MAX_JSON_BYTES, json_path.name)
    except OSError as error:
        raise ExchangeError(f"{json_path} kan niet worden gelezen: {error.strerror}.") from None
    root = base.resolve()

    def fetch(member: str, limit: int) -> bytes:
        target = (base / member).resolve()
        if not target.is_relative_to(root):
            raise FileNotFoundError(member)
        if not target.is_file():  # a pipe or device would block or never end
            raise FileNotFoundError(member)
        if target.stat().st_size > limit:
            raise _TooLarge(member)
        with target.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise _TooLarge(member)
        return data

    return _assemble(raw, json_path.name, fetch)


def _zip_refusal(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if not safe_member_name(info.filename.rstrip("/") if info.is_dir() else info.filename):
        return f'onveilige naam "{info.filename[:80]}"'
    if stat.S_ISLNK(mode):
        return f'koppeling (symlink) "{info.filename[:80]}"'
    if info.flag_bits & 0x1:
        return f'versleuteld onderdeel "{info.filename[:80]}"'
    if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return f'verdacht sterk ingepakt onderdeel "{info.filename[:80]}" (zip-bom)'
    return None


def _read_zip(path: Path) -> Package:
    what = path.name
    if path.stat().st_size > MAX_TOTAL_BYTES + MAX_JSON_BYTES:
        raise ExchangeError(f"{what} is te groot om in te lezen.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ExchangeError(f"{what} is geen geldig zip-bestand.") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ExchangeError(f"{what} bevat te veel bestanden ({len(infos)}).")
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            refusal = _zip_refusal(info)
            if refusal:
                raise ExchangeError(f"{what} wordt geweigerd: {refusal}.")
            if info.filename in members:
                raise ExchangeError(f'{what} bevat "{info.filename[:80]}" twee keer.')
            members[info.filename] = info
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise ExchangeError(f"{what} is uitgepakt te groot (zip-bom?).")
        prefix = _package_prefix(members, what)

        def fetch(member: str, limit: int) -> bytes:
            info = members.get(prefix + member)
            if info is None or info.is_dir():
                raise FileNotFoundError(member)
            if info.file_size > limit:
                raise _TooLarge(member)
            with archive.open(info) as handle:
                data = handle.read(limit + 1)
            if len(data) > limit:
                raise _TooLarge(member)
            return data

        try:
            raw = fetch(JSON_NAME, MAX_JSON_BYTES)
        except _TooLarge:
            raise ExchangeError(f"{JSON_NAME} in {what} is te groot.") from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise ExchangeError(f"{what} is beschadigd: {JSON_NAME} is onleesbaar.") from None
        return _assemble(raw, JSON_NAME, fetch)


def _package_prefix(members: dict[str, zipfile.ZipInfo], what: str) -> str:
    """ "" when document.json is at the top, "folder/" when the folder itself was zipped."""
    if JSON_NAME in members:
        return ""
    nested = [name for name in members if name.count("/") == 1 and name.endswith(JSON_NAME)]
    if len(nested) == 1 and nested[0].split("/")[1] == JSON_NAME:
        return nested[0][: -len(JSON_NAME)]
    raise ExchangeError(f"{what} bevat geen {JSON_NAME}; is dit een VNHG Desk-bestand?")


def _assemble(raw: bytes, source: str, fetch: Fetch) -> Package:
    """Parse the envelope and fetch and verify every photo the document uses."""
    data = parse_envelope(raw, source)
    document: dict[str, Any] = data["document"]
    entries = {entry["hash"]: (index, entry) for index, entry in enumerate(data.get("photos", []))}
    problems = Problems()
    photos: dict[str, PackagedPhoto] = {}
    total = 0
    for place, photo_hash in _used_photos(document):
        if photo_hash in photos:
            continue
        if photo_hash not in entries:
            problems.add(place, f"foto {photo_hash[:12]}… staat niet in de lijst photos")
            continue
        index, entry = entries[photo_hash]
        entry_place = f"photos[{index}].file"
        member = entry["file"]
        if not safe_member_name(member):
            problems.add(entry_place, f'onveilig pad "{member[:80]}"')
            continue
        try:
            blob = fetch(member, MAX_PHOTO_BYTES)
        except _TooLarge:
            problems.add(entry_place, f'foto "{member}" is te groot')
            continue
        except (FileNotFoundError, KeyError, IsADirectoryError, NotADirectoryError):
            problems.add(entry_place, f'foto "{member}" ontbreekt')
            continue
        except (OSError, zipfile.BadZipFile, EOFError, ValueError):
            problems.add(entry_place, f'foto "{member}" is beschadigd of onleesbaar')
            continue
        photo = PackagedPhoto(blob, clean_filename(entry.get("filename") or member))
        if photo.sha256 != photo_hash:
            problems.add(entry_place, f'inhoud van "{member}" past niet bij de SHA-256')
            continue
        if "size" in entry and entry["size"] != len(blob):
            problems.add(f"photos[{index}].size", f"{entry['size']} verwacht, {len(blob)} gevonden")
            continue
        total += len(blob)
        if total > MAX_TOTAL_BYTES:
            raise ExchangeError(f"{source}: de foto's zijn samen te groot.")
        photos[photo_hash] = photo
    raise_problems(problems, source)
    return Package(document=document, photos=photos)


def _used_photos(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(place, hash) of every photo reference in a checked document dict."""
    used = []
    for i, item in enumerate(document.get("content") or []):
        for j, ref in enumerate(item.get("photos") or []):
            used.append((f"document.content[{i}].photos[{j}].photo_hash", ref["photo_hash"]))
    return used
