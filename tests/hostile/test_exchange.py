"""Hostile exchange files: a clear Dutch message, nothing half-imported, nothing written outside.

Every bad package starts from a real export of an edition with two photos, changed in
one way. After each refusal the library has the same documents as before and none of
the package's photos.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vnhg_desk.errors import ExchangeError
from vnhg_desk.model import Article, Edition, PhotoRef

from . import gen_files as gf
from .gen_photos import oriented_jpeg, private_jpeg
from .helpers import assert_cli_refused, deadline, need, run_cli, user_error_message

Builder = Callable[[dict[str, bytes], Path], Path]


def _zip(members: dict[str, bytes], folder: Path, name: str = "pakket.zip") -> Path:
    path = folder / name
    path.write_bytes(gf.write_zip(members))
    return path


def _changed(change: Callable[[dict[str, Any]], None]) -> Builder:
    def build(members: dict[str, bytes], folder: Path) -> Path:
        path = folder / "pakket.zip"
        path.write_bytes(gf.with_json(members, change))
        return path

    return build


def _raw_json(transform: Callable[[bytes], bytes]) -> Builder:
    def build(members: dict[str, bytes], folder: Path) -> Path:
        changed = dict(members)
        name = gf.document_json_name(members)
        changed[name] = transform(members[name])
        return _zip(changed, folder)

    return build


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(envelope: dict[str, Any]) -> None:
        if path.startswith("article."):
            gf.first_article(envelope)[path.split(".", 1)[1]] = value
        elif path.startswith("document."):
            envelope["document"][path.split(".", 1)[1]] = value
        else:
            envelope[path] = value

    return change


def _photo_members(members: dict[str, bytes]) -> list[str]:
    return sorted(name for name in members if "/photos/" in "/" + name)


def _drop_photo(members: dict[str, bytes], folder: Path) -> Path:
    changed = dict(members)
    del changed[_photo_members(members)[-1]]
    return _zip(changed, folder)


def _swap_photo_bytes(members: dict[str, bytes], folder: Path) -> Path:
    changed = dict(members)
    name = _photo_members(members)[-1]
    changed[name] = changed[name][:-10] + b"0123456789"
    return _zip(changed, folder)


def _text_as_second_photo(members: dict[str, bytes], folder: Path) -> Path:
    """The first photo is fine; a 'photo' added after it is text with a matching hash."""
    blob = b"Geen foto, wel een geldige SHA-256.\n"
    digest = hashlib.sha256(blob).hexdigest()

    def change(envelope: dict[str, Any]) -> None:
        template = dict(envelope["photos"][0])
        template.update(hash=digest, file=f"photos/{digest}.jpg", filename="nep.jpg")
        template.pop("size", None)
        envelope["photos"].append(template)
        ref = dict(gf.first_article(envelope)["photos"][0])
        ref.update(photo_hash=digest, uid="nepfoto00001")
        gf.first_article(envelope)["photos"].append(ref)

    changed = gf.read_zip(gf.with_json(members, change))
    prefix = gf.document_json_name(members)[: -len("document.json")]
    changed[f"{prefix}photos/{digest}.jpg"] = blob
    return _zip(changed, folder)


def _extra_member(name: str, data: bytes = b"buiten de map\n") -> Builder:
    def build(members: dict[str, bytes], folder: Path) -> Path:
        return _zip({**members, name: data}, folder)

    return build


def _symlink_member(members: dict[str, bytes], folder: Path) -> Path:
    path = folder / "pakket.zip"
    path.write_bytes(gf.write_zip(members, symlinks={"photos/link.jpg": "/etc/passwd"}))
    return path


def _photo_path_escapes(envelope: dict[str, Any]) -> None:
    envelope["photos"][0]["file"] = "../../../etc/passwd"


def _bytes_file(data: bytes, name: str) -> Builder:
    def build(_members: dict[str, bytes], folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def _sparse(name: str, size: int) -> Builder:
    def build(_members: dict[str, bytes], folder: Path) -> Path:
        return gf.sparse_file(folder / name, size)

    return build


def _bomb(members: dict[str, bytes], folder: Path) -> Path:
    path = folder / "bom.zip"
    path.write_bytes(_cached("bomb", lambda: gf.zip_bomb(128 * 1024 * 1024)))
    return path


def _many(members: dict[str, bytes], folder: Path) -> Path:
    path = folder / "veel.zip"
    path.write_bytes(_cached("many", lambda: gf.many_members(5_000)))
    return path


def _duplicate_member(members: dict[str, bytes], folder: Path) -> Path:
    import zipfile

    path = folder / "dubbel.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        name = gf.document_json_name(members)
        with pytest.warns(UserWarning):
            archive.writestr(name, b'{"format": "iets anders"}')
    return path


def _many_articles(envelope: dict[str, Any]) -> None:
    """5,000 articles (distinct uids): more parts than any real edition has."""
    article = gf.first_article(envelope)
    envelope["document"]["content"] = [
        dict(article, uid=f"art{index:09d}", headline=f"Kop {index}") for index in range(5000)
    ]


_CACHE: dict[str, bytes] = {}


def _cached(key: str, make: Callable[[], bytes]) -> bytes:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


CASES: dict[str, Builder] = {
    "broken-json": _raw_json(lambda raw: raw[: len(raw) // 2]),
    "not-utf8": _raw_json(lambda raw: b"\xff\xfe\x00{" + raw),
    "json-nan": _raw_json(lambda raw: raw.replace(b'"version": 1', b'"version": NaN', 1)),
    "json-deep-nesting": _raw_json(lambda _raw: gf.deeply_nested_json()),
    "json-is-a-list": _raw_json(lambda _raw: b"[1, 2, 3]"),
    "wrong-type-headline": _changed(_set("article.headline", 42)),
    "wrong-type-content": _changed(_set("document.content", "tekst")),
    "wrong-type-highlights": _changed(_set("document.highlights", {"a": 1})),
    "impossible-date": _changed(_set("document.date", "2026-02-31")),
    "unknown-status": _changed(_set("document.status", "verstuurd")),
    "unknown-format": _changed(_set("format", "iets-anders")),
    "newer-format-version": _changed(_set("version", 99)),
    "missing-photo": _drop_photo,
    "photo-hash-mismatch": _swap_photo_bytes,
    "photo-is-text-after-good-photo": _text_as_second_photo,
    "photo-path-escapes": _changed(_photo_path_escapes),
    "member-dot-dot": _extra_member("../../buiten.txt"),
    "member-absolute": _extra_member("/tmp/vnhg-hostile-absoluut.txt"),
    "member-backslash": _extra_member("..\\..\\buiten.txt"),
    "member-symlink": _symlink_member,
    "duplicate-member": _duplicate_member,
    "zip-bomb": _bomb,
    "too-many-members": _many,
    "huge-json-file": _sparse("enorm.json", 3 * 1024**3),
    "huge-zip-file": _sparse("enorm.zip", 3 * 1024**3),
    "empty-zip-file": _bytes_file(b"", "leeg.zip"),
    "empty-json-file": _bytes_file(b"", "leeg.json"),
    "random-bytes-as-zip": _bytes_file(bytes(range(256)) * 64, "ruis.vnhg"),
    "zip-without-document": lambda members, folder: _zip({"leesmij.txt": b"hallo"}, folder),
    "too-many-articles": _changed(_many_articles),
}

#: Cases also run through the real command (the rest only in-process, to keep it quick).
CLI_CASES = (
    "broken-json",
    "wrong-type-headline",
    "missing-photo",
    "photo-is-text-after-good-photo",
    "member-dot-dot",
    "zip-bomb",
    "huge-json-file",
)


@pytest.fixture(scope="module")
def source_package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The members of a real export: an edition with two photos."""
    library_class = need("vnhg_desk.store", "Library")
    export_package = need("vnhg_desk.exchange", "export_package")
    folder = tmp_path_factory.mktemp("bron")
    with library_class.open(folder / "bron.vnhg-desk") as library:
        first = library.add_photo(oriented_jpeg(6), "telefoon.jpg")
        second = library.add_photo(private_jpeg(), "camera.jpg")
        article = Article(
            kicker="VERSLAG",
            headline="Wonen in de regio",
            body="Eerste alinea.\n\n## Tussenkop\n\nTweede alinea.",
            photos=[PhotoRef(first, "Eerste"), PhotoRef(second, "Tweede")],
        )
        edition = Edition(date=date(2026, 9, 18), place="Edam", content=[article])
        library.save(edition)
        target = export_package(library, edition, folder / "bron.zip")
    return gf.read_zip(Path(target).read_bytes())


def _package_photo_hashes(members: dict[str, bytes]) -> list[str]:
    return [hashlib.sha256(members[name]).hexdigest() for name in _photo_members(members)]


def _state(library: Any) -> list[Any]:
    """Every document, in the archive and in the trash."""
    summaries = library.list_documents() + library.list_documents(deleted=True)
    return [(s.id, s.title, s.modified) for s in summaries]


def test_the_untouched_export_imports(source_package: dict[str, bytes], library, tmp_path):
    """Control case: the package the bad ones are made from imports fine."""
    import_file = need("vnhg_desk.exchange", "import_file")
    document = import_file(library, _zip(source_package, tmp_path))
    assert document.id is not None and len(document.content[0].photos) == 2
    for photo_hash in _package_photo_hashes(source_package):
        assert library.has_photo(photo_hash)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_package_is_refused_and_nothing_imported(
    name: str, source_package: dict[str, bytes], library: Any, tmp_path: Path
) -> None:
    import_file = need("vnhg_desk.exchange", "import_file")
    folder = tmp_path / "in"
    folder.mkdir()
    path = CASES[name](source_package, folder)
    before = _state(library)
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    with deadline(60, f"importing {name}"), pytest.raises(ExchangeError) as caught:
        import_file(library, path)
    message = user_error_message(caught.value)
    assert len(message) < 600, "message too long to read"
    assert _state(library) == before, "something was imported"
    for photo_hash in _package_photo_hashes(source_package):
        assert not library.has_photo(photo_hash), "a photo of the refused package stayed"
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    assert not Path("/tmp/vnhg-hostile-absoluut.txt").exists()
    if name == "wrong-type-headline":
        assert "headline" in message
    if name == "impossible-date":
        assert "date" in message


@pytest.mark.parametrize("name", CLI_CASES)
def test_bad_package_through_the_command(
    name: str, source_package: dict[str, bytes], tmp_path: Path
) -> None:
    library_path = tmp_path / "doel.vnhg-desk"
    with need("vnhg_desk.store", "Library").open(library_path):
        pass
    folder = tmp_path / "in"
    folder.mkdir()
    path = CASES[name](source_package, folder)
    assert_cli_refused(run_cli("import", str(path), library=library_path))
    listing = run_cli("list", library=library_path)
    assert listing.returncode == 0 and "Wonen in de regio" not in listing.stdout


def _as_folder(package: dict[str, bytes], folder: Path) -> Path:
    """The package's members written out as a folder package."""
    for name, data in package.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def test_import_of_a_folder_with_a_photo_link_outside(
    source_package: dict[str, bytes], library: Any, tmp_path: Path
) -> None:
    """A folder package whose photo is a symlink to a file outside the folder."""
    import_file = need("vnhg_desk.exchange", "import_file")
    folder = _as_folder(source_package, tmp_path / "map")
    photo = next(p for p in folder.rglob("photos/*") if p.is_file())
    outside = tmp_path / "elders.jpg"
    outside.write_bytes(photo.read_bytes())
    photo.unlink()
    photo.symlink_to(outside)
    json_path = next(folder.rglob("document.json"))
    before = _state(library)
    with pytest.raises(ExchangeError) as caught:
        import_file(library, json_path.parent)
    user_error_message(caught.value)
    assert _state(library) == before


def test_photo_in_package_is_checked_like_an_import(library: Any, tmp_path: Path) -> None:
    """A package whose photo is a decompression bomb is refused as a whole."""
    from .gen_photos import png_declaring

    import_file = need("vnhg_desk.exchange", "import_file")
    export_package = need("vnhg_desk.exchange", "export_package")
    with need("vnhg_desk.store", "Library").open(tmp_path / "bron.vnhg-desk") as source:
        good = source.add_photo(oriented_jpeg(3), "goed.jpg")
        edition = Edition(content=[Article(headline="Bom", photos=[PhotoRef(good, "x")])])
        source.save(edition)
        members = gf.read_zip(
            Path(export_package(source, edition, tmp_path / "a.zip")).read_bytes()
        )
    bomb = png_declaring(30000, 30000, rows=50)
    digest = hashlib.sha256(bomb).hexdigest()

    def change(envelope: dict[str, Any]) -> None:
        entry = dict(envelope["photos"][0], hash=digest, file=f"photos/{digest}.png")
        entry.pop("size", None)
        envelope["photos"] = [entry]
        gf.first_article(envelope)["photos"][0]["photo_hash"] = digest

    changed = gf.read_zip(gf.with_json(members, change))
    changed = {k: v for k, v in changed.items() if "/photos/" not in "/" + k}
    changed[f"photos/{digest}.png"] = bomb
    before = _state(library)
    with pytest.raises(ExchangeError) as caught:
        import_file(library, _zip(changed, tmp_path))
    user_error_message(caught.value)
    assert _state(library) == before and not library.has_photo(digest)


def test_generated_bad_photo_really_is_text() -> None:
    """Guard for the half-import case: the fake photo is not decodable."""
    with pytest.raises(OSError):
        Image.open(io.BytesIO(b"Geen foto, wel een geldige SHA-256.\n"))
    assert json.loads(gf.deeply_nested_json(10))["version"] == 1


@pytest.mark.parametrize("kind", ["named-pipe", "link-to-dev-zero"])
def test_folder_package_whose_photo_is_not_a_file(
    kind: str, source_package: dict[str, bytes], library: Any, tmp_path: Path
) -> None:
    """A photo that is a FIFO (reading blocks forever) or a link to an endless device."""
    import os

    import_file = need("vnhg_desk.exchange", "import_file")
    folder = _as_folder(source_package, tmp_path / "map")
    photo = next(p for p in folder.rglob("photos/*") if p.is_file())
    photo.unlink()
    if kind == "named-pipe":
        os.mkfifo(photo)
    else:
        photo.symlink_to("/dev/zero")
    before = _state(library)
    with deadline(30, f"importing a folder with a {kind}"), pytest.raises(ExchangeError) as caught:
        import_file(library, next(folder.rglob("document.json")).parent)
    user_error_message(caught.value)
    assert _state(library) == before
