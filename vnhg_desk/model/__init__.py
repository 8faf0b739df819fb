"""The Qt-free data model: editions, invitations, people, house style, cover e-mail.

Plain dataclasses, no I/O. The store persists them, the layout turns them into
blocks, the exporters write those blocks.
"""

from vnhg_desk.model.cover_email import CoverEmail, Recipient
from vnhg_desk.model.edition import (
    Article,
    ContentItem,
    Edition,
    EditionStatus,
    PageFit,
    PhotoRef,
    PullQuote,
    SidebarBox,
    new_uid,
)
from vnhg_desk.model.house_style import Contact, HouseStyle
from vnhg_desk.model.invitation import Invitation
from vnhg_desk.model.people import Person

Document = Edition | Invitation

__all__ = [
    "Article",
    "Contact",
    "ContentItem",
    "CoverEmail",
    "Document",
    "Edition",
    "EditionStatus",
    "HouseStyle",
    "Invitation",
    "PageFit",
    "Person",
    "PhotoRef",
    "PullQuote",
    "Recipient",
    "SidebarBox",
    "new_uid",
]
