"""The publishing actions driven through the real main window: export, e-mail, print."""

from __future__ import annotations

import email
import io
import os
import re
import time as time_module
from datetime import date, time
from email import policy
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vnhg_desk.gui.cover_email_dialog import CoverEmailDialog, DraftOptionsDialog
from vnhg_desk.gui.main_window import MainWindow
from vnhg_desk.gui.publish_actions import PublishActions
from vnhg_desk.model import (
    Article,
    CoverEmail,
    Edition,
    Invitation,
    PhotoRef,
    PullQuote,
    Recipient,
)
from vnhg_desk.store import Library

HEADLINE = "Gemeenten zoeken samen ruimte in krappe begrotingen"


def _photo() -> bytes:
    image = Image.new("RGB", (1200, 800), (70, 110, 150))
    for x in range(0, 1200, 40):
        image.paste((200, 160 + x % 80, 90), (x, 500, x + 20, 700))
    data = io.BytesIO()
    image.save(data, "JPEG", quality=85)
    return data.getvalue()


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "publiceren.vnhg-desk") as library:
        photo = library.add_photo(_photo(), "zaal.jpg")
        body = (
            "## Tekorten lopen op\n\nDe **wethouders** van financiën zagen de tekorten "
            "oplopen. Samen optrekken richting het Rijk levert meer op.\n\n"
            "## Afspraken\n\n- een gezamenlijke brief\n- een werkbezoek in het voorjaar"
        )
        edition = Edition(
            meeting="Najaarsledenvergadering",
            date=date(2026, 10, 9),
            place="Medemblik",
            highlights=["Financiën", "Jeugdzorg"],
            content=[
                Article(
                    kicker="VERSLAG",
                    headline=HEADLINE,
                    lead="De leden bespraken de financiële positie van de gemeenten.",
                    body=body,
                    quotes=[PullQuote("Samen optrekken richting het Rijk levert meer op.")],
                    photos=[PhotoRef(photo, caption="Het panel", alt_text="Panel in de zaal")],
                )
            ],
        )
        library.save(edition)
        invitation = Invitation(
            theme="Wonen voor starters",
            date=date(2026, 11, 20),
            start_time=time(9, 30),
            end_time=time(12, 30),
            place="Purmerend",
        )
        library.save(invitation)
        library.save_cover_email(
            CoverEmail(
                recipients=[
                    Recipient("griffie@hoorn.example.org", "Griffie Hoorn", ["alle raden"]),
                    Recipient("raad@texel.example.org", "Raad Texel", ["alle raden"]),
                    Recipient("college@bergen.example.org", "College Bergen", ["colleges B&W"]),
                ],
                sender="Secretariaat VNHG <secretariaat@vnhg.example.org>",
                signature="Met vriendelijke groet,\nHet secretariaat",
            )
        )
        library.edition_id, library.invitation_id = edition.id, invitation.id
        yield library


@pytest.fixture
def window(qtbot, library, tmp_path):
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(library.edition_id)
    qtbot.waitUntil(lambda: window.after_first_paint.done)  # the whole window, as a user meets it
    yield window
    window.publish_actions.jobs.wait()


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    return folder


def _save_as(monkeypatch, target: Path, proposals: list | None = None) -> None:
    def fake(parent, caption, proposal, filters):
        if proposals is not None:
            proposals.append(proposal)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _trigger(qtbot, window, key: str, *, expect_failure: bool = False):
    actions: PublishActions = window.publish_actions
    signal = actions.jobs.export_failed if expect_failure else actions.jobs.export_finished
    with qtbot.waitSignal(signal, timeout=60000) as blocker:
        window.publish_actions.actions[key].trigger()
    actions.jobs.wait()
    return blocker.args[0]


def test_actions_are_in_the_menus_and_toolbar(window):
    texts = [a.text() for a in window.file_menu.actions()]
    for text in (
        "Exporteren als PDF (e-mail)…",
        "Exporteren als PDF (drukwerk)…",
        "Exporteren als Word…",
        "E-mailconcept maken…",
        "Afdrukken…",
    ):
        assert text in texts
    tools = [a.text() for a in window.tools_menu.actions()]
    assert {"Huisstijl…", "Personen…", "Begeleidende e-mail…", "Taal"} <= set(tools)
    toolbar = window.toolbar.actions()
    assert window.publish_actions.actions["email-draft"] in toolbar


def test_export_email_pdf_from_the_window(qtbot, window, library, out, monkeypatch):
    proposals: list[str] = []
    _save_as(monkeypatch, out / "verslag", proposals)
    path = _trigger(qtbot, window, "pdf-email")
    assert path == out / "verslag.pdf"
    assert Path(proposals[0]).name == "2026-10-09 Verslag ledenvergadering.pdf"
    reader = PdfReader(path)
    # Whitespace normalised: the headline is set in balanced lines.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Gemeenten zoeken samen ruimte" in text and "Tekorten lopen op" in text
    assert path.stat().st_size < 2_000_000
    assert "Opgeslagen in" in window.statusBar().currentMessage()
    message = window.publish_actions.jobs.last_message
    assert str(path) in message.text()
    assert [b.text() for b in message.buttons() if b.text() == "Map openen"]
    log = library.export_log(library.edition_id)
    assert [(r.kind, r.target) for r in log] == [("PDF (e-mail)", str(path))]
    assert window.settings.value("export/last_folder") == str(out)
    assert sorted(p.name for p in out.iterdir()) == ["verslag.pdf"]


def test_export_print_pdf_has_bleed_boxes(qtbot, window, out, monkeypatch):
    _save_as(monkeypatch, out / "drukwerk.pdf")
    path = _trigger(qtbot, window, "pdf-print")
    page = PdfReader(path).pages[0]
    assert "/TrimBox" in page and "/BleedBox" in page
    assert float(page.mediabox.width) > float(page.trimbox.width)


def test_export_word_from_the_window(qtbot, window, out, monkeypatch):
    import docx

    _save_as(monkeypatch, out / "verslag.docx")
    path = _trigger(qtbot, window, "docx")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert any(HEADLINE in t for t in texts)
    assert any("Tekorten lopen op" == t for t in texts)


def test_email_draft_with_flyer_opens_in_mail_program(
    qtbot, window, library, tmp_path, monkeypatch
):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def choose(dialog: DraftOptionsDialog) -> int:
        assert "alle raden (2 adressen)" in [b.text() for b in dialog.group_boxes.values()]
        dialog.group_boxes["colleges B&W"].setChecked(True)
        dialog.flyer_box.setChecked(True)
        assert "3 ontvangers" in dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DraftOptionsDialog, "exec", choose)
    path = _trigger(qtbot, window, "email-draft")
    assert opened and Path(opened[0].toLocalFile()) == path
    assert path.parent.parent == tmp_path and path.suffix == ".eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Verslag ledenvergadering 9 oktober 2026"
    assert {a.addr_spec for a in message["Bcc"].addresses} == {
        "griffie@hoorn.example.org",
        "raad@texel.example.org",
        "college@bergen.example.org",
    }
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"] * 2
    assert [a.get_filename() for a in attachments] == [
        "2026-10-09 Verslag ledenvergadering.pdf",
        "2026-11-20 Save the date.pdf",
    ]
    pdf = PdfReader(io.BytesIO(attachments[0].get_content()))
    assert "Gemeenten zoeken samen ruimte" in " ".join(pdf.pages[0].extract_text().split())
    log = library.export_log(library.edition_id)
    assert [r.kind for r in log] == ["e-mailconcept"]


def test_email_draft_without_addresses_explains(qtbot, window, library, monkeypatch):
    library.save_cover_email(CoverEmail())
    monkeypatch.setattr(DraftOptionsDialog, "exec", lambda dialog: pytest.fail("no dialog"))
    window.publish_actions.actions["email-draft"].trigger()
    assert "adressenlijst" in window.publish_actions.jobs.last_message.text()


def test_cover_email_dialog_saves_recipients(qtbot, window, library):
    dialog = window.publish_actions.dialogs.edit_cover_email()
    assert isinstance(dialog, CoverEmailDialog)
    assert dialog.table.rowCount() == 3
    dialog.add_recipient(Recipient("griffie@urk.invalid", "", []))
    dialog.table.item(3, 2).setText("alle raden,  extra ")
    dialog.subject.setText("{title} – {place}")
    dialog.accept()
    cover = library.cover_email()
    assert cover.recipients[-1].groups == ["alle raden", "extra"]
    assert cover.subject_template == "{title} – {place}"


def _make_locked(target: Path, monkeypatch) -> None:
    """The target is open in another program: replacing it fails as on Windows."""
    real_replace = os.replace

    def replace(source, destination, *args, **kwargs):
        if Path(destination) == target:
            raise PermissionError(13, "The process cannot access the file")
        return real_replace(source, destination, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("key", ["pdf-email", "docx"])
def test_locked_target_gives_message_and_changes_nothing(
    qtbot, window, library, out, monkeypatch, key
):
    target = out / ("verslag.pdf" if key == "pdf-email" else "verslag.docx")
    target.write_bytes(b"de versie die open staat in Acrobat of Word")
    revisions = len(library.revisions(library.edition_id))
    _make_locked(target, monkeypatch)
    _save_as(monkeypatch, target)
    message = _trigger(qtbot, window, key, expect_failure=True)
    assert "geopend in een ander programma" in message
    assert window.publish_actions.jobs.last_message.text() == message
    assert target.read_bytes() == b"de versie die open staat in Acrobat of Word"
    assert [p.name for p in out.iterdir()] == [target.name]  # no temp file left
    assert library.export_log(library.edition_id) == []
    assert len(library.revisions(library.edition_id)) == revisions
    assert window.publish_actions.actions[key].isEnabled()


def test_folder_as_target_or_missing_folder_gives_message(qtbot, window, library, out, monkeypatch):
    (out / "map.pdf").mkdir()
    _save_as(monkeypatch, out / "map.pdf")
    window.publish_actions.actions["pdf-email"].trigger()
    assert "is een map" in window.publish_actions.jobs.last_message.text()
    _save_as(monkeypatch, out / "bestaat-niet" / "verslag.pdf")
    assert "bestaat niet" in _trigger(qtbot, window, "pdf-email", expect_failure=True)
    assert library.export_log(library.edition_id) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_gives_message(qtbot, window, library, out, monkeypatch):
    out.chmod(0o555)
    try:
        _save_as(monkeypatch, out / "verslag.pdf")
        assert "alleen-lezen" in _trigger(qtbot, window, "pdf-email", expect_failure=True)
    finally:
        out.chmod(0o755)
    assert library.export_log(library.edition_id) == []


def test_print_paints_every_page_of_the_print_pdf(qtbot, window, library, out, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "afdruk.pdf"))
    printer.setResolution(150)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000):
        actions.printing.print_document(printer)
    actions.jobs.wait()
    printed = PdfReader(out / "afdruk.pdf")
    assert len(printed.pages) >= 1
    page = printed.pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2  # A4, trimmed: no bleed on paper
    images = list(page.images)
    assert images and images[0].image.width >= 1200  # rendered at printer resolution
    assert [r.kind for r in library.export_log(library.edition_id)] == ["afdruk"]


def test_house_style_change_reaches_the_preview(qtbot, window, library, monkeypatch):
    refreshed = []
    monkeypatch.setattr(window, "refresh_preview", lambda: refreshed.append(True))
    window.publish_actions.actions["house-style"].trigger()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    dialog = next(d for d in dialogs if d.windowTitle() == "Huisstijl")
    dialog.name.setText("Vereniging van Gemeenten in Noord-Holland")
    dialog.apply()
    assert refreshed == [True]
    assert library.house_style().association_name == "Vereniging van Gemeenten in Noord-Holland"
    dialog.reject()


def test_no_document_open_gives_a_message(qtbot, library, tmp_path):
    settings = QSettings(str(tmp_path / "leeg.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.publish_actions.actions["pdf-email"].trigger()
    assert "Open eerst" in window.publish_actions.jobs.last_message.text()


def test_screenshot_of_file_menu(window, tmp_path):
    window.resize(1280, 800)
    image = window.file_menu.grab()
    assert image.height() > 100
    image.save(str(tmp_path / "bestand-menu.png"))


def test_closing_the_window_lets_a_running_export_finish(qtbot, window, library, out, monkeypatch):
    _save_as(monkeypatch, out / "verslag.pdf")
    window.publish_actions.actions["pdf-email"].trigger()
    assert window.publish_actions.jobs.busy
    assert not window.publish_actions.actions["pdf-email"].isEnabled()
    window.close()
    assert not window.publish_actions.jobs.busy
    assert PdfReader(out / "verslag.pdf").pages
    assert [r.kind for r in library.export_log(library.edition_id)] == ["PDF (e-mail)"]


def test_export_log_lists_what_was_exported(qtbot, window, out, monkeypatch):
    _save_as(monkeypatch, out / "verslag.docx")
    _trigger(qtbot, window, "docx")
    dialog = window.publish_actions.files.show_export_log()
    rows = dialog.rows()
    assert [(kind, target) for _when, kind, target in rows] == [("Word", str(out / "verslag.docx"))]
    assert re.fullmatch(r"\S.* \d{4}  \d{2}:\d{2}", rows[0][0])  # local date and time
    dialog.reject()


def test_old_drafts_are_cleaned_from_the_drafts_folder(window, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = window.publish_actions.mail.drafts_folder()
    old, recent = folder / "oud.eml", folder / "recent.eml"
    old.write_text("x")
    recent.write_text("y")
    month_ago = time_module.time() - 30 * 86400
    os.utime(old, (month_ago, month_ago))
    assert window.publish_actions.mail.drafts_folder() == folder
    assert not old.exists() and recent.exists()


def test_people_added_from_tools_menu_can_be_picked_in_open_invitation(qtbot, window, library):
    from vnhg_desk.model import Person

    assert window.open_document(library.invitation_id)
    editor = window.invitation_editor
    dialog = window.publish_actions.dialogs.edit_people()
    dialog.add_person(Person("Lotte Brouwer", "wethouder", "Castricum"))
    names = [editor.panel_pick.itemText(i) for i in range(editor.panel_pick.count())]
    assert "Lotte Brouwer, wethouder Castricum" in names
    dialog.reject()


def test_next_export_proposes_the_last_used_folder(qtbot, window, out, monkeypatch):
    _save_as(monkeypatch, out / "eerste.pdf")
    _trigger(qtbot, window, "pdf-email")
    proposals: list[str] = []
    _save_as(monkeypatch, out / "tweede.docx", proposals)
    _trigger(qtbot, window, "docx")
    assert Path(proposals[0]) == out / "2026-10-09 Verslag ledenvergadering.docx"


def test_cover_email_dialog_refuses_bad_addresses(qtbot, window, library, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = window.publish_actions.dialogs.edit_cover_email()
    dialog.add_recipient(Recipient("griffie-zonder-apenstaartje.example.org", "", []))
    dialog.accept()
    assert shown and "griffie-zonder-apenstaartje" in shown[0]
    assert dialog.isVisible()
    assert len(library.cover_email().recipients) == 3  # nothing saved
    dialog.table.removeRow(3)
    dialog.accept()
    assert not dialog.isVisible()


def test_without_mail_program_the_draft_folder_is_offered(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000) as blocker:
        actions.mail.email_draft(["alle raden"], ask=False)
    actions.jobs.wait()
    assert blocker.args[0].is_file()
    message = actions.jobs.last_message
    assert "geen e-mailprogramma" in message.text() and str(blocker.args[0]) in message.text()
    assert "Map openen" in [b.text() for b in message.buttons()]


def test_printer_failure_and_unexpected_errors_give_messages(
    qtbot, window, library, out, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter

    from vnhg_desk.gui import printing

    def broken(*_args, **_kwargs):
        raise RuntimeError("de printer kan niet worden geopend")

    monkeypatch.setattr(printing, "print_pdf", broken)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(out / "afdruk.pdf"))
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_failed, timeout=60000) as blocker:
        actions.printing.print_document(printer, ask=False)
    assert blocker.args[0] == "Afdrukken is mislukt: de printer kan niet worden geopend"
    actions.jobs.wait()

    import vnhg_desk.export.dispatch as dispatch

    monkeypatch.setattr(dispatch, "export_document", lambda *a, **k: 1 / 0)
    _save_as(monkeypatch, out / "verslag.pdf")
    message = _trigger(qtbot, window, "pdf-email", expect_failure=True)
    assert message.startswith("Onverwachte fout bij het exporteren (ZeroDivisionError")
    assert list(out.iterdir()) == []


def test_invitation_flyer_exports_from_the_window(qtbot, window, library, out, monkeypatch):
    assert window.open_document(library.invitation_id)
    proposals: list[str] = []
    _save_as(monkeypatch, out / "uitnodiging.pdf", proposals)
    path = _trigger(qtbot, window, "pdf-email")
    assert Path(proposals[0]).name == "2026-11-20 Save the date.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert "Wonen voor starters" in reader.pages[0].extract_text()


def test_export_names_the_characters_the_pdf_leaves_out(qtbot, window, library, out, monkeypatch):
    """An emoji no font draws is left out of the PDF, and the saved message says so."""
    invitation = library.load(library.invitation_id)
    invitation.theme = "Wonen voor starters \U0001f3e0"
    library.save(invitation)
    assert window.open_document(library.invitation_id)
    _save_as(monkeypatch, out / "uitnodiging.pdf")
    path = _trigger(qtbot, window, "pdf-email")
    assert "\U0001f3e0" not in PdfReader(path).pages[0].extract_text()
    message = window.publish_actions.jobs.last_message
    assert "U+1F3E0" in message.text() and str(path) in message.text()
    assert message.icon() == QMessageBox.Icon.Warning
    assert window.statusBar().currentMessage() == f"Opgeslagen in {path}"
