"""The newsletter: masthead, then each article (header across the page, body in two
columns with quotes and photos) and each sidebar box, in the layout's reading order.

Each item starts in the room the previous one left (see :mod:`pagination`)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.body import block_flowables
from vnhg_desk.export.pdf.columns import NewsColumns
from vnhg_desk.export.pdf.fitting import fitted_space
from vnhg_desk.export.pdf.flowables import Anchor, Figure, FlowMark, Rule, RuledQuote, TintedBox
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
from vnhg_desk.export.pdf.tagging import TaggedParagraph, at_level
from vnhg_desk.layout import ArticleLayout, BoxLayout
from vnhg_desk.layout.flow import (
    CAPTION_SEPARATOR,
    FlowBlock,
    PhotoBlock,
    QuoteBlock,
    TextBlock,
)
from vnhg_desk.model import PageFit

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

    def _figure(self, photo: PhotoBlock, width: float, limits: tuple[float, float]) -> Figure:
        limits = fitted_limits(limits, self.fit)
        placement = Placement(photo.photo_hash, width, limits)
        aspect = self.batch.aspects.get(placement) or limits[0]
        self._figures.append(placement)
        markup = self.styles.heading_markup
        parts = []
        if photo.caption:
            parts.append(markup.text(photo.caption))
        if photo.credit:  # worded by the layout ("Foto: …")
            colour = colour_markup(self.styles.palette.muted)
            credit = markup.text(photo.credit, italic=True)
            parts.append(f'<font color="{colour}">{credit}</font>')
        caption = (
            TaggedParagraph(CAPTION_SEPARATOR.join(parts), self.styles.caption) if parts else None
        )
        figure = Figure(
            lambda: self.batch.get(placement),
            width,
            aspect,
            caption,
            self.styles.palette.tint,
            photo.alt_text,
        )
        return fitted_space(figure, self.fit)

    def _quote(self, quote: QuoteBlock) -> RuledQuote:
        markup = self.styles.body_markup
        body = TaggedParagraph(markup.text(quote.text, bold=True, italic=True), self.styles.quote)
        attribution = None
        if quote.attribution:
            attribution = TaggedParagraph(
                self.styles.heading_markup.text(quote.attribution.upper(), bold=True),
                self.styles.quote_attribution,
            )
        pull = RuledQuote(body, attribution, self.styles.palette.accent, artifact=quote.adjacent)
        return fitted_space(pull, self.fit)

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
        flow = list(article.flow)
        # Only the opening article gets a photo across the page: further down, a wide
        # photo would push whole articles to the next page and leave gaps.
        wide = None
        opening = flow[0] if flow else None
        if (
            first
            and isinstance(opening, PhotoBlock)
            and landscape(self.batch.photos, opening.photo_hash)
        ):
            wide = self._figure(opening, width, FULL_ASPECT)
            wide.source = (article.uid, "photo", 0, 0, opening.uid)
            flow.pop(0)
        wide_h = wide.wrap(width, 10_000)[1] if wide else 0
        # The header and three lines in each column under it, and at least a quarter page.
        lines = 3 * self.styles.body.leading + 6
        need = max(self.quarter_page, header_h + wide_h + lines)
        story: list[Flowable] = [Anchor(article.uid, self.page_of_uid)]
        story += header
        if wide is not None:
            story.append(wide)
        body = self._flow(article, flow)
        if body:
            columns = self._columns(body)
            columns.empty_below = self.sequencer.empty_below
            story.append(columns)
        return Item(article.uid, story, 0 if first else need)

    def _flow(self, article: ArticleLayout, flow: list[FlowBlock]) -> list[Flowable]:
        """The layout's flow as column flowables, in its order (runs of body blocks are
        set together, so a subheading stays joined to its paragraph). Each flowable
        notes its ``source`` (article, part, index, item, uid): where it lands is reported
        back (drawn.py) and the preview jumps from there to the editor."""
        out: list[Flowable] = []
        run: list[TextBlock] = []
        quotes = {quote.uid: index for index, quote in enumerate(article.quotes)}
        photos = {photo.uid: index for index, photo in enumerate(article.photos)}

        subheading = at_level(self.styles.subheading, article.subheading_level)

        def flush() -> None:
            blocks = [text.block for text in run]
            groups = block_flowables(blocks, self.styles, subheading=subheading)
            for flowable in (f for group in groups for f in group):
                index, item = getattr(flowable, "block", (0, 0))
                flowable.source = (article.uid, "body", run[index].index, item)
                out.append(flowable)
            run.clear()

        for block in flow:
            if isinstance(block, TextBlock):
                run.append(block)
                continue
            flush()
            if isinstance(block, (QuoteBlock, PhotoBlock)):
                float_: Figure | RuledQuote
                if isinstance(block, QuoteBlock):
                    float_ = self._quote(block)
                    float_.source = (article.uid, "quote", quotes.get(block.uid, 0), 0, block.uid)
                else:
                    float_ = self._figure(block, self.column_width, COLUMN_ASPECT)
                    float_.source = (article.uid, "photo", photos.get(block.uid, 0), 0, block.uid)
                # The mark keeps the float's place in reading order if the columns
                # move the float below the text after it.
                float_.flow_key = block.uid
                out += [float_, FlowMark(block.uid)]
            else:
                markup = self.styles.heading_markup
                byline = TaggedParagraph(markup.text(block.text, italic=True), self.styles.byline)
                byline.source = (article.uid, "byline")
                out.append(byline)
        flush()
        return out

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
            # The layout's level (a box that opens the edition is H1): the same look,
            # a style name the tagging reads as H1.
            title_style = at_level(s.box_title, box.level)
            text = balanced(box.title, title_style, m, inner)
            header.append(TaggedParagraph(text, title_style))
        subheading = at_level(s.subheading, box.subheading_level)
        groups = block_flowables(box.body, s, boxed=True, subheading=subheading)
        blocks = [f for group in groups for f in group]
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
