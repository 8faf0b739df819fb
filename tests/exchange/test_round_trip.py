"""Library -> exchange file -> another library gives the same document and photo bytes."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import pytest

from vnhg_desk.exchange import export_package, import_file
from vnhg_desk.exchange.package import JSON_NAME


def _same_except_id(original, imported):
    assert imported.id is not None
    assert replace(original, id=imported.id, revision=imported.revision) == imported


@pytest.mark.parametrize("name", ["verslag.zip", "verslag.vnhg", "verslag.json", "map"])
def test_edition_round_trip_is_exact(tmp_path, library, target_library, edition, name):
    target = tmp_path / "out" / name
    target.parent.mkdir()
    export_package(library, library.load(edition.id), target, as_folder=name == "map")

    imported = import_file(target_library, target)

    _same_except_id(library.load(edition.id), target_library.load(imported.id))
    for photo_hash in edition.photo_hashes():
        assert target_library.photo_original(photo_hash) == library.photo_original(photo_hash)
        assert target_library.photo_filename(photo_hash) == library.photo_filename(photo_hash)


def test_invitation_round_trip_is_exact(tmp_path, library, target_library, invitation):
    """Exact, except that people ids point into the target's own people list."""
    target = tmp_path / "uitnodiging.zip"
    export_package(library, library.load(invitation.id), target)
    moderator = replace(invitation.moderator, id=None)
    target_library.save_person(moderator)

    imported = target_library.load(import_file(target_library, target).id)

    assert imported.moderator == moderator  # same person here: linked to this list
    assert [p.id for p in imported.panel] == [None] * 4  # unknown here: no dangling ids
    original = library.load(invitation.id)
    original.moderator.id = moderator.id
    _same_except_id(original, imported)


def test_import_gives_a_new_id_and_keeps_existing_documents(tmp_path, library, edition):
    """A package that did not come from this library (here: its origin left out, as in a
    file written before origins existed) is added under a new id."""
    target = tmp_path / "kopie.json"
    export_package(library, edition, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    del data["origin"]
    target.write_text(json.dumps(data), encoding="utf-8")
    copy = import_file(library, target)
    assert copy.id != edition.id
    assert sorted(s.id for s in library.list_documents()) == sorted([edition.id, copy.id])
    assert library.load(edition.id) == edition


def test_importing_an_unchanged_export_into_its_own_library_adds_nothing(
    tmp_path, library, edition
):
    target = tmp_path / "terug.zip"
    export_package(library, edition, target)
    back = import_file(library, target)
    assert back.id == edition.id and [s.id for s in library.list_documents()] == [edition.id]
    _same_except_id(edition, library.load(edition.id))


def test_zip_layout_and_document_json(tmp_path, library, edition):
    target = tmp_path / "verslag.zip"
    export_package(library, edition, target)
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        data = json.loads(archive.read(JSON_NAME))
    hashes = edition.photo_hashes()
    assert len(hashes) == 2  # the repeated photo is stored once
    assert names == sorted([JSON_NAME, f"photos/{hashes[0]}.jpg", f"photos/{hashes[1]}.png"])
    assert data["format"] == "vnhg-desk-document"
    assert data["version"] == 1
    assert "id" not in data["document"] and "revision" not in data["document"]
    entries = {entry["hash"]: entry for entry in data["photos"]}
    assert entries[hashes[1]]["filename"] == "Kaart <regio>.png"
    assert entries[hashes[0]]["media_type"] == "image/jpeg"
    assert entries[hashes[0]]["size"] == len(library.photo_original(hashes[0]))


def test_json_export_puts_photos_beside_it(tmp_path, library, target_library, edition):
    target = tmp_path / "los.json"
    export_package(library, edition, target)
    assert sorted(p.name for p in (tmp_path / "photos").iterdir()) == sorted(
        f"{h}.{ext}" for h, ext in zip(edition.photo_hashes(), ["jpg", "png"], strict=True)
    )
    imported = import_file(target_library, target)
    assert target_library.load(imported.id).articles[0].headline == "Woningbouw in de coöperatie"


def test_bare_json_without_photos_imports(tmp_path, library, target_library, invitation):
    target = tmp_path / "alleen.json"
    export_package(library, invitation, target)
    assert not (tmp_path / "photos").exists()
    assert import_file(target_library, target).theme == "Wonen en ruimte"


def test_a_zipped_folder_is_accepted(tmp_path, library, target_library, edition):
    folder = tmp_path / "verslag"
    export_package(library, edition, folder, as_folder=True)
    archive_path = tmp_path / "ingepakt.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"verslag/{path.relative_to(folder).as_posix()}")
    imported = import_file(target_library, archive_path)
    _same_except_id(edition, target_library.load(imported.id))


def test_export_replaces_an_existing_file_whole(tmp_path, library, edition, invitation):
    target = tmp_path / "zelfde.zip"
    export_package(library, edition, target)
    export_package(library, invitation, target)
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read(JSON_NAME))["document"]["kind"] == "invitation"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_damaged_photo_beside_the_json_is_rewritten(tmp_path, library, target_library, edition):
    target = tmp_path / "los.json"
    export_package(library, edition, target)
    photo = next((tmp_path / "photos").glob("*.jpg"))
    good = photo.read_bytes()
    photo.write_bytes(bytes(len(good)))  # same size, other bytes
    export_package(library, edition, target)
    assert photo.read_bytes() == good
    assert import_file(target_library, target).id is not None


def test_page_budget_and_fit_travel_and_are_checked(tmp_path, library, target_library, edition):
    from vnhg_desk.errors import ExchangeError
    from vnhg_desk.model import PageFit

    stored = library.load(edition.id)
    stored.page_target, stored.fit = 8, PageFit(photo_height=90, spacing=80, type_size=2)
    library.save(stored)
    target = tmp_path / "verslag.json"
    export_package(library, library.load(edition.id), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["document"]["pages"] == 8 and data["document"]["fit"]["type_size"] == 2
    imported = target_library.load(import_file(target_library, target).id)
    assert (imported.page_target, imported.fit) == (8, stored.fit)
    # A file written before the page budget existed imports with the defaults.
    del data["document"]["pages"], data["document"]["fit"]
    target.write_text(json.dumps(data), encoding="utf-8")
    old = target_library.load(import_file(target_library, target).id)
    assert old.page_target == 4 and old.fit == PageFit()
    # Out-of-range values are refused at the border with their place named.
    data["document"]["fit"] = {"type_size": 9}
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"document\.fit\.type_size"):
        import_file(target_library, target)
