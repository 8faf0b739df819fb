"""The .eml draft: parses back, X-Unsent, Bcc recipients, safe templates and headers."""

from __future__ import annotations

import email
import io
import os
import stat
import subprocess
import sys
from datetime import date, time
from email import policy
from pathlib import Path

import pytest

from vnhg_desk.errors import ExportError
from vnhg_desk.export.eml import (
    all_groups,
    build_message,
    chosen_recipients,
    fill_template,
    write_eml,
)
from vnhg_desk.model import CoverEmail, Edition, Invitation, Recipient


def _cover(**changes) -> CoverEmail:
    cover = CoverEmail(
        recipients=[
            Recipient("griffie@schagen.example.org", "Griffie Schagen", ["alle raden"]),
            Recipient("raad@heiloo.example.org", "Raad Heiloo", ["alle raden"]),
            Recipient("college@edam-volendam.example.org", "College", ["colleges B&W"]),
            Recipient(
                "bestuur@wijdemeren.invalid",
                "Bestuurssecretariaat Wijdemeren",
                ["alle raden", "colleges B&W"],
            ),
        ],
        sender="Secretariaat VNHG <secretariaat@vnhg.example.org>",
        subject_template="{title} – {meeting} {date}",
        body_template="Geachte leden,\n\nBijgaand het {title} van {date} in {place}.",
        signature="Met vriendelijke groet,\nMarieke Dekker\nambtelijk secretaris",
    )
    for key, value in changes.items():
        setattr(cover, key, value)
    return cover


def _edition(**changes) -> Edition:
    edition = Edition(
        title="Verslag ledenvergadering",
        meeting="Najaarsvergadering",
        date=date(2026, 10, 9),
        place="Medemblik",
    )
    for key, value in changes.items():
        setattr(edition, key, value)
    return edition


def _pdf(folder: Path, name: str = "2026-10-09 Verslag ledenvergadering.pdf") -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.7\n% test content\n%%EOF\n")
    return path


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_draft_parses_with_headers_recipients_subject_body_and_pdf(tmp_path):
    pdf = _pdf(tmp_path)
    target = write_eml(_edition(), _cover(), [pdf], tmp_path / "bericht.eml")

    message = _parse(target)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Verslag ledenvergadering – Najaarsvergadering 9 oktober 2026"
    bcc = {address.addr_spec for address in message["Bcc"].addresses}
    assert bcc == {
        "griffie@schagen.example.org",
        "raad@heiloo.example.org",
        "bestuur@wijdemeren.invalid",
    }
    # The councils never see each other's addresses: To is the sender itself.
    assert message["To"].addresses[0].addr_spec == "secretariaat@vnhg.example.org"
    assert message["From"].addresses[0].display_name == "Secretariaat VNHG"
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "Bijgaand het Verslag ledenvergadering van 9 oktober 2026 in Medemblik." in body
    assert body.rstrip().endswith("Marieke Dekker\nambtelijk secretaris")
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"]
    assert attachments[0].get_filename() == pdf.name
    assert attachments[0].get_content() == pdf.read_bytes()


def test_groups_choose_the_recipients_without_repeats(tmp_path):
    cover = _cover()
    chosen = chosen_recipients(cover, ["colleges B&W", "alle raden"])
    assert len(chosen) == 4
    colleges = [r.address for r in chosen_recipients(cover, ["colleges B&W"])]
    assert colleges == ["college@edam-volendam.example.org", "bestuur@wijdemeren.invalid"]
    assert all_groups(cover) == ["alle raden", "colleges B&W"]
    message = build_message(_edition(), cover, [], groups=["colleges B&W"])
    assert "edam-volendam" in str(message["Bcc"]) and "heiloo" not in str(message["Bcc"])


def test_no_sender_uses_undisclosed_recipients(tmp_path):
    message = build_message(_edition(), _cover(sender=""), [])
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert "undisclosed-recipients" in parsed["To"]
    assert parsed["From"] is None
    assert len(parsed["Bcc"].addresses) == 3


def test_template_fields_are_safe_and_unknown_fields_stay():
    values = {"title": "Verslag", "date": "9 oktober 2026"}
    assert fill_template("{title} {onbekend} {date}", values) == "Verslag {onbekend} 9 oktober 2026"
    assert fill_template("{title.__class__} {0} {", values) == "{title.__class__} {0} {"
    assert fill_template("{{title}}", values) == "{Verslag}"


def test_user_text_cannot_inject_headers(tmp_path):
    edition = _edition(title="Verslag\r\nBcc: indringer@kwaad.invalid\nX-Evil: 1")
    cover = _cover(subject_template="{title}\nCc: nog@kwaad.invalid")
    target = write_eml(edition, cover, [], tmp_path / "bericht.eml")
    message = _parse(target)
    assert message["X-Evil"] is None and message["Cc"] is None
    assert "indringer" not in str(message["Bcc"])
    assert "\n" not in message["Subject"]
    assert message["Subject"].startswith("Verslag Bcc: indringer@kwaad.invalid")


@pytest.mark.parametrize(
    "address",
    ["raad@heiloo.example.org\nBcc: x@y.org", "geen-adres", "a@b", "a b@c.org", "<a@b.org>"],
)
def test_malformed_addresses_give_a_dutch_message(tmp_path, address):
    cover = _cover(recipients=[Recipient(address, "", ["alle raden"])])
    with pytest.raises(ExportError, match="Ongeldig e-mailadres"):
        write_eml(_edition(), cover, [], tmp_path / "bericht.eml")
    assert not (tmp_path / "bericht.eml").exists()


def test_non_ascii_attachment_name_uses_rfc2231(tmp_path):
    pdf = _pdf(tmp_path, "Verslag Hoofddorp – café één.pdf")
    target = write_eml(_edition(), _cover(), [pdf], tmp_path / "bericht.eml")
    raw = target.read_bytes().decode("ascii")  # the whole file is 7-bit
    assert "filename*" in raw and "utf-8''" in raw
    (attachment,) = _parse(target).iter_attachments()
    assert attachment.get_filename() == "Verslag Hoofddorp – café één.pdf"


def test_invitation_fields_and_flyer_attachment(tmp_path):
    invitation = Invitation(
        theme="Wonen voor starters",
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        place="Purmerend",
    )
    cover = _cover(subject_template="Uitnodiging: {meeting} op {date}")
    report, flyer = _pdf(tmp_path), _pdf(tmp_path, "Save the date.pdf")
    message = _parse(write_eml(invitation, cover, [report, flyer], tmp_path / "u.eml"))
    assert message["Subject"] == "Uitnodiging: Wonen voor starters op 20 november 2026"
    names = [a.get_filename() for a in message.iter_attachments()]
    assert names == [report.name, "Save the date.pdf"]


def test_missing_attachment_is_a_dutch_error(tmp_path):
    with pytest.raises(ExportError, match="bijlage"):
        write_eml(_edition(), _cover(), [tmp_path / "weg.pdf"], tmp_path / "bericht.eml")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits")
def test_read_only_folder_gives_message_and_no_file(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError):
            write_eml(_edition(), _cover(), [], folder / "bericht.eml")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_missing_folder_or_locked_target_gives_message(tmp_path, monkeypatch):
    with pytest.raises(ExportError):
        write_eml(_edition(), _cover(), [], tmp_path / "bestaat-niet" / "bericht.eml")
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "bericht.eml"
    target.write_bytes(b"open in het mailprogramma")

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError):
        write_eml(_edition(), _cover(), [], target)
    assert target.read_bytes() == b"open in het mailprogramma"
    assert [p.name for p in out.iterdir()] == ["bericht.eml"]


def test_failed_write_leaves_existing_file_untouched(tmp_path):
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "bericht.eml"
    target.write_bytes(b"oud concept")
    with pytest.raises(ExportError):
        write_eml(_edition(), _cover(), [tmp_path / "ontbreekt.pdf"], target)
    assert target.read_bytes() == b"oud concept"
    assert [p.name for p in out.iterdir()] == ["bericht.eml"]


def _library_with_report(tmp_path):
    from vnhg_desk.model import Article
    from vnhg_desk.store import Library

    library = Library.open(tmp_path / "bibliotheek.vnhg-desk")
    edition = _edition(
        content=[Article(kicker="VERSLAG", headline="Jeugdzorg vraagt om regie", body="Tekst.")]
    )
    library.save(edition)
    library.save_cover_email(_cover())
    return library, edition.id


def test_dispatcher_writes_eml_with_the_email_pdf_and_logs_it(tmp_path):
    from vnhg_desk.export.dispatch import export_document

    library, doc_id = _library_with_report(tmp_path)
    with library:
        target = export_document(library, doc_id, tmp_path / "bericht.eml")
        message = _parse(target)
        assert message["X-Unsent"] == "1"
        assert len(message["Bcc"].addresses) == 3  # the default group "alle raden"
        (attachment,) = message.iter_attachments()
        assert attachment.get_filename() == "2026-10-09 Verslag ledenvergadering.pdf"
        pdf = attachment.get_content()
        assert pdf.startswith(b"%PDF")
        from pypdf import PdfReader

        assert "Jeugdzorg vraagt om regie" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        log = library.export_log(doc_id)
        assert [(r.kind, r.target) for r in log] == [("e-mailconcept", str(target))]


def test_command_line_exports_eml(tmp_path):
    library, doc_id = _library_with_report(tmp_path)
    library.close()
    target = tmp_path / "bericht.eml"
    result = subprocess.run(
        [sys.executable, "-m", "vnhg_desk", "--library", str(library.path), "export",
         str(doc_id), "-o", str(target)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    message = _parse(target)
    assert message["Subject"] == "Verslag ledenvergadering – Najaarsvergadering 9 oktober 2026"
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]


def test_command_line_chooses_group_and_attaches_the_flyer(tmp_path):
    from vnhg_desk.model import Invitation

    library, doc_id = _library_with_report(tmp_path)
    flyer = Invitation(theme="Wonen in de regio", place="Hoorn")
    library.save(flyer)
    library.close()
    target = tmp_path / "colleges.eml"
    command = [sys.executable, "-m", "vnhg_desk", "--library", str(library.path), "export",
               str(doc_id), "-o", str(target), "--groep", "colleges B&W",
               "--uitnodiging", str(flyer.id)]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    message = _parse(target)
    assert sorted(a.addr_spec for a in message["Bcc"].addresses) == [
        "bestuur@wijdemeren.invalid",
        "college@edam-volendam.example.org",
    ]
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"] * 2
    # The options belong to an e-mail draft: elsewhere they are refused in one Dutch line.
    wrong = subprocess.run(
        [*command[:8], str(tmp_path / "x.pdf"), "--groep", "colleges B&W"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert wrong.returncode != 0 and ".eml" in wrong.stderr and "Traceback" not in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "name",
    ["Raad, Heiloo", 'Griffie "Noord"', "Gemeente Súdwest-Fryslân", "Naam\nBcc: x@kwaad.invalid"],
)
def test_display_names_are_quoted_and_parse_back(tmp_path, name):
    cover = _cover(recipients=[Recipient("raad@heiloo.example.org", name, ["alle raden"])])
    message = _parse(write_eml(_edition(), cover, [], tmp_path / "bericht.eml"))
    (address,) = message["Bcc"].addresses
    assert address.addr_spec == "raad@heiloo.example.org"
    assert address.display_name == name.replace("\n", " ")


def test_international_domain_becomes_punycode_and_accented_user_is_refused(tmp_path):
    cover = _cover(recipients=[Recipient("griffie@súdwest-fryslân.example", "", ["alle raden"])])
    raw = write_eml(_edition(), cover, [], tmp_path / "bericht.eml").read_bytes()
    assert b"\r\nBcc: griffie@xn--sdwest-frysln-teb26a.example\r\n" in raw
    cover = _cover(recipients=[Recipient("jöran@heiloo.example.org", "", ["alle raden"])])
    with pytest.raises(ExportError, match="accenten"):
        write_eml(_edition(), cover, [], tmp_path / "ander.eml")
