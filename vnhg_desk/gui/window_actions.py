"""The window's menus, toolbar and the archive commands (new, duplicate, delete, trash)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from vnhg_desk import __version__
from vnhg_desk.errors import UserError
from vnhg_desk.gui import dialogs
from vnhg_desk.gui.document_ops import duplicate_edition, new_edition, new_invitation
from vnhg_desk.gui.icons import line_icon
from vnhg_desk.model import Edition

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow


class WindowActions(QObject):
    """Creates and handles the window's actions; ``by_name`` finds them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.by_name: dict[str, QAction] = {}
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.insert_menu = bar.addMenu(self.tr("&Invoegen"))
        self.format_menu = bar.addMenu(self.tr("&Opmaak"))
        self.view_menu = bar.addMenu(self.tr("Beel&d"))
        self.tools_menu = bar.addMenu(self.tr("E&xtra"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.toolbar = QToolBar(self.tr("Werkbalk"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setAccessibleName(self.tr("Werkbalk"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        self._build_file()
        self._build_edit()
        self._build_insert_and_format()
        self._build_view_help()

    def add(self, menu: QMenu, name: str, text: str, slot, *, shortcut=None, icon=None,
            tip: str = "", toolbar: bool = False) -> QAction:  # fmt: skip
        """Create a named action in ``menu`` (and the toolbar)."""
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding (Ctrl+Y and Ctrl+Shift+Z)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(line_icon(icon, self.window))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.by_name[name] = action
        return action

    # -- menus -------------------------------------------------------------------------
    def _build_file(self) -> None:
        menu = self.file_menu
        self.add(menu, "new_edition", self.tr("&Nieuwe editie"), self.new_edition,
                 shortcut=QKeySequence.StandardKey.New, icon="new", toolbar=True,
                 tip=self.tr("Begin een nieuwe editie"))  # fmt: skip
        self.add(menu, "new_invitation", self.tr("Nieuwe &uitnodiging"), self.new_invitation,
                 tip=self.tr("Begin een nieuwe ‘save the date’"))  # fmt: skip
        self.add(menu, "duplicate", self.tr("Editie &dupliceren…"), self.duplicate,
                 shortcut="Ctrl+Shift+D", icon="duplicate",
                 tip=self.tr("Begin de volgende editie vanuit deze editie"))  # fmt: skip
        self.add(menu, "import", self.tr("&Importeren…"), self.import_file,
                 tip=self.tr("Een Word-, OpenDocument- of uitwisselbestand toevoegen"))  # fmt: skip
        menu.addSeparator()
        self.add(menu, "delete", self.tr("Naar de &prullenbak…"), self.delete,
                 icon="trash",
                 tip=self.tr("Verplaats het open document naar de prullenbak"))  # fmt: skip
        self.add(menu, "trash", self.tr("Prullen&bak…"), self.show_trash,
                 tip=self.tr("Verwijderde documenten bekijken en terugzetten"))  # fmt: skip
        menu.addSeparator()
        self.add(menu, "quit", self.tr("&Afsluiten"), self.window.close,
                 shortcut=QKeySequence.StandardKey.Quit)  # fmt: skip
        self.toolbar.addSeparator()

    def _build_edit(self) -> None:
        menu = self.edit_menu
        window = self.window
        self.undo = self.add(menu, "undo", self.tr("&Ongedaan maken"), window.undo,
                             shortcut=QKeySequence.StandardKey.Undo, icon="undo",
                             toolbar=True)  # fmt: skip
        self.redo = self.add(menu, "redo", self.tr("Opnie&uw"), window.redo,
                             shortcut=QKeySequence.StandardKey.Redo, icon="redo",
                             toolbar=True)  # fmt: skip
        window.undo_stack.undoTextChanged.connect(self._undo_texts)
        window.undo_stack.redoTextChanged.connect(self._undo_texts)
        window.undo_stack.canUndoChanged.connect(self.update_enabled)
        window.undo_stack.canRedoChanged.connect(self.update_enabled)
        self._undo_texts()
        menu.addSeparator()
        self.add(menu, "find", self.tr("&Zoeken in het archief"), self.focus_search,
                 shortcut=QKeySequence.StandardKey.Find,
                 tip=self.tr("Zoek een woord in alle edities en uitnodigingen"))  # fmt: skip
        self.toolbar.addSeparator()

    def _build_insert_and_format(self) -> None:
        window = self.window
        menu = self.insert_menu
        self.add(menu, "add_article", self.tr("&Artikel"), window.structure.add_article,
                 shortcut="Ctrl+Shift+A", icon="article", toolbar=True,
                 tip=self.tr("Nieuw artikel na het gekozen onderdeel"))  # fmt: skip
        self.add(menu, "add_box", self.tr("&Kader"), window.structure.add_box,
                 shortcut="Ctrl+Shift+K",
                 tip=self.tr("Nieuw kader na het gekozen onderdeel"))  # fmt: skip
        self.add(menu, "add_photo", self.tr("&Foto…"), self.add_photo,
                 shortcut="Ctrl+Shift+F", icon="photo", toolbar=True,
                 tip=self.tr("Foto toevoegen aan het open artikel"))  # fmt: skip
        menu.addAction(window.article_editor.quote_action)
        self.by_name["quote"] = window.article_editor.quote_action
        menu.addSeparator()
        self.add(menu, "move_up", self.tr("Onderdeel om&hoog"), lambda: window.structure.step(-1),
                 shortcut="Ctrl+Shift+Up")  # fmt: skip
        self.add(menu, "move_down", self.tr("Onderdeel om&laag"), lambda: window.structure.step(1),
                 shortcut="Ctrl+Shift+Down")  # fmt: skip
        for action in (self.by_name["move_up"], self.by_name["move_down"]):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.structure.addAction(action)
        for name in ("subheading", "bold", "italic", "link", "bullets"):
            self.format_menu.addAction(window.article_editor.body.actions_by_name[name])

    def _build_view_help(self) -> None:
        window = self.window
        preview = self.add(self.view_menu, "show_preview", self.tr("&Voorbeeld tonen"),
                           lambda on: window.preview.setVisible(on), shortcut="F9")  # fmt: skip
        preview.setCheckable(True)
        preview.setChecked(True)
        archive = self.add(self.view_menu, "show_archive", self.tr("&Archief en opbouw tonen"),
                           lambda on: window.left_splitter.setVisible(on),
                           shortcut="F8")  # fmt: skip
        archive.setCheckable(True)
        archive.setChecked(True)
        self.add(self.view_menu, "refresh_preview", self.tr("Voorbeeld &bijwerken"),
                 window.preview.render_now, shortcut=QKeySequence.StandardKey.Refresh,
                 icon="refresh")  # fmt: skip
        self.view_menu.addSeparator()
        panes = [  # the archive is built after the first frame: looked up when asked for
            ("go_archive", self.tr("Naar het &archief"), "Ctrl+1", lambda: window.archive.list),
            ("go_structure", self.tr("Naar de &opbouw"), "Ctrl+2", lambda: window.structure.list),
            ("go_editor", self.tr("Naar de &tekst"), "Ctrl+3", lambda: window.editors),
            ("go_preview", self.tr("Naar het voorbee&ld"), "Ctrl+4",
             lambda: window.preview.scroll_area),
        ]  # fmt: skip
        for name, text, key, target in panes:
            self.add(self.view_menu, name, text, lambda _=False, t=target: self.focus_pane(t()),
                     shortcut=key)  # fmt: skip
        self.add(self.help_menu, "open_log", self.tr("&Logboek openen"), self.open_log)
        self.add(self.help_menu, "about", self.tr("&Over VNHG Desk"), self.about)

    def add_archive_buttons(self, toolbar: QToolBar) -> None:
        """New, duplicate and delete on the archive's own toolbar."""
        for name in ("new_edition", "duplicate", "delete"):
            toolbar.addAction(self.by_name[name])

    def _undo_texts(self, *_args) -> None:
        stack = self.window.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return  # the window is being torn down
        self.undo.setText(
            self.tr("&Ongedaan maken: %1").replace("%1", stack.undoText())
            if stack.canUndo()
            else self.tr("&Ongedaan maken")
        )
        self.redo.setText(
            self.tr("Opnie&uw: %1").replace("%1", stack.redoText())
            if stack.canRedo()
            else self.tr("Opnie&uw")
        )

    def update_enabled(self, *_args) -> None:
        if not shiboken6.isValid(self.window):
            return
        document = self.window.controller.document
        is_edition = isinstance(document, Edition)
        for name in ("add_article", "add_box", "move_up", "move_down"):
            self.by_name[name].setEnabled(is_edition)
        on_article = self.window.editors.currentWidget() is self.window.article_editor
        self.by_name["add_photo"].setEnabled(is_edition and on_article)
        self.by_name["quote"].setEnabled(is_edition and on_article)
        self.by_name["duplicate"].setEnabled(is_edition)
        self.by_name["delete"].setEnabled(document is not None)

    # -- handlers ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.window.left_splitter.setVisible(True)
        self.window.archive.search.setFocus()
        self.window.archive.search.selectAll()

    def focus_pane(self, target) -> None:
        """Move the keyboard focus into a pane (showing it if it was hidden)."""
        window = self.window
        if target in (window.archive.list, window.structure.list):
            window.left_splitter.setVisible(True)
            self.by_name["show_archive"].setChecked(True)
        elif target is window.preview.scroll_area:
            window.preview.setVisible(True)
            self.by_name["show_preview"].setChecked(True)
        else:
            page = window.editors.currentWidget()
            if page is None:
                return
            if page is window.article_editor:
                target = window.article_editor.body.edit  # the text, not a tab bar
            else:
                fields: list[QWidget] = [
                    child for child in page.findChildren(QWidget)
                    if child.isVisible() and child.isEnabled()
                    and isinstance(child, (QLineEdit, QTextEdit, QPlainTextEdit))
                ] or [
                    child for child in page.findChildren(QWidget)
                    if child.isVisible() and child.isEnabled()
                    and child.focusPolicy() & Qt.FocusPolicy.TabFocus
                ]  # fmt: skip
                target = fields[0] if fields else page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_photo(self) -> None:
        if self.window.editors.currentWidget() is self.window.article_editor:
            self.window.article_editor.photos.choose_files()

    def _create(self, document, message: str) -> None:
        try:
            self.window.library.save(document)
        except UserError as error:
            dialogs.show_error(self.window, self.tr("Aanmaken mislukt"), str(error))
            return
        self.window.reload_archive()
        self.window.open_document(document.id)
        self.window.show_status(message)

    def new_edition(self) -> None:
        """Create an empty edition and open it."""
        style = self.window.library.house_style()
        self._create(new_edition(style), self.tr("Nieuwe editie gemaakt"))

    def new_invitation(self) -> None:
        """Create an empty invitation and open it."""
        self._create(new_invitation(), self.tr("Nieuwe uitnodiging gemaakt"))

    def duplicate(self) -> None:
        """Start the next edition from the open one; asks whether to keep the texts."""
        source = self.window.current_document()
        if not isinstance(source, Edition):
            return
        answer = dialogs.choose(
            self.window,
            self.tr("Editie dupliceren"),
            self.tr(
                "Een nieuwe editie met dezelfde kop en opbouw (artikelen, rubrieken en "
                "kaders). Wilt u ook de teksten, streamers en foto's overnemen?"
            ),
            [("empty", self.tr("Teksten leegmaken")), ("keep", self.tr("Teksten behouden"))],
        )
        if answer is None:
            return
        copy = duplicate_edition(source, keep_texts=answer == "keep")
        self._create(copy, self.tr("Kopie gemaakt; vul datum en teksten in"))

    def delete(self) -> None:
        """Move the open document to the trash (after confirmation)."""
        window = self.window
        document = window.current_document()
        if document is None or document.id is None:
            return
        title = getattr(document, "title", "") or self.tr("(zonder titel)")
        if not dialogs.confirm(
            window,
            self.tr("Naar de prullenbak"),
            self.tr("‘%1’ naar de prullenbak verplaatsen? U kunt het later terugzetten via "
                    "Bestand > Prullenbak.").replace("%1", title),
            self.tr("Naar de prullenbak"),
        ):  # fmt: skip
            return
        window.library.delete(document.id)
        window.controller.open(None)
        window.reload_archive()
        window.show_status(self.tr("‘%1’ staat in de prullenbak.").replace("%1", title))
        summaries = window.library.list_documents()
        if summaries:
            window.open_document(summaries[0].id)

    def import_file(self) -> None:
        from vnhg_desk.gui.file_open import choose_and_import

        choose_and_import(self.window)

    def show_trash(self) -> None:
        from vnhg_desk.gui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.window.library, self.window)
        dialog.exec()
        if dialog.restored:
            self.window.reload_archive()
            self.window.open_document(dialog.restored[-1])

    def open_log(self) -> None:
        from vnhg_desk.gui.error_report import open_log_folder

        if not open_log_folder():
            from vnhg_desk.diagnostics import log_path

            self.window.show_status(
                self.tr("Het logboek staat in %1").replace("%1", str(log_path().parent))
            )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            self.tr("Over VNHG Desk"),
            self.tr("VNHG Desk %1\n\nVerslagen en uitnodigingen van de Vereniging van "
                    "Noord-Hollandse Gemeenten schrijven en verspreiden.\n\n"
                    "Licentie: EUPL-1.2").replace("%1", __version__),
        )  # fmt: skip
