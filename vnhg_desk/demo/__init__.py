"""Demo content: an edition, an invitation, people, a cover e-mail and generated photos.

``add_demo(library)`` is used by ``vnhg-desk demo`` and by the first start with an empty
library. Everything in it is invented; nothing is copied from real reports.
"""

from __future__ import annotations

from typing import Any

from vnhg_desk.demo.edition import demo_edition
from vnhg_desk.demo.invitation import demo_cover_email, demo_invitation, demo_people
from vnhg_desk.demo.photos import demo_photos
from vnhg_desk.model import Person

__all__ = ["add_demo", "demo_edition", "demo_invitation", "demo_photos"]


def _people_in_library(library: Any) -> list[Person]:
    """The demo people, added to the people list unless someone equal is there already."""
    existing = {(p.name, p.role, p.organisation): p for p in library.people()}
    stored = []
    for person in demo_people():
        found = existing.get((person.name, person.role, person.organisation))
        if found is None:
            found = Person(person.name, person.role, person.organisation)
            library.save_person(found)
        stored.append(found)
    return stored


def add_demo(library: Any) -> tuple[int, int]:
    """Add the demo edition and invitation (and their photos and people); return their ids.

    Also saves the default house style when the library has none yet, and a sample
    cover e-mail when no recipients are set. Calling it twice adds a second copy of the
    documents but no duplicate photos or people. All of it is one library transaction.
    """
    photos = demo_photos()
    # One transaction: a failure half-way leaves the library as it was.
    with library.transaction():
        hashes = [library.add_photo(photo.data, photo.filename) for photo in photos]
        edition = demo_edition(hashes)
        edition.association = library.house_style().association_name
        library.save(edition)
        invitation = demo_invitation(_people_in_library(library))
        library.save(invitation)
        # house_style() gives the default when none is stored; saving it makes it explicit.
        library.save_house_style(library.house_style())
        if not library.cover_email().recipients:
            library.save_cover_email(demo_cover_email())
    assert edition.id is not None and invitation.id is not None
    return edition.id, invitation.id
