"""Which font files make a family: the faces shipped in resources/fonts, by family name.

The PDF writer registers these files; the Word writer uses the family names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vnhg_desk.resources import resource_path


@dataclass(frozen=True)
class FontFamily:
    """A family's four faces as file names in resources/fonts (bold italic may repeat bold)."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def files(self) -> dict[str, str]:
        """Face ("regular", "bold", "italic", "bold_italic") -> file name."""
        return {
            "regular": self.regular,
            "bold": self.bold,
            "italic": self.italic,
            "bold_italic": self.bold_italic,
        }

    def path(self, face: str) -> Path:
        """Where one face's TrueType file is."""
        return resource_path("fonts", self.files()[face])


FAMILIES: dict[str, FontFamily] = {
    family.name: family
    for family in (
        FontFamily(
            "Noto Sans",
            "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf",
        ),
        FontFamily(
            "Noto Serif",
            "NotoSerif-Regular.ttf",
            "NotoSerif-Bold.ttf",
            "NotoSerif-Italic.ttf",
            "NotoSerif-BoldItalic.ttf",
        ),
        # Arabic (with its presentation forms, drawn after shaping) and Hebrew: tried
        # before the general fallback for the characters of their script.
        FontFamily(
            "Noto Sans Arabic",
            "NotoSansArabic-Regular.ttf",
            "NotoSansArabic-Bold.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoSansArabic-Bold.ttf",
        ),
        FontFamily(
            "Noto Sans Hebrew",
            "NotoSansHebrew-Regular.ttf",
            "NotoSansHebrew-Bold.ttf",
            "NotoSansHebrew-Regular.ttf",
            "NotoSansHebrew-Bold.ttf",
        ),
        # Wide coverage (Cyrillic, symbols, some emoticons): the fallback per character.
        FontFamily(
            "DejaVu Sans",
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
        ),
    )
}

DEFAULT_HEADING = "Noto Sans"
DEFAULT_BODY = "Noto Serif"
FALLBACK = "DejaVu Sans"
#: Fonts for one script each, tried (in this order) before :data:`FALLBACK`.
SCRIPT_FALLBACKS = ("Noto Sans Arabic", "Noto Sans Hebrew")


def family(name: str, default: str = DEFAULT_BODY) -> FontFamily:
    """The family with this name, or ``default`` when the house style names an unknown one."""
    return FAMILIES.get(name.strip(), FAMILIES[default])


def available_families() -> list[str]:
    """Family names a house style may choose, for the settings dialog."""
    return [name for name in FAMILIES if name != FALLBACK and name not in SCRIPT_FALLBACKS]
