"""Invitation editor: edits land in the library, undo/redo, panel from the people list."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QUndoStack

from vnhg_desk.gui.invitation_editor import InvitationEditor
from vnhg_desk.model import Invitation, Person
from vnhg_desk.store import Library

PEOPLE = [
    ("Marloes Groen", "dagvoorzitter", "Groen Advies"),
    ("Pieter Zwart", "wethouder", "Hollands Kroon"),
    ("Fatima Amrani", "burgemeester", "Zaanstad"),
    ("Ruud Mol", "directeur", "Woningcorporatie Kennemerland"),
]


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "uitnodiging.vnhg-desk") as library:
        for name, role, organisation in PEOPLE:
            library.save_person(Person(name, role, organisation))
        invitation = Invitation(
            theme="Betaalbaar wonen voor starters",
            date=date(2026, 11, 20),
            start_time=time(9, 30),
            end_time=time(12, 30),
            place="Purmerend",
        )
        library.save(invitation)
        yield library


@pytest.fixture
def editor(qtbot, library):
    invitation = _stored(library)
    stack = QUndoStack()
    widget = InvitationEditor(library, invitation, stack)
    widget.stack = stack
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _invitation_id(library) -> int:
    return next(s.id for s in library.list_documents() if s.kind == "invitation")


def _stored(library) -> Invitation:
    return library.load(_invitation_id(library))


def _pick(editor, name: str) -> None:
    editor.panel_pick.setCurrentIndex(
        editor.panel_pick.findText(name, Qt.MatchFlag.MatchStartsWith)
    )
    editor.add_panel_member()


def test_typing_lands_in_library_and_undo_restores(qtbot, editor, library):
    with qtbot.waitSignal(editor.changed, timeout=3000):
        editor.theme_field.selectAll()
        qtbot.keyClicks(editor.theme_field, "Samen bouwen aan de regio")
    editor.flush()
    assert _stored(library).theme == "Samen bouwen aan de regio"
    editor.stack.undo()
    editor.flush()
    assert editor.theme_field.text() == "Betaalbaar wonen voor starters"
    assert _stored(library).theme == "Betaalbaar wonen voor starters"
    editor.stack.redo()
    editor.flush()
    assert _stored(library).theme == "Samen bouwen aan de regio"


def test_date_times_place_online_and_texts(qtbot, editor, library):
    assert not editor.online_note_field.isEnabled()  # offline: no online note to fill
    editor.date_field.setDate(QDate(2027, 1, 15))
    editor.start_field.setTime(QTime(13, 0))
    editor.end_field.setTime(QTime(0, 0))  # "geen tijd"
    editor.online_field.setFocus()
    qtbot.keyClick(editor.online_field, Qt.Key.Key_Space)
    editor.place_field.setFocus()
    editor.place_field.selectAll()
    qtbot.keyClicks(editor.place_field, "Hoorn")
    editor.intro_field.setPlainText("Een middag over **wonen**.")
    editor.registration_field.setPlainText("Aanmelden via secretariaat@vnhg.example.org")
    editor.language_field.setCurrentIndex(1)
    editor.flush()
    stored = _stored(library)
    assert stored.date == date(2027, 1, 15)
    assert (stored.start_time, stored.end_time) == (time(13, 0), None)
    assert stored.online is True and stored.place == "Hoorn"
    assert stored.intro == "Een middag over **wonen**."
    assert stored.registration_note.startswith("Aanmelden via")
    assert stored.language == "en"
    assert editor.online_note_field.isEnabled()


def test_moderator_and_panel_from_people_list_with_reorder_and_undo(qtbot, editor, library):
    moderator_index = editor.moderator_box.findText("Marloes Groen", Qt.MatchFlag.MatchStartsWith)
    editor.moderator_box.setCurrentIndex(moderator_index)
    editor.moderator_box.activated.emit(moderator_index)
    for name in ("Pieter Zwart", "Fatima Amrani", "Ruud Mol"):
        _pick(editor, name)
    editor.flush()
    stored = _stored(library)
    assert stored.moderator.name == "Marloes Groen"
    assert [p.name for p in stored.panel] == ["Pieter Zwart", "Fatima Amrani", "Ruud Mol"]
    assert stored.panel[0].role == "wethouder" and stored.panel[0].id is not None

    editor.panel_list.setCurrentRow(2)
    editor.panel_list.setFocus()
    qtbot.keyClick(
        editor.panel_list,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor.flush()
    assert [p.name for p in _stored(library).panel] == ["Pieter Zwart", "Ruud Mol", "Fatima Amrani"]
    assert editor.panel_list.currentRow() == 1

    editor.remove_panel_member()
    editor.flush()
    assert [p.name for p in _stored(library).panel] == ["Pieter Zwart", "Fatima Amrani"]
    editor.stack.undo()  # remove
    editor.stack.undo()  # move
    editor.flush()
    assert [p.name for p in _stored(library).panel] == ["Pieter Zwart", "Fatima Amrani", "Ruud Mol"]
    assert editor.panel_list.item(2).text().startswith("Ruud Mol")


def test_invitation_keeps_its_copy_when_person_changes(qtbot, editor, library):
    _pick(editor, "Pieter Zwart")
    editor.flush()
    person = next(p for p in library.people() if p.name == "Pieter Zwart")
    person.role = "oud-wethouder"
    library.save_person(person)
    assert _stored(library).panel[0].role == "wethouder"


def test_people_added_in_people_dialog_can_be_picked(qtbot, editor, library, monkeypatch):
    from vnhg_desk.gui import invitation_editor

    def add_someone(dialog):
        dialog.add_person(Person("Nienke Bos", "griffier", "Edam-Volendam"))
        return 0

    monkeypatch.setattr(invitation_editor.PeopleDialog, "exec", add_someone)
    editor.manage_people()
    _pick(editor, "Nienke Bos")
    editor.flush()
    assert _stored(library).panel[-1].name == "Nienke Bos"


def test_screenshot(qtbot, editor, tmp_path):
    _pick(editor, "Fatima Amrani")
    editor.resize(640, 820)
    image = editor.grab()
    assert image.width() == 640
    image.save(str(tmp_path / "uitnodiging-editor.png"))


def test_in_the_main_window_edits_survive_switching_documents(qtbot, library, tmp_path):
    from PySide6.QtCore import QSettings

    from vnhg_desk.gui.main_window import MainWindow
    from vnhg_desk.model import Article, Edition

    edition = Edition(meeting="Voorjaarsvergadering", content=[Article(headline="Begroting")])
    library.save(edition)
    invitation_id = _invitation_id(library)
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(invitation_id)
    editor = window.invitation_editor
    assert isinstance(editor, InvitationEditor)
    editor.theme_field.setFocus()
    editor.theme_field.selectAll()
    qtbot.keyClicks(editor.theme_field, "Digitale dienstverlening")
    _pick(editor, "Fatima Amrani")
    assert window.open_document(edition.id)
    qtbot.wait(50)  # the old editor is deleted; its pending typing was saved first
    assert window.open_document(invitation_id)
    assert window.open_document(edition.id)
    stored = library.load(invitation_id)
    assert stored.theme == "Digitale dienstverlening"
    assert [p.name for p in stored.panel] == ["Fatima Amrani"]


def test_twice_in_the_panel_and_moderator_in_panel_are_warned(qtbot, editor, library):
    first = PEOPLE[0][0]
    _pick(editor, first)
    assert editor.people_warning.isHidden()
    _pick(editor, first)
    assert "twee keer" in editor.people_warning.text() and first in editor.people_warning.text()
    # Undo takes out the second entry, not the first.
    panel = editor.invitation.panel
    kept = panel[0]
    editor.stack.undo()
    assert len(editor.invitation.panel) == 1 and editor.invitation.panel[0] is kept
    assert editor.people_warning.isHidden()
    editor.moderator_box.setCurrentIndex(
        editor.moderator_box.findText(first, Qt.MatchFlag.MatchStartsWith)
    )
    editor.moderator_box.activated.emit(editor.moderator_box.currentIndex())
    assert "Dagvoorzitter" in editor.people_warning.text()
    assert not editor.people_warning.isHidden()
