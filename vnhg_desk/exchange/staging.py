"""An import read and checked, but not yet in a library: what the secretary accepts.

:func:`prepare_import` reads any importable file (Word, OpenDocument text, exchange
package) into a :class:`PreparedImport` without touching a library: the document, the
photos it uses (checked like an import checks them) and the notes about what could not
be brought over. :meth:`PreparedImport.commit` adds it all in one transaction; not
committing leaves the library as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vnhg_desk.errors import ExchangeError, PhotoError
from vnhg_desk.exchange.package import Package, PackagedPhoto
from vnhg_desk.model import Edition, Invitation
from vnhg_desk.store.protocol import DocumentLibrary


class PhotoCollector:
    """Stands in for the library while a document is read: checks and keeps photos.

    ``add_photo`` checks the bytes as the library would (a PhotoError for an unusable
    picture) and returns the hash; the bytes wait here until the import is committed.
    Given a ``library`` (inside the caller's transaction, as the command does), photos
    go straight into it, so each is decoded only once; committing then only saves.
    """

    def __init__(self, library: DocumentLibrary | None = None) -> None:
        self.photos: dict[str, PackagedPhoto] = {}
        self.library = library

    def add_photo(self, data: bytes, filename: str = "") -> str:
        photo = PackagedPhoto(data, filename)
        photo_hash = photo.sha256
        if photo_hash not in self.photos:
            if self.library is not None:
                self.library.add_photo(data, filename)  # PhotoError (Dutch) when unusable
            else:
                from vnhg_desk.imaging.normalise import normalise_photo

                normalise_photo(data, filename)  # raises PhotoError (Dutch) when unusable
            self.photos[photo_hash] = photo
        return photo_hash


@dataclass
class PreparedImport:
    """A checked document with its photos and notes, ready to be added to a library."""

    source: str
    document: Edition | Invitation
    photos: dict[str, PackagedPhoto] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: A word-processor file gets the library's association name when committed.
    from_word_processor: bool = False
    package: Package | None = None
    #: After :meth:`commit`: one Dutch sentence saying what was done, and whether a
    #: document already in the library was updated (a package come back).
    outcome: str = ""
    updated: bool = False

    @property
    def title(self) -> str:
        return self.document.title

    def commit(
        self, library: DocumentLibrary, *, on_conflict: str | None = None
    ) -> Edition | Invitation:
        """Add the document and its photos to ``library`` in one transaction (a package
        coming back updates its document; see :mod:`vnhg_desk.exchange.returning`)."""
        from vnhg_desk.exchange import import_returning
        from vnhg_desk.store.codec import document_to_dict

        package = self.package
        if package is None:
            if self.from_word_processor and isinstance(self.document, Edition):
                self.document.association = library.house_style().association_name
            package = Package(document_to_dict(self.document), dict(self.photos))
        try:
            returned = import_returning(library, package, on_conflict=on_conflict)
        except PhotoError as error:  # pragma: no cover - checked while preparing
            raise ExchangeError(f"{self.source}: {error}") from None
        self.outcome, self.updated = returned.message, returned.updated
        return returned.document


def prepare_import(path: Path | str, *, library: DocumentLibrary | None = None) -> PreparedImport:
    """Read and check the file or folder at ``path``; raises ExchangeError (Dutch).

    Without ``library`` nothing is written anywhere. With it (inside the caller's
    transaction) a word-processor file's photos are added at once; see PhotoCollector.
    """
    from vnhg_desk.exchange.formats import FOLDER, JSON, ODF, WORD, identify

    path = Path(path)
    kind = identify(path)
    if kind == WORD:
        from vnhg_desk.exchange.docx_import import read_docx

        return read_docx(path, PhotoCollector(library))
    if kind == ODF:
        from vnhg_desk.exchange.odt_import import read_odt

        return read_odt(path, PhotoCollector(library))
    from vnhg_desk.exchange.reader import read_package
    from vnhg_desk.store.codec import document_from_dict

    assert kind in (FOLDER, JSON) or kind
    package = read_package(path)
    document = document_from_dict(package.document)
    return PreparedImport(path.name, document, package.photos, package=package)
