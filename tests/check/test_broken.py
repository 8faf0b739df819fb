"""``vnhg-desk check`` end to end: the demo edition has nothing blocking; an edition broken
in every way the check knows shows each finding exactly once, and the command exits 1."""

from __future__ import annotations

import pytest

from tests.check.documents import broken_cover, broken_edition, broken_style
from vnhg_desk.check import CODES, check_document
from vnhg_desk.cli.main import main
from vnhg_desk.demo import add_demo
from vnhg_desk.store import Library


@pytest.fixture
def demo_library(tmp_path):
    path = tmp_path / "demo.vnhg-desk"
    with Library.open(path) as library:
        edition_id, invitation_id = add_demo(library)
    return path, edition_id, invitation_id


@pytest.fixture
def broken_library(tmp_path):
    path = tmp_path / "kapot.vnhg-desk"
    with Library.open(path) as library:
        edition = broken_edition(lambda data: library.add_photo(data, "foto.jpg"))
        library.save(edition)
        library.save_house_style(broken_style())
        library.save_cover_email(broken_cover())
    return path, edition.id


def test_demo_edition_has_nothing_blocking(demo_library, capsys):
    path, edition_id, invitation_id = demo_library
    for doc_id in (edition_id, invitation_id):
        assert main(["--library", str(path), "check", str(doc_id)]) == 0
        out = capsys.readouterr().out
        assert "blokkerend" not in out
        for line in out.splitlines():  # one line per finding: severity, code, place, text
            severity, code, _place, message = line.split("\t")
            assert severity == "waarschuwing" and code in CODES and message


def test_broken_edition_shows_every_finding_exactly_once(broken_library, capsys):
    path, edition_id = broken_library
    assert main(["--library", str(path), "check", str(edition_id)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    codes = sorted(line.split("\t")[1] for line in lines)
    assert codes == sorted(CODES)
    assert "blokkerend" in captured.err
    blocking = [line for line in lines if line.startswith("blokkerend\t")]
    assert lines[: len(blocking)] == blocking  # blocking findings come first
    assert {line.split("\t")[1] for line in blocking} == {
        code for code, (severity, _text) in CODES.items() if severity.value == "blokkerend"
    }


def test_every_finding_points_at_a_place(broken_library):
    path, edition_id = broken_library
    with Library.open(path) as library:
        edition = library.load(edition_id)
        findings = check_document(library, edition_id)
    uids = {item.uid for item in edition.content}
    items = {p.uid for a in edition.articles for p in a.photos}
    for found in findings:
        place = found.place
        assert place.field and place.label
        assert place.part is None or place.part in uids
        assert place.item is None or place.item in items
        assert place.area in ("document", "cover-email", "house-style")


def test_check_of_unknown_document_is_one_dutch_line(demo_library, capsys):
    path, _edition, _invitation = demo_library
    assert main(["--library", str(path), "check", "99"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vnhg-desk: ") and len(err.strip().splitlines()) == 1


def test_docs_list_every_code_with_its_severity():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text("utf-8")
    rows = {
        line.split("|")[1].strip(" `"): line.split("|")[2].strip()
        for line in text.splitlines()
        if line.startswith("| `")
    }
    assert rows == {code: severity.value for code, (severity, _text) in CODES.items()}
