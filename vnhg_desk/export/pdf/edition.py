"""The newsletter: masthead, then each article (header across the page, body in two
columns with quotes and photos) and each sidebar box, in the layout's reading order.

Each item starts in the room the previous one left (see :mod:`pagination`)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.body import block_flowables, spread
from vnhg_desk.export.pdf.columns import NewsColumns
from vnhg_desk.export.pdf.fitting import fitted_space
from vnhg_desk.export.pdf.flowables import Anchor, Figure, PullQuote, Rule, TintedBox
from vnhg_desk.export.pdf.headlines import balanced
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.pagination import Item, Sequencer, Slot
from vnhg_desk.export.pdf.photo_batch import PhotoBatch, Placement
from vnhg_desk.export.pdf.placements import (
    COLUMN_ASPECT,
    FULL_ASPECT,
    GUTTER,
    column_width,
    fitted_limits,
    landscape,
)
from vnhg_desk.export.pdf.styles import Styles, colour_markup
from vnhg_desk.export.pdf.tagging import TaggedParagraph
from vnhg_desk.layout import ArticleLayout, BoxLayout, PhotoLayout
from vnhg_desk.layout.document_layout import QuoteLayout
from vnhg_desk.model import PageFit

_OPEN, _CLOSE = "\u201c", "\u201d"

Progress = Callable[[float], None]


class EditionStory:
    """Turns the layout's items into flowables; remembers where each item starts."""

    def __init__(
        self,
        styles: Styles,
        geometry: PageGeometry,
        batch: PhotoBatch,
        photo_word: str,
        progress: Progress | None = None,
        fit: PageFit | None = None,
    ) -> None:
        self.fit = fit or PageFit()
        self.styles = styles
        self.geometry = geometry
        self.batch = batch
        self.photo_word = photo_word
        self.page_of_uid: dict[str, int] = {}
        self.progress = progress
        self.column_width = column_width(geometry)
        self._figures: list[Placement] = []
        self.sequencer = Sequencer([])
        self._headlines: dict[str, Flowable] = {}

    @property
    def headline_lines(self) -> dict[str, int]:
        """Lines each headline was set in, by article uid (read after the build)."""
        lines = {}
        for uid, paragraph in self._headlines.items():
            para = getattr(paragraph, "blPara", None)
            if para is not None:
                lines[uid] = len(para.lines)
        return lines

    @property
    def missing_photos(self) -> list[str]:
        """Photos shown as empty frames (missing or damaged), in reading order."""
        return [p.photo_hash for p in self._figures if self.batch.get(p) is None]

    def build(self, items: list[ArticleLayout | BoxLayout]) -> list[Flowable]:
        """The story: one slot that hands out the items as the pages fill."""
        for index, item in enumerate(items):
            if isinstance(item, ArticleLayout):
                self.sequencer.queue.append(self.article(item, first=index == 0))
            else:
                self.sequencer.queue.append(self.box(item))
            if self.progress:
                self.progress((index + 1) / max(1, len(items)))
        return [Slot(self.sequencer)] if items else []

    @property
    def quarter_page(self) -> float:
        """A quarter of a later page's type area: less room than this starts no article."""
        g = self.geometry
        return (g.height - g.top - g.bottom) / 4

    # -- pieces -----------------------------------------------------------------

    def _figure(self, photo: PhotoLayout, width: float, limits: tuple[float, float]) -> Figure:
        limits = fitted_limits(limits, self.fit)
        placement = Placement(photo.photo_hash, width, limits)
        aspect = self.batch.aspects.get(placement) or limits[0]
        self._figures.append(placement)
        markup = self.styles.heading_markup
        parts = []
        if photo.caption:
            parts.append(markup.text(photo.caption))
        if photo.credit:
            colour = colour_markup(self.styles.palette.muted)
            credit = photo.credit
            if not credit.lower().startswith(self.photo_word.lower()):
                credit = f"{self.photo_word}: {credit}"
            credit = markup.text(credit, italic=True)
            parts.append(f'<font color="{colour}">{credit}</font>')
        caption = TaggedParagraph(" \u2002".join(parts), self.styles.caption) if parts else None
        figure = Figure(
            lambda: self.batch.get(placement),
            width,
            aspect,
            caption,
            self.styles.palette.tint,
            # A figure's text for screen readers: its alt text, else the caption; with
            # neither it is decorative (an artifact), never a made-up "Foto" (the
            # editor's photo panel flags a photo without alt text).
            photo.alt_text or photo.caption,
        )
        return fitted_space(figure, self.fit)

    def _quote(self, quote: QuoteLayout) -> PullQuote:
        text = quote.text
        if not text.startswith(("\u201c", '"', "\u2018", "'", "\u201e")):
            text = f"{_OPEN}{text}{_CLOSE}"
        markup = self.styles.body_markup
        body = TaggedParagraph(markup.text(text, bold=True, italic=True), self.styles.quote)
        attribution = None
        if quote.attribution:
            attribution = TaggedParagraph(
                self.styles.heading_markup.text(quote.attribution.upper(), bold=True),
                self.styles.quote_attribution,
            )
        return fitted_space(PullQuote(body, attribution, self.styles.palette.accent), self.fit)

    def _header(self, article: ArticleLayout, first: bool) -> list[Flowable]:
        s = self.styles
        m = s.heading_markup
        out: list[Flowable] = []
        if not first:
            out.append(
                Rule(
                    width="100%",
                    thickness=2.2,
                    color=s.palette.primary,
                    spaceBefore=6,
                    spaceAfter=7,
                )
            )
        if article.kicker:
            out.append(TaggedParagraph(m.text(article.kicker.upper(), bold=True), s.kicker))
            out[-1].source = (article.uid, "kicker")
        if article.headline:
            width = self.geometry.type_width
            text = balanced(article.headline, s.headline, m, width)
            headline = TaggedParagraph(text, s.headline)
            self._headlines[article.uid] = headline
            out.append(headline)
            headline.source = (article.uid, "headline")
        if article.subtitle:
            out.append(TaggedParagraph(m.text(article.subtitle), s.subtitle))
            out[-1].source = (article.uid, "subtitle")
        if article.lead:
            out.append(s.text.plain(article.lead, s.lead, bold=True))
            out[-1].source = (article.uid, "lead")
        return out

    def article(self, article: ArticleLayout, first: bool = False) -> Item:
        """Anchor, header across the page, a wide first photo, then two columns."""
        header = self._header(article, first)
        width = self.geometry.type_width
        header_h = sum(f.wrap(width, 10_000)[1] + f.getSpaceAfter() for f in header)
        photos = list(article.photos)
        # Only the opening article gets a photo across the page: further down, a wide
        # photo would push whole articles to the next page and leave gaps.
        wide = None
        if photos and first and landscape(self.batch.photos, photos[0].photo_hash):
            wide = self._figure(photos.pop(0), width, FULL_ASPECT)
        wide_h = wide.wrap(width, 10_000)[1] if wide else 0
        # The header and three lines in each column under it, and at least a quarter page.
        lines = 3 * self.styles.body.leading + 6
        need = max(self.quarter_page, header_h + wide_h + lines)
        story: list[Flowable] = [Anchor(article.uid, self.page_of_uid)]
        story += header
        if wide is not None:
            wide.source = (article.uid, "photo", 0, 0, article.photos[0].uid)
            story.append(wide)
        inserts: list[Flowable] = []
        quotes = [self._quote(q) for q in article.quotes]
        figures = [self._figure(p, self.column_width, COLUMN_ASPECT) for p in photos]
        # Where each block lands is reported back (drawn.py): the preview jumps from there.
        for index, (flowable, quote) in enumerate(zip(quotes, article.quotes, strict=True)):
            flowable.source = (article.uid, "quote", index, 0, quote.uid)
        for flowable, photo in zip(figures, photos, strict=True):
            index = article.photos.index(photo)
            flowable.source = (article.uid, "photo", index, 0, photo.uid)
        while quotes or figures:
            if quotes:
                inserts.append(quotes.pop(0))
            if figures:
                inserts.append(figures.pop(0))
        groups = block_flowables(article.body, self.styles)
        for flowable in (f for group in groups for f in group):
            flowable.source = (article.uid, "body", *getattr(flowable, "block", (0, 0)))
        body = spread(groups, inserts)
        if article.byline:
            body.append(
                TaggedParagraph(
                    self.styles.heading_markup.text(article.byline, italic=True), self.styles.byline
                )
            )
            body[-1].source = (article.uid, "byline")
        if body:
            columns = self._columns(body)
            columns.empty_below = self.sequencer.empty_below
            story.append(columns)
        return Item(article.uid, story, 0 if first else need)

    def _columns(self, flowables: list[Flowable]) -> NewsColumns:
        return NewsColumns(
            flowables,
            nCols=2,
            needed=3 * self.styles.body.leading - 2,  # three lines, or the next page
            innerPadding=GUTTER,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            spaceAfter=6,
            endSlack=0,
        )

    def box(self, box: BoxLayout) -> Item:
        """A tinted sidebar box with its own kicker and title, kept whole."""
        s = self.styles
        m = s.heading_markup
        header: list[Flowable] = []
        if box.kicker:
            header.append(TaggedParagraph(m.text(box.kicker.upper(), bold=True), s.box_kicker))
        if box.title:
            inner = self.geometry.type_width - TintedBox.inner_margin
            header.append(TaggedParagraph(balanced(box.title, s.box_title, m, inner), s.box_title))
        blocks = [f for group in block_flowables(box.body, s, boxed=True) for f in group]
        chars = sum(len(getattr(f, "text", "") or "") for f in blocks)
        max_height = self.geometry.height - self.geometry.top - self.geometry.bottom - 20 * mm
        flowable = TintedBox(
            header,
            blocks,
            s.palette.tint,
            s.palette.accent,
            max_height,
            columns=2 if chars > 260 or len(blocks) > 2 else 1,
        )
        flowable.source = (box.uid, "box")
        fitted_space(flowable, self.fit)
        height = flowable.wrap(self.geometry.type_width, 10_000)[1]
        need = min(height, max_height) + flowable.getSpaceBefore()
        return Item(box.uid, [Anchor(box.uid, self.page_of_uid), flowable], need, box=True)
