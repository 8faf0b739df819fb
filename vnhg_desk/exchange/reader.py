"""Read an exchange package from a .zip/.vnhg file, a folder or a bare .json, safely.

Zip members are read into memory with size caps (never extracted to disk); archives with
absolute or ``..`` paths, links, encryption, too many members or a suspicious compression
ratio are refused. Every photo the document uses must be present and match its SHA-256.
"""

from __future__ import annotations

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
from vnhg_desk.exchange.safezip import (
    SafeZip,
    ZipDamaged,
    ZipLimits,
    ZipMemberTooLarge,
    open_regular,
    safe_member_name,
)

MAX_MEMBERS = 2_000


def package_limits() -> ZipLimits:
    """What a package zip may hold, counted in bytes really inflated (see safezip)."""
    return ZipLimits(
        max_file_bytes=MAX_TOTAL_BYTES + MAX_JSON_BYTES,
        max_members=MAX_MEMBERS,
        max_member_bytes=MAX_PHOTO_BYTES,
        max_total_bytes=MAX_TOTAL_BYTES + MAX_JSON_BYTES,
    )


ZIP_SUFFIXES = (".zip", ".vnhg")

Fetch = Callable[[str, int], bytes]


class _TooLarge(Exception):
    pass


def read_package(path: Path) -> Package:
    """The package at ``path`` (zip, folder or .json), fully checked.

    Every refusal names the file or folder the user chose and ends with what to do.
    """
    path = Path(path)
    try:
        return _read_package(path)
    except ExchangeError as error:
        raise ExchangeError(_for_user(str(error), path.name)) from None


#: Words with which a message already says what to do.
_ACTIONS = ("vraag ", "kies ", "sla ", "gebruik ", "werk ", "open ", "vervang ", "verwijder ")


def _for_user(message: str, name: str) -> str:
    """The message about the package's document.json told as one about ``name``, with an
    action at the end when it has none."""
    if name != JSON_NAME:
        message = message.replace(f"{JSON_NAME} in {name}", f"Het document in {name}")
        if message.startswith(JSON_NAME + " "):
            message = f"Het document in {name}" + message[len(JSON_NAME) :]
    if not any(action in message.lower() for action in _ACTIONS):
        message = message.rstrip(". ") + "; vraag de afzender om een nieuw bestand."
    return message


def _read_package(path: Path) -> Package:
    if path.is_dir():
        return _read_folder(path / JSON_NAME, path)
    with open_regular(path) as handle:  # a pipe or device is refused without blocking
        head = handle.read(4)
    if path.suffix.lower() in ZIP_SUFFIXES or head.startswith(b"PK"):
        return _read_zip(path)
    if path.suffix.lower() != ".json":
        raise ExchangeError(
            f"{path.name} is geen uitwisselbestand; gebruik een .json-, .zip- of "
            ".vnhg-bestand of een map met document.json."
        )
    return _read_folder(path, path.parent)


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


def _read_zip(path: Path) -> Package:
    what = path.name
    with SafeZip(path, package_limits(), what) as archive:
        prefix = _package_prefix(archive.members, what)

        def fetch(member: str, limit: int) -> bytes:
            try:
                return archive.read(prefix + member, limit)
            except ZipMemberTooLarge:
                raise _TooLarge(member) from None

        try:
            raw = fetch(JSON_NAME, MAX_JSON_BYTES)
        except _TooLarge:
            raise ExchangeError(f"{JSON_NAME} in {what} is te groot.") from None
        except ZipDamaged:
            raise ExchangeError(
                f"{what} is beschadigd: {JSON_NAME} is onleesbaar; vraag de afzender het "
                "bestand opnieuw te sturen."
            ) from None
        return _assemble(raw, JSON_NAME, fetch)


def _package_prefix(members: dict[str, Any], what: str) -> str:
    """ "" when document.json is at the top, "folder/" when the folder itself was zipped."""
    if JSON_NAME in members:
        return ""
    nested = [name for name in members if name.count("/") == 1 and name.endswith(JSON_NAME)]
    if len(nested) == 1 and nested[0].split("/")[1] == JSON_NAME:
        return nested[0][: -len(JSON_NAME)]
    raise ExchangeError(
        f"{what} is geen VNHG Desk-uitwisselbestand (er staat geen {JSON_NAME} in); kies een "
        "bestand dat VNHG Desk heeft gemaakt."
    )


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
        except (OSError, ZipDamaged, EOFError, ValueError):
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
    return Package(
        document=document,
        photos=photos,
        cover_email=data.get("cover_email"),
        origin=data.get("origin"),
        taken_from=data.get("taken_from"),
    )


def _used_photos(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(place, hash) of every photo reference in a checked document dict."""
    used = []
    for i, item in enumerate(document.get("content") or []):
        for j, ref in enumerate(item.get("photos") or []):
            used.append((f"document.content[{i}].photos[{j}].photo_hash", ref["photo_hash"]))
    return used
