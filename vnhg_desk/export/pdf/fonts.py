"""Registering the shipped TrueType families with reportlab, and per-character fallback."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping, ps2tt
from reportlab.pdfbase import pdfmetrics

from vnhg_desk.export.pdf.font_cache import load_font
from vnhg_desk.layout.fonts import FALLBACK, SCRIPT_FALLBACKS, FontFamily, family

FACES = ("regular", "bold", "italic", "bold_italic")
_FLAGS = {"regular": (0, 0), "bold": (1, 0), "italic": (0, 1), "bold_italic": (1, 1)}


@dataclass(frozen=True)
class RegisteredFamily:
    """reportlab names of one family's faces; ``name`` is the regular face (markup base)."""

    family: str
    name: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """The reportlab font name for this combination."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.name


def _font_name(fam: FontFamily, face: str) -> str:
    stem = fam.files()[face].rsplit(".", 1)[0]
    return "VNHG-" + stem


@cache
def register(family_name: str) -> RegisteredFamily:
    """Register a family (once per process) so paragraphs can map <b>/<i> onto its faces."""
    fam = family(family_name)
    names = {}
    for face in FACES:
        name = _font_name(fam, face)
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(load_font(name, fam.path(face)))
        names[face] = name
    for face, (bold, italic) in _FLAGS.items():
        addMapping(names["regular"], bold, italic, names[face])
    return RegisteredFamily(
        fam.name, names["regular"], names["bold"], names["italic"], names["bold_italic"]
    )


@cache
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@cache
def _drawable(font_name: str) -> frozenset[str]:
    """The characters a font draws, plus those that need no glyph (as strings, so that
    a whole text is checked at once by a set operation)."""
    return frozenset(map(chr, _coverage(font_name))) | _INVISIBLE | {"\n", "\t"}


@cache
def _drawable_latin1(font_name: str) -> frozenset[str]:
    """Like :func:`_drawable`, for the first 256 characters only: most texts need no
    more, and this set is made in microseconds instead of a millisecond per face."""
    coverage = _coverage(font_name)
    latin1 = frozenset(chr(code) for code in range(256) if code in coverage)
    return latin1 | _INVISIBLE | {"\n", "\t"}


def covers(font_name: str, text: str) -> bool:
    """Whether the font draws every character of ``text`` (spaces and soft hyphens too)."""
    if not text or max(text) < "\u0100":
        return _drawable_latin1(font_name).issuperset(text)
    return _drawable(font_name).issuperset(text)


def fallback_family() -> RegisteredFamily:
    """The family used for characters the main font lacks."""
    return register(FALLBACK)


def has_glyph(font_name: str, char: str) -> bool:
    """Whether a registered TrueType font can draw this character."""
    return ord(char) in _coverage(font_name)


_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


#: Characters no shipped font draws, met since the last :func:`take_dropped` (for a
#: warning: an emoji such as U+1F389 is left out, never printed as its name). One set
#: per thread: the live preview and an export render at the same time, each in a thread
#: of its own, and neither may take the other's.
_LOCAL = threading.local()


def _dropped() -> set[str]:
    found: set[str] | None = getattr(_LOCAL, "dropped", None)
    if found is None:
        found = _LOCAL.dropped = set()
    return found


def take_dropped() -> list[str]:
    """The characters this thread left out since its last call, sorted; forgets them."""
    found = _dropped()
    dropped = sorted(found)
    found.clear()
    return dropped


def _script_faces(fallback: str) -> list[str]:
    """The script fonts (Arabic, Hebrew) in the weight of ``fallback``."""
    try:
        _family, bold, _italic = ps2tt(fallback)
    except ValueError:
        bold = 0
    return [register(name).face(bool(bold)) for name in SCRIPT_FALLBACKS]


def split_runs(text: str, main: str, fallback: str) -> list[tuple[str, str | None]]:
    """Cut text into ``(run, font)`` pieces: font None means the main font draws it.

    Arabic and Hebrew letters go to their script's font first. Characters no font
    has (an emoji outside the fallback's few) are left out and remembered for a
    warning (:func:`take_dropped`): never a box, never the character's name.
    """
    runs: list[tuple[str, str | None]] = []
    main_cover = _coverage(main)
    fallback_cover = _coverage(fallback)
    scripts: list[str] | None = None
    for char in text:
        code = ord(char)
        if code in main_cover or char in "\n\t " or char in _INVISIBLE:
            piece, font = char, None
        elif 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFEFC:
            scripts = scripts if scripts is not None else _script_faces(fallback)
            found = next((face for face in scripts if code in _coverage(face)), None)
            if found is None and code not in fallback_cover:
                _dropped().add(char)
                continue
            piece, font = char, found or fallback
        elif code in fallback_cover:
            piece, font = char, fallback
        elif unicodedata.category(char) in ("Mn", "Cf") or 0xFE00 <= code <= 0xFE0F:
            continue  # combining/format marks with no glyph anywhere: nothing to show
        else:
            _dropped().add(char)
            continue
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + piece, font)
        else:
            runs.append((piece, font))
    return runs
