"""The association's house style: name, logo, colours, fonts, contact footer.

Colours are hex strings ("#RRGGBB") for screen and e-mail; ``print_colours`` may give
CMYK values (0-100 per channel) for the print PDF. Font names refer to the families
shipped in resources/fonts (see :mod:`vnhg_desk.layout.fonts` once it exists).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Earlier default values that a stored house style still holds because it was saved
#: with them, mapped to today's default when read (:mod:`vnhg_desk.store.codec`).
RETIRED_DEFAULTS: dict[str, tuple[str, ...]] = {"accent_colour": ("#E07B00",)}


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
    # A text-safe orange: 5.2:1 on white and 4.5:1 on the box tint (WCAG AA); the
    # earlier default #E07B00 had 3.0:1 and 2.6:1 (see RETIRED_DEFAULTS).
    accent_colour: str = "#A45A00"
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
