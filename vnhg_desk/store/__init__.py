"""The SQLite library (sqlite-utils): schema, migrations, documents, search, revisions, photos."""

from vnhg_desk.store.library import Library, default_library_path
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
    "MATCH_END",
    "MATCH_START",
    "DocumentSummary",
    "ExportRecord",
    "Library",
    "RevisionSummary",
    "SearchHit",
    "default_library_path",
    "highlighted",
]
