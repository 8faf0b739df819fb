"""Demo content: an edition, an invitation, people, a cover e-mail and generated photos.

``add_demo(library)`` is used by ``vnhg-desk demo`` and by the first start with an empty
library. Everything in it is invented; nothing is copied from real reports. The library
notes what the demo added (``demo_parts``), so ``remove_demo`` takes it all out again in
one step: its documents go to the trash, its people and its sample addresses, sender and
signature leave the cover e-mail. The demo never stores a house style.
"""

from __future__ import annotations

from vnhg_desk.demo.edition import demo_edition
from vnhg_desk.demo.invitation import demo_cover_email, demo_invitation, demo_people
from vnhg_desk.model import Person
from vnhg_desk.store.protocol import DocumentLibrary

__all__ = [
    "add_demo",
    "demo_edition",
    "demo_invitation",
    "has_demo",
    "remove_demo",
]


def _people_in_library(library: DocumentLibrary, added: list[int]) -> list[Person]:
    """The demo people, added to the people list unless someone equal is there already
    (the ids of those added go to ``added``)."""
    existing = {(p.name, p.role, p.organisation): p for p in library.people()}
    stored = []
    for person in demo_people():
        found = existing.get((person.name, person.role, person.organisation))
        if found is None:
            found = Person(person.name, person.role, person.organisation)
            library.save_person(found)
            if found.id is not None:  # save_person gives it one
                added.append(found.id)
        stored.append(found)
    return stored


def add_demo(library: DocumentLibrary) -> tuple[int, int]:
    """Add the demo edition and invitation (and their photos and people); return their ids.

    Also saves a sample cover e-mail when no recipients are set. Everything added is
    noted for ``remove_demo``. Calling it twice adds a second copy of the documents but no
    duplicate photos or people. All of it is one library transaction.
    """
    from vnhg_desk.demo.photos import demo_photos  # Pillow: only when adding the demo

    photos = demo_photos()
    # One transaction: a failure half-way leaves the library as it was.
    with library.transaction():
        hashes = [library.add_photo(photo.data, photo.filename) for photo in photos]
        edition = demo_edition(hashes)
        edition.association = library.house_style().association_name
        library.save(edition)
        parts = library.demo_parts()
        people: list[int] = list(parts.get("people", []))
        invitation = demo_invitation(_people_in_library(library, people))
        library.save(invitation)
        cover = bool(parts.get("cover_email"))
        if not library.cover_email().recipients:
            library.save_cover_email(demo_cover_email())
            cover = True
        documents = [*parts.get("documents", []), edition.id, invitation.id]
        library.save_demo_parts({"documents": documents, "people": people, "cover_email": cover})
    assert edition.id is not None and invitation.id is not None
    return edition.id, invitation.id


def has_demo(library: DocumentLibrary) -> bool:
    """True while something the demo added is still in the library."""
    parts = library.demo_parts()
    return bool(parts.get("documents") or parts.get("people") or parts.get("cover_email"))


def remove_demo(library: DocumentLibrary) -> tuple[int, int, int]:
    """Take out what the demo added: its documents (to the trash), its people, and its
    sample addresses, sender and signature from the cover e-mail (what the user added or
    changed stays). Returns (documents, people, addresses) removed."""
    parts = library.demo_parts()
    live = {summary.id for summary in library.list_documents()}
    documents = [doc_id for doc_id in parts.get("documents", []) if doc_id in live]
    known = {person.id for person in library.people()}
    people = [person_id for person_id in parts.get("people", []) if person_id in known]
    addresses = 0
    with library.transaction():
        for doc_id in documents:
            library.delete(doc_id)
        for person_id in people:
            library.delete_person(person_id)
        if parts.get("cover_email"):
            sample = demo_cover_email()
            cover = library.cover_email()
            demo_addresses = {r.address for r in sample.recipients}
            kept = [r for r in cover.recipients if r.address not in demo_addresses]
            addresses = len(cover.recipients) - len(kept)
            cover.recipients = kept
            if cover.sender == sample.sender:
                cover.sender = ""
            if cover.signature == sample.signature:
                cover.signature = ""
            library.save_cover_email(cover)
        library.save_demo_parts({})
    return len(documents), len(people), addresses
