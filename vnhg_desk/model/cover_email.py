"""The cover e-mail that carries the PDF to the councils."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Recipient:
    """One address on the mailing list, with the groups it belongs to ("alle raden")."""

    address: str
    name: str = ""
    groups: list[str] = field(default_factory=list)


@dataclass
class CoverEmail:
    """Recipients, a subject and body template with {fields}, and a signature.

    Template fields: ``{title}``, ``{date}``, ``{meeting}``, ``{place}``.
    """

    recipients: list[Recipient] = field(default_factory=list)
    sender: str = ""
    subject_template: str = "{title} {date}"
    body_template: str = (
        "Beste leden van de colleges en gemeenteraden in Noord-Holland,\n\n"
        "Hierbij ontvangt u het {title} van {date} in {place}.\n\n"
        "Met vriendelijke groet,"
    )
    signature: str = ""
    default_group: str = "alle raden"
