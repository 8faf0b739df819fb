"""Issue 15's smaller things, each in the real window or on the real code path."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from vnhg_desk.gui import i18n
from vnhg_desk.gui.edits import InsertItem
from vnhg_desk.layout.words import banner_date
from vnhg_desk.model import CoverEmail, Invitation, Person, Recipient


def test_f8_f9_and_view_menu_hide_and_show_the_panes(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.preview.isVisible() and window.left_splitter.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not window.preview.isVisible()
    assert not window.action("show_preview").isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert not window.left_splitter.isVisible()
    window.action("show_preview").trigger()
    window.action("show_archive").trigger()
    assert window.preview.isVisible() and window.left_splitter.isVisible()


def test_banner_abbreviates_maart_as_mrt():
    assert banner_date(date(2026, 3, 12), "nl") == "12\u2022MRT\u20222026"
    assert banner_date(date(2026, 10, 1), "nl") == "1\u2022OKT\u20222026"
    assert banner_date(date(2026, 3, 12), "en") == "12\u2022MAR\u20222026"


def test_undo_of_a_second_equal_panel_entry_removes_that_entry():
    invitation = Invitation(title="Save the date")
    first = Person(name="An de Wit", role="wethouder")
    invitation.panel.append(first)
    again = Person(name="An de Wit", role="wethouder")  # equal, not the same
    edit = InsertItem((), "panel", 1, again)
    edit.apply(invitation)
    invitation.panel[0].role = "burgemeester"  # so we can tell them apart afterwards
    edit.revert(invitation)
    assert len(invitation.panel) == 1 and invitation.panel[0] is first


def test_draft_options_count_addresses_in_proper_dutch(qtbot, qapp):
    from vnhg_desk.gui.cover_email_dialog import DraftOptionsDialog

    i18n.install_translator(qapp, "nl")
    cover = CoverEmail(
        recipients=[Recipient("griffie@voorbeeld.nl", groups=["griffiers"])],
        default_group="griffiers",
    )
    dialog = DraftOptionsDialog(cover, [(7, "Save the date — 12 maart 2026")], None)
    qtbot.addWidget(dialog)
    assert dialog.group_boxes["griffiers"].text() == "griffiers (1 adres)"
    assert dialog.summary.text() == "1 ontvanger in Bcc"
    assert dialog.flyer_choice.itemText(0) == "Save the date — 12 maart 2026"


def _mean_opaque_lightness(icon) -> float:
    image = icon.pixmap(32, 32).toImage()
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon draws something"
    return sum(values) / len(values)


def test_undo_redo_icons_follow_a_dark_palette(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    light = _mean_opaque_lightness(window.action("undo").icon())
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Button, QColor(45, 45, 45))
    dark.setColor(QPalette.ColorRole.ButtonText, QColor(235, 235, 235))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(235, 235, 235))
    window.setPalette(dark)
    for name in ("undo", "redo", "new_edition", "add_article", "add_photo"):
        assert _mean_opaque_lightness(window.action(name).icon()) > 180
    assert light < 120  # on the light palette the arrows are dark


def test_every_drawn_icon_draws_at_each_size_and_is_faint_when_disabled(qtbot):
    from PySide6.QtGui import QIcon

    from vnhg_desk.gui.icons import NAMES, line_icon

    for name in NAMES:
        icon = line_icon(name)
        for size in (16, 24, 48):
            image = icon.pixmap(size, size).toImage()
            assert image.width() == size
            inked = [image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)]
            assert max(inked) > 200, (name, size)  # a full-strength stroke somewhere
            assert sum(a > 0 for a in inked) < 0.8 * size * size, name  # not a filled block
        faint = icon.pixmap(24, 24, QIcon.Mode.Disabled).toImage()
        assert max(faint.pixelColor(x, y).alpha() for x in range(24) for y in range(24)) < 120


def test_toolbar_and_structure_buttons_carry_our_icons(qtbot, window):
    toolbar = window.toolbar
    drawn = [a for a in toolbar.actions() if not a.isSeparator() and a.isVisible()]
    assert drawn and all(not a.icon().isNull() for a in drawn)
    from PySide6.QtWidgets import QToolButton

    arrows = window.structure.findChildren(QToolButton)
    assert len(arrows) == 2 and all(not b.icon().isNull() for b in arrows)
    assert not window.structure.masthead_button.icon().isNull()


def test_saved_in_box_closes_on_escape(qtbot, window, tmp_path):
    box = window.publish_actions.jobs.say("Opgeslagen in /tmp/x.pdf", folder=tmp_path)
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_ctrl_3_lands_in_the_text_and_tab_goes_text_before_author(qtbot, window, demo_library):
    from PySide6.QtWidgets import QApplication

    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    window.structure.select(window.controller.document.articles[0].uid)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.article_editor
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.body.edit
    editor.lead.setFocus()
    qtbot.keyClick(editor.lead, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.body.edit
    qtbot.keyClick(editor.body.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.byline


def test_first_screen_is_the_newest_edition(qtbot, make_window, demo_library):
    summaries = demo_library.list_documents()
    assert summaries[0].kind == "invitation"  # the demo's invitation is the newest document
    window = make_window()
    assert window.controller.document.id == next(s.id for s in summaries if s.kind != "invitation")
    assert window.action("add_article").isEnabled()


def test_formatting_buttons_show_their_state(qtbot, window, demo_library):
    from PySide6.QtGui import QTextCursor

    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    window.structure.select(window.controller.document.articles[0].uid)
    body = window.article_editor.body
    actions = body.actions_by_name
    edit = body.edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    assert not actions["bold"].isChecked() and not actions["subheading"].isChecked()
    actions["bold"].trigger()
    qtbot.keyClicks(edit, "Vet")
    assert actions["bold"].isChecked()
    actions["italic"].trigger()
    assert actions["italic"].isChecked()
    document = edit.document()
    heading = next(
        b for b in (document.findBlockByNumber(i) for i in range(document.blockCount()))
        if b.text() == "Opschalingskorting"
    )  # fmt: skip
    cursor = QTextCursor(heading)
    edit.setTextCursor(cursor)
    assert actions["subheading"].isChecked() and not actions["bold"].isChecked()
    bullet = next(
        b for b in (document.findBlockByNumber(i) for i in range(document.blockCount()))
        if b.textList() is not None
    )  # fmt: skip
    edit.setTextCursor(QTextCursor(bullet))
    assert actions["bullets"].isChecked() and not actions["subheading"].isChecked()


def test_flyer_choice_shows_a_dutch_date_not_iso(qtbot, window, demo_library, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from vnhg_desk.gui.cover_email_dialog import DraftOptionsDialog

    doc_id = next(s.id for s in demo_library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    shown = []

    def fake_exec(dialog):
        shown.extend(dialog.flyer_choice.itemText(i) for i in range(dialog.flyer_choice.count()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DraftOptionsDialog, "exec", fake_exec)
    window.publish_actions.mail.email_draft()
    assert shown == ["Save the date — 20 november 2026"]


def test_the_application_icon_comes_with_the_first_window(qtbot, qapp):
    from vnhg_desk.gui.app import set_application_icon

    set_application_icon(qapp)
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes
