"""The editor window: archive, structure, editor and live preview side by side.

Public for the publishing actions (issue 6): ``library``, ``undo_stack``,
``current_document()``, ``file_menu``, ``edit_menu``, ``tools_menu``, ``help_menu``,
``toolbar``, ``show_status()``, ``refresh_preview()``, ``reload_archive()`` and the
``document_changed`` signal.

Start-up builds what the first frame shows (menus, toolbar, structure, the open part's
editor, the preview pane) and paints it; ``complete()`` builds the rest (the archive,
the article editor's quotes and photos panels, publishing, find, page budget, list menus,
the demo actions, the shared-library watch) right after that frame. A part asked for
sooner (``window.archive``, ``window.publish_actions``, the masthead or box editor) is
built on the spot, so no caller has to know the order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from vnhg_desk.errors import NotFoundError, UserError
from vnhg_desk.gui import dialogs
from vnhg_desk.gui.article_editor import ArticleEditor
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.edits import InsertItem, RemoveItem, SetField
from vnhg_desk.gui.first_paint import AfterFirstPaint
from vnhg_desk.gui.preview_pane import PreviewPane
from vnhg_desk.gui.save_feedback import SaveFeedback
from vnhg_desk.gui.spelling import install_spelling
from vnhg_desk.gui.structure_pane import MASTHEAD, StructurePane
from vnhg_desk.gui.window_actions import WindowActions
from vnhg_desk.model import Article, Edition, Invitation, SidebarBox

if TYPE_CHECKING:
    from vnhg_desk.gui.archive_menu import ArchiveMenu
    from vnhg_desk.gui.archive_pane import ArchivePane
    from vnhg_desk.gui.box_editor import BoxEditor
    from vnhg_desk.gui.demo_actions import DemoActions
    from vnhg_desk.gui.find_bar import CountLabel, FindBar
    from vnhg_desk.gui.invitation_editor import InvitationEditor
    from vnhg_desk.gui.masthead_editor import MastheadEditor
    from vnhg_desk.gui.page_budget import PageBudgetActions
    from vnhg_desk.gui.publish_actions import PublishActions
    from vnhg_desk.gui.shared_library import SharedLibrary
    from vnhg_desk.store.protocol import DocumentLibrary  # annotations only

#: The editors of an edition's parts (masthead, article, box), by attribute name.
_PART_EDITORS = ("masthead_editor", "article_editor", "box_editor")
#: Built by MainWindow.complete() after the first frame (or when asked for before it).
_COMPLETED_PARTS = frozenset({
    "archive", "archive_menu", "page_budget", "publish_actions", "shared_library",
    "find_bar", "count_label", "demo_actions",
})  # fmt: skip


class MainWindow(QMainWindow):
    """One window on one library."""

    document_changed = Signal()
    # Built by complete() (some through the install_* helpers: find_bar.py, demo_actions.py).
    archive: ArchivePane
    archive_menu: ArchiveMenu
    page_budget: PageBudgetActions
    publish_actions: PublishActions
    shared_library: SharedLibrary
    find_bar: FindBar
    count_label: CountLabel
    demo_actions: DemoActions
    # Built the first time they are shown (or asked for).
    masthead_editor: MastheadEditor
    box_editor: BoxEditor

    def __init__(self, library: DocumentLibrary, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(self.tr("VNHG Desk"))
        self.setObjectName("MainWindow")
        self.after_first_paint = AfterFirstPaint(self)
        self._completed = False
        self.undo_stack = QUndoStack(self)
        self.controller = DocumentController(library, self.undo_stack, self)
        self.structure = StructurePane(self.controller, self)
        self.article_editor = ArticleEditor(self.controller, self.settings, self)
        self.placeholder = QLabel(self.tr("Kies links een editie of maak een nieuwe."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.invitation_editor: InvitationEditor | None = None
        self.editors = QStackedWidget(self)
        self.editors.setAccessibleName(self.tr("Bewerken"))
        self.editors.addWidget(self.placeholder)
        self.editors.addWidget(self.article_editor)
        self.preview = PreviewPane(library, self)
        self.preview.hold()  # the first render starts once the edition's text is painted
        self.after_first_paint.add(self.preview.release)
        # Holds the archive's place in the first frame; complete() puts the archive there.
        loading = QCoreApplication.translate("ArchivePane", "Archief wordt geladen…")
        self.archive_slot = QLabel(loading, self)
        self.archive_slot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.archive_slot.setMargin(12)
        self.archive_slot.setEnabled(False)
        self._build_layout()
        self.actions_ = WindowActions(self)
        self.file_menu = self.actions_.file_menu
        self.edit_menu = self.actions_.edit_menu
        self.view_menu = self.actions_.view_menu
        self.tools_menu = self.actions_.tools_menu
        self.help_menu = self.actions_.help_menu
        self.toolbar = self.actions_.toolbar
        self._connect()
        install_spelling(self)  # before the first frame: it must not load the dictionary
        self.restore_layout()
        self.after_first_paint.add(self.complete)
        self._update_enabled()

    def complete(self) -> None:
        """Build what the first frame does not show (once), then read the archive list."""
        if self._completed:
            return
        self._completed = True
        from vnhg_desk.gui.archive_menu import ArchiveMenu
        from vnhg_desk.gui.archive_pane import ArchivePane
        from vnhg_desk.gui.demo_actions import install_demo_actions
        from vnhg_desk.gui.find_bar import install_find
        from vnhg_desk.gui.list_menus import install_list_menus
        from vnhg_desk.gui.page_budget import PageBudgetActions
        from vnhg_desk.gui.preview_jump import install_preview_jump
        from vnhg_desk.gui.publish_actions import install_publish_actions
        from vnhg_desk.gui.shared_library import install_shared_library

        self.article_editor.build_panels()
        self.archive = ArchivePane(self.library, self)
        sizes = self.left_splitter.sizes()  # the structure pane stays where it was painted
        self.left_splitter.replaceWidget(0, self.archive)
        self.left_splitter.setSizes(sizes)
        self.archive_slot.deleteLater()
        self.archive.open_requested.connect(self.open_document)
        self.actions_.add_archive_buttons(self.archive.toolbar)
        self.page_budget = PageBudgetActions(self)
        self.publish_actions = install_publish_actions(self)
        install_find(self)
        install_preview_jump(self)
        install_list_menus(self)
        install_demo_actions(self)
        self.archive_menu = ArchiveMenu(self)
        self.shared_library = install_shared_library(self)
        self.reload_archive()
        self._update_enabled()

    def __getattr__(self, name: str) -> Any:
        """A part that is built later (see the module's docstring), built now."""
        if name in _COMPLETED_PARTS and not self.__dict__.get("_completed", True):
            self.complete()
        elif name == "masthead_editor":
            from vnhg_desk.gui.masthead_editor import MastheadEditor

            self.masthead_editor = MastheadEditor(self.controller, self)
            self.editors.addWidget(self.masthead_editor)
            self.masthead_editor.show_document()
        elif name == "box_editor":
            from vnhg_desk.gui.box_editor import BoxEditor

            self.box_editor = BoxEditor(self.controller, self)
            self.editors.addWidget(self.box_editor)
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return object.__getattribute__(self, name)

    def _built(self, name: str) -> Any:
        """A part that is built later, or None while it is not."""
        return self.__dict__.get(name)

    # -- building ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.archive_slot)
        self.left_splitter.addWidget(self.structure)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.editors)
        self.main_splitter.addWidget(self.preview)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.setSizes([300, 620, 480])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.statusBar().setAccessibleName(self.tr("Statusbalk"))
        self.save_label = QLabel(self.tr("Wijzigingen worden vanzelf bewaard"), self)
        self.save_label.setToolTip(
            self.tr("Er is geen knop Opslaan nodig: elke wijziging staat binnen een seconde in "
                    "de bibliotheek.")
        )  # fmt: skip
        self.statusBar().addPermanentWidget(self.save_label)

    def _connect(self) -> None:
        self.structure.part_selected.connect(self.show_part)
        self.controller.about_to_open.connect(self._drop_invitation_editor)
        self.controller.document_replaced.connect(self._document_replaced)
        self.controller.edited.connect(self._edited)
        self.save_feedback = SaveFeedback(self)
        self.article_editor.status.connect(self.show_status)  # the photos' messages too

    # -- public API --------------------------------------------------------------------
    def current_document(self) -> Edition | Invitation | None:
        """The open document, with all typing saved to the library first."""
        self.controller.flush()
        self.controller.save_now()
        return self.controller.document

    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def refresh_preview(self) -> None:
        """Render the preview again (e.g. after a house-style change)."""
        self.preview.set_document(self.controller.document)

    def reload_archive(self) -> None:
        """Read the archive list again from the library."""
        self.complete()
        try:
            self.archive.reload()
        except UserError as error:  # e.g. the library went away under us
            self.archive.count_label.setText(str(error))
            return
        document = self.controller.document
        self.archive.mark_current(document.id if document is not None else None)

    # -- opening -----------------------------------------------------------------------
    def open_document(self, doc_id: int, part_uid: str = "") -> bool:
        """Open a document from the library; ``part_uid`` selects the part to edit."""
        current = self.controller.document
        if current is not None and current.id == doc_id:
            if part_uid:
                self.structure.select(part_uid)
            return True
        if not self.leave_current_document():
            return False
        try:
            document = self.library.load(doc_id)
        except (NotFoundError, UserError) as error:
            dialogs.show_error(self, self.tr("Openen mislukt"), str(error))
            return False
        self._pending_part = part_uid
        self.controller.open(document)
        return True

    def leave_current_document(self) -> bool:
        """Save the open document before another is shown; False when the user stays."""
        self.controller.flush()
        if self.controller.save_now():
            return True
        if self.controller.in_conflict:
            return False
        leave = dialogs.confirm(
            self,
            self.tr("Niet bewaard"),
            self.tr("De laatste wijzigingen in dit document konden niet worden bewaard. "
                    "Toch een ander document openen? Die wijzigingen gaan dan verloren."),
            self.tr("Toch openen"),
        )  # fmt: skip
        if leave:
            self.controller.dirty = False  # the user chose to drop them
        return leave

    def _document_replaced(self) -> None:
        document = self.controller.document
        part = getattr(self, "_pending_part", "")
        self._pending_part = ""
        is_edition = isinstance(document, Edition)
        self._show_structure(document is None or is_edition)
        if isinstance(document, Invitation):
            if self.invitation_editor is None:  # else: a reload, the editor follows it
                self._show_invitation(document)
        elif is_edition:
            masthead = self._built("masthead_editor")
            if masthead is not None:  # else it reads the document when it is built
                masthead.show_document()
            self.structure.select(part or MASTHEAD)
        else:
            self.editors.setCurrentWidget(self.placeholder)
            self.structure.refresh()
        archive = self._built("archive")
        if archive is not None:  # else it marks the document when it is read
            archive.mark_current(document.id if document is not None else None)
        self._remember_session()
        self._update_title()
        self._update_enabled()
        self.preview.set_document(document)
        self.document_changed.emit()

    def _show_structure(self, shown: bool) -> None:
        """Show the structure pane for an edition, hide it for an invitation. Coming back
        with no height (a splitter state saved or restored while it was hidden), it gets
        half of the left column again."""
        coming_back = shown and self.structure.isHidden()
        self.structure.setVisible(shown)
        archive, structure = self.left_splitter.sizes()
        if coming_back and structure == 0 and archive > 0:
            self.left_splitter.setSizes([archive - archive // 2, archive // 2])

    def _show_invitation(self, invitation: Invitation) -> None:
        from vnhg_desk.gui.invitation_editor import InvitationEditor

        editor = InvitationEditor(
            self.library, invitation, self.undo_stack, self, controller=self.controller
        )
        editor.changed.connect(self._invitation_changed)
        self.invitation_editor = editor
        self.editors.addWidget(editor)
        self.editors.setCurrentWidget(editor)

    def _drop_invitation_editor(self) -> None:
        editor = self.invitation_editor
        if editor is not None:
            self.invitation_editor = None
            self.editors.setCurrentWidget(self.placeholder)
            self.editors.removeWidget(editor)
            shiboken6.delete(editor)

    def _invitation_changed(self) -> None:
        self.preview.request()
        self._update_title()

    def show_part(self, uid: str) -> None:
        """Show the editor for the masthead, an article or a box."""
        document = self.controller.document
        if not isinstance(document, Edition):
            return
        item = document.find(uid) if uid != MASTHEAD else None
        if isinstance(item, Article):
            self.article_editor.set_article(uid)
            self.editors.setCurrentWidget(self.article_editor)
        elif isinstance(item, SidebarBox):
            self.box_editor.set_box(uid)
            self.editors.setCurrentWidget(self.box_editor)
        else:
            self.masthead_editor.show_document()
            self.editors.setCurrentWidget(self.masthead_editor)
        self.preview.scroll_to(uid if item is not None else "")
        self._remember("session/part", uid)
        self._update_enabled()

    # -- after every edit --------------------------------------------------------------
    def _edited(self, focus: tuple[str, ...]) -> None:
        document = self.controller.document
        if isinstance(document, Edition):
            focus, wanted = self._after_edit(document, focus)
            self.structure.refresh(wanted)
            if self.structure.current_uid() != self._shown_uid():
                self.show_part(self.structure.current_uid())
            shown: Any = self.editors.currentWidget()
            if any(shown is self._built(name) for name in _PART_EDITORS):
                shown.refresh(focus)
        self.preview.request()
        self._update_title()
        self.document_changed.emit()

    def _after_edit(self, document: Edition, focus: tuple[str, ...]) -> tuple[tuple, str]:
        """Which part to show after an edit or its undo: the part that changed."""
        edit, forward = self.controller.last_edit, self.controller.last_forward
        current = self.structure.current_uid()
        still_there = current if document.find(current) is not None else MASTHEAD
        if isinstance(edit, RemoveItem) and not forward and edit.item is not None:
            focus = (*edit.ref, edit.item.uid)  # an undone removal shows the part again
        elif isinstance(edit, (RemoveItem, InsertItem)) and forward != isinstance(edit, InsertItem):
            return focus, still_there  # the part is gone: stay where the user was
        elif isinstance(edit, SetField) and edit.ref == () and self._undoing:
            return focus, MASTHEAD
        if focus and document.find(focus[0]) is not None:
            return focus, focus[0]
        return focus, still_there

    _undoing = False

    def _shown_uid(self) -> str:
        widget = self.editors.currentWidget()
        if widget is self.article_editor:
            return self.article_editor.uid or MASTHEAD
        if widget is not None and widget is self._built("box_editor"):
            ref = self.box_editor.binder.ref
            return ref[0] if ref else MASTHEAD
        return MASTHEAD

    def undo(self) -> None:
        """Undo the last change (typing still waiting is committed first)."""
        self.controller.flush()
        self._undoing = True
        try:
            self.undo_stack.undo()
        finally:
            self._undoing = False

    def redo(self) -> None:
        """Redo the last undone change."""
        self.controller.flush()
        self._undoing = True
        try:
            self.undo_stack.redo()
        finally:
            self._undoing = False

    # -- state -------------------------------------------------------------------------
    def _update_title(self) -> None:
        document = self.controller.document
        title = getattr(document, "title", "") if document is not None else ""
        extra = ""
        if isinstance(document, Edition) and document.date:
            from vnhg_desk.layout.words import long_date

            extra = " — " + long_date(document.date)
        self.setWindowTitle(f"{title}{extra} — VNHG Desk" if title else "VNHG Desk")

    def _update_enabled(self) -> None:
        self.actions_.update_enabled()

    def _remember_session(self) -> None:
        document = self.controller.document
        self._remember("session/library", self._library_name())
        self._remember("session/document", document.id if document is not None else -1)

    def _remember(self, key: str, value: object) -> None:
        """Store a session value at once (a killed program still reopens here)."""
        if str(self.settings.value(key, "")) != str(value):
            self.settings.setValue(key, value)
            self.settings.sync()

    def _library_name(self) -> str:
        """The library's path, or its server address (never with a password)."""
        return str(getattr(self.library, "address", getattr(self.library, "path", "")))

    def restore_session(self) -> None:
        """Reopen the document and part that were open last time (or the newest)."""
        same_library = str(self.settings.value("session/library", "")) == self._library_name()
        saved_id = str(self.settings.value("session/document", -1) or -1)
        doc_id = int(saved_id) if same_library and saved_id.lstrip("-").isdigit() else -1
        part = str(self.settings.value("session/part", "") or "") if same_library else ""
        if doc_id >= 0 and self._try_open(doc_id, part):
            return
        summaries = self.library.list_documents()
        # The first screen is the newest edition (an invitation only when there is none).
        editions = [summary for summary in summaries if summary.kind != "invitation"]
        if editions or summaries:
            self._try_open((editions or summaries)[0].id, "")

    def _try_open(self, doc_id: int, part: str) -> bool:
        try:
            document = self.library.load(doc_id)
        except UserError:
            return False
        self._pending_part = part
        self.controller.open(document)
        return True

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        dialogs.fit_to_screen(self)  # a 1366x768 laptop, or a smaller screen than last time
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for splitter in (self.main_splitter, self.left_splitter, self.article_editor.splitter):
            saved = self.settings.value(f"window/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        splitters = [self.main_splitter, self.article_editor.splitter]
        if not self.structure.isHidden():  # (hidden, its height would be saved as none)
            splitters.append(self.left_splitter)
        for splitter in splitters:
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.flush()
        if not self.controller.save_now() and self.controller.dirty:
            leave = dialogs.confirm(
                self,
                self.tr("Niet alles is bewaard"),
                self.tr("De laatste wijzigingen konden niet worden bewaard. Toch afsluiten?"),
                self.tr("Afsluiten zonder bewaren"),
            )
            if not leave:
                event.ignore()
                return
        self.settings.setValue("session/part", self._shown_uid())
        self.save_layout()
        self.settings.sync()
        self.preview.shutdown()
        event.accept()

    def action(self, name: str) -> QAction:
        """One of the window's named actions (for tests and the publishing helper)."""
        self.complete()
        return self.actions_.by_name[name]
