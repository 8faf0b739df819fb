"""The house type scale: one table of text roles (face, size, leading, colour, spacing).

Both writers read this table: the PDF builds its paragraph styles from it
(:mod:`vnhg_desk.export.pdf.styles`) and Word its named styles
(:mod:`vnhg_desk.export.docx.styles`), so a headline, caption or pull quote has the same
face, weight, colour and proportions in both. Sizes are points for the newsletter's
columns; Word, read in one wide column on screen, sets text sizes a step larger
(:func:`word_size`). Role names are stable: the tagged PDF maps them to structure roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Face = Literal["sans", "serif"]
Align = Literal["left", "justify", "centre", "right"]

#: Word's text sizes are the scale's times this, rounded to half points (one wide column).
WORD_FACTOR = 1.12
#: Display sizes (headlines) are already large: Word takes them as they are.
DISPLAY_SIZE = 18.0


@dataclass(frozen=True)
class TextRole:
    """How one kind of text looks. ``colour`` names a role of the house palette."""

    name: str
    face: Face
    size: float
    leading: float
    colour: str = "text"
    bold: bool = False
    italic: bool = False
    caps: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    align: Align = "left"
    keep_with_next: bool = False
    indent: float = 0.0
    #: A bullet role: the bullet's own indent (the text hangs at ``indent``).
    bullet_indent: float | None = None
    #: Running text: hyphenated, no widows or orphans.
    running: bool = False

    def font_face(self) -> str:
        """ "regular", "bold", "italic" or "bold_italic": the face of the family to use."""
        if self.bold and self.italic:
            return "bold_italic"
        return "bold" if self.bold else "italic" if self.italic else "regular"


def _roles(*roles: TextRole) -> dict[str, TextRole]:
    return {role.name: role for role in roles}


#: Every text role of the newsletter, the flyer and the Word file.
SCALE: dict[str, TextRole] = _roles(
    TextRole("body", "serif", 9.4, 13.2, align="justify", space_after=5.5, running=True),
    TextRole(
        "bullet",
        "serif",
        9.4,
        13.2,
        align="justify",
        space_after=2.5,
        indent=11,
        bullet_indent=1,
        running=True,
    ),
    TextRole(
        "subheading",
        "sans",
        10.5,
        13.2,
        colour="primary",
        bold=True,
        space_before=7,
        space_after=1.5,
        keep_with_next=True,
        running=True,
    ),
    TextRole(
        "kicker",
        "sans",
        8.5,
        11,
        colour="accent",
        bold=True,
        caps=True,
        space_before=2,
        space_after=3,
    ),
    TextRole("title", "sans", 30, 30.6, colour="primary", bold=True, space_after=4),
    TextRole("banner", "sans", 12.5, 14, colour="paper", bold=True, space_before=4, space_after=10),
    TextRole("reference", "sans", 8, 10, colour="muted", space_after=2),
    TextRole("headline", "sans", 25, 28.5, colour="primary", bold=True, space_after=5),
    TextRole("subtitle", "sans", 13, 17, colour="muted", space_after=8),
    TextRole("lead", "serif", 11.2, 15.6, bold=True, space_after=10, running=True),
    TextRole("quote", "serif", 14.5, 19, colour="primary", bold=True, italic=True),
    TextRole(
        "quote_attribution",
        "sans",
        7.5,
        10,
        colour="accent",
        bold=True,
        caps=True,
        space_before=4,
    ),
    TextRole("caption", "sans", 7.6, 10, space_before=3),
    TextRole("credit", "sans", 7.6, 10, colour="muted", italic=True),
    TextRole("byline", "sans", 8, 11, colour="muted", italic=True, space_before=4, align="right"),
    TextRole("box_kicker", "sans", 7.8, 10, colour="accent", bold=True, caps=True, space_after=2),
    TextRole("box_title", "sans", 13, 16, colour="primary", bold=True, space_after=5),
    TextRole("box_body", "sans", 8.6, 12, space_after=4, running=True),
    TextRole(
        "box_bullet",
        "sans",
        8.6,
        12,
        space_after=2.5,
        indent=10,
        bullet_indent=0,
        running=True,
    ),
    TextRole("footer", "sans", 7.4, 9, colour="muted", align="centre"),
)


def role(name: str) -> TextRole:
    """The role with this name (KeyError for an unknown one: a programming error)."""
    return SCALE[name]


def word_size(size: float) -> float:
    """A scale size as Word sets it: text a step larger, display sizes unchanged."""
    if size >= DISPLAY_SIZE:
        return size
    return round(size * WORD_FACTOR * 2) / 2
