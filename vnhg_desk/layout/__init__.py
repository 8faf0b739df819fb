"""From a document and the house style to what every output shows, in reading order.

The PDF writer, the Word writer and the preview all start from :func:`layout_edition`
/ :func:`layout_invitation`, so they cannot disagree about content or order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """The names above, imported on first use: the window's start-up reads a cached body
    from ``layout.body_cache`` without loading the whole layout."""
    if name in __all__:
        from vnhg_desk.layout import document_layout

        return getattr(document_layout, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
