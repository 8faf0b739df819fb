"""The JSON exchange format: documents with their photos as a folder, .zip/.vnhg or .json.

``export_package`` writes one library document (with where it was taken from);
``import_file`` checks a whole package and adds it to a library in one transaction: under
a new id, or, for a package coming back to the library it was taken from, as the next
revision of its document (a conflict when that changed meanwhile:
:mod:`vnhg_desk.exchange.returning`). The format is described in docs/exchange-format.md.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from vnhg_desk.errors import ExchangeError, PhotoError
from vnhg_desk.exchange.package import Package, PackagedPhoto
from vnhg_desk.exchange.reader import read_package
from vnhg_desk.exchange.returning import (
    Origin,
    Returned,
    new_identity,
    origin_of,
    store_document,
)
from vnhg_desk.exchange.writer import write_package
from vnhg_desk.model import CoverEmail, Edition, Invitation
from vnhg_desk.store.codec import (
    cover_email_from_dict,
    cover_email_to_dict,
    document_from_dict,
    document_to_dict,
)
from vnhg_desk.store.protocol import DocumentLibrary

__all__ = ["Package", "export_package", "import_file", "package_of", "read_package"]


def package_of(
    library: DocumentLibrary, document: Edition | Invitation, *, identity: str | None = None
) -> Package:
    """A document with the original bytes (and file names) of the photos it uses, and
    where it is taken from (the library's identity, or ``identity`` if it has none yet)."""
    photos = {
        photo_hash: PackagedPhoto(
            library.photo_original(photo_hash), library.photo_filename(photo_hash)
        )
        for photo_hash in _photo_hashes(document)
    }
    origin = origin_of(library.library_identity() or identity, document)
    return Package(
        document=document_to_dict(document),
        photos=photos,
        cover_email=cover_email_to_dict(library.cover_email()),
        origin=None if origin is None else origin.to_dict(),
        taken_from=document.taken_from,
    )


def export_package(
    library: DocumentLibrary,
    document: Edition | Invitation,
    target: Path,
    *,
    as_folder: bool = False,
) -> Path:
    """Write ``document`` and its photos to ``target`` (.zip/.vnhg, .json or a folder).

    The library's identity is made with its first package, and stored only once that
    package is written: a failed export leaves the library as it was."""
    identity = library.library_identity()
    if identity is None and not library.read_only:
        identity = new_identity()
    package = package_of(library, document, identity=identity)
    written = write_package(package, Path(target), as_folder=as_folder)
    if package.origin is not None and library.library_identity() is None:
        library.claim_identity(package.origin["library"])
    return written


def _transaction(library: DocumentLibrary) -> AbstractContextManager[None]:
    """The library's write transaction; nested writes join it (all or nothing)."""
    return library.transaction()


@contextmanager
def _photo_place(photo: PackagedPhoto) -> Iterator[None]:
    try:
        yield
    except PhotoError as error:
        raise ExchangeError(f"Foto {photo.filename or photo.sha256[:12]}: {error}") from None


def import_package(
    library: DocumentLibrary, package: Package, *, on_conflict: str | None = None
) -> Edition | Invitation:
    """Add a checked package to ``library`` in one transaction; returns the stored document."""
    return import_returning(library, package, on_conflict=on_conflict).document


def import_returning(
    library: DocumentLibrary, package: Package, *, on_conflict: str | None = None
) -> Returned:
    """Add a checked package to ``library`` in one transaction: a new document, or the
    next revision of the one it was taken from. ReturnConflictError (nothing written)
    when that changed meanwhile and ``on_conflict`` (:data:`returning.CHOICES`) is None."""
    document = document_from_dict(package.document)
    with _transaction(library):
        for photo_hash, photo in package.photos.items():
            with _photo_place(photo):
                stored = library.add_photo(photo.data, photo.filename)
            if stored != photo_hash:  # read_package verified the hash; belt and braces
                raise ExchangeError(f"Foto {photo.filename}: SHA-256 klopt niet.")
        _link_people(library, document)
        returned = store_document(
            library,
            document,
            Origin.from_dict(package.origin),
            on_conflict,
            taken_from=Origin.from_dict(package.taken_from),
        )
        if package.cover_email is not None:
            library.save_cover_email(
                merged_cover_email(
                    library.cover_email(), cover_email_from_dict(package.cover_email)
                )
            )
    return returned


def merged_cover_email(mine: CoverEmail, theirs: CoverEmail) -> CoverEmail:
    """The library's cover e-mail with a package's: nothing of the library's is lost.

    Recipients the library lacks (by address) are added, groups included. Sender,
    subject, body, signature and default group come from the package only where the
    library still has the program's defaults (or nothing).
    """
    default = CoverEmail()
    merged = copy.deepcopy(mine)
    known = {r.address.strip().lower(): r for r in merged.recipients}
    for recipient in theirs.recipients:
        key = recipient.address.strip().lower()
        if key in known:
            extra = [g for g in recipient.groups if g not in known[key].groups]
            known[key].groups.extend(extra)
        elif key:
            merged.recipients.append(copy.deepcopy(recipient))
            known[key] = merged.recipients[-1]
    for name in ("sender", "subject_template", "body_template", "signature", "default_group"):
        if getattr(merged, name) in ("", getattr(default, name)):
            setattr(merged, name, getattr(theirs, name))
    return merged


def _link_people(library: DocumentLibrary, document: Edition | Invitation) -> None:
    """Point an invitation's people at this library's people list, or at nobody.

    The ids in the file belong to the library it came from; a person counts as the same
    here when name, role and organisation are equal.
    """
    if not isinstance(document, Invitation):
        return
    known = {(p.name, p.role, p.organisation): p.id for p in library.people()}
    for person in [document.moderator, *document.panel]:
        if person is not None:
            person.id = known.get((person.name, person.role, person.organisation))


def import_file(
    library: DocumentLibrary,
    path: Path,
    *,
    notes: list[str] | None = None,
    on_conflict: str | None = None,
    outcome: list[str] | None = None,
) -> Edition | Invitation:
    """Read, check and import the file or folder at ``path``, whatever it holds.

    The content decides (:mod:`vnhg_desk.exchange.formats`): an exchange package, a
    Word file or an OpenDocument text. A Dutch line is appended to ``notes`` for
    everything a word-processor file held that could not be brought over as it was.
    Raises :class:`ExchangeError` naming the first problems; the library is unchanged then.
    A package coming back to this library updates its document; a conflict raises
    :class:`~vnhg_desk.errors.ReturnConflictError` unless ``on_conflict`` chooses. A
    Dutch sentence about what was done is appended to ``outcome``.
    """
    from vnhg_desk.exchange.staging import prepare_import

    with _transaction(library):  # photos go in while reading: each is decoded once
        prepared = prepare_import(Path(path), library=library)
        document = prepared.commit(library, on_conflict=on_conflict)
    if outcome is not None:
        outcome.append(prepared.outcome)
    if notes is not None:
        notes.extend(prepared.notes)
    return document


def _photo_hashes(document: Edition | Invitation) -> list[str]:
    return document.photo_hashes() if isinstance(document, Edition) else []
