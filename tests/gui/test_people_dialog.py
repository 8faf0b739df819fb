"""People list dialog and the panel caption helper, on a real library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vnhg_desk.gui.people_dialog import CaptionDialog, PeopleDialog, join_names, panel_caption
from vnhg_desk.model import Person
from vnhg_desk.store import Library


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "personen.vnhg-desk") as library:
        for name, role, organisation in (
            ("Ilse Bakker", "wethouder", "Alkmaar"),
            ("Karim el Idrissi", "burgemeester", "Dijk en Waard"),
            ("Sanne de Wit", "raadslid", "Texel"),
        ):
            library.save_person(Person(name, role, organisation))
        yield library


def test_caption_joins_names_in_order():
    people = [Person("A. Jansen"), Person("B. Smit"), Person("C. Visser")]
    assert panel_caption(people) == "Het panel v.l.n.r.: A. Jansen, B. Smit en C. Visser."
    assert panel_caption(people[:2]) == "Het panel v.l.n.r.: A. Jansen en B. Smit."
    assert panel_caption([]) == ""
    assert panel_caption(people[:1], "en") == "The panel from left to right: A. Jansen."
    with_roles = panel_caption([Person("D. Kok", "wethouder", "Velsen")], roles=True)
    assert with_roles == "Het panel v.l.n.r.: D. Kok (wethouder Velsen)."
    assert join_names(["x", "", "y"]) == "x en y"


def test_table_shows_people_and_edits_land_in_library(qtbot, library):
    dialog = PeopleDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    names = {dialog.table.item(row, 0).text() for row in range(3)}
    assert names == {"Ilse Bakker", "Karim el Idrissi", "Sanne de Wit"}
    row = next(r for r in range(3) if dialog.table.item(r, 0).text() == "Sanne de Wit")
    dialog.table.item(row, 1).setText("  fractievoorzitter ")
    stored = {p.name: p for p in library.people()}
    assert stored["Sanne de Wit"].role == "fractievoorzitter"


def test_add_and_remove_person(qtbot, library, monkeypatch):
    dialog = PeopleDialog(library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.people_changed):
        added = dialog.add_person()
    assert added.id is not None and len(library.people()) == 4
    row = dialog.table.currentRow()
    dialog.table.item(row, 0).setText("Joost Vermeulen")
    assert "Joost Vermeulen" in {p.name for p in library.people()}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.remove_selected() is False and len(library.people()) == 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.remove_selected() is True
    assert "Joost Vermeulen" not in {p.name for p in library.people()}


def test_caption_dialog_picks_people_in_order(qtbot, library):
    dialog = CaptionDialog(library)
    qtbot.addWidget(dialog)
    order = [dialog.available.item(i).data(Qt.ItemDataRole.UserRole).name for i in range(3)]
    dialog.pick(order.index("Sanne de Wit"))
    dialog.pick(order.index("Ilse Bakker"))
    assert dialog.caption() == "Het panel v.l.n.r.: Sanne de Wit en Ilse Bakker."
    assert dialog.preview.text() == dialog.caption()
    dialog.chosen.takeItem(0)
    assert dialog.caption() == "Het panel v.l.n.r.: Ilse Bakker."


def test_empty_name_is_refused_and_roles_can_be_shown(qtbot, library):
    dialog = PeopleDialog(library)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setText("   ")
    assert dialog.table.item(0, 0).text() == "Ilse Bakker"
    assert "Ilse Bakker" in {p.name for p in library.people()}
    captions = CaptionDialog(library)
    qtbot.addWidget(captions)
    captions.pick(0)
    captions.with_roles.setChecked(True)
    assert captions.preview.text() == "Het panel v.l.n.r.: Ilse Bakker (wethouder Alkmaar)."
