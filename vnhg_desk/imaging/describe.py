"""How a stored photo is named in a message, and the message when it cannot be decoded.

Writers know a photo only by its hash; the secretary knows it by its file name. Every
message about one photo names it the same way, in Dutch, without internal details.
"""

from __future__ import annotations

from typing import Any


def photo_label(photos: Any, photo_hash: str) -> str:
    """'raadzaal.jpg' when the source knows the file name, else the start of the hash."""
    lookup = getattr(photos, "photo_filename", None)
    name = ""
    if callable(lookup):
        try:
            name = str(lookup(photo_hash) or "")
        except (KeyError, LookupError, ValueError, OSError):
            name = ""
        except Exception:  # a damaged library row: the hash still names the photo
            name = ""
    name = "".join(ch for ch in name if ch.isprintable())[:120]
    return f"'{name}'" if name else f"met kenmerk {photo_hash[:12]}"


def unreadable_photo_message(photos: Any, photo_hash: str) -> str:
    """One Dutch sentence for a stored photo whose copy cannot be decoded."""
    return (
        f"De foto {photo_label(photos, photo_hash)} is in de bibliotheek beschadigd en kan "
        "niet worden gelezen: verwijder de foto uit het document, voeg het originele "
        "bestand opnieuw toe en probeer het nog eens."
    )
