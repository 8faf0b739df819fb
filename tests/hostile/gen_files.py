"""Generators of hostile library files and exchange files for the suite.

Library files start from a real, valid library made by the program (so only the one
thing under test is wrong); exchange files start from a real export of a document.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# --- library files --------------------------------------------------------------------


def sqlite_objects(path: Path) -> list[tuple[str, str]]:
    """(type, name) of every table, index, view and trigger in a database, read-only."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
    connection.close()
    return rows


def _tables(path: Path) -> list[str]:
    """Ordinary tables (no virtual tables or their shadow tables, no sqlite_ internals)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
        names = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
    connection.close()
    return [
        name
        for name in names
        if not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]


def _edit(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def make_empty(path: Path, _valid: Path) -> None:
    path.write_bytes(b"")


def make_random_bytes(path: Path, _valid: Path) -> None:
    path.write_bytes(os.urandom(8192))


def make_text_file(path: Path, _valid: Path) -> None:
    path.write_text("Dit is een notitie, geen bibliotheek.\n" * 50, encoding="utf-8")


def make_corrupt_header(path: Path, valid: Path) -> None:
    data = bytearray(valid.read_bytes())
    data[0:16] = b"Not a database!\x00"
    path.write_bytes(bytes(data))


def make_corrupt_page(path: Path, valid: Path) -> None:
    """A valid header, but the second page (a b-tree page) overwritten with garbage."""
    data = bytearray(valid.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    start = page_size
    data[start : start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def make_damaged_deep_page(path: Path, valid: Path) -> None:
    """A page deep inside the documents table (an overflow page of a long edition, not
    the root page that the open-time probe reads) overwritten with garbage."""
    data = bytearray(valid.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    with sqlite3.connect(f"file:{valid}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'documents' AND pagetype != 'internal' "
            "ORDER BY pageno DESC"
        ).fetchall()
    connection.close()
    assert len(rows) > 1, "the valid library needs a documents table of several pages"
    start = (rows[0][0] - 1) * page_size
    data[start : start + page_size] = bytes((i * 53 + 7) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def make_truncated(path: Path, valid: Path) -> None:
    """The file cut after its first page (a copy that did not finish)."""
    data = valid.read_bytes()
    page_size = int.from_bytes(data[16:18], "big") or 65536
    path.write_bytes(data[: page_size + 100])


def make_other_program(path: Path, _valid: Path) -> None:
    _edit(
        path,
        "CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)",
        "INSERT INTO klanten (naam) VALUES ('Bakkerij de Vries')",
    )


def make_newer_version(path: Path, valid: Path) -> None:
    path.write_bytes(valid.read_bytes())
    version = sqlite3.connect(valid).execute("PRAGMA user_version").fetchone()[0]
    _edit(path, f"PRAGMA user_version = {int(version) + 50}")


def make_foreign_application_id(path: Path, valid: Path) -> None:
    path.write_bytes(valid.read_bytes())
    _edit(path, "PRAGMA application_id = 1234567")


def make_extra_trigger(path: Path, valid: Path) -> None:
    """A plain-SQL trigger on every table that would write into a table of its own."""
    path.write_bytes(valid.read_bytes())
    statements = ["CREATE TABLE IF NOT EXISTS stolen (what TEXT)"]
    for table in _tables(valid):
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(
                f'CREATE TRIGGER "evil_{event}_{table}" AFTER {event} ON "{table}" '  # noqa: S608 (test fixture)
                f"BEGIN INSERT INTO stolen VALUES ('{event} {table}'); END"
            )
    _edit(path, *statements)


def make_extra_view(path: Path, valid: Path) -> None:
    path.write_bytes(valid.read_bytes())
    table = _tables(valid)[0]
    _edit(path, f'CREATE VIEW spy AS SELECT * FROM "{table}"')  # noqa: S608


def make_view_shadowing_table(path: Path, valid: Path) -> None:
    """An expected table renamed away and replaced by a view of the same name."""
    path.write_bytes(valid.read_bytes())
    table = _tables(valid)[0]
    _edit(
        path,
        "PRAGMA legacy_alter_table = ON",
        f'ALTER TABLE "{table}" RENAME TO "{table}_orig"',
        f'CREATE VIEW "{table}" AS SELECT * FROM "{table}_orig"',  # noqa: S608
    )


def make_wal_without_companion(path: Path, valid: Path) -> None:
    """A library switched to WAL by someone, copied while its -wal held recent writes."""
    source = path.with_name("wal-source.db")
    source.write_bytes(valid.read_bytes())
    writer = sqlite3.connect(source, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        # Writes the copy will miss: they are recorded only in the -wal file.
        writer.execute("CREATE TABLE only_in_wal (x)")
        writer.execute("DROP TABLE only_in_wal")
        path.write_bytes(source.read_bytes())  # the main file only, without -wal / -shm
    finally:
        writer.close()
    assert path.read_bytes()[18:20] == b"\x02\x02", "the copy is not in WAL mode"


def make_leftover_wal(path: Path, valid: Path) -> None:
    """A valid library with a stray ``-wal`` file beside it from another copy."""
    path.write_bytes(valid.read_bytes())
    Path(str(path) + "-wal").write_bytes(os.urandom(4096))


def make_directory(path: Path, _valid: Path) -> None:
    path.mkdir()


def make_named_pipe(path: Path, _valid: Path) -> None:
    """A FIFO: reading it blocks until someone writes (it must not hang the program)."""
    os.mkfifo(path)


def make_link_to_device(path: Path, _valid: Path) -> None:
    """A symlink to /dev/zero: endless bytes."""
    path.symlink_to("/dev/zero")


LIBRARY_CASES: dict[str, Callable[[Path, Path], None]] = {
    "empty-file": make_empty,
    "random-bytes": make_random_bytes,
    "text-file": make_text_file,
    "corrupt-header": make_corrupt_header,
    "corrupt-page": make_corrupt_page,
    "damaged-deep-page": make_damaged_deep_page,
    "truncated-copy": make_truncated,
    "other-program-database": make_other_program,
    "newer-user-version": make_newer_version,
    "foreign-application-id": make_foreign_application_id,
    "extra-triggers": make_extra_trigger,
    "extra-view": make_extra_view,
    "view-shadowing-table": make_view_shadowing_table,
    "wal-copied-without-companion": make_wal_without_companion,
    "leftover-wal-beside-file": make_leftover_wal,
    "directory-not-file": make_directory,
    "named-pipe": make_named_pipe,
    "link-to-dev-zero": make_link_to_device,
}


def fingerprint(path: Path) -> dict[str, bytes | None]:
    """The bytes of a library file and of every side file SQLite could create beside it."""
    prints: dict[str, bytes | None] = {}
    for suffix in ("", "-journal", "-wal", "-shm"):
        side = Path(str(path) + suffix)
        prints[suffix] = side.read_bytes() if side.is_file() else None
    return prints


# --- exchange files -------------------------------------------------------------------


def read_zip(data: bytes) -> dict[str, bytes]:
    """The members of a zip, by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(members: dict[str, bytes], *, symlinks: dict[str, str] | None = None) -> bytes:
    """A zip with these members (deflated), plus optional symlink members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return buffer.getvalue()


def document_json_name(members: dict[str, bytes]) -> str:
    """The name of the document.json member (at the root or in one folder)."""
    names = [name for name in members if name.rsplit("/", 1)[-1] == "document.json"]
    assert names, f"no document.json in the export: {sorted(members)}"
    return min(names, key=len)


def with_json(members: dict[str, bytes], change: Callable[[dict[str, Any]], None]) -> bytes:
    """The export with its document.json changed by ``change``."""
    name = document_json_name(members)
    envelope = json.loads(members[name])
    change(envelope)
    changed = dict(members)
    changed[name] = json.dumps(envelope, ensure_ascii=False).encode()
    return write_zip(changed)


def first_article(envelope: dict[str, Any]) -> dict[str, Any]:
    """The first article dict of an exported edition."""
    content = envelope["document"]["content"]
    return next(item for item in content if "headline" in item)


def zip_bomb(size: int = 512 * 1024 * 1024) -> bytes:
    """A zip whose one photo member inflates to ``size`` bytes of zeros (ratio ~1000:1)."""
    buffer = io.BytesIO()
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("photos/" + "0" * 64 + ".jpg", "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def many_members(count: int = 60_000) -> bytes:
    """A zip with a huge number of tiny members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(count):
            archive.writestr(f"photos/{index}.txt", b"")
    return buffer.getvalue()


def sparse_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that costs no disk space (a 'huge' file)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def deeply_nested_json(depth: int = 100_000) -> bytes:
    """Valid JSON nested so deep that a recursive parser runs out of stack."""
    return b'{"format": "vnhg-desk-document", "version": 1, "document": ' + (
        b"[" * depth + b"]" * depth + b"}"
    )


# --- zips whose directory lies ----------------------------------------------------------

_METHODS = {"stored": 0, "deflate": 8, "bzip2": 12, "lzma": 14}


def _compressed_zeros(method: str, size: int) -> tuple[bytes, int]:
    """``size`` zero bytes compressed with ``method`` (streamed: little memory), and CRC."""
    import bz2
    import lzma
    import zlib

    chunk = b"\x00" * (1024 * 1024)
    if method == "stored":
        return b"\x00" * size, zlib.crc32(b"\x00" * size)
    if method == "deflate":
        # After a full flush deflate starts afresh, so every 1 MB of zeros compresses to
        # the same bytes: repeat them instead of compressing gigabytes.
        compressor: Any = zlib.compressobj(9, zlib.DEFLATED, -15)
        segment = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        count, rest = divmod(size, len(chunk))
        assert not rest, "whole megabytes only"
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(chunk, crc)
        return segment * count + compressor.flush(), crc
    if method == "bzip2":
        compressor = bz2.BZ2Compressor(9)
    elif method == "lzma":
        filters = [{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20, "mode": lzma.MODE_FAST}]
        compressor = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=filters)
    else:
        raise ValueError(method)
    parts, crc, left = [], 0, size
    while left > 0:
        piece = chunk[: min(left, len(chunk))]
        crc = zlib.crc32(piece, crc)
        parts.append(compressor.compress(piece))
        left -= len(piece)
    parts.append(compressor.flush())
    data = b"".join(parts)
    if method == "lzma":  # zip's lzma header: version 9.20, 5 property bytes
        props = lzma._encode_filter_properties(filters[0])
        data = b"\x09\x14\x05\x00" + props + data
    return data, crc


def lying_zip(
    members: dict[str, bytes], bomb_name: str, method: str, size: int, stated: int = 1000
) -> bytes:
    """A zip with ``members`` (deflated, honest) and one member ``bomb_name`` holding
    ``size`` zeros compressed with ``method`` whose local header and central directory
    both claim it is only ``stated`` bytes (and whose CRC is that of the real bytes)."""
    import zlib

    data, crc = _compressed_zeros(method, size)
    out = io.BytesIO()
    central = []
    for name, raw in members.items():
        payload = zlib.compress(raw, 9)[2:-4]
        central.append(_entry(out, name.encode(), 8, payload, zlib.crc32(raw), len(raw)))
    central.append(_entry(out, bomb_name.encode(), _METHODS[method], data, crc, stated))
    start = out.tell()
    for record in central:
        out.write(record)
    end = out.tell()
    out.write(b"PK\x05\x06" + bytes(4) + _u16(len(central)) * 2 + _u32(end - start) + _u32(start))
    out.write(b"\x00\x00")
    return out.getvalue()


def _u16(value: int) -> bytes:
    return value.to_bytes(2, "little")


def _u32(value: int) -> bytes:
    return (value & 0xFFFFFFFF).to_bytes(4, "little")


def _entry(out: io.BytesIO, name: bytes, method: int, payload: bytes, crc: int,
           stated: int) -> bytes:  # fmt: skip
    """Write a local header and data; return the central directory record."""
    offset = out.tell()
    version = 63 if method == 14 else 46 if method == 12 else 20
    flags = 0x2 if method == 14 else 0  # lzma: end-of-stream marker present
    common = (
        _u16(version) + _u16(flags) + _u16(method) + _u32(0) + _u32(crc)
        + _u32(len(payload)) + _u32(stated) + _u16(len(name))
    )  # fmt: skip
    out.write(b"PK\x03\x04" + common + _u16(0) + name + payload)
    return (
        b"PK\x01\x02" + _u16(0x031E) + common + _u16(0) + _u16(0) + _u16(0) + _u16(0)
        + _u32(0o100644 << 16) + _u32(offset) + name
    )  # fmt: skip
