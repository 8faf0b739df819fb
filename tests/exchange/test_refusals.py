"""Bad exchange files are refused with the place of the problem, and nothing is imported."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from tests.exchange.conftest import small_photo
from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange import export_package, import_file
from vnhg_desk.exchange.package import JSON_NAME, MAX_JSON_BYTES


@pytest.fixture
def good_zip(tmp_path, library, edition) -> Path:
    target = tmp_path / "goed.zip"
    export_package(library, edition, target)
    return target


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _with_json(good: Path, target: Path, change) -> Path:
    members = _members(good)
    data = json.loads(members[JSON_NAME])
    change(data)
    members[JSON_NAME] = json.dumps(data).encode()
    return _write_zip(target, members)


def _state(library) -> tuple:
    """Everything an import could change: documents, photos, search rows."""
    with sqlite3.connect(library.path) as conn:
        photos = conn.execute("SELECT hash FROM photos ORDER BY hash").fetchall()
        rows = conn.execute("SELECT count(*) FROM search_index").fetchone()
    return ([s.id for s in library.list_documents()], photos, rows)


def _refused(target_library, path: Path) -> str:
    before = _state(target_library)
    with pytest.raises(ExchangeError) as caught:
        import_file(target_library, path)
    assert _state(target_library) == before
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_wrong_type_names_its_place(tmp_path, good_zip, target_library):
    def change(data):
        data["document"]["content"][0]["headline"] = 42

    message = _refused(target_library, _with_json(good_zip, tmp_path / "x.zip", change))
    assert "document.content[0].headline: tekst verwacht, getal gevonden" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["document"].update(date="18-09-2026"), "document.date: datum als JJJJ-MM-DD"),
        (lambda d: d["document"].update(date="2026-02-30"), "document.date: datum"),
        (lambda d: d["document"].update(status="klaar"), 'document.status: "concept" of'),
        (lambda d: d["document"].update(kind="roman"), 'document.kind: "report" of'),
        (lambda d: d["document"].pop("kind"), 'document: verplicht veld "kind" ontbreekt'),
        (lambda d: d["document"].update(highlights="één"), "document.highlights: lijst verwacht"),
        (lambda d: d["document"].update(titel="x"), 'document: onbekend veld "titel"'),
        (
            lambda d: d["document"]["content"][1].update(type="kader"),
            'document.content[1].type: "article" of "box" verwacht, "kader" gevonden',
        ),
        (
            lambda d: d["document"]["content"][0]["quotes"][0].update(text=None),
            "document.content[0].quotes[0].text: tekst verwacht, null gevonden",
        ),
        (
            lambda d: d["document"]["content"][0]["photos"][0].update(photo_hash="abc"),
            "document.content[0].photos[0].photo_hash: SHA-256",
        ),
        (lambda d: d.update(version=2), "nieuwere VNHG Desk"),
        (lambda d: d.update(format="iets-anders"), "geen VNHG Desk-document"),
        (lambda d: d.pop("document"), 'verplicht veld "document" ontbreekt'),
        (lambda d: d["photos"][0].update(size=True), "photos[0].size: geheel getal verwacht"),
    ],
)
def test_structure_problems_are_reported_with_place(
    tmp_path, good_zip, target_library, change, expected
):
    message = _refused(target_library, _with_json(good_zip, tmp_path / "x.zip", change))
    assert expected in message


def test_many_problems_are_summarised(tmp_path, good_zip, target_library):
    def change(data):
        data["document"]["highlights"] = list(range(30))

    message = _refused(target_library, _with_json(good_zip, tmp_path / "x.zip", change))
    assert "document.highlights[0]: tekst verwacht" in message
    assert "(en nog 27 problemen)" in message


def test_invitation_fields_are_checked(tmp_path, library, invitation, target_library):
    good = tmp_path / "uitnodiging.zip"
    export_package(library, invitation, good)

    def change(data):
        data["document"]["start_time"] = "half tien"
        data["document"]["panel"][2]["name"] = ""

    message = _refused(target_library, _with_json(good, tmp_path / "x.zip", change))
    assert 'document.start_time: tijd als UU:MM verwacht, "half tien" gevonden' in message
    assert "document.panel[2].name: mag niet leeg zijn" in message


def test_broken_json_gives_line_and_column(tmp_path, good_zip, target_library):
    members = _members(good_zip)
    members[JSON_NAME] = members[JSON_NAME].replace(b'"version": 1,', b'"version": 1,,', 1)
    message = _refused(target_library, _write_zip(tmp_path / "x.zip", members))
    assert "geen geldige JSON (regel 3, kolom" in message


@pytest.mark.parametrize(
    "raw",
    [b"\xff\xfe{}", b'{"a": NaN}', b"[" * 100_000 + b"]" * 100_000, b""],
    ids=["not-utf8", "nan", "deep", "empty"],
)
def test_unreadable_json_is_refused(tmp_path, target_library, raw):
    path = tmp_path / "raar.json"
    path.write_bytes(raw)
    assert _refused(target_library, path).startswith("raar.json")


def test_huge_json_refused_before_parsing(tmp_path, target_library, monkeypatch):
    path = tmp_path / "groot.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_JSON_BYTES + 1)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed a file that is too large")

    monkeypatch.setattr(json, "loads", no_parsing)
    assert "te groot" in _refused(target_library, path)


def test_missing_photo_means_nothing_imported(tmp_path, good_zip, target_library, edition):
    members = _members(good_zip)
    second = f"photos/{edition.photo_hashes()[1]}.png"
    del members[second]
    message = _refused(target_library, _write_zip(tmp_path / "x.zip", members))
    assert f'photos[1].file: foto "{second}" ontbreekt' in message
    assert not target_library.has_photo(edition.photo_hashes()[0])


def test_photo_not_in_list_is_reported(tmp_path, good_zip, target_library):
    message = _refused(
        target_library, _with_json(good_zip, tmp_path / "x.zip", lambda d: d["photos"].pop(0))
    )
    assert "document.content[0].photos[0].photo_hash: foto" in message
    assert "staat niet in de lijst photos" in message


def test_hash_mismatch_is_refused(tmp_path, good_zip, target_library, edition):
    members = _members(good_zip)
    member = f"photos/{edition.photo_hashes()[0]}.jpg"
    members[member] = small_photo((1, 2, 3))
    message = _refused(target_library, _write_zip(tmp_path / "x.zip", members))
    assert "past niet bij de SHA-256" in message


def test_undecodable_photo_rolls_back_everything(tmp_path, library, target_library):
    """The hash matches but the bytes are no image: the library's own check refuses it
    inside the import transaction, and the photo added before it is rolled back."""
    from vnhg_desk.exchange.package import Package, PackagedPhoto, envelope_bytes

    good = PackagedPhoto(small_photo((9, 9, 9)), "goed.jpg")
    bad = PackagedPhoto(b"\xff\xd8\xff\xe0 dit is geen foto", "kapot.jpg")
    document = {
        "kind": "report",
        "content": [
            {
                "type": "article",
                "photos": [{"photo_hash": good.sha256}, {"photo_hash": bad.sha256}],
            }
        ],
    }
    package = Package(document, {good.sha256: good, bad.sha256: bad})
    members = {JSON_NAME: envelope_bytes(package)}
    for entry in json.loads(members[JSON_NAME])["photos"]:
        members[entry["file"]] = package.photos[entry["hash"]].data
    message = _refused(target_library, _write_zip(tmp_path / "x.zip", members))
    assert message.startswith("Foto kapot.jpg:")
    assert not target_library.has_photo(good.sha256)


@pytest.mark.parametrize(
    "name", ["../buiten.txt", "/etc/passwd", "photos/../../x", "C:/Windows/x", "a\\..\\b"]
)
def test_unsafe_member_names_are_refused(tmp_path, good_zip, target_library, name):
    members = _members(good_zip)
    members[name] = b"x"
    message = _refused(target_library, _write_zip(tmp_path / "x.zip", members))
    assert "onveilige naam" in message


def test_unsafe_photo_path_in_json_is_refused(tmp_path, library, target_library, edition):
    target = tmp_path / "sub" / "los.json"
    target.parent.mkdir()
    export_package(library, edition, target)
    data = json.loads(target.read_bytes())
    data["photos"][0]["file"] = "../geheim.jpg"
    target.write_text(json.dumps(data), encoding="utf-8")
    assert 'photos[0].file: onveilig pad "../geheim.jpg"' in _refused(target_library, target)


def test_symlinked_photo_outside_the_folder_is_not_read(tmp_path, library, target_library, edition):
    folder = tmp_path / "map"
    export_package(library, edition, folder, as_folder=True)
    photo = next((folder / "photos").glob("*.jpg"))
    outside = tmp_path / "buiten.jpg"
    outside.write_bytes(photo.read_bytes())
    photo.unlink()
    photo.symlink_to(outside)
    assert "ontbreekt" in _refused(target_library, folder)


def test_symlink_member_is_refused(tmp_path, good_zip, target_library):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in _members(good_zip).items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("photos/link.jpg")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert "symlink" in _refused(target_library, path)


def test_zip_bomb_is_refused_without_inflating(tmp_path, good_zip, target_library, monkeypatch):
    members = _members(good_zip)
    members["photos/bom.bin"] = bytes(30 * 1024 * 1024)
    path = _write_zip(tmp_path / "bom.zip", members)
    assert path.stat().st_size < 200_000

    def no_reading(*args, **kwargs):
        raise AssertionError("opened a member of a zip bomb")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    assert "zip-bom" in _refused(target_library, path)


def test_lying_size_header_is_refused_cleanly(tmp_path, good_zip, target_library):
    """A member whose headers claim fewer bytes than it holds is refused, not half-read."""
    import struct

    document = _members(good_zip)[JSON_NAME]
    path = _write_zip(tmp_path / "x.zip", {JSON_NAME: document})
    raw = bytearray(path.read_bytes())
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, local + 22, 10)
    struct.pack_into("<I", raw, central + 24, 10)
    path.write_bytes(bytes(raw))
    message = _refused(target_library, path)
    assert "beschadigd" in message or "geen geldige JSON" in message


def test_too_many_members(tmp_path, good_zip, target_library, monkeypatch):
    from vnhg_desk.exchange import reader

    monkeypatch.setattr(reader, "MAX_MEMBERS", 2)
    assert "te veel bestanden" in _refused(target_library, good_zip)


def test_not_a_zip_and_missing_file(tmp_path, target_library):
    fake = tmp_path / "nep.zip"
    fake.write_bytes(b"PK\x03\x04 maar niet echt")
    assert "geen geldig zip-bestand" in _refused(target_library, fake)
    assert "bestaat niet" in _refused(target_library, tmp_path / "weg.zip")
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert "staat geen document.json" in _refused(target_library, empty)


def test_zip_without_document_json(tmp_path, target_library):
    path = _write_zip(tmp_path / "x.zip", {"readme.txt": b"hallo"})
    assert "er staat geen document.json in" in _refused(target_library, path)


def test_a_broken_word_file_is_refused(tmp_path, target_library):
    word = tmp_path / "verslag.docx"
    _write_zip(word, {"word/document.xml": b"<w:document/>"})
    assert "verslag.docx" in _refused(target_library, word)


def test_duplicate_uids_are_refused(tmp_path, good_zip, target_library):
    def change(data):
        content = data["document"]["content"]
        content[1]["uid"] = content[0]["uid"]
        content[0]["photos"][2]["uid"] = content[0]["photos"][0]["uid"]

    message = _refused(target_library, _with_json(good_zip, tmp_path / "x.zip", change))
    assert "document.content[0].photos[2].uid: " in message
    assert "komt al voor bij document.content[0].photos[0]" in message
    assert "document.content[1].uid: " in message


def test_photo_file_names_are_reduced_to_a_plain_name(tmp_path, good_zip, target_library):
    def change(data):
        data["photos"][0]["filename"] = "C:\\Users\\secretaris\\Foto's\\zaal\x07.jpg"

    imported = import_file(target_library, _with_json(good_zip, tmp_path / "x.zip", change))
    first = imported.articles[0].photos[0].photo_hash
    assert target_library.photo_filename(first) == "zaal.jpg"


def test_other_files_are_not_taken_for_json(tmp_path, target_library):
    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(b"%PDF-1.7 ...")
    assert "is een PDF" in _refused(target_library, pdf)
