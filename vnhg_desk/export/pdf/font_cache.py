"""TrueType faces for reportlab, their parsed metrics kept in the user's cache folder.

Parsing a face (character map, widths, glyph positions) costs about 7 ms, eight faces
a noticeable part of a cold export. The parsed values are plain dicts, lists and ints;
they are kept with marshal (data only, never code) in a folder only the user writes,
keyed by the font file's size and time and the reportlab version. Anything unexpected
in the cache falls back to parsing the file.
"""

from __future__ import annotations

import marshal
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version, rl_config
from reportlab.pdfbase.ttfonts import (
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    unShapedFontGlob,
)

from vnhg_desk.layout.cache_files import cache_path, write_cache

# The file's bytes, a lambda, the path; and the glyph -> characters map, which reportlab
# only uses while parsing (the biggest part of the state: ~1 ms of 2 per face to load).
_NOT_KEPT = ("_ttf_data", "_pdfScale", "filename", "glyphToChar")
_FORMAT = 2


def load_font(name: str, path: Path) -> TTFont:
    """A reportlab TTFont for ``path`` under ``name``, from the cache when it is there."""
    try:
        target: Path | None = _cache_file(path)
    except OSError:
        target = None
    if target is not None:
        try:
            return _from_state(name, path, marshal.loads(target.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
            pass  # not cached yet, or damaged: parse the file and (re)write the cache
    font = TTFont(name, str(path))
    if target is not None:
        _store(target, font)
    return font


def _cache_file(path: Path) -> Path:
    stat = path.stat()
    stem = f"{path.stem}-{stat.st_size}-{int(stat.st_mtime)}-rl{Version}-{_FORMAT}.marshal"
    return cache_path("fonts", stem)


def _store(target: Path, font: TTFont) -> None:
    face = vars(font.face)
    state = {key: value for key, value in face.items() if key not in _NOT_KEPT}
    state["__names__"] = [key for key, value in face.items() if isinstance(value, TTFNameBytes)]
    state["__font_keys__"] = sorted(vars(font))
    try:
        data = marshal.dumps(state)  # ValueError if reportlab ever keeps something else
    except ValueError:
        return  # no cache: the next process parses the file again
    write_cache(target, data)


class _CachedFace(TTFontFace):
    """A face rebuilt from the cache; ``glyphToChar`` is made again if ever asked for."""

    def __getattr__(self, name: str) -> Any:  # only for attributes not set
        if name != "glyphToChar":
            raise AttributeError(name)
        inverse: dict[int, list[int]] = {}
        for char, glyph in self.charToGlyph.items():
            inverse.setdefault(glyph, []).append(char)
        self.glyphToChar = inverse
        return inverse


def _from_state(name: str, path: Path, state: dict) -> TTFont:
    """Rebuild what ``TTFont(name, path)`` makes, from the kept state."""
    state = dict(state)
    names = state.pop("__names__")
    font_keys = state.pop("__font_keys__")
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update(state)
    for key in names:
        setattr(face, key, TTFNameBytes(getattr(face, key)))
    if not isinstance(face.charToGlyph, dict) or not isinstance(face.charWidths, dict):
        raise TypeError("damaged font cache")
    face._ttf_data = path.read_bytes()
    face.filename = str(path)
    per_em = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * per_em)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    if sorted(vars(font)) != font_keys:  # reportlab builds fonts differently now
        raise KeyError("font cache does not match this reportlab")
    return font
