"""Declare the house-style fonts in the font table, so Word can stand in a look-alike.

A colleague without Noto still gets a similar font: Word picks a substitute by the
declared PANOSE class, family and Unicode coverage, which we read from the shipped file.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx.document import Document as DocxDocument
from lxml import etree

from vnhg_desk.layout.fonts import FAMILIES

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SANS_SERIF_STYLES = range(11, 16)  # PANOSE serif-style values of sans-serif faces


@dataclass(frozen=True)
class FontInfo:
    """What the font table says about a family: PANOSE, family class, Unicode coverage."""

    panose: str
    family: str
    signature: dict[str, str]


@lru_cache(maxsize=16)
def font_info(path: Path) -> FontInfo | None:
    """PANOSE and coverage bits from a TrueType file's OS/2 table; None if unreadable."""
    try:
        data = path.read_bytes()
        (count,) = struct.unpack(">H", data[4:6])
        for index in range(count):
            tag, _sum, offset, length = struct.unpack(
                ">4sLLL", data[12 + 16 * index : 28 + 16 * index]
            )
            if tag != b"OS/2" or length < 86:
                continue
            table = data[offset : offset + length]
            panose = table[32:42]
            unicode_ranges = struct.unpack(">4L", table[42:58])
            code_pages = struct.unpack(">2L", table[78:86])
            sans = panose[0] == 2 and panose[1] in _SANS_SERIF_STYLES
            signature = {f"usb{n}": f"{v:08X}" for n, v in enumerate(unicode_ranges)}
            signature |= {f"csb{n}": f"{v:08X}" for n, v in enumerate(code_pages)}
            return FontInfo(panose.hex().upper(), "swiss" if sans else "roman", signature)
    except (OSError, struct.error):
        return None
    return None


def _guess(name: str) -> FontInfo:
    serif = any(word in name.lower() for word in ("serif", "roman", "times", "georgia"))
    sans = "sans" in name.lower()
    return FontInfo("", "roman" if serif and not sans else "swiss", {})


def declare_fonts(doc: DocxDocument, names: Iterable[str]) -> None:
    """Add a ``w:font`` entry for each family that the font table does not list yet."""
    part = next(
        (
            rel.target_part
            for rel in doc.part.rels.values()
            if rel.reltype.endswith("/fontTable") and not rel.is_external
        ),
        None,
    )
    if part is None:
        return
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(part.blob, parser)
    known = {font.get(f"{{{_W}}}name") for font in root.iter(f"{{{_W}}}font")}
    for name in dict.fromkeys(names):
        if not name or name in known:
            continue
        family = FAMILIES.get(name)
        info = (font_info(family.path("regular")) if family else None) or _guess(name)
        root.append(_font_element(name, info))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_element(name: str, info: FontInfo) -> etree._Element:
    def w(tag: str, **attrs: str) -> etree._Element:
        element = etree.Element(f"{{{_W}}}{tag}")
        for key, value in attrs.items():
            element.set(f"{{{_W}}}{key}", value)
        return element

    font = w("font", name=name)
    if info.panose:
        font.append(w("panose1", val=info.panose))
    font.append(w("charset", val="00"))
    font.append(w("family", val=info.family))
    font.append(w("pitch", val="variable"))
    if info.signature:
        font.append(w("sig", **info.signature))
    return font
