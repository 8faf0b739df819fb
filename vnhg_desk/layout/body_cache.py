"""Parsed bodies kept in the user's cache folder, so an export need not import markdown-it.

Parsing a body takes well under a millisecond, but importing markdown-it and building its
parser costs about 45 ms in every new process: an eighth of a command-line export. A body
parsed once is stored as JSON under the hash of its text (and of the installed
markdown-it, so an upgrade parses anew). A cache file that is missing, damaged or of
another shape is no error: the body is parsed again.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from vnhg_desk.layout.cache_files import cache_path, write_cache
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_text,
    parse_body,
)

#: Raise when the stored shape below or the meaning of the body format changes.
_FORMAT = 1
#: More files than this and the oldest quarter is removed (each is a few kB).
MAX_FILES = 2000


@lru_cache(maxsize=1)
def _parser_stamp() -> str:
    """Which markdown-it is installed (found without importing it)."""
    try:
        spec = find_spec("markdown_it")
        origin = Path(spec.origin) if spec and spec.origin else None
        stat = origin.stat() if origin else None
    except (ImportError, ValueError, OSError):
        return "unknown"
    return f"{origin}|{stat.st_size}|{stat.st_mtime_ns}" if stat else "unknown"


def _file_for(markdown: str) -> Path:
    key = f"{_FORMAT}|{_parser_stamp()}|{markdown}".encode("utf-8", "surrogatepass")
    return cache_path("bodies", hashlib.sha256(key).hexdigest() + ".json")


def parse_body_cached(markdown: str) -> list[Block]:
    """:func:`parse_body`, from the cache when this text was parsed before."""
    if not markdown or not markdown.strip():
        return []
    try:
        target: Path | None = _file_for(markdown)
    except OSError:
        target = None
    if target is not None:
        blocks = _read(target)
        if blocks is not None:
            return blocks
    blocks = parse_body(markdown)
    if target is not None:
        write_cache(target, json.dumps(_encode(blocks)).encode("ascii"))  # lone surrogates too
        _prune(target.parent)
    return blocks


def plain_text_cached(markdown: str) -> str:
    """:func:`~vnhg_desk.model.richtext.plain_text`, from the cache when this text was
    parsed before (the window's word counts, right after its first frame)."""
    return blocks_text(parse_body_cached(markdown))


def _read(target: Path) -> list[Block] | None:
    try:
        data = json.loads(target.read_bytes())
        if not isinstance(data, list) or not data:  # a blank body is never cached
            return None
        return [_decode_block(item) for item in data]
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def _encode(blocks: list[Block]) -> list[list[object]]:
    out: list[list[object]] = []
    for block in blocks:
        if isinstance(block, Subheading):
            out.append(["h", block.text])
        elif isinstance(block, BulletList):
            out.append(["l", [_encode_spans(item) for item in block.items]])
        else:
            out.append(["p", _encode_spans(block.spans)])
    return out


def _encode_spans(spans: tuple[Span, ...]) -> list[list[object]]:
    return [[span.text, span.bold, span.italic, span.link] for span in spans]


def _decode_block(item: object) -> Block:
    if not isinstance(item, list) or len(item) != 2:
        raise ValueError("not a block")
    kind, value = item
    if kind == "h" and isinstance(value, str):
        return Subheading(value)
    if kind == "p":
        return Paragraph(_decode_spans(value))
    if kind == "l" and isinstance(value, list):
        return BulletList(tuple(_decode_spans(entry) for entry in value))
    raise ValueError("unknown block")


def _decode_spans(value: object) -> tuple[Span, ...]:
    if not isinstance(value, list):
        raise ValueError("not spans")
    spans = []
    for entry in value:
        text, bold, italic, link = entry
        if not (
            isinstance(text, str)
            and isinstance(bold, bool)
            and isinstance(italic, bool)
            and (link is None or isinstance(link, str))
        ):
            raise ValueError("not a span")
        spans.append(Span(text, bold, italic, link))
    return tuple(spans)


#: Cache files this process knows of per folder: counted once, then kept up to date, so
#: a cache miss (a body just edited, in the live preview) does not list the folder again.
_file_counts: dict[Path, int] = {}


def _prune(folder: Path) -> None:
    """Keep the folder small: past MAX_FILES, the oldest quarter goes."""
    try:
        known = _file_counts.get(folder)
        if known is not None and known + 1 <= MAX_FILES:
            _file_counts[folder] = known + 1
            return
        with os.scandir(folder) as scan:
            entries = [entry for entry in scan if entry.name.endswith(".json")]
        _file_counts[folder] = len(entries)
        if len(entries) <= MAX_FILES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
        for entry in entries[: len(entries) // 4]:
            os.unlink(entry.path)
        _file_counts[folder] = len(entries) - len(entries) // 4
    except OSError:
        _file_counts.pop(folder, None)
