"""The archive: all editions and invitations, newest first, with full-text search.

Search results show the matching words in a snippet; clicking a result opens the
document at the part where the words were found.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.errors import UserError
from vnhg_desk.store.protocol import DocumentLibrary

DOC_ID = Qt.ItemDataRole.UserRole
PART_UID = Qt.ItemDataRole.UserRole + 1
HTML = Qt.ItemDataRole.UserRole + 2
LINES = Qt.ItemDataRole.UserRole + 3
SEARCH_DELAY_MS = 250
# Fallbacks until/unless the store exports its markers.
_DEFAULT_MARKERS = ("\x02", "\x03")


def _markers() -> tuple[str, str]:
    try:
        from vnhg_desk.store import MATCH_END, MATCH_START
    except ImportError:
        return _DEFAULT_MARKERS
    return MATCH_START, MATCH_END


def ui_date(day: date) -> str:
    """A date in the UI language ("25 september 2026" / "25 September 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: text escaped, matches in bold."""
    start, end = _markers()
    out = escape(snippet)
    return out.replace(escape(start), "<b>").replace(escape(end), "</b>")


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title line + detail line) with the palette's colours."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML) or escape(index.data() or ""))
        document.setTextWidth(max(option.rect.width() - 12, 80))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        document = self._document(option, index)
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 3)
        context.clip = QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 6)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        # Fixed heights (no text layout per row): 1,000 rows must list in a few ms.
        lines = int(index.data(LINES) or 2)
        height = option.fontMetrics.lineSpacing() * lines + 10
        return QSize(option.rect.width(), height)


class ArchivePane(QWidget):
    """List of documents (or search hits) and the search field."""

    open_requested = Signal(int, str)

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.toolbar = QToolBar(self.tr("Archief"), self)
        self.toolbar.setAccessibleName(self.tr("Knoppen van het archief"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.heading = QLabel(self.tr("Archief"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in alle edities en uitnodigingen…"))
        self.search.setAccessibleName(self.tr("Zoeken in het archief"))
        self.search.setToolTip(
            self.tr("Zoekt in koppen, intro's, teksten, streamers, bijschriften en kaders")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self.search.returnPressed.connect(self.run_search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Edities en uitnodigingen"))
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        # Until the list is read (right after the window's first frame): not "empty".
        self.count_label = QLabel(self.tr("Archief wordt geladen…"), self)
        self.count_label.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.current_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)

    # -- listing -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list (or the search results) again from the library."""
        if self.search.text().strip():
            self.run_search()
        else:
            self.show_documents()

    def show_documents(self) -> None:
        summaries = self.library.list_documents()
        self.list.clear()
        for summary in summaries:
            self._add_row(summary.id, "", self._summary_html(summary), summary.title)
        self.count_label.setText(self.tr("%n documenten", "", len(summaries)))
        self.mark_current(self.current_id)

    def refresh_documents(self, doc_ids: set[int]) -> None:
        """Other editors added, changed or trashed these documents: update their rows
        (the whole list is read again only when rows come or go)."""
        if self.search.text().strip():
            self.run_search()
            return
        rows = {self.list.item(row).data(DOC_ID): row for row in range(self.list.count())}
        found = [self.library.summary(doc_id) for doc_id in doc_ids]
        summaries = [s for s in found if s is not None and s.id in rows]
        if len(summaries) < len(found) or len(doc_ids) > len(rows):
            self.show_documents()
            return
        for summary in summaries:
            item = self.list.item(rows[summary.id])
            item.setText(summary.title)
            item.setData(HTML, self._summary_html(summary))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, summary.title)

    def _summary_html(self, summary: Any) -> str:
        kind = self.tr("Uitnodiging") if summary.kind == "invitation" else self.tr("Editie")
        status = getattr(summary.status, "value", summary.status)
        details = [kind, ui_date(summary.date) if summary.date else self.tr("geen datum")]
        if summary.place:
            details.append(summary.place)
        if status == "concept":
            details.append(self.tr("concept"))
        title = summary.title or self.tr("(zonder titel)")
        return f"<b>{escape(title)}</b><br><small>{escape(' · '.join(details))}</small>"

    def _add_row(self, doc_id: int, part_uid: str, html: str, text: str, lines: int = 2) -> None:
        item = QListWidgetItem(text)
        item.setData(LINES, lines)
        item.setData(DOC_ID, doc_id)
        item.setData(PART_UID, part_uid)
        item.setData(HTML, html)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.list.addItem(item)

    def _search_later(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.show_documents()

    def run_search(self) -> None:
        """Search the library for the words in the search field."""
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self.show_documents()
            return
        try:
            hits = self.library.search(text)
        except UserError as error:  # e.g. the server went away
            self.count_label.setText(str(error))
            return
        self.list.clear()
        # One row per document (its best hit first), however many of its parts match.
        per_document: dict[int, list[Any]] = {}
        for hit in hits:
            per_document.setdefault(hit.doc_id, []).append(hit)
        for doc_hits in per_document.values():
            hit = doc_hits[0]
            when = ui_date(hit.date) if hit.date else ""
            title = hit.title or self.tr("(zonder titel)")
            more = ""
            if len(doc_hits) > 1:
                more = " · " + self.tr("in %n onderdelen", "", len(doc_hits))
            html = (
                f"<b>{escape(title)}</b> <small>{escape(when)}{escape(more)}</small><br>"
                f"<small>{snippet_html(hit.snippet)}</small>"
            )
            self._add_row(hit.doc_id, hit.part_uid or "", html, title, 3)
        self.count_label.setText(
            self.tr("%n treffers", "", len(per_document)) if hits else self.tr("Niets gevonden")
        )

    def mark_current(self, doc_id: int | None) -> None:
        """Select the row of the open document (without opening it again)."""
        self.current_id = doc_id
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(DOC_ID) == doc_id:
                self.list.setCurrentRow(row)
                break
        self.list.blockSignals(False)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(DOC_ID)) if item is not None else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(DOC_ID)), str(item.data(PART_UID) or ""))
