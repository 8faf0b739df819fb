"""A document coming back as a package: matched with its origin, never overwritten silently.

A package records where its document was taken from (:class:`Origin`: the library's
identity, the document id, the revision it had and a fingerprint of it, so that another
document that got the same number after a purge is never taken for it). On import into
that same library:

- the document there is unchanged since (same revision and fingerprint, not in the
  trash): the package
  becomes its next revision (the version taken along stays in the history);
- it changed since (someone saved it, or put it in the trash): that is a conflict, like
  two windows saving one document. Nothing is written until the user chooses
  (:data:`CHOICES`): keep both (the package becomes a new document), take mine (the
  package becomes the next revision; the library's version stays in the history) or keep
  theirs (the library stays as it is; the package's version goes into the history).
  Without a choice :class:`~vnhg_desk.errors.ReturnConflictError` says what happened.

A package from another library, without an origin, or whose document is gone is
imported as a new document, as before; that document remembers the package's origin
(``taken_from``). Exported again (from a laptop's own library, say), its package names
both: ``origin`` (the laptop) and ``taken_from`` (the shared library), so it comes back
to the shared library's document just as a package exported from there directly would.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from vnhg_desk.errors import ConflictError, NotFoundError, ReturnConflictError
from vnhg_desk.model import Edition, Invitation
from vnhg_desk.store.codec import document_to_dict
from vnhg_desk.store.protocol import DocumentLibrary

KEEP_BOTH = "beide"
TAKE_MINE = "mijn"
KEEP_THEIRS = "andere"
#: The choices on a conflict, in the words of the command line's --bij-conflict.
CHOICES = (KEEP_BOTH, TAKE_MINE, KEEP_THEIRS)

#: Reasons written in a document's history.
BEFORE_RETURN = "voor terugkeer meegenomen versie"
NOT_TAKEN = "meegebrachte versie (niet overgenomen)"
#: Added to the title of a brought-back version kept beside the library's.
BOTH_SUFFIX = " (meegebrachte versie)"


@dataclass(frozen=True)
class Origin:
    """Where a package's document was taken from."""

    library: str
    document: int
    revision: int
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "library": self.library,
            "document": self.document,
            "revision": self.revision,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Origin | None:
        """The origin of a checked envelope's ``origin`` (None when there is none)."""
        if not isinstance(data, dict):
            return None
        return cls(
            str(data["library"]),
            int(data["document"]),
            int(data["revision"]),
            str(data["fingerprint"]),
        )


def fingerprint(document: Edition | Invitation) -> str:
    """SHA-256 of a document's contents (not its id or revision), in hex."""
    data = document_to_dict(document)
    for bookkeeping in ("id", "revision", "taken_from"):
        data.pop(bookkeeping, None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_identity() -> str:
    """A library identity: 32 random hexadecimal digits."""
    return uuid.uuid4().hex


def origin_of(identity: str | None, document: Edition | Invitation) -> Origin | None:
    """Where ``document`` (as stored in the library ``identity``) is taken from now; None
    for one not in a library, or a library without an identity."""
    if document.id is None or identity is None:
        return None
    return Origin(identity, document.id, document.revision, fingerprint(document))


@dataclass(frozen=True)
class Conflict:
    """What the user is told before choosing."""

    title: str
    doc_id: int
    taken_revision: int
    current_revision: int
    in_trash: bool

    def sentence(self) -> str:
        """One Dutch sentence: what happened to the document since it was taken along."""
        if self.in_trash:
            return (
                f"‘{self.title}’ (document {self.doc_id}) is na het meenemen in de "
                "prullenbak gezet."
            )
        if self.taken_revision == self.current_revision:
            return (
                f"Document {self.doc_id}, ‘{self.title}’, is niet meer wat er werd "
                "meegenomen (bijvoorbeeld een ander document onder hetzelfde nummer)."
            )
        return (
            f"‘{self.title}’ (document {self.doc_id}) is gewijzigd sinds het werd "
            f"meegenomen: toen versie {self.taken_revision}, nu versie "
            f"{self.current_revision}. Beide versies hebben dus wijzigingen."
        )


@dataclass
class Returned:
    """The outcome of an import: the stored document and one Dutch sentence about it."""

    document: Edition | Invitation
    message: str
    #: False when the document became a new one in the library.
    updated: bool


def store_document(
    library: DocumentLibrary,
    document: Edition | Invitation,
    origin: Origin | None,
    on_conflict: str | None = None,
    *,
    taken_from: Origin | None = None,
) -> Returned:
    """Save an imported document (inside the caller's transaction), by its origin (or,
    for a package from a library it had been taken to, by where it was taken from)."""
    identity = library.library_identity()
    home = next((o for o in (origin, taken_from) if o and o.library == identity), None)
    taken = _match(library, home)
    if taken is None:
        document.taken_from = None if origin is None else origin.to_dict()
        return _as_new(library, document)
    origin = home
    assert origin is not None
    current, in_trash = taken
    document.taken_from = current.taken_from  # (it is back home: its own stays)
    unchanged = current.revision == origin.revision and fingerprint(current) == origin.fingerprint
    if unchanged and not in_trash:
        library.snapshot(origin.document, BEFORE_RETURN)
        document.id, document.revision = origin.document, origin.revision
        try:
            library.save(document)  # the revision check itself, in one statement
        except ConflictError:  # saved by someone else this very moment
            current = library.load(origin.document)
        else:
            return Returned(
                document,
                f"Bijgewerkt: ‘{document.title}’ (document {document.id}) is terug; de "
                "meegenomen versie staat in de geschiedenis.",
                updated=True,
            )
    conflict = Conflict(current.title, origin.document, origin.revision, current.revision, in_trash)
    if on_conflict is None:
        raise ReturnConflictError(conflict.sentence(), conflict)
    if on_conflict == KEEP_BOTH:
        document.title += BOTH_SUFFIX
        document.taken_from = None
        return _as_new(library, document, both=True)
    document.id, document.revision = origin.document, current.revision
    if on_conflict == KEEP_THEIRS:
        library.add_revision(document, NOT_TAKEN)
        return Returned(
            current,
            f"De versie in de bibliotheek is gehouden: ‘{current.title}’ (document "
            f"{current.id}); de meegebrachte versie staat in de geschiedenis.",
            updated=True,
        )
    if on_conflict != TAKE_MINE:
        raise ValueError(f"unknown choice {on_conflict!r}")
    library.snapshot(origin.document, BEFORE_RETURN)
    if in_trash:
        library.restore_deleted(origin.document)
    library.save(document)
    return Returned(
        document,
        f"De meegebrachte versie is overgenomen: ‘{document.title}’ (document "
        f"{document.id}); de vorige versie staat in de geschiedenis.",
        updated=True,
    )


def _match(
    library: DocumentLibrary, origin: Origin | None
) -> tuple[Edition | Invitation, bool] | None:
    """The library's document ``origin`` names, and whether it is in the trash; None
    without an origin here or when that document is gone."""
    if origin is None:
        return None
    try:
        current = library.load(origin.document)
    except NotFoundError:
        return None
    return current, library.summary(origin.document) is None


def _as_new(
    library: DocumentLibrary, document: Edition | Invitation, *, both: bool = False
) -> Returned:
    document.id = None
    document.revision = 0
    library.save(document)
    message = (
        f"Beide versies bewaard: de meegebrachte is document {document.id}, ‘{document.title}’."
        if both
        else f"Geïmporteerd als document {document.id}: {document.title}."
    )
    return Returned(document, message, updated=False)
