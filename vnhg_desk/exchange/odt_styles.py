"""OpenDocument namespaces and styles: which paragraph style a name means, and emphasis.

Automatic styles (``P1``, ``T3``) point at a named style through their parent; display
names ("Heading 1") are what the importer compares, as for Word.
"""

from __future__ import annotations

from lxml import etree

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"


class Styles:
    """Style names, parents and bold/italic from content.xml and styles.xml."""

    def __init__(self, *roots: etree._Element | None) -> None:
        self.parent: dict[str, str] = {}
        self.shown: dict[str, str] = {}
        self.bold: dict[str, bool] = {}
        self.italic: dict[str, bool] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(f"{STYLE}style"):
                name = style.get(f"{STYLE}name") or ""
                self.parent[name] = style.get(f"{STYLE}parent-style-name") or ""
                self.shown[name] = style.get(f"{STYLE}display-name") or name.replace("_20_", " ")
                props = style.find(f"{STYLE}text-properties")
                if props is not None:
                    weight = props.get(f"{FO}font-weight")
                    if weight is not None:
                        self.bold[name] = weight in ("bold", "600", "700", "800", "900")
                    slant = props.get(f"{FO}font-style")
                    if slant is not None:
                        self.italic[name] = slant in ("italic", "oblique")

    def _chain(self, name: str) -> list[str]:
        chain: list[str] = []
        while name and name not in chain and len(chain) < 20:
            chain.append(name)
            name = self.parent.get(name, "")
        return chain

    def display(self, name: str) -> str:
        """The display name of the first named (non-automatic) style in the chain."""
        for link in self._chain(name):
            shown = self.shown.get(link, link)
            if link not in self.parent or not _automatic(link):
                return shown
        return name

    def emphasis(self, name: str) -> tuple[bool, bool]:
        """(bold, italic) as the style or the first style above it that says so."""
        bold = italic = None
        for link in self._chain(name):
            if bold is None and link in self.bold:
                bold = self.bold[link]
            if italic is None and link in self.italic:
                italic = self.italic[link]
            shown = self.shown.get(link, link)
            if bold is None and shown == "Strong Emphasis":
                bold = True
            if italic is None and shown == "Emphasis":
                italic = True
        return bool(bold), bool(italic)


def _automatic(name: str) -> bool:
    """Automatic style names are a letter and a number (P1, T12, Table1.A1 ...)."""
    head = name.rstrip("0123456789")
    return head != name and head in ("P", "T", "L", "Table", "fr", "gr", "Sect")
