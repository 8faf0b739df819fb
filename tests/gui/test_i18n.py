"""Dutch by default, English selectable: menus, our actions, Qt's buttons; the .ts is complete."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from vnhg_desk.demo import add_demo
from vnhg_desk.gui import i18n
from vnhg_desk.gui.archive_pane import HTML
from vnhg_desk.gui.main_window import MainWindow
from vnhg_desk.model import Edition
from vnhg_desk.resources import resource_path
from vnhg_desk.store import Library


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "taal.vnhg-desk") as library:
        yield library


@pytest.fixture
def dutch_afterwards(qapp):
    yield
    i18n.install_translator(qapp, "nl")
    i18n.save_language("nl")


def _window(qtbot, library, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.complete()  # what waits for the first frame (never painted here): the full menus
    return window


def _cancel_text() -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_dutch_is_the_default(qtbot, qapp, library, tmp_path, dutch_afterwards):
    assert i18n.saved_language() == "nl"
    assert i18n.install_translator(qapp) is True
    window = _window(qtbot, library, tmp_path)
    assert _menu_titles(window)[:2] == ["&Bestand", "Be&werken"]
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert "Exporteren als Word…" in file_texts


def test_english_menus_when_english_is_chosen(qtbot, qapp, library, tmp_path, dutch_afterwards):
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    assert i18n.install_translator(qapp) is True
    assert i18n.current_language() == "en"
    window = _window(qtbot, library, tmp_path)
    titles = _menu_titles(window)
    assert titles[:2] == ["&File", "&Edit"]
    assert "&Tools" in titles and "&Help" in titles
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert {"Export as PDF (e-mail)…", "Export as Word…", "Create e-mail draft…", "Print…"} <= set(
        file_texts
    )
    assert not {"Exporteren als Word…", "Afdrukken…"} & set(file_texts)
    # Qt's own dialog buttons follow too (qtbase translations).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert (
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    )


def test_english_archive_has_english_dates_status_and_plurals(
    qtbot, qapp, library, tmp_path, dutch_afterwards
):
    add_demo(library)
    i18n.install_translator(qapp, "en")
    window = _window(qtbot, library, tmp_path)
    window.reload_archive()
    rows = [window.archive.list.item(i).data(HTML) for i in range(2)]
    text = " ".join(str(row) for row in rows)
    assert "September" in text and "november" not in text and "concept" not in text
    assert "draft" in text
    assert window.archive.count_label.text() == "2 documents"


def test_dutch_plurals_have_a_singular(qtbot, qapp, library, tmp_path, dutch_afterwards):
    i18n.install_translator(qapp, "nl")
    window = _window(qtbot, library, tmp_path)
    label = window.archive.count_label
    window.reload_archive()
    assert label.text() == "0 documenten"
    library.save(Edition(title="Eén verslag"))
    window.reload_archive()
    assert label.text() == "1 document"
    add_demo(library)
    window.reload_archive()
    assert label.text() == "3 documenten"


def test_every_plural_has_its_dutch_forms():
    """A new self.tr("%n …", "", count) needs its Dutch singular in vnhg_desk_nl.ts too."""

    def plurals(name: str) -> dict[tuple[str, str], list[str]]:
        root = ET.parse(resource_path("translations", name)).getroot()
        return {
            (context.findtext("name"), message.findtext("source")): [
                form.text for form in message.iter("numerusform")
            ]
            for context in root.iter("context")
            for message in context.iter("message")
            if message.get("numerus") == "yes"
        }

    english, dutch = plurals("vnhg_desk_en.ts"), plurals("vnhg_desk_nl.ts")
    assert english and set(dutch) == set(english)
    for one, many in dutch.values():
        assert "%n" in one and "%n" in many and one != many
    nl = QTranslator()
    assert nl.load(str(resource_path("translations", "vnhg_desk_nl.qm")))
    for (context, source), (one, many) in dutch.items():
        assert nl.translate(context, source, "", 1) == one, "run pyside6-lrelease"
        assert nl.translate(context, source, "", 2) == many


def test_qt_buttons_are_dutch_in_dutch(qapp, dutch_afterwards):
    i18n.install_translator(qapp, "nl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert (
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == "Annuleren"
    )


def test_switching_language_in_the_window(
    qtbot, qapp, library, tmp_path, dutch_afterwards, monkeypatch
):
    i18n.install_translator(qapp, "nl")
    window = _window(qtbot, library, tmp_path)
    actions = window.publish_actions
    assert actions.actions["language-nl"].isChecked()
    actions.actions["language-en"].trigger()
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    assert actions.actions["language-en"].isChecked()
    # Nothing changes language before the restart: no Dutch/English mix on screen.
    assert i18n.current_language() == "nl"
    assert actions.actions["docx"].text() == "Exporteren als Word…"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]
    message = actions.jobs.last_message
    restart = next(b for b in message.buttons() if b.text() == "Nu herstarten")
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or True)
    restart.click()
    assert started and not window.isVisible()


def test_translation_source_is_complete_and_compiled(qapp):
    """Every .ts entry is translated, and the shipped .qm gives exactly those texts."""
    ts = resource_path("translations", "vnhg_desk_en.ts")
    shipped = QTranslator()
    assert shipped.load(str(resource_path("translations", "vnhg_desk_en.qm")))
    root = ET.parse(ts).getroot()
    assert root.get("sourcelanguage") == "nl_NL"
    unfinished, stale = [], []
    for context in root.iter("context"):
        name = context.findtext("name")
        assert name, "every string needs a context (use self.tr)"
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source")
            if translation.get("type") == "unfinished" or not (
                translation.text or len(translation)
            ):
                unfinished.append(source)
            elif message.get("numerus") != "yes" and (
                shipped.translate(name, source) != translation.text
            ):
                stale.append(source)
    assert unfinished == []
    assert stale == [], "run pyside6-lrelease (docs/translations.md)"


def _calls_with_context(tree: ast.AST):
    """(context, source) for self.tr("…") (context: the enclosing class) and
    QCoreApplication.translate("Context", "…") calls with literal strings."""
    found = []

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if node.func.attr == "tr" and args and isinstance(args[0], str):
                found.append((context, args[0]))
            elif (
                node.func.attr == "translate"
                and len(args) >= 2
                and all(isinstance(a, str) for a in args[:2])
            ):
                found.append((args[0], args[1]))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(tree, "")
    return found


def test_every_gui_string_is_in_the_translation_source():
    """A string added to the GUI without refreshing the .ts shows up here, with its context."""
    import vnhg_desk.gui

    root = ET.parse(resource_path("translations", "vnhg_desk_en.ts")).getroot()
    known = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    missing = []
    for path in sorted(Path(vnhg_desk.gui.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for context, source in _calls_with_context(tree):
            if (context, source) not in known:
                missing.append(f"{path.name}: {context} {source!r}")
    assert missing == [], "run the refresh in docs/translations.md"
