"""Whole-document operations behind the archive buttons: new and duplicated editions.

Qt-free, so they are tested without a window.
"""

from __future__ import annotations

import copy

from vnhg_desk.model import (
    Article,
    Edition,
    EditionStatus,
    HouseStyle,
    Invitation,
    SidebarBox,
    new_uid,
)


def new_edition(style: HouseStyle) -> Edition:
    """An empty edition with the house style's default title and one empty article."""
    return Edition(
        title=style.default_title,
        association=style.association_name,
        content=[Article(kicker="Verslag")],
    )


def new_invitation() -> Invitation:
    """An empty "save the date" invitation."""
    return Invitation()


def duplicate_edition(source: Edition, *, keep_texts: bool) -> Edition:
    """A new edition that starts from ``source``: masthead and structure kept.

    With ``keep_texts`` every text, quote and photo is copied; without it only the
    masthead (title, association, meeting, place, kind, language), the kickers of the
    articles and boxes and the order of the parts remain. The date, highlights and
    references are always cleared (they belong to one meeting); all parts get new uids.
    """
    copied = copy.deepcopy(source)
    copied.id = None
    copied.revision = 0
    copied.status = EditionStatus.CONCEPT
    copied.date = None
    copied.references = ""
    copied.highlights = []
    content = []
    for item in copied.content:
        if isinstance(item, Article):
            if not keep_texts:
                item = Article(kicker=item.kicker)
            for quote in item.quotes:
                quote.uid = new_uid()
            for photo in item.photos:
                photo.uid = new_uid()
        elif isinstance(item, SidebarBox) and not keep_texts:
            item = SidebarBox(kicker=item.kicker)
        item.uid = new_uid()
        content.append(item)
    copied.content = content
    return copied
