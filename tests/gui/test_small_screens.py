"""Small screens: the first window fits, the text keeps 15 lines, every dialog fits."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from vnhg_desk.gui.main_window import MainWindow


def _open_article(window, library):
    doc_id = next(s.id for s in library.list_documents() if s.kind != "invitation")
    window.open_document(doc_id)
    window.structure.select(window.controller.document.articles[0].uid)


def _fits(widget) -> bool:
    available = widget.screen().availableGeometry()
    return widget.width() <= available.width() and widget.height() <= available.height()


def test_first_window_fits_the_screen(qtbot, demo_library, tmp_path):
    settings = QSettings(str(tmp_path / "nieuw.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_library, settings)
    qtbot.addWidget(window)
    assert _fits(window), (window.size(), window.screen().availableGeometry())
    window.preview.shutdown()


def test_laptop_height_shows_15_lines_of_text(qtbot, window, demo_library):
    _open_article(window, demo_library)
    window.resize(1366, 705)
    editor = window.article_editor
    body = editor.body.edit
    line = body.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: body.viewport().height() >= 15 * line)
    assert editor.tabs_folded()
    # A click on a tab opens quotes and photos; a click on the open tab folds them again.
    bar = editor.tabs.tabBar()
    editor._tab_clicked(1)
    editor.tabs.setCurrentIndex(1)
    assert not editor.tabs_folded() and editor.photos.height() > 100
    editor._tab_clicked(bar.currentIndex())
    assert editor.tabs_folded()


def test_dialogs_fit_the_screen(qtbot, window, demo_library):
    from vnhg_desk.gui.cover_email_dialog import CoverEmailDialog
    from vnhg_desk.gui.house_style_dialog import HouseStyleDialog
    from vnhg_desk.gui.people_dialog import PeopleDialog
    from vnhg_desk.gui.trash_dialog import TrashDialog

    dialogs = [
        HouseStyleDialog(demo_library, window),
        PeopleDialog(demo_library, window),
        TrashDialog(demo_library, window),
        CoverEmailDialog(demo_library, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _fits(dialog), (type(dialog).__name__, dialog.size())
        dialog.close()
    house = dialogs[0]
    house.show()
    house.resize(house.width(), 420)  # lower than its groups: they scroll, the buttons stay
    qtbot.waitUntil(lambda: house.height() == 420)
    content = house.scroll_area.widget()
    assert content.height() > house.scroll_area.viewport().height()
    qtbot.waitUntil(lambda: house.scroll_area.verticalScrollBar().maximum() > 0)
