"""Controle voor verzenden in the window: blocking findings stop an export or e-mail draft
until the secretary goes on anyway; selecting a finding shows its place in the editor.
Also the booklet choice when printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from vnhg_desk.gui.main_window import MainWindow
from vnhg_desk.gui.presend_dialog import PresendDialog, show_place
from vnhg_desk.gui.printing import BookletChoice
from vnhg_desk.model import Edition


@pytest.fixture
def window(qtbot, demo_library, tmp_path):
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.after_first_paint.done)  # the whole window, as a user meets it
    edition_id = next(s.id for s in demo_library.list_documents() if s.kind == "report")
    assert window.open_document(edition_id)
    yield window
    window.publish_actions.jobs.wait()
    window.preview.shutdown()


def _edit(window, change) -> None:
    """Change the open edition and save it, as the editor's autosave would."""
    document: Edition = window.controller.document
    change(document)
    window.library.save(document)


def test_blocking_finding_stops_the_export_until_going_on(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    _edit(window, lambda d: setattr(d, "title", ""))
    actions = window.publish_actions
    actions.actions["pdf-email"].trigger()
    dialog = actions.presend.dialog
    assert isinstance(dialog, PresendDialog) and dialog.isVisible()
    assert not target.exists() and not actions.jobs.busy
    codes = [f.code for f in dialog.findings]
    assert codes[0] == "title-empty"
    assert dialog.list.item(0).text().endswith("“VERSLAG LEDENVERGADERING” als titel krijgen.")
    dialog.list.setCurrentRow(0)  # jump: the masthead editor, title field focused
    assert window.editors.currentWidget() is window.masthead_editor
    assert QApplication.focusWidget() is window.masthead_editor.title
    dialog.grab().save(str(tmp_path / "controle.png"))
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000):
        dialog.proceed_button.click()  # "Toch doorgaan": the secretary can still send
    actions.jobs.wait()
    assert PdfReader(target).pages


def test_back_to_the_text_exports_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no export"))
    _edit(window, lambda d: setattr(d, "date", None))
    window.publish_actions.actions["email-draft"].trigger()
    dialog = window.publish_actions.presend.dialog
    assert [f.code for f in dialog.findings if f.blocking] == ["date-empty"]
    dialog.reject()
    assert window.library.export_log(window.controller.document.id) == []


def test_selecting_a_photo_finding_shows_the_photo_alt_text(qtbot, window):
    def drop_alt(document: Edition) -> None:
        document.articles[2].photos[0].alt_text = ""

    _edit(window, drop_alt)
    window.publish_actions.actions["docx"].trigger()
    dialog = window.publish_actions.presend.dialog
    row = next(i for i, f in enumerate(dialog.findings) if f.code == "photo-no-alt")
    dialog.list.setCurrentRow(row)
    article = window.controller.document.articles[2]
    editor = window.article_editor
    assert window.structure.current_uid() == article.uid
    assert editor.uid == article.uid
    assert editor.tabs.currentWidget() is editor.photos
    assert editor.photos.current_part().uid == article.photos[0].uid
    assert QApplication.focusWidget() is editor.photos.alt_text
    dialog.reject()


def test_body_finding_focuses_the_body(qtbot, window):
    def bad_link(document: Edition) -> None:
        document.boxes[0].body += "\n\nZie [de stukken](vnhg-info)."

    _edit(window, bad_link)
    window.publish_actions.actions["pdf-print"].trigger()
    dialog = window.publish_actions.presend.dialog
    found = next(f for f in dialog.findings if f.code == "link-malformed")
    widget = show_place(window, found.place)
    assert widget is window.box_editor.body.edit
    dialog.reject()


def test_demo_goes_out_without_a_dialog_but_says_the_warnings(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "verslag.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000):
        actions.actions["docx"].trigger()
    assert actions.presend.dialog is None
    assert target.exists()


def test_full_check_from_the_menu_lists_typeset_findings(qtbot, window, tmp_path):
    actions = window.publish_actions
    assert "Controle voor verzenden…" in [a.text() for a in window.file_menu.actions()]
    actions.actions["check"].trigger()
    qtbot.waitUntil(lambda: actions.presend.dialog is not None, timeout=60000)
    dialog = actions.presend.dialog
    assert dialog.proceed_button is None  # only a list: nothing waits to be sent
    codes = {f.code for f in dialog.findings}
    assert "recipient-demo" in codes
    assert not any(f.blocking for f in dialog.findings)
    dialog.grab().save(str(tmp_path / "controle-demo.png"))
    row = next(i for i, f in enumerate(dialog.findings) if f.code == "recipient-demo")
    dialog.list.setCurrentRow(row)  # opens the cover e-mail dialog
    opened = [d for d in window.findChildren(QDialog) if d.isVisible() and d is not dialog]
    assert any("e-mail" in d.windowTitle().lower() for d in opened)
    for other in opened:
        other.reject()
    dialog.reject()


def _file_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)
    return printer


@pytest.mark.parametrize(("sheet", "size"), [("a3", (1191, 842)), ("a4", (842, 595))])
def test_print_as_booklet(qtbot, window, tmp_path, sheet, size):
    printed = tmp_path / "papier.pdf"
    printer = _file_printer(printed)
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000):
        actions.printing.print_document(printer, ask=False, booklet=sheet)
    actions.jobs.wait()
    pages = PdfReader(printed).pages
    assert len(pages) % 2 == 0 and len(pages) >= 2  # both sides of every sheet
    width, height = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
    assert (round(width), round(height)) == size  # landscape sheet
    log = window.library.export_log(window.controller.document.id)
    assert [r.kind for r in log] == [f"afdruk (boekje {sheet.upper()})"]


def test_print_dialog_offers_the_booklet(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    def choose_a4(dialog):
        choice = dialog.findChild(BookletChoice)
        assert choice is not None and choice.value() is None  # ordinary pages by default
        choice.group.button(2).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_a4)
    printed = tmp_path / "papier.pdf"
    actions = window.publish_actions
    with qtbot.waitSignal(actions.jobs.export_finished, timeout=60000):
        actions.printing.print_document(_file_printer(printed))
    actions.jobs.wait()
    page = PdfReader(printed).pages[0]
    assert round(float(page.mediabox.width)) == 842  # A4 landscape: the A5 booklet
