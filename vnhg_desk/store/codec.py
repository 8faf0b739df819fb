"""Model objects to and from plain JSON-able dicts (dates as ISO text, enums as values).

Used by the library (documents are stored as JSON) and by the JSON exchange format.
``*_from_dict`` assume validated input but tolerate missing optional keys (defaults).
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from vnhg_desk.model import (
    Article,
    Contact,
    ContentItem,
    CoverEmail,
    Document,
    Edition,
    EditionStatus,
    HouseStyle,
    Invitation,
    PageFit,
    Person,
    PhotoRef,
    PullQuote,
    Recipient,
    SidebarBox,
    new_uid,
)
from vnhg_desk.model.edition import DEFAULT_PAGE_TARGET, FIT_LIMITS
from vnhg_desk.model.house_style import RETIRED_DEFAULTS

JsonDict = dict[str, Any]

#: Bumped when the dict layout changes incompatibly; stored with every document.
#: (The optional "pages" and "fit" of an edition came later; without them the defaults
#: apply, so older documents read unchanged and no migration is needed.)
FORMAT_VERSION = 1
#: The largest page budget an edition may have.
MAX_PAGES = 400


def _iso(value: date | time | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: Any) -> time | None:
    return time.fromisoformat(value) if value else None


def _str(d: JsonDict, key: str, default: str = "") -> str:
    value = d.get(key)
    return default if value is None else str(value)


def _uid(d: JsonDict) -> str:
    return _str(d, "uid") or new_uid()


def _status(value: Any) -> EditionStatus:
    try:
        return EditionStatus(value)
    except ValueError:
        return EditionStatus.CONCEPT


# --- people -------------------------------------------------------------------------


def person_to_dict(person: Person) -> JsonDict:
    """A person as a dict (``id`` included, None when not from the people list)."""
    return {
        "name": person.name,
        "role": person.role,
        "organisation": person.organisation,
        "id": person.id,
    }


def person_from_dict(d: JsonDict) -> Person:
    """The person described by ``d``."""
    raw_id = d.get("id")
    return Person(
        name=_str(d, "name"),
        role=_str(d, "role"),
        organisation=_str(d, "organisation"),
        id=int(raw_id) if raw_id is not None else None,
    )


# --- editions -----------------------------------------------------------------------


def _quote_to_dict(quote: PullQuote) -> JsonDict:
    out: JsonDict = {"uid": quote.uid, "text": quote.text, "attribution": quote.attribution}
    if quote.anchor is not None:  # optional: older files and rows simply lack it
        out["anchor"] = quote.anchor
    return out


def _anchor(d: JsonDict) -> int | None:
    """A chosen paragraph number (1 or more), or None when absent or unusable."""
    value = d.get("anchor")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return None


def _photo_to_dict(photo: PhotoRef) -> JsonDict:
    return {
        "uid": photo.uid,
        "photo_hash": photo.photo_hash,
        "caption": photo.caption,
        "credit": photo.credit,
        "alt_text": photo.alt_text,
    }


def _item_to_dict(item: ContentItem) -> JsonDict:
    if isinstance(item, SidebarBox):
        return {
            "type": "box",
            "uid": item.uid,
            "kicker": item.kicker,
            "title": item.title,
            "body": item.body,
        }
    return {
        "type": "article",
        "uid": item.uid,
        "kicker": item.kicker,
        "headline": item.headline,
        "subtitle": item.subtitle,
        "lead": item.lead,
        "body": item.body,
        "byline": item.byline,
        "quotes": [_quote_to_dict(q) for q in item.quotes],
        "photos": [_photo_to_dict(p) for p in item.photos],
    }


def _item_from_dict(d: JsonDict) -> ContentItem:
    if d.get("type") == "box":
        return SidebarBox(
            kicker=_str(d, "kicker"), title=_str(d, "title"), body=_str(d, "body"), uid=_uid(d)
        )
    return Article(
        kicker=_str(d, "kicker"),
        headline=_str(d, "headline"),
        subtitle=_str(d, "subtitle"),
        lead=_str(d, "lead"),
        body=_str(d, "body"),
        byline=_str(d, "byline"),
        quotes=[
            PullQuote(
                text=_str(q, "text"),
                attribution=_str(q, "attribution"),
                uid=_uid(q),
                anchor=_anchor(q),
            )
            for q in d.get("quotes") or []
        ],
        photos=[
            PhotoRef(
                photo_hash=_str(p, "photo_hash"),
                caption=_str(p, "caption"),
                credit=_str(p, "credit"),
                alt_text=_str(p, "alt_text"),
                uid=_uid(p),
            )
            for p in d.get("photos") or []
        ],
        uid=_uid(d),
    )


def _edition_to_dict(ed: Edition) -> JsonDict:
    return {
        "format": FORMAT_VERSION,
        "kind": ed.kind,
        "id": ed.id,
        "revision": ed.revision,
        "title": ed.title,
        "association": ed.association,
        "meeting": ed.meeting,
        "date": _iso(ed.date),
        "place": ed.place,
        "references": ed.references,
        "highlights": list(ed.highlights),
        "status": ed.status.value,
        "language": ed.language,
        "content": [_item_to_dict(item) for item in ed.content],
        "pages": ed.page_target,
        "fit": {
            "photo_height": ed.fit.photo_height,
            "spacing": ed.fit.spacing,
            "type_size": ed.fit.type_size,
        },
    }


def _fit_from_dict(d: Any) -> PageFit:
    """A stored fit; missing or odd values give the normal layout's."""
    if not isinstance(d, dict):
        return PageFit()
    normal = PageFit()

    def number(key: str, low: int, high: int) -> int:
        value = d.get(key, getattr(normal, key))
        if isinstance(value, bool) or not isinstance(value, int):
            return int(getattr(normal, key))
        return min(high, max(low, value))

    return PageFit(
        photo_height=number("photo_height", FIT_LIMITS["photo_height"][0], 100),
        spacing=number("spacing", FIT_LIMITS["spacing"][0], 100),
        type_size=number("type_size", 0, FIT_LIMITS["type_size"][1]),
    )


def _edition_from_dict(d: JsonDict) -> Edition:
    return Edition(
        title=_str(d, "title", "Verslag ledenvergadering"),
        kind=_str(d, "kind", "report"),
        association=_str(d, "association"),
        meeting=_str(d, "meeting"),
        date=_date(d.get("date")),
        place=_str(d, "place"),
        references=_str(d, "references"),
        highlights=[str(h) for h in d.get("highlights") or []],
        status=_status(d.get("status", "concept")),
        language=_str(d, "language", "nl"),
        content=[_item_from_dict(item) for item in d.get("content") or []],
        page_target=_page_target(d.get("pages")),
        fit=_fit_from_dict(d.get("fit")),
        id=d.get("id"),
        revision=int(d.get("revision") or 0),
    )


def _page_target(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_PAGES:
        return value
    return DEFAULT_PAGE_TARGET


# --- invitations --------------------------------------------------------------------


def _invitation_to_dict(inv: Invitation) -> JsonDict:
    return {
        "format": FORMAT_VERSION,
        "kind": "invitation",
        "id": inv.id,
        "revision": inv.revision,
        "title": inv.title,
        "theme": inv.theme,
        "date": _iso(inv.date),
        "start_time": _iso(inv.start_time),
        "end_time": _iso(inv.end_time),
        "place": inv.place,
        "online": inv.online,
        "online_note": inv.online_note,
        "intro": inv.intro,
        "moderator": person_to_dict(inv.moderator) if inv.moderator else None,
        "panel": [person_to_dict(p) for p in inv.panel],
        "registration_note": inv.registration_note,
        "status": inv.status.value,
        "language": inv.language,
    }


def _invitation_from_dict(d: JsonDict) -> Invitation:
    moderator = d.get("moderator")
    return Invitation(
        title=_str(d, "title", "Save the date"),
        theme=_str(d, "theme"),
        date=_date(d.get("date")),
        start_time=_time(d.get("start_time")),
        end_time=_time(d.get("end_time")),
        place=_str(d, "place"),
        online=bool(d.get("online", False)),
        online_note=_str(d, "online_note"),
        intro=_str(d, "intro"),
        moderator=person_from_dict(moderator) if moderator else None,
        panel=[person_from_dict(p) for p in d.get("panel") or []],
        registration_note=_str(d, "registration_note"),
        status=_status(d.get("status", "concept")),
        language=_str(d, "language", "nl"),
        id=d.get("id"),
        revision=int(d.get("revision") or 0),
    )


def document_to_dict(doc: Document) -> JsonDict:
    """An edition or invitation as a JSON-able dict; ``kind`` tells which one it is."""
    data = _invitation_to_dict(doc) if isinstance(doc, Invitation) else _edition_to_dict(doc)
    if doc.taken_from is not None:
        data["taken_from"] = dict(doc.taken_from)
    return data


def document_from_dict(d: JsonDict) -> Document:
    """The edition (``kind`` report/newsletter) or invitation (``kind`` invitation)."""
    doc = _invitation_from_dict(d) if d.get("kind") == "invitation" else _edition_from_dict(d)
    taken_from = d.get("taken_from")
    doc.taken_from = dict(taken_from) if isinstance(taken_from, dict) else None
    return doc


# --- house style and cover e-mail ---------------------------------------------------


def house_style_to_dict(style: HouseStyle) -> JsonDict:
    """The house style as a dict (CMYK tuples become lists)."""
    c = style.contact
    return {
        "association_name": style.association_name,
        "short_name": style.short_name,
        "logo_hash": style.logo_hash,
        "primary_colour": style.primary_colour,
        "accent_colour": style.accent_colour,
        "tint_colour": style.tint_colour,
        "text_colour": style.text_colour,
        "print_colours": {k: list(v) for k, v in style.print_colours.items()},
        "heading_font": style.heading_font,
        "body_font": style.body_font,
        "contact": {
            "website": c.website,
            "email": c.email,
            "phone": c.phone,
            "social": list(c.social),
            "address": c.address,
        },
        "default_title": style.default_title,
        "hyphenation_exceptions": list(style.hyphenation_exceptions),
    }


def _current(value: str, key: str) -> str:
    """A value saved when it was the default, and since retired, becomes today's default
    (the orange that failed WCAG contrast, issue 14); any other value is kept."""
    if value.strip().upper() in RETIRED_DEFAULTS.get(key, ()):
        return str(getattr(HouseStyle(), key))
    return value


def house_style_from_dict(d: JsonDict) -> HouseStyle:
    """The house style described by ``d``; missing keys keep the defaults."""
    base = HouseStyle()
    contact = d.get("contact") or {}
    base_contact = Contact()
    return HouseStyle(
        association_name=_str(d, "association_name", base.association_name),
        short_name=_str(d, "short_name", base.short_name),
        logo_hash=d.get("logo_hash") or None,
        primary_colour=_str(d, "primary_colour", base.primary_colour),
        accent_colour=_current(_str(d, "accent_colour", base.accent_colour), "accent_colour"),
        tint_colour=_str(d, "tint_colour", base.tint_colour),
        text_colour=_str(d, "text_colour", base.text_colour),
        print_colours={
            str(k): tuple(float(x) for x in v)  # type: ignore[misc]
            for k, v in (d.get("print_colours") or {}).items()
        },
        heading_font=_str(d, "heading_font", base.heading_font),
        body_font=_str(d, "body_font", base.body_font),
        contact=Contact(
            website=_str(contact, "website", base_contact.website),
            email=_str(contact, "email"),
            phone=_str(contact, "phone"),
            social=[str(s) for s in contact.get("social") or []],
            address=_str(contact, "address"),
        ),
        default_title=_str(d, "default_title", base.default_title),
        hyphenation_exceptions=[
            str(entry)[:80]
            for entry in (d.get("hyphenation_exceptions") or [])[:5000]
            if isinstance(entry, str)
        ],
    )


def cover_email_to_dict(mail: CoverEmail) -> JsonDict:
    """The cover e-mail settings as a dict."""
    return {
        "recipients": [
            {"address": r.address, "name": r.name, "groups": list(r.groups)}
            for r in mail.recipients
        ],
        "sender": mail.sender,
        "subject_template": mail.subject_template,
        "body_template": mail.body_template,
        "signature": mail.signature,
        "default_group": mail.default_group,
    }


def cover_email_from_dict(d: JsonDict) -> CoverEmail:
    """The cover e-mail described by ``d``; missing keys keep the defaults."""
    base = CoverEmail()
    return CoverEmail(
        recipients=[
            Recipient(
                address=_str(r, "address"),
                name=_str(r, "name"),
                groups=[str(g) for g in r.get("groups") or []],
            )
            for r in d.get("recipients") or []
        ],
        sender=_str(d, "sender"),
        subject_template=_str(d, "subject_template", base.subject_template),
        body_template=_str(d, "body_template", base.body_template),
        signature=_str(d, "signature"),
        default_group=_str(d, "default_group", base.default_group),
    )
