"""The cover e-mail as an .eml draft (``X-Unsent: 1``) that a mail program opens as new.

Recipients go in Bcc: the councils' 40+ addresses stay private to each other (AVG) and a
"reply all" cannot reach every council. The visible To is the sender's own address (or
the empty group ``undisclosed-recipients:;``) so that no mail server flags the message.
"""

from __future__ import annotations

import mimetypes
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, getaddresses, make_msgid, parseaddr
from pathlib import Path

from vnhg_desk.atomic import write_bytes_atomic
from vnhg_desk.errors import ExportError
from vnhg_desk.layout.document_info import document_info
from vnhg_desk.model import CoverEmail, Edition, HouseStyle, Invitation, Recipient
from vnhg_desk.store.protocol import ExportSource

_FIELD = re.compile(r"\{([A-Za-z_]+)\}")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\]+$")


def template_fields(
    document: Edition | Invitation, style: HouseStyle | None = None
) -> dict[str, str]:
    """The values for {title}, {date}, {meeting} and {place}: the document info's, which
    the PDF's metadata and Word's properties state too."""
    return document_info(document, style).template_fields()


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` with ``values[name]``; unknown fields and other braces stay.

    Deliberately not ``str.format``: a user's template can neither reach attributes
    (``{title.__class__}``) nor break on a stray brace.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return values[name] if name in values else match.group(0)

    return _FIELD.sub(replace, template)


def one_line(text: str) -> str:
    """Text fit for a header: line breaks and control characters become one space."""
    text = _CONTROL.sub(" ", _LINE_BREAKS.sub(" ", text))
    return re.sub(r" {2,}", " ", text).strip()


def chosen_recipients(cover: CoverEmail, groups: Sequence[str] | None) -> list[Recipient]:
    """The recipients in any of ``groups`` (default: the cover's default group), no repeats.

    When the default group is used and nobody is in it, every recipient is taken.
    """
    wanted = [cover.default_group] if groups is None else list(groups)
    chosen = [r for r in cover.recipients if set(r.groups) & set(wanted)]
    if groups is None and not chosen:
        chosen = list(cover.recipients)
    seen: set[str] = set()
    unique = []
    for recipient in chosen:
        key = recipient.address.strip().lower()
        if key not in seen:
            seen.add(key)
            unique.append(recipient)
    return unique


def all_groups(cover: CoverEmail) -> list[str]:
    """Every group named in the recipients list, the default group first."""
    names: dict[str, None] = {}
    if cover.default_group:
        names[cover.default_group] = None
    for recipient in cover.recipients:
        for group in recipient.groups:
            names.setdefault(group, None)
    return list(names)


_LIST = "in de adressenlijst"
_SENDER = "in het veld Afzender"


def _address(address: str, name: str = "", where: str = _LIST) -> Address:
    """A checked address; a malformed one raises ExportError naming it and its field."""
    raw = address.strip()
    shown = one_line(raw)[:80]
    if raw != one_line(raw) or not _ADDRESS.match(raw):
        raise ExportError(f"Ongeldig e-mailadres {where}: “{shown}”.")
    user, domain = raw.rsplit("@", 1)
    if not user.isascii():  # would need SMTPUTF8, which many council servers lack
        raise ExportError(
            f"Het e-mailadres “{shown}” {where} heeft letters met accenten vóór de @; "
            "vraag de ontvanger om een adres zonder accenten."
        )
    try:
        domain = domain.encode("idna").decode("ascii")  # "súdwest-fryslân.nl" -> "xn--..."
        return Address(display_name=one_line(name), username=user, domain=domain)
    except (ValueError, IndexError, TypeError, UnicodeError) as error:
        raise ExportError(f"Ongeldig e-mailadres {where}: “{shown}”.") from error


def address_problem(address: str) -> str | None:
    """None when ``address`` can go in the draft, else the Dutch reason."""
    try:
        _address(address)
    except ExportError as error:
        return str(error)
    return None


def parse_sender(text: str) -> tuple[str, str]:
    """(display name, address) of a sender as a mail program shows it.

    Accepts ``adres``, ``Naam <adres>``, ``"Nijman, Ben" <adres>`` and Outlook's unquoted
    ``Nijman, Ben <adres>`` (whose comma the header grammar would read as two addresses:
    the name is then everything before the last ``<``). Raises ExportError naming the field.
    """
    line = one_line(text)
    found = [pair for pair in getaddresses([line]) if pair[1]]
    if len(found) == 1 and "@" in found[0][1]:
        return found[0]
    before, bracket, after = line.rpartition("<")
    if bracket and after.endswith(">"):
        name, address = parseaddr(bracket + after)
        if "@" in address and not name:
            return before.strip().strip('"').strip(), address
    raise ExportError(f"Ongeldig e-mailadres {_SENDER}: “{line[:80]}”.")


def sender_problem(text: str) -> str | None:
    """None when the sender can go in the draft, else the Dutch reason naming the field."""
    try:
        name, address = parse_sender(text)
        _address(address, name, _SENDER)
    except ExportError as error:
        return str(error)
    return None


def _sender(cover: CoverEmail) -> Address | None:
    if not cover.sender.strip():
        return None
    name, address = parse_sender(cover.sender)
    return _address(address, name, _SENDER)


def _attach(message: EmailMessage, path: Path) -> None:
    mime, _encoding = mimetypes.guess_type(path.name)
    maintype, subtype = (mime or "application/octet-stream").split("/", 1)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExportError(f"De bijlage “{path.name}” kan niet worden gelezen.") from error
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)


def build_message(
    document: Edition | Invitation,
    cover: CoverEmail,
    attachments: Iterable[Path],
    *,
    groups: Sequence[str] | None = None,
    style: HouseStyle | None = None,
) -> EmailMessage:
    """The draft message: headers, plain-text body with signature, attachments."""
    values = template_fields(document, style)
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    sender = _sender(cover)
    if sender is not None:
        message["From"] = sender
        message["To"] = sender
    else:
        message["To"] = "undisclosed-recipients:;"
    bcc = [_address(r.address, r.name) for r in chosen_recipients(cover, groups)]
    if bcc:
        message["Bcc"] = bcc
    message["Subject"] = one_line(fill_template(cover.subject_template, values))
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.domain if sender else None)
    body = fill_template(cover.body_template, values).rstrip()
    if cover.signature.strip():
        body += "\n\n" + cover.signature.strip()
    message.set_content(body.replace("\r\n", "\n") + "\n", charset="utf-8")
    for path in attachments:
        _attach(message, Path(path))
    return message


def write_eml(
    document: Edition | Invitation,
    cover: CoverEmail,
    attachments: list[Path],
    target: Path | str,
    *,
    groups: list[str] | None = None,
    style: HouseStyle | None = None,
) -> Path:
    """Write the draft to ``target`` atomically (temp file in the same folder, renamed)."""
    target = Path(target)
    data = build_message(document, cover, attachments, groups=groups, style=style).as_bytes()
    write_bytes_atomic(target, data)
    return target


def _pdf_name(document: Edition | Invitation) -> str:
    from vnhg_desk.export.dispatch import safe_file_name

    return safe_file_name(document.title, document.date) + ".pdf"


def write_document_eml(
    library: ExportSource,
    document: Edition | Invitation,
    target: Path | str,
    *,
    groups: list[str] | None = None,
    flyer: Invitation | None = None,
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Export the e-mail PDF (and the flyer) to a temp folder, then write the draft.

    ``library`` gives the house style, the cover e-mail and the photos (PhotoSource).
    """
    from vnhg_desk.export.pdf import write_pdf  # reportlab only when exporting

    style = library.house_style()
    cover = library.cover_email()
    parts = [document] + ([flyer] if flyer is not None else [])
    with tempfile.TemporaryDirectory(prefix="vnhg-desk-mail-") as folder:
        attachments = []
        for number, part in enumerate(parts):
            pdf = Path(folder) / str(number) / _pdf_name(part)
            pdf.parent.mkdir()

            def scaled(fraction: float, number: int = number) -> None:
                if progress is not None:
                    progress((number + min(max(fraction, 0.0), 1.0)) / len(parts) * 0.95)

            write_pdf(part, style, library, pdf, variant="email", progress=scaled)
            attachments.append(pdf)
        path = write_eml(document, cover, attachments, target, groups=groups, style=style)
    if progress is not None:
        progress(1.0)
    return path


def draft_for_document(
    library: ExportSource,
    doc_id: int,
    target: Path | str,
    *,
    groups: list[str] | None = None,
    flyer_id: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Write the e-mail draft of a library document and record it in the export log."""
    document = library.load(doc_id)
    flyer = library.load(flyer_id) if flyer_id is not None and flyer_id != doc_id else None
    if flyer is not None and not isinstance(flyer, Invitation):
        flyer = None
    path = write_document_eml(
        library, document, target, groups=groups, flyer=flyer, progress=progress
    )
    library.snapshot(doc_id, "export e-mailconcept")
    library.record_export(doc_id, "e-mailconcept", str(path))
    return path
