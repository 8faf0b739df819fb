"""The article editor: kicker, headline, subtitle, lead, body, byline, quotes and photos."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.binding import Binder
from vnhg_desk.gui.body_editor import BodyEditor
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.fields import LineField, PlainField
from vnhg_desk.gui.paste_convert import local_files
from vnhg_desk.model import Article, Edition

if TYPE_CHECKING:
    from vnhg_desk.gui.binding import BoundField
    from vnhg_desk.gui.photos_panel import PhotosPanel
    from vnhg_desk.gui.quotes_panel import QuotesPanel


class ArticleEditor(QWidget):
    """Edits one article of the open edition."""

    status = Signal(str)

    def __init__(
        self, controller: DocumentController, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.uid: str | None = None
        self.binder = Binder(controller, self)
        self.kicker = LineField(self.tr("Bovenkop (rubriek)"), self)
        self.headline = LineField(self.tr("Kop"), self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.subtitle = LineField(self.tr("Ondertitel"), self)
        self.lead = PlainField(self.tr("Intro (vet gezette openingsalinea)"), self)
        self.lead.setMaximumHeight(72)
        self.byline = LineField(self.tr("Auteur of bron (mag leeg)"), self)
        self.body = BodyEditor(self.tr("Tekst van het artikel"), self)
        self.quote_action = QAction(self.tr("Maak streamer van selectie"), self)
        self.quote_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.quote_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.quote_action.setToolTip(
            self.tr("Zet de geselecteerde zin als streamer in het artikel (Ctrl+Shift+Q)")
        )
        self.quote_action.triggered.connect(self.quote_from_selection)
        self.body.toolbar.addSeparator()
        self.body.toolbar.addAction(self.quote_action)
        self.body.edit.menu_actions.append(self.quote_action)
        self.addAction(self.quote_action)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("&Bovenkop:"), self.kicker),
            (self.tr("&Kop:"), self.headline),
            (self.tr("&Ondertitel:"), self.subtitle),
            (self.tr("&Intro:"), self.lead),
        ):
            form.addRow(label, widget)
        bound: tuple[tuple[str, BoundField, str], ...] = (
            ("kicker", self.kicker, self.tr("Bovenkop wijzigen")),
            ("headline", self.headline, self.tr("Kop wijzigen")),
            ("subtitle", self.subtitle, self.tr("Ondertitel wijzigen")),
            ("lead", self.lead, self.tr("Intro wijzigen")),
            ("body", self.body.edit, self.tr("Tekst wijzigen")),
            ("byline", self.byline, self.tr("Auteur wijzigen")),
        )
        for name, field, label in bound:
            self.binder.bind(field, name, label)

        text_part = QWidget(self)
        text_layout = QVBoxLayout(text_part)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(form)
        body_label = QLabel(self.tr("&Tekst:") + "  ", self)
        body_label.setBuddy(self.body.edit)
        self.body.toolbar.insertWidget(self.body.toolbar.actions()[0], body_label)
        text_layout.addWidget(self.body, 1)
        byline_form = QFormLayout()
        byline_form.addRow(self.tr("&Auteur:"), self.byline)
        text_layout.addLayout(byline_form)

        # Tab goes from the intro into the text, then to the author (not the other way).
        QWidget.setTabOrder(self.lead, self.body.edit)
        QWidget.setTabOrder(self.body.edit, self.byline)
        # The quotes and photos panels are built after the window's first frame (see
        # build_panels): there they are folded away, or wait a moment just below the text.
        self._settings = settings
        self._quotes: QuotesPanel | None = None
        self._photos: PhotosPanel | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Streamers en foto's"))
        self._placeholders = (QWidget(self), QWidget(self))
        for placeholder in self._placeholders:
            self.tabs.addTab(placeholder, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("articleSplitter")
        self.splitter.addWidget(text_part)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # On a small screen the quotes and photos fold down to their tab bar, so the text
        # keeps the height; clicking a tab opens them, clicking the open tab folds them.
        for placeholder in self._placeholders:
            self._fold_down(placeholder)
        self.tabs.setMinimumHeight(self.tabs.tabBar().sizeHint().height() + 4)
        self.tabs.tabBarClicked.connect(self._tab_clicked)
        # Photos dropped or pasted anywhere in the article become its photos.
        self.setAcceptDrops(True)
        self.body.edit.files_received.connect(self.add_photo_files)
        self.body.edit.image_received.connect(self.add_pasted_image)
        self.body.edit.paste_notes.connect(self.status)
        self._user_split = False
        self.splitter.splitterMoved.connect(self._split_by_user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    @staticmethod
    def _fold_down(panel: QWidget) -> None:
        """Let the tab pages shrink to nothing, so the tabs can fold to their bar."""
        panel.setMinimumHeight(0)
        panel.setSizePolicy(panel.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)

    @property
    def quotes(self) -> QuotesPanel:
        """The article's pull quotes (built now if they were not yet)."""
        return self.build_panels()[0]

    @property
    def photos(self) -> PhotosPanel:
        """The article's photos (built now if they were not yet)."""
        return self.build_panels()[1]

    def build_panels(self) -> tuple[QuotesPanel, PhotosPanel]:
        """The quotes and photos panels, built in their tabs the first time (showing the
        open article). The window calls this right after its first frame; whoever needs
        a panel sooner gets it built on the spot."""
        if self._quotes is not None and self._photos is not None:
            return self._quotes, self._photos
        from vnhg_desk.gui.photos_panel import PhotosPanel
        from vnhg_desk.gui.quotes_panel import QuotesPanel

        quotes = self._quotes = QuotesPanel(self.controller, self)
        photos = self._photos = PhotosPanel(self.controller, self._settings, self)
        photos.status.connect(self.status)
        current = self.tabs.currentIndex()
        pages = zip((quotes, photos), self._placeholders, strict=True)
        for index, (panel, placeholder) in enumerate(pages):
            self._fold_down(panel)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, panel, "")
            placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        quotes.set_article(self.uid)
        photos.set_article(self.uid)
        self._update_tabs()
        return quotes, photos

    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.add_photo_files([str(path) for path in files])

    def add_photo_files(self, paths: list[str]) -> None:
        """Photos dropped or pasted in the article: the same checks as "Foto toevoegen"."""
        if self.tabs_folded():
            self.fold_tabs(False)
        self.tabs.setCurrentWidget(self.photos)
        self.photos.add_files(paths)

    def add_pasted_image(self, image) -> None:
        """A picture pasted from the clipboard becomes a photo of the article (as PNG)."""
        import tempfile
        from pathlib import Path

        if image is None or getattr(image, "isNull", lambda: True)():
            self.status.emit(self.tr("De geplakte afbeelding kon niet worden gelezen."))
            return
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / self.tr("geplakte-afbeelding.png")
            if not image.save(str(path), "PNG"):
                self.status.emit(self.tr("De geplakte afbeelding kon niet worden gelezen."))
                return
            self.add_photo_files([str(path)])

    def tabs_folded(self) -> bool:
        """True when only the tab bar of quotes and photos shows."""
        return self.splitter.sizes()[1] <= self.tabs.minimumHeight() + 8

    def fold_tabs(self, folded: bool) -> None:
        """Fold the quotes and photos down to their tab bar, or open them."""
        self._user_split = not folded  # opened on purpose: stays open
        total = sum(self.splitter.sizes())
        low = self.tabs.minimumHeight()
        self.splitter.setSizes([total - low, low] if folded else [total * 3 // 5, total * 2 // 5])

    def _split_by_user(self, *_args) -> None:
        self._user_split = True

    def _tab_clicked(self, index: int) -> None:
        if self.tabs_folded():
            self.fold_tabs(False)
        elif index == self.tabs.currentIndex():
            self.fold_tabs(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Little height (a 1366x768 laptop): keep at least 15 lines of text in view.
        if not self._user_split and self.height() > 100:
            line = self.body.edit.fontMetrics().lineSpacing()
            # contentsRect, not viewport(): the viewport is a plain QWidget, and handing one
            # to Python the first time makes PySide load every widget class (~12 ms at start)
            shown = self.body.edit.contentsRect().height()
            if shown < 15 * line + 8 and not self.tabs_folded():
                self.fold_tabs(True)

    def article(self) -> Article | None:
        edition = self.controller.document
        if self.uid is None or not isinstance(edition, Edition):
            return None
        item = edition.find(self.uid)
        return item if isinstance(item, Article) else None

    def set_article(self, uid: str | None) -> None:
        """Show another article of the open edition."""
        self.uid = uid
        self.binder.set_ref((uid,) if uid else None)
        if self._quotes is not None and self._photos is not None:
            self._quotes.set_article(uid)
            self._photos.set_article(uid)
        self._update_tabs()

    def refresh(self, focus: tuple[str, ...] = ()) -> None:
        """Show the model's values again (after an edit elsewhere or an undo)."""
        self.binder.load()
        part = focus[1] if len(focus) > 1 and focus[0] == self.uid else None
        if self._quotes is None or self._photos is None:
            self._update_tabs()  # built later, from the document as it is then
            return
        self._quotes.refresh(part)
        self._photos.refresh(part)
        if part is not None:
            article = self.article()
            if article is not None and any(p.uid == part for p in article.photos):
                self.tabs.setCurrentWidget(self.photos)
            elif article is not None and any(q.uid == part for q in article.quotes):
                self.tabs.setCurrentWidget(self.quotes)
        self._update_tabs()

    def _update_tabs(self) -> None:
        article = self.article()
        quotes = len(article.quotes) if article else 0
        photos = article.photos if article else []
        missing = sum(1 for photo in photos if not photo.alt_text.strip())
        self.tabs.setTabText(0, self.tr("Streamers (%1)").replace("%1", str(quotes)))
        photo_title = self.tr("Foto's (%1)").replace("%1", str(len(photos)))
        if missing:
            photo_title += " ⚠"
        self.tabs.setTabText(1, photo_title)

    def quote_from_selection(self) -> None:
        """Make a pull quote of the selected body text (undoable)."""
        text = self.body.edit.selected_plain_text()
        if not text:
            self.status.emit(self.tr("Selecteer eerst een zin in de tekst."))
            return
        self.quotes.add_quote(text)
        self.tabs.setCurrentWidget(self.quotes)
        self._update_tabs()
        self.status.emit(self.tr("Streamer gemaakt van de selectie"))
