"""The library (an SQLite file, or shared on PostgreSQL): schema, migrations, documents,
search, revisions, photos.

``Library.open(path)`` gives an open library (see :mod:`vnhg_desk.store.library`);
``Library.open("postgresql://...")`` one on a server (:mod:`vnhg_desk.store.pg_library`);
search snippets mark matches with :data:`MATCH_START` / :data:`MATCH_END`.
"""

from vnhg_desk.store.library import LIBRARY_FILENAME, Library, default_library_path
from vnhg_desk.store.photos import MissingPhotoError
from vnhg_desk.store.records import (
    MATCH_END,
    MATCH_START,
    DocumentSummary,
    ExportRecord,
    RevisionSummary,
    SearchHit,
    highlighted,
)

__all__ = [
    "LIBRARY_FILENAME",
    "MATCH_END",
    "MATCH_START",
    "DocumentSummary",
    "ExportRecord",
    "Library",
    "MissingPhotoError",
    "RevisionSummary",
    "SearchHit",
    "default_library_path",
    "highlighted",
]
