"""The library offers exactly what the other parts of the program were promised."""

from __future__ import annotations

import inspect

from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.store import (
    MATCH_END,
    MATCH_START,
    DocumentSummary,
    ExportRecord,
    Library,
    RevisionSummary,
    SearchHit,
    default_library_path,
)

PROMISED = {
    "open": ["path", "create"],
    "close": [],
    "list_documents": ["deleted"],
    "load": ["doc_id"],
    "save": ["doc"],
    "delete": ["doc_id"],
    "restore_deleted": ["doc_id"],
    "search": ["text", "limit"],
    "add_photo": ["data", "filename"],
    "has_photo": ["photo_hash"],
    "photo_original": ["photo_hash"],
    "photo_info": ["photo_hash"],
    "normalised": ["photo_hash"],
    "cached_rendition": ["photo_hash", "key"],
    "store_rendition": ["photo_hash", "key", "data"],
    "snapshot": ["doc_id", "reason"],
    "revisions": ["doc_id"],
    "load_revision": ["revision_id"],
    "restore_revision": ["revision_id"],
    "people": [],
    "save_person": [],
    "delete_person": ["person_id"],
    "house_style": [],
    "save_house_style": [],
    "cover_email": [],
    "save_cover_email": [],
    "record_export": ["doc_id", "kind", "target"],
    "export_log": ["doc_id"],
    "backup_to": ["target"],
}


def test_every_promised_method_is_there_with_its_parameters():
    for name, params in PROMISED.items():
        method = getattr(Library, name)
        signature = inspect.signature(method)
        names = [p for p in signature.parameters if p not in ("self", "cls")]
        assert names[: len(params)] == params or not params, (name, names)
    assert isinstance(inspect.getattr_static(Library, "is_empty"), property)
    assert callable(default_library_path)


def test_records_have_the_promised_fields():
    fields = {
        DocumentSummary: ["id", "kind", "title", "date", "place", "status", "modified"],
        SearchHit: ["doc_id", "kind", "title", "date", "part_uid", "snippet"],
        RevisionSummary: ["id", "doc_id", "created", "reason"],
        ExportRecord: ["when", "kind", "target"],
    }
    for record, names in fields.items():
        assert list(inspect.signature(record).parameters)[: len(names)] == names


def test_markers_are_control_characters_that_never_reach_print():
    assert MATCH_START != MATCH_END
    assert all(ord(ch) < 32 for ch in MATCH_START + MATCH_END)


def test_library_satisfies_photo_source(lib):
    for name in ("photo_info", "normalised", "cached_rendition", "store_rendition"):
        assert name in dir(PhotoSource) and callable(getattr(lib, name))
