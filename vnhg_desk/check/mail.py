"""Findings about the cover e-mail: addresses that are not valid or look like demo data,
and a subject or text that does not name this edition (another title, another date)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register

#: Domains reserved for examples and tests (RFC 2606, RFC 6761): never a real council.
_DEMO_SUFFIXES = (".invalid", ".example", ".test", ".localhost")
_DEMO_DOMAINS = ("example.org", "example.com", "example.net")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_WORD_DATE = re.compile(
    r"\b(\d{1,2})\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{4})\b",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def demo_address(address: str) -> bool:
    """True for an address in a domain reserved for examples (".invalid", "example.org")."""
    domain = address.strip().rsplit("@", 1)[-1].lower().rstrip(".")
    return domain.endswith(_DEMO_SUFFIXES) or any(
        domain == d or domain.endswith("." + d) for d in _DEMO_DOMAINS
    )


def dates_in(text: str) -> list[date]:
    """The calendar dates written in ``text`` ("25 september 2026", "25-9-2026", ISO)."""
    found: list[tuple[int, date]] = []

    def add(position: int, year: str, month: int, day: str) -> None:
        try:
            found.append((position, date(int(year), month, int(day))))
        except ValueError:
            pass

    for m in _WORD_DATE.finditer(text):
        add(m.start(), m.group(3), _MONTHS[m.group(2).lower()], m.group(1))
    for m in _NUMERIC_DATE.finditer(text):
        add(m.start(), m.group(3), int(m.group(2)), m.group(1))
    for m in _ISO_DATE.finditer(text):
        add(m.start(), m.group(1), int(m.group(2)), m.group(3))
    return [day for _position, day in sorted(found, key=lambda x: x[0])]


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _place(field_name: str, label: str) -> Place:
    return Place(field_name, area="cover-email", label=f"begeleidende e-mail, {label}")


@register
def recipients(context: CheckContext) -> Iterator[Finding]:
    """Every address must be valid; demo addresses are named together in one warning."""
    cover = context.cover
    if cover is None:
        return
    from vnhg_desk.export.eml import address_problem

    demo = []
    for recipient in cover.recipients:
        problem = address_problem(recipient.address)
        if problem:
            shown = " ".join(recipient.address.split())[:80]
            yield finding(
                "recipient-invalid",
                f"“{shown}” is geen geldig e-mailadres.",
                _place("recipients", "adressenlijst"),
            )
        elif demo_address(recipient.address):
            demo.append(recipient.address.strip())
    if demo:
        shown = ", ".join(demo[:3]) + (f" en {len(demo) - 3} meer" if len(demo) > 3 else "")
        yield finding(
            "recipient-demo",
            f"{len(demo)} van de {len(cover.recipients)} ontvangers lijken voorbeeldadressen "
            f"({shown}); vervang ze door echte adressen.",
            _place("recipients", "adressenlijst"),
        )


@register
def subject_and_date(context: CheckContext) -> Iterator[Finding]:
    """The subject names the edition (title or date); no other date than the edition's."""
    cover = context.cover
    if cover is None:
        return
    from vnhg_desk.export.eml import fill_template, template_fields

    document = context.document
    values = template_fields(document)
    subject = fill_template(cover.subject_template, values)
    body = fill_template(cover.body_template, values)
    title = document.title.strip()
    named = bool(title) and _normal(title) in _normal(subject)
    if not named and not (document.date and document.date in dates_in(subject)):
        shown = " ".join(subject.split()) or "(leeg)"
        yield finding(
            "mail-subject",
            f"Het onderwerp “{shown}” noemt titel noch datum van deze editie.",
            _place("subject_template", "onderwerp"),
        )
    for name, label, text in (
        ("subject_template", "onderwerp", subject),
        ("body_template", "tekst", body),
    ):
        written = dates_in(text)
        if written and document.date not in written:
            edition_date = (
                f"de editie is van {document.date.strftime('%d-%m-%Y')}"
                if document.date
                else "de editie heeft geen datum"
            )
            yield finding(
                "mail-date",
                f"De e-mail ({label}) noemt {written[0].strftime('%d-%m-%Y')}, maar "
                f"{edition_date}.",
                _place(name, label),
            )
