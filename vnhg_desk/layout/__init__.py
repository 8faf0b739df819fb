"""From a document and the house style to what every output shows, in reading order.

The PDF writer, the Word writer and the preview all start from :func:`layout_edition`
/ :func:`layout_invitation`, so they cannot disagree about content or order.
"""

from vnhg_desk.layout.document_layout import (
    ArticleLayout,
    BoxLayout,
    EditionLayout,
    InvitationLayout,
    PhotoLayout,
    layout_edition,
    layout_invitation,
)

__all__ = [
    "ArticleLayout",
    "BoxLayout",
    "EditionLayout",
    "InvitationLayout",
    "PhotoLayout",
    "layout_edition",
    "layout_invitation",
]
