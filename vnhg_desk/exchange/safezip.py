"""Reading zip files (Word, OpenDocument, exchange packages) without trusting what they say.

Python's ``zipfile`` parses the central directory well, but inflates a member in one
call (deflate when read whole, bzip2 and lzma always), so a few hundred compressed bytes
can take gigabytes of memory before any size is checked, and it trusts the sizes the
directory states. :class:`SafeZip` uses ``zipfile`` only for the directory and inflates
each member itself, in bounded steps, for stored, deflate, bzip2 and lzma members,
counting the bytes that really come out: a member above its cap, all members together
above the total, or a member that inflates far more than its compressed size is refused
as soon as the limit is passed. Only regular members are read (no links, no devices, no
encrypted ones), the CRC is checked, and every refusal is one Dutch sentence naming
the file. The file itself is opened only when it is a regular file, without blocking
(a named pipe called ``x.docx`` is refused at once).
"""

from __future__ import annotations

import bz2
import lzma
import os
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from vnhg_desk.errors import ExchangeError

#: Inflated bytes produced per step (and compressed bytes read per step).
STEP = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_STORED, _DEFLATED, _BZIP2, _LZMA = 0, 8, 12, 14
#: What to do about a file refused for its content (every message ends with an action).
ASK = "vraag de afzender om een nieuw bestand"
#: The biggest LZMA dictionary we let a member ask for (7-Zip's "ultra" uses 64 MB).
_MAX_LZMA_DICT = 128 * 1024 * 1024


class ZipMemberTooLarge(ExchangeError):
    """A member inflated past its cap (or all members together past the total)."""


class ZipDamaged(ExchangeError):
    """A member's data does not inflate or does not match its CRC."""


@dataclass(frozen=True)
class ZipLimits:
    """What one kind of zip may hold; every limit counts real bytes, not stated ones."""

    max_file_bytes: int
    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    #: A member larger than ``ratio_floor`` may inflate at most ``max_ratio`` times
    #: the compressed bytes read so far (text compresses 5-20 times, photos hardly).
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024


def open_regular(path: Path, what: str | None = None) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file; never blocks on a pipe."""
    name = what or Path(path).name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise ExchangeError(
            f"Het bestand {name} bestaat niet; kies een bestaand bestand."
        ) from None
    except IsADirectoryError:
        raise ExchangeError(f"{name} is een map en geen bestand; kies een bestand.") from None
    except PermissionError:
        raise ExchangeError(
            f"{name} mag niet worden gelezen; vraag leesrechten of kopieer het bestand."
        ) from None
    except OSError as error:
        raise ExchangeError(
            f"{name} kan niet worden geopend (systeemfout {error.errno}); kies een ander bestand."
        ) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise ExchangeError(
            f"{name} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat) en wordt "
            "daarom niet geïmporteerd; kies een echt bestand."
        )
    return os.fdopen(descriptor, "rb")


def safe_member_name(name: str) -> bool:
    """True for a relative path inside the package: no root, drive, ``..`` or backslash."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    if parts and ":" in parts[0]:
        return False
    return all(part not in ("..", "") for part in parts)


def declared_entries(handle: BinaryIO, size: int) -> int | None:
    """The member count the end record states (read before ``zipfile`` parses them all)."""
    tail_size = min(size, 65536 + 22)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) < at + 22:
        return None
    entries = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    locator = tail.rfind(_ZIP64_LOCATOR, 0, at)
    if entries == 0xFFFF and locator >= 0 and len(tail) >= locator + 20:
        offset = struct.unpack("<Q", tail[locator + 8 : locator + 16])[0]
        if offset + 40 <= size:
            handle.seek(offset)
            record = handle.read(40)
            if record[:4] == b"PK\x06\x06":
                return int(struct.unpack("<Q", record[32:40])[0])
    return int(entries)


class SafeZip:
    """An opened zip whose members are read with real-byte limits; a context manager."""

    def __init__(
        self, path: Path, limits: ZipLimits, what: str | None = None, *, not_a_zip: str = ""
    ) -> None:
        """Open ``path``; ``not_a_zip`` is the message when it is no zip at all."""
        import zipfile

        self.what = what or Path(path).name
        self.limits = limits
        self.total = 0
        self._handle = open_regular(Path(path), self.what)
        try:
            size = os.fstat(self._handle.fileno()).st_size
            self.size = size
            if size > limits.max_file_bytes:
                raise ExchangeError(
                    f"{self.what} is te groot om in te lezen (meer dan "
                    f"{limits.max_file_bytes // (1024 * 1024)} MB); kies een kleiner bestand."
                )
            count = declared_entries(self._handle, size) if size else None
            if count is not None and count > limits.max_members:
                raise ExchangeError(
                    f"{self.what} bevat te veel bestanden ({count}) om veilig te lezen; {ASK}."
                )
            self._handle.seek(0)
            try:
                archive = zipfile.ZipFile(self._handle)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error,
                    NotImplementedError):  # fmt: skip
                raise ExchangeError(
                    not_a_zip
                    or f"{self.what} is geen geldig zip-bestand of is beschadigd; "
                    "vraag de afzender het opnieuw te sturen."
                ) from None
            infos = archive.infolist()
            if len(infos) > limits.max_members:
                raise ExchangeError(
                    f"{self.what} bevat te veel bestanden ({len(infos)}) om veilig te lezen; {ASK}."
                )
            self.members: dict[str, zipfile.ZipInfo] = {}
            for info in infos:
                refusal = member_refusal(info, limits)
                if refusal:
                    raise ExchangeError(f"{self.what} wordt geweigerd: {refusal}; {ASK}.")
                if info.filename in self.members:
                    raise ExchangeError(
                        f'{self.what} bevat "{info.filename[:80]}" twee keer en wordt daarom '
                        f"geweigerd; {ASK}."
                    )
                self.members[info.filename] = info
            if sum(info.file_size for info in infos) > limits.max_total_bytes:
                raise ExchangeError(f"{self.what} is uitgepakt te groot (zip-bom?); {ASK}.")
        except BaseException:
            self._handle.close()
            raise

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._handle.close()

    def names(self) -> list[str]:
        """Names of the regular (non-folder) members, in the directory's order."""
        return [name for name, info in self.members.items() if not info.is_dir()]

    def __contains__(self, name: object) -> bool:
        info = self.members.get(name) if isinstance(name, str) else None
        return info is not None and not info.is_dir()

    def read(self, name: str, limit: int | None = None) -> bytes:
        """The member's bytes, at most ``limit`` (and the member cap); KeyError if absent."""
        info = self.members.get(name)
        if info is None or info.is_dir():
            raise KeyError(name)
        cap = min(limit or self.limits.max_member_bytes, self.limits.max_member_bytes)
        shown = PurePosixPath(name).name[:80]
        pieces: list[bytes] = []
        size = crc = 0
        for piece, consumed in self._pieces(info):
            size += len(piece)
            self.total += len(piece)
            if size > cap:
                raise ZipMemberTooLarge(
                    f'{self.what} wordt geweigerd: onderdeel "{shown}" is uitgepakt te groot; '
                    f"{ASK}."
                )
            if self.total > self.limits.max_total_bytes:
                raise ZipMemberTooLarge(f"{self.what} is uitgepakt te groot (zip-bom?); {ASK}.")
            limits = self.limits
            if size > limits.ratio_floor and size > limits.max_ratio * max(consumed, 1):
                raise ZipMemberTooLarge(
                    f'{self.what} wordt geweigerd: verdacht sterk ingepakt onderdeel "{shown}" '
                    f"(zip-bom); {ASK}."
                )
            crc = zlib.crc32(piece, crc)
            pieces.append(piece)
        if crc != info.CRC or size != info.file_size:
            raise ZipDamaged(
                f"{self.what} is beschadigd (de controlegetallen van de inhoud kloppen niet); "
                "vraag de afzender het bestand opnieuw te sturen."
            )
        return b"".join(pieces)

    # -- inflating ------------------------------------------------------------------------
    def _pieces(self, info: object) -> Iterator[tuple[bytes, int]]:
        """:meth:`_inflate`, with a read error of the file itself reported as damage."""
        try:
            yield from self._inflate(info)
        except OSError:
            raise self._damaged() from None

    def _damaged(self) -> ZipDamaged:
        return ZipDamaged(
            f"{self.what} is beschadigd (de ingepakte inhoud is onleesbaar); "
            "vraag de afzender het bestand opnieuw te sturen."
        )

    def _compressed(self, info: object) -> Iterator[bytes]:
        """The member's compressed bytes, in steps, after its local header."""
        offset = int(getattr(info, "header_offset", 0))
        if not 0 <= offset < self.size:
            raise self._damaged()
        self._handle.seek(offset)
        header = self._handle.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
            raise self._damaged()
        fields = _LOCAL_HEADER.unpack(header)
        if fields[2] & 0x1:  # encrypted, even if the directory said otherwise
            raise ExchangeError(
                f"{self.what} is (deels) met een wachtwoord versleuteld en wordt niet gelezen; "
                "sla het op zonder wachtwoord."
            )
        start = offset + _LOCAL_HEADER.size + fields[9] + fields[10]
        left = min(int(getattr(info, "compress_size", 0)), max(0, self.size - start))
        self._handle.seek(start)
        while left > 0:
            chunk = self._handle.read(min(STEP, left))
            if not chunk:
                break
            left -= len(chunk)
            yield chunk

    def _inflate(self, info: object) -> Iterator[tuple[bytes, int]]:
        """(inflated piece, compressed bytes consumed so far); each piece at most STEP."""
        method = int(getattr(info, "compress_type", -1))
        consumed = 0
        if method == _STORED:
            for chunk in self._compressed(info):
                consumed += len(chunk)
                yield chunk, consumed
            return
        decompressor = self._decompressor(method)
        finished = False
        try:
            for chunk in self._compressed(info):
                consumed += len(chunk)
                for piece in decompressor.feed(chunk):
                    yield piece, consumed
                if decompressor.eof:
                    finished = True
                    break
        except (zlib.error, OSError, EOFError, ValueError, lzma.LZMAError):
            raise self._damaged() from None
        if not finished and not decompressor.eof and not decompressor.may_end_without_marker:
            raise self._damaged()

    def _decompressor(self, method: int) -> _Bounded:
        if method == _DEFLATED:
            return _Deflate()
        if method == _BZIP2:
            return _Bz2()
        if method == _LZMA:
            return _Lzma()
        raise ExchangeError(
            f"{self.what} gebruikt een inpakmethode die VNHG Desk niet kent; "
            "sla het bestand opnieuw op (bijvoorbeeld in Word of LibreOffice)."
        )


def member_refusal(info: object, limits: ZipLimits | None = None) -> str | None:
    """Why a member makes the whole zip unacceptable (Dutch), or None."""
    filename = str(getattr(info, "filename", ""))
    is_dir = filename.endswith("/")
    shown = filename[:80]
    mode = int(getattr(info, "external_attr", 0)) >> 16
    if not safe_member_name(filename.rstrip("/") if is_dir else filename):
        return f'onveilige naam "{shown}"'
    if stat.S_ISLNK(mode):
        return f'koppeling (symlink) "{shown}"'
    if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return f'onderdeel "{shown}" is geen gewoon bestand'
    if int(getattr(info, "flag_bits", 0)) & 0x1:
        return f'versleuteld onderdeel "{shown}"'
    ratio = limits.max_ratio if limits else 100
    floor = limits.ratio_floor if limits else 1024 * 1024
    size = int(getattr(info, "file_size", 0))
    if size > floor and size > ratio * max(int(getattr(info, "compress_size", 0)), 1):
        return f'verdacht sterk ingepakt onderdeel "{shown}" (zip-bom)'
    return None


class _Bounded:
    """A decompressor fed compressed chunks that hands out at most STEP bytes at a time."""

    eof = False
    may_end_without_marker = False

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        raise NotImplementedError


class _Deflate(_Bounded):
    def __init__(self) -> None:
        self._inner = zlib.decompressobj(-15)

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        data = chunk
        while data and not self._inner.eof:
            piece = self._inner.decompress(data, STEP)
            data = self._inner.unconsumed_tail
            if piece:
                yield piece
        self.eof = self._inner.eof


class _Bz2(_Bounded):
    """bzip2 (and lzma below): the decompressor keeps input it has not used yet."""

    def __init__(self) -> None:
        self._inner: bz2.BZ2Decompressor | lzma.LZMADecompressor = bz2.BZ2Decompressor()

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        piece = self._inner.decompress(chunk, max_length=STEP)
        if piece:
            yield piece
        while not self._inner.eof and not self._inner.needs_input:
            piece = self._inner.decompress(b"", max_length=STEP)
            if piece:
                yield piece
        self.eof = self._inner.eof


class _Lzma(_Bz2):
    """Zip's lzma: a 4-byte header, the filter properties, then a raw LZMA1 stream."""

    may_end_without_marker = True

    def __init__(self) -> None:
        self._head = b""
        self._started = False

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        if not self._started:
            self._head += chunk
            if len(self._head) < 4:
                return
            props_size = struct.unpack("<H", self._head[2:4])[0]
            if props_size != 5:
                raise lzma.LZMAError("unexpected properties")
            if len(self._head) < 4 + props_size:
                return
            props = self._head[4:9]
            lc_lp_pb = props[0]
            dict_size = struct.unpack("<I", props[1:5])[0]
            if lc_lp_pb >= 9 * 5 * 5 or dict_size > _MAX_LZMA_DICT:
                raise lzma.LZMAError("unexpected properties")
            pb, rest = divmod(lc_lp_pb, 45)
            lp, lc = divmod(rest, 9)
            lzma1 = {"id": lzma.FILTER_LZMA1, "dict_size": dict_size, "lc": lc, "lp": lp, "pb": pb}
            self._inner = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[lzma1])
            self._started = True
            chunk = self._head[9:]
            self._head = b""
        yield from super().feed(chunk)
