"""The reading order of an edition or invitation, with the house style's words filled in.

The result is a tree of plain objects: text is plain (already unescaped) and bodies are
:mod:`richtext` blocks. Writers must escape text for their own markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vnhg_desk.layout.addresses import link_addresses, link_blocks
from vnhg_desk.layout.body_cache import parse_body_cached
from vnhg_desk.layout.document_info import DocumentInfo, document_info
from vnhg_desk.layout.flow import FlowBlock, article_flow
from vnhg_desk.layout.words import banner_date, long_date, time_range, word
from vnhg_desk.model import (
    Article,
    Edition,
    HouseStyle,
    Invitation,
    PageFit,
    Person,
    SidebarBox,
)
from vnhg_desk.model.edition import DEFAULT_PAGE_TARGET
from vnhg_desk.model.richtext import Block, Span


@dataclass(frozen=True)
class PhotoLayout:
    """A photo to place: the library hash plus the texts shown with it."""

    photo_hash: str
    caption: str
    credit: str
    alt_text: str
    uid: str


@dataclass(frozen=True)
class QuoteLayout:
    """A pull quote to set large among the columns."""

    text: str
    attribution: str
    uid: str
    anchor: int | None = None


@dataclass(frozen=True)
class ArticleLayout:
    """An article in reading order: kicker, headline, subtitle, lead, then ``flow``: the
    body with its quotes and photos placed, and the byline (:mod:`vnhg_desk.layout.flow`).

    ``body``, ``quotes`` and ``photos`` are the raw parts the flow was made from.
    ``subheading_level`` is the heading level of its subheadings: 2 under its headline,
    1 when it has none (they are then the top of its outline, and an H2 with no H1
    before it would skip a level).
    """

    uid: str
    kicker: str
    headline: str
    subtitle: str
    lead: str
    body: list[Block]
    quotes: list[QuoteLayout]
    photos: list[PhotoLayout]
    byline: str
    flow: list[FlowBlock] = field(default_factory=list)
    subheading_level: int = 2


@dataclass(frozen=True)
class BoxLayout:
    """A sidebar box: kicker, title and body.

    ``level`` is its title's heading level (:func:`heading_levels`): 2 under the article
    before it, 1 for a box that no level-1 heading comes before. ``subheading_level`` is
    its subheadings': 2, or the box's own level when it has no title.
    """

    uid: str
    kicker: str
    title: str
    body: list[Block]
    level: int = 2
    subheading_level: int = 2


@dataclass(frozen=True)
class EditionLayout:
    """Masthead, banner, highlights and the items, in reading order, plus the footer."""

    association: str
    short_name: str
    logo_hash: str | None
    title: str
    banner_date: str
    place: str
    meeting: str
    references: str
    highlights: list[str]
    items: list[ArticleLayout | BoxLayout]
    footer: str
    language: str
    style: HouseStyle
    info: DocumentInfo
    page_word: str = "pagina"
    keywords: list[str] = field(default_factory=list)
    #: The page budget and how far the layout is tightened to meet it: every writer
    #: (PDF, preview) sets the pages with the same fit.
    page_target: int = DEFAULT_PAGE_TARGET
    fit: PageFit = field(default_factory=PageFit)


@dataclass(frozen=True)
class InvitationLayout:
    """The flyer's content in reading order."""

    association: str
    short_name: str
    logo_hash: str | None
    title: str
    theme: str
    date_line: str
    time_line: str
    place_line: str
    intro: list[Block]
    moderator: str
    panel: list[str]
    registration_note: str
    footer: str
    language: str
    style: HouseStyle
    info: DocumentInfo
    labels: dict[str, str] = field(default_factory=dict)
    #: The registration note as body blocks: its links ([tekst](adres)) keep their target.
    registration: list[Block] = field(default_factory=list)
    #: Heading levels (issue 14): the theme is the flyer's level-1 heading; without one
    #: the title is, and without either the section heads (and the intro's subheadings)
    #: are level 1 themselves, so the flyer never opens with a level 2.
    title_is_heading: bool = False
    section_level: int = 2


def footer_spans(footer: str) -> tuple[Span, ...]:
    """The contact line as spans, its web and e-mail addresses linked."""
    return link_addresses((Span(footer),)) if footer else ()


def footer_line(style: HouseStyle) -> str:
    """The contact line: web site, e-mail, phone and social media, separated by bullets."""
    contact = style.contact
    parts = [contact.website, contact.email, contact.phone, *contact.social, contact.address]
    return "  \u2022  ".join(part.strip() for part in parts if part and part.strip())


def _body(markdown: str) -> list[Block]:
    """A stored body as blocks, its typed addresses linked (:mod:`addresses`)."""
    return link_blocks(parse_body_cached(markdown))


def _article(article: Article, language: str) -> ArticleLayout:
    body = _body(article.body)
    quotes = [
        QuoteLayout(q.text.strip(), q.attribution.strip(), q.uid, q.anchor)
        for q in article.quotes
        if q.text.strip()
    ]
    photos = [
        PhotoLayout(p.photo_hash, p.caption.strip(), p.credit.strip(), p.alt_text.strip(), p.uid)
        for p in article.photos
    ]
    headline = article.headline.strip()
    byline = article.byline.strip()
    return ArticleLayout(
        uid=article.uid,
        kicker=article.kicker.strip(),
        headline=headline,
        subtitle=article.subtitle.strip(),
        lead=article.lead.strip(),
        body=body,
        quotes=quotes,
        photos=photos,
        byline=byline,
        flow=article_flow(
            body,
            [(q.text, q.attribution, q.uid, q.anchor) for q in quotes],
            [(p.photo_hash, p.caption, p.credit, p.alt_text, p.uid) for p in photos],
            byline,
            language,
        ),
        subheading_level=2 if headline else 1,
    )


def _box(box: SidebarBox, level: int) -> BoxLayout:
    body = _body(box.body)
    title = box.title.strip()
    return BoxLayout(box.uid, box.kicker.strip(), title, body, level, 2 if title else level)


def heading_levels(content: list[Article | SidebarBox]) -> list[int]:
    """The heading level of each item's main heading, in reading order (issue 14).

    An article's headline is level 1. A box's title is level 2, one below the article it
    follows, unless no level-1 heading comes before it: a box that opens the edition (an
    agenda, "in dit nummer") belongs to no article, so it is a section of its own, level 1.
    So headings start at level 1 and never skip one, and the box stays where the designer
    put it: moving it behind the first headline for the sake of the levels would make the
    reading order differ from what a sighted reader sees (WCAG 1.3.2).
    Every writer (tagged PDF, Word) uses these levels; see docs/conformance.md.
    """
    levels = []
    seen_first = False
    for item in content:
        if isinstance(item, Article):
            levels.append(1)
            seen_first = seen_first or bool(item.headline.strip())
        else:
            level = 2 if seen_first else 1
            levels.append(level)
            seen_first = seen_first or (level == 1 and bool(item.title.strip()))
    return levels


def layout_edition(edition: Edition, style: HouseStyle) -> EditionLayout:
    """The edition in reading order, ready for any writer."""
    items: list[ArticleLayout | BoxLayout] = [
        _article(item, edition.language) if isinstance(item, Article) else _box(item, level)
        for item, level in zip(edition.content, heading_levels(edition.content), strict=True)
    ]
    return EditionLayout(
        association=edition.association.strip() or style.association_name,
        short_name=style.short_name,
        logo_hash=style.logo_hash,
        title=edition.title.strip() or style.default_title,
        banner_date=banner_date(edition.date, edition.language),
        place=edition.place.strip(),
        meeting=edition.meeting.strip(),
        references=edition.references.strip(),
        highlights=[h.strip() for h in edition.highlights if h.strip()],
        items=items,
        footer=footer_line(style),
        language=edition.language,
        style=style,
        page_word=word("page", edition.language),
        keywords=[h.strip() for h in edition.highlights if h.strip()],
        page_target=edition.page_target,
        fit=edition.fit,
        info=document_info(edition, style),
    )


def _person_line(person: Person | None) -> str:
    return person.described() if person and person.name.strip() else ""


def layout_invitation(invitation: Invitation, style: HouseStyle) -> InvitationLayout:
    """The invitation flyer's content in reading order."""
    lang = invitation.language
    place = invitation.place.strip()
    if invitation.online:
        online = invitation.online_note.strip() or word("online", lang)
        place = f"{place} / {online}" if place else online
    title, theme = invitation.title.strip(), invitation.theme.strip()
    return InvitationLayout(
        association=style.association_name,
        short_name=style.short_name,
        logo_hash=style.logo_hash,
        title=title,
        theme=theme,
        date_line=long_date(invitation.date, lang, weekday=True),
        time_line=time_range(invitation.start_time, invitation.end_time, lang),
        place_line=place,
        intro=_body(invitation.intro),
        moderator=_person_line(invitation.moderator),
        panel=[line for line in map(_person_line, invitation.panel) if line],
        registration_note=invitation.registration_note.strip(),
        footer=footer_line(style),
        language=lang,
        style=style,
        labels={
            key: word(key, lang)
            for key in ("moderator", "panel", "date", "time", "place", "registration")
        },
        info=document_info(invitation, style),
        registration=_body(invitation.registration_note),
        title_is_heading=bool(title) and not theme,
        section_level=2 if title or theme else 1,
    )
