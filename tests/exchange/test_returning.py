"""An edition taken along as a package and brought back: on both engines, matched with its
document by origin, updated when unchanged since, a conflict the user decides otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnhg_desk.cli.main import main
from vnhg_desk.errors import ExchangeError, ReturnConflictError
from vnhg_desk.exchange import export_package, import_file
from vnhg_desk.exchange.returning import (
    BEFORE_RETURN,
    BOTH_SUFFIX,
    KEEP_BOTH,
    KEEP_THEIRS,
    NOT_TAKEN,
    TAKE_MINE,
    fingerprint,
)
from vnhg_desk.model import Article, Edition
from vnhg_desk.store import Library


@pytest.fixture(params=["sqlite", "postgresql"])
def lib(request, tmp_path):
    if request.param == "postgresql":
        target: str | Path = request.getfixturevalue("postgres_url")
    else:
        target = tmp_path / "bibliotheek.vnhg-desk"
    with Library.open(target) as library:
        yield library


@pytest.fixture
def taken(lib, tmp_path):
    """A stored edition and the package it was taken along in, edited on the laptop."""
    doc = Edition(title="Verslag ALV", content=[Article(headline="Begroting", body="Eerst.")])
    lib.save(doc)
    lib.save(doc)  # revision 2: taken at a revision other than the first
    package = tmp_path / "meegenomen.vnhg"
    export_package(lib, doc, package)
    _edit_package(package, "Op de laptop geschreven.")
    return doc, package


def _edit_package(package: Path, body: str, origin_id: int | None = None) -> None:
    """Change the package as an editor on the laptop would (export of an edited copy);
    ``origin_id`` makes it claim another document number."""
    import zipfile

    with zipfile.ZipFile(package) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["document.json"])
    data["document"]["content"][0]["body"] = body
    if origin_id is not None:
        data["origin"]["document"] = origin_id
    members["document.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(package, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def _someone_else_saves(lib, doc_id: int, body: str) -> Edition:
    other = lib.load(doc_id)
    other.articles[0].body = body
    lib.save(other)
    return other


def _state(lib) -> tuple:
    """Everything a refused import must leave as it was."""
    docs = lib.list_documents() + lib.list_documents(deleted=True)
    return (
        [(s.id, s.title) for s in docs],
        [(d.id, lib.load(d.id).revision, lib.load(d.id).articles[0].body) for d in docs],
        [len(lib.revisions(d.id)) for d in docs],
    )


def test_the_package_records_where_it_was_taken_from(lib, taken):
    doc, package = taken
    import zipfile

    with zipfile.ZipFile(package) as archive:
        origin = json.loads(archive.read("document.json"))["origin"]
    assert origin["library"] == lib.library_identity() and len(origin["library"]) == 32
    assert (origin["document"], origin["revision"]) == (doc.id, 2)
    assert origin["fingerprint"] == fingerprint(lib.load(doc.id))


def test_unchanged_since_the_package_becomes_the_next_revision(lib, taken):
    doc, package = taken
    outcome: list[str] = []
    back = import_file(lib, package, outcome=outcome)
    assert back.id == doc.id and back.revision == 3
    assert [s.id for s in lib.list_documents()] == [doc.id]  # no second document
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."
    (kept,) = lib.revisions(doc.id)
    assert kept.reason == BEFORE_RETURN
    assert lib.load_revision(kept.id).articles[0].body == "Eerst."
    assert outcome[0].startswith("Bijgewerkt: ‘Verslag ALV’")
    assert lib.search("laptop")[0].doc_id == doc.id


def test_changed_since_is_a_conflict_and_nothing_is_written(lib, taken):
    doc, package = taken
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    before = _state(lib)
    with pytest.raises(ReturnConflictError) as raised:
        import_file(lib, package)
    assert "toen versie 2, nu versie 3" in str(raised.value)
    assert raised.value.exit_code == 5
    assert _state(lib) == before
    assert lib.load(doc.id).articles[0].body == "Intussen op kantoor."


def test_keep_both_adds_the_brought_back_version_beside_the_other(lib, taken):
    doc, package = taken
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    copy = import_file(lib, package, on_conflict=KEEP_BOTH)
    assert copy.id != doc.id and copy.title == "Verslag ALV" + BOTH_SUFFIX
    assert lib.load(copy.id).articles[0].body == "Op de laptop geschreven."
    assert lib.load(doc.id).articles[0].body == "Intussen op kantoor."


def test_take_mine_keeps_the_other_version_in_the_history(lib, taken):
    doc, package = taken
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    mine = import_file(lib, package, on_conflict=TAKE_MINE)
    assert mine.id == doc.id and mine.revision == 4
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."
    history = [lib.load_revision(r.id).articles[0].body for r in lib.revisions(doc.id)]
    assert "Intussen op kantoor." in history
    assert len(lib.list_documents()) == 1


def test_keep_theirs_leaves_the_library_and_keeps_mine_in_the_history(lib, taken):
    doc, package = taken
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    theirs = import_file(lib, package, on_conflict=KEEP_THEIRS)
    assert theirs.id == doc.id and lib.load(doc.id).revision == 3
    assert lib.load(doc.id).articles[0].body == "Intussen op kantoor."
    (kept,) = lib.revisions(doc.id)
    assert kept.reason == NOT_TAKEN
    assert lib.load_revision(kept.id).articles[0].body == "Op de laptop geschreven."


def test_a_document_put_in_the_trash_meanwhile_is_a_conflict_too(lib, taken):
    doc, package = taken
    lib.delete(doc.id)
    with pytest.raises(ReturnConflictError, match="prullenbak"):
        import_file(lib, package)
    import_file(lib, package, on_conflict=TAKE_MINE)
    assert [s.id for s in lib.list_documents()] == [doc.id]
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."


def test_a_package_from_another_library_or_without_origin_is_a_new_document(lib, taken, tmp_path):
    doc, package = taken
    with Library.open(tmp_path / "elders.vnhg-desk") as elsewhere:
        copy = import_file(elsewhere, package)
        assert copy.id == 1 and elsewhere.load(1).articles[0].body == "Op de laptop geschreven."
    old = tmp_path / "oud.json"  # as written before the origin existed
    export_package(lib, doc, old)
    data = json.loads(old.read_text())
    del data["origin"]
    old.write_text(json.dumps(data))
    assert import_file(lib, old).id != doc.id


def test_a_document_purged_meanwhile_comes_back_as_a_new_one(lib, taken):
    doc, package = taken
    lib.purge(doc.id)
    back = import_file(lib, package)
    assert [s.id for s in lib.list_documents()] == [back.id]
    assert lib.load(back.id).articles[0].body == "Op de laptop geschreven."


def test_another_document_under_the_same_number_is_never_taken_for_it(lib, taken):
    """SQLite may give a purged document's number to the next one (and a copied library
    may go its own way): same number and revision, other contents is a conflict."""
    doc, package = taken
    lib.purge(doc.id)
    stranger = Edition(title="Ander verslag", content=[Article(headline="X", body="Vreemd.")])
    lib.save(stranger)
    lib.save(stranger)
    _edit_package(package, "Op de laptop geschreven.", origin_id=stranger.id)
    with pytest.raises(ReturnConflictError, match="niet meer wat er werd meegenomen"):
        import_file(lib, package)
    assert lib.load(stranger.id).articles[0].body == "Vreemd."


def test_a_damaged_origin_is_refused_with_its_place(lib, taken, tmp_path):
    doc, _ = taken
    target = tmp_path / "fout.json"
    export_package(lib, doc, target)
    data = json.loads(target.read_text())
    data["origin"]["library"] = "../../etc"
    target.write_text(json.dumps(data))
    with pytest.raises(ExchangeError, match=r"origin\.library"):
        import_file(lib, target)


def test_a_package_comes_back_to_its_library_moved_to_the_server(tmp_path, postgres_url):
    from vnhg_desk.store.copying import copy_library

    package = tmp_path / "meegenomen.vnhg"
    with Library.open(tmp_path / "laptop.vnhg-desk") as source:
        doc = Edition(title="Verslag", content=[Article(headline="Kop", body="Eerst.")])
        source.save(doc)
        export_package(source, doc, package)
        with Library.open(postgres_url) as server:
            copy_library(source, server)
    _edit_package(package, "Terug op de server.")
    with Library.open(postgres_url) as server:
        back = import_file(server, package)
        assert (back.id, back.revision) == (doc.id, 2)
        assert server.load(doc.id).articles[0].body == "Terug op de server."


def test_command_line_exits_5_on_a_conflict_and_imports_with_a_choice(lib, taken, capsys):
    doc, package = taken
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    address = lib.address
    assert main(["--library", address, "import", str(package)]) == 5
    err = capsys.readouterr().err
    assert "--bij-conflict" in err and "Traceback" not in err and "niets geïmporteerd" in err
    assert lib.load(doc.id).articles[0].body == "Intussen op kantoor."
    assert main(["--library", address, "import", str(package), "--bij-conflict", "mijn"]) == 0
    assert "overgenomen" in capsys.readouterr().out
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."


def test_edited_in_a_laptop_library_it_comes_back_to_the_shared_document(lib, tmp_path):
    """Taken along: imported into the laptop's own library, edited there, exported from
    there and imported back into the shared library (either engine)."""
    doc = Edition(title="Verslag ALV", content=[Article(headline="Kop", body="Eerst.")])
    lib.save(doc)
    outward, homeward = tmp_path / "mee.vnhg", tmp_path / "terug.vnhg"
    export_package(lib, doc, outward)
    with Library.open(tmp_path / "laptop.vnhg-desk") as laptop:
        there = import_file(laptop, outward)
        assert there.taken_from is not None and there.taken_from["document"] == doc.id
        there.articles[0].body = "Op de laptop geschreven."
        laptop.save(there)
        laptop.save(there)  # the laptop's own revisions do not matter at home
        export_package(laptop, laptop.load(there.id), homeward)
        laptop_identity = laptop.library_identity()
    import zipfile

    with zipfile.ZipFile(homeward) as archive:
        envelope = json.loads(archive.read("document.json"))
    assert envelope["origin"]["library"] == laptop_identity
    assert envelope["taken_from"]["library"] == lib.library_identity()
    back = import_file(lib, homeward)
    assert (back.id, back.revision) == (doc.id, 2)
    assert [s.id for s in lib.list_documents()] == [doc.id]
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."
    assert lib.load(doc.id).taken_from is None  # at home it was taken from nowhere


def test_changed_at_home_while_on_the_laptop_is_a_conflict(lib, tmp_path):
    doc = Edition(title="Verslag ALV", content=[Article(headline="Kop", body="Eerst.")])
    lib.save(doc)
    outward, homeward = tmp_path / "mee.vnhg", tmp_path / "terug.vnhg"
    export_package(lib, doc, outward)
    with Library.open(tmp_path / "laptop.vnhg-desk") as laptop:
        there = import_file(laptop, outward)
        there.articles[0].body = "Op de laptop geschreven."
        laptop.save(there)
        export_package(laptop, there, homeward)
    _someone_else_saves(lib, doc.id, "Intussen op kantoor.")
    with pytest.raises(ReturnConflictError):
        import_file(lib, homeward)
    import_file(lib, homeward, on_conflict=TAKE_MINE)
    assert lib.load(doc.id).articles[0].body == "Op de laptop geschreven."
