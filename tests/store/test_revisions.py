"""Revisions: snapshots of a document that can be brought back."""

from __future__ import annotations

import pytest

from vnhg_desk.errors import NotFoundError

from .samples import full_edition, full_invitation


def test_snapshot_and_restore(lib):
    edition = full_edition()
    lib.save(edition)
    first = lib.snapshot(edition.id, "export pdf-email")
    original_headline = edition.articles[0].headline
    edition.articles[0].headline = "HERSCHREVEN"
    del edition.content[1]
    lib.save(edition)

    summaries = lib.revisions(edition.id)
    assert [(r.id, r.reason) for r in summaries] == [(first, "export pdf-email")]
    assert summaries[0].doc_id == edition.id and summaries[0].created.tzinfo is not None
    old = lib.load_revision(first)
    assert old.articles[0].headline == original_headline and old.revision == 1

    restored = lib.restore_revision(first)
    assert restored.articles[0].headline == original_headline
    assert restored.revision == 3 and restored.id == edition.id
    assert lib.load(edition.id) == restored
    reasons = [r.reason for r in lib.revisions(edition.id)]
    assert reasons == ["voor herstel", "export pdf-email"]
    before_restore = lib.load_revision(lib.revisions(edition.id)[0].id)
    assert before_restore.articles[0].headline == "HERSCHREVEN"
    assert lib.search("herschreven") == []  # the index follows the restore


def test_invitation_revisions(lib):
    invitation = full_invitation()
    lib.save(invitation)
    rid = lib.snapshot(invitation.id, "op verzoek")
    invitation.panel.clear()
    lib.save(invitation)
    assert len(lib.restore_revision(rid).panel) == 4


def test_unknown_ids(lib):
    with pytest.raises(NotFoundError):
        lib.snapshot(5, "x")
    with pytest.raises(NotFoundError, match="eerdere versie"):
        lib.load_revision(5)
    with pytest.raises(NotFoundError):
        lib.restore_revision(5)
    assert lib.revisions(5) == []


def test_exporting_an_unchanged_document_keeps_one_snapshot(lib):
    edition = full_edition()
    lib.save(edition)
    first = lib.snapshot(edition.id, "export pdf-email")
    assert lib.snapshot(edition.id, "export docx") == first  # nothing changed since
    edition.articles[0].headline = "Gewijzigd"
    lib.save(edition)
    second = lib.snapshot(edition.id, "export pdf-email")
    assert second != first
    assert [r.id for r in lib.revisions(edition.id)] == [second, first]
    assert lib.load_revision(second).articles[0].headline == "Gewijzigd"
