"""The Qt-free edits behind undo, and the new/duplicate operations."""

from __future__ import annotations

from datetime import date

import pytest

from vnhg_desk.gui.document_ops import duplicate_edition, new_edition
from vnhg_desk.gui.edits import InsertItem, MoveItem, RemoveItem, SetField, locate
from vnhg_desk.model import (
    Article,
    Edition,
    EditionStatus,
    HouseStyle,
    PhotoRef,
    PullQuote,
    SidebarBox,
)


def _edition() -> Edition:
    first = Article(
        kicker="Verslag", headline="Eerste", body="Tekst **vet**",
        quotes=[PullQuote("Zin een"), PullQuote("Zin twee")],
        photos=[PhotoRef("ab" * 32, caption="Panel", alt_text="Vijf mensen")],
    )  # fmt: skip
    return Edition(
        meeting="Ledenvergadering", date=date(2026, 3, 13), place="Alkmaar",
        references="Z.1", highlights=["a", "b"], status=EditionStatus.FINAL,
        content=[first, SidebarBox(kicker="Huishoudelijk", title="Besluiten", body="x"),
                 Article(kicker="Thema", headline="Tweede")],
        id=7, revision=3,
    )  # fmt: skip


def test_every_edit_applies_and_reverts_exactly():
    edition = _edition()
    first, box, _second = edition.content
    edits = [
        SetField((), "place", "Alkmaar", "Hoorn"),
        SetField((first.uid,), "headline", "Eerste", "Nieuw"),
        SetField((first.uid, first.quotes[1].uid), "text", "Zin twee", "Andere zin"),
        InsertItem((), "content", 1, Article(headline="Ingevoegd")),
        RemoveItem((), "content", 2),
        MoveItem((first.uid,), "quotes", 0, 1),
        MoveItem((), "content", 0, 1),
        RemoveItem((first.uid,), "photos", 0),
    ]
    snapshots = []
    for edit in edits:
        snapshots.append(repr(edition))
        edit.apply(edition)
    assert edition.place == "Hoorn" and first.headline == "Nieuw"
    assert [q.text for q in first.quotes] == ["Andere zin", "Zin een"]
    assert first.photos == []
    assert [i.uid for i in edition.content][1] == first.uid
    for edit, before in zip(reversed(edits), reversed(snapshots), strict=True):
        edit.revert(edition)
        assert repr(edition) == before
    # and again (redo after undo)
    for edit in edits:
        edit.apply(edition)
    assert first.headline == "Nieuw" and box not in edition.content


def test_locate_refuses_missing_parts():
    edition = _edition()
    with pytest.raises(KeyError):
        locate(edition, ("nope",))
    with pytest.raises(KeyError):
        locate(edition, (edition.content[1].uid, "x"))


def test_focus_points_at_the_moved_or_inserted_part():
    edition = _edition()
    article = Article()
    assert InsertItem((), "content", 0, article).focus == (article.uid,)
    move = MoveItem((), "content", 0, 2)
    uid = edition.content[0].uid
    move.apply(edition)
    assert move.focus == (uid,)


def test_duplicate_with_empty_texts_keeps_masthead_and_structure():
    source = _edition()
    copy = duplicate_edition(source, keep_texts=False)
    assert copy.id is None and copy.revision == 0 and copy.status == EditionStatus.CONCEPT
    assert (copy.title, copy.meeting, copy.place) == (source.title, source.meeting, source.place)
    assert copy.date is None and copy.highlights == [] and copy.references == ""
    assert [type(i) for i in copy.content] == [Article, SidebarBox, Article]
    assert [i.kicker for i in copy.content] == ["Verslag", "Huishoudelijk", "Thema"]
    assert all(not getattr(i, "headline", "") and not i.body for i in copy.content)
    assert not {i.uid for i in copy.content} & {i.uid for i in source.content}
    assert source.content[0].headline == "Eerste"  # the source is untouched


def test_duplicate_keeping_texts_copies_everything_with_new_uids():
    source = _edition()
    copy = duplicate_edition(source, keep_texts=True)
    first = copy.content[0]
    assert first.headline == "Eerste" and first.body == "Tekst **vet**"
    assert [q.text for q in first.quotes] == ["Zin een", "Zin twee"]
    assert first.photos[0].photo_hash == source.content[0].photos[0].photo_hash
    assert first.quotes[0].uid != source.content[0].quotes[0].uid
    assert first.photos[0].uid != source.content[0].photos[0].uid
    first.quotes.clear()
    assert len(source.content[0].quotes) == 2


def test_new_edition_uses_the_house_style():
    style = HouseStyle(default_title="Nieuwsbrief VNHG", association_name="VNHG vereniging")
    edition = new_edition(style)
    assert edition.title == "Nieuwsbrief VNHG" and edition.association == "VNHG vereniging"
    assert len(edition.articles) == 1 and edition.id is None
