"""The association's house style: name, logo, colours, fonts, contact footer.

Colours are hex strings ("#RRGGBB") for screen and e-mail; ``print_colours`` may give
CMYK values (0-100 per channel) for the print PDF. Font names refer to the families
shipped in resources/fonts (see :mod:`vnhg_desk.layout.fonts` once it exists).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Contact:
    """The contact line in the footer of every page."""

    website: str = "www.vnhg.info"
    email: str = ""
    phone: str = ""
    social: list[str] = field(default_factory=list)
    address: str = ""


@dataclass
class HouseStyle:
    """Everything that makes the newsletter look like the association's own."""

    association_name: str = "Vereniging van Noord-Hollandse Gemeenten"
    short_name: str = "VNHG"
    logo_hash: str | None = None
    primary_colour: str = "#0B5394"
    accent_colour: str = "#E07B00"
    tint_colour: str = "#E8F0F8"
    text_colour: str = "#1A1A1A"
    print_colours: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    heading_font: str = "Noto Sans"
    body_font: str = "Noto Serif"
    contact: Contact = field(default_factory=Contact)
    default_title: str = "Verslag ledenvergadering"
    #: The library's own hyphenation exceptions ("Vattenfall", "ge-alar-meerd"), see
    #: :mod:`vnhg_desk.layout.typeset.exceptions`.
    hyphenation_exceptions: list[str] = field(default_factory=list)
