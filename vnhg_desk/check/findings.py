"""What a pre-send check reports: findings with a stable code, a severity, a Dutch
sentence and the place in the document (part uid + field) they point to.

Every code is declared once in :data:`CODES` with its severity; docs/checks.md lists
them all (a test keeps the two in step).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """Blocking findings make ``vnhg-desk check`` exit non-zero; warnings do not."""

    BLOCKING = "blokkerend"
    WARNING = "waarschuwing"


B, W = Severity.BLOCKING, Severity.WARNING

#: Every finding the check can report: code -> (severity, what it means, in short).
CODES: dict[str, tuple[Severity, str]] = {
    "title-empty": (B, "de editie heeft geen titel"),
    "date-empty": (B, "de editie heeft geen datum"),
    "place-empty": (W, "de editie heeft geen plaats"),
    "placeholder-text": (B, "er staat nog opvultekst in (lorem ipsum, XXX, [naam], …)"),
    "article-no-body": (B, "een artikel heeft geen tekst"),
    "article-no-headline": (W, "een artikel heeft geen kop"),
    "headline-long": (W, "een kop beslaat meer dan drie regels in de opmaak"),
    "caption-no-credit": (W, "een bijschrift zonder fotograaf"),
    "photo-no-alt": (B, "een foto zonder alternatieve tekst"),
    "alt-is-caption": (W, "alternatieve tekst gelijk aan het bijschrift"),
    "photo-low-ppi": (W, "een foto heeft in drukwerk minder dan 150 ppi"),
    "link-malformed": (B, "een link is geen geldig web- of e-mailadres"),
    "contrast-low": (W, "een tekstkleur haalt het WCAG-AA-contrast niet"),
    "pages-budget": (W, "de editie past niet in haar paginabudget (te lang of te veel ruimte)"),
    "pages-not-multiple-of-4": (W, "drukwerk: het aantal pagina's is geen viervoud"),
    "email-pdf-large": (W, "de PDF voor e-mail is groter dan 1 MB"),
    "characters-dropped": (W, "tekens die geen lettertype van de PDF tekent, worden weggelaten"),
    "recipient-invalid": (B, "een ontvanger heeft geen geldig e-mailadres"),
    "recipient-demo": (W, "een ontvanger lijkt een voorbeeldadres (.invalid, example.org)"),
    "mail-subject": (W, "het onderwerp van de e-mail noemt titel of datum van de editie niet"),
    "mail-date": (B, "de begeleidende e-mail noemt een andere datum dan de editie"),
    "spelling": (W, "een veld heeft woorden die het woordenboek en de woordenlijst niet kennen"),
}


@dataclass(frozen=True)
class Place:
    """Where a finding points: a part of the document and one of its fields.

    ``area`` is "document" (the edition or invitation; ``part`` is the uid of an article
    or box, None for the edition's own fields such as title and date), "cover-email" or
    "house-style". ``item`` is the uid of a photo or pull quote inside the part.
    ``field`` is the model attribute ("title", "headline", "body", "alt_text", ...).
    """

    field: str
    part: str | None = None
    item: str | None = None
    area: str = "document"
    label: str = ""  # how a person finds it: "artikel 2 (HET RAVIJNJAAR…), foto 1"


@dataclass(frozen=True)
class Finding:
    """One problem: stable code, severity, a Dutch sentence, and where it is."""

    code: str
    severity: Severity
    message: str
    place: Place

    @property
    def blocking(self) -> bool:
        """True when the document should not go out like this."""
        return self.severity is Severity.BLOCKING

    def line(self) -> str:
        """One line for the command line: severity, code, place, sentence (tab-separated)."""
        where = self.place.label or self.place.field
        return f"{self.severity.value}\t{self.code}\t{where}\t{self.message}"


def finding(code: str, message: str, place: Place) -> Finding:
    """A finding with the severity declared for ``code`` in :data:`CODES`."""
    severity, _meaning = CODES[code]
    return Finding(code, severity, message, place)
