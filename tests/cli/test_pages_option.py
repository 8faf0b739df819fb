"""``vnhg-desk export ID -o X.pdf --pages N``: fits and stores the fit, or fails clearly."""

from __future__ import annotations

from pypdf import PdfReader

from tests.cli.test_cli import assert_clean_error, run
from vnhg_desk.demo.edition import DEMO_FIT
from vnhg_desk.model import PageFit
from vnhg_desk.store import Library


def test_pages_fits_the_demo_and_stores_the_fit(tmp_path):
    library = tmp_path / "lib.vnhg-desk"
    assert run("--library", str(library), "demo")[0] == 0
    target = tmp_path / "verslag.pdf"
    code, out, err = run(
        "--library", str(library), "export", "1", "-o", str(target), "--pages", "5"
    )
    assert code == 0, err
    assert "Passend gemaakt: 5 pagina's" in out
    assert len(PdfReader(target).pages) <= 5
    with Library.open(library) as opened:
        edition = opened.load(1)
    assert edition.page_target == 5 and edition.fit == PageFit()  # five pages need no fit
    code, out, err = run(
        "--library", str(library), "export", "1", "-o", str(target), "--pages", "4"
    )
    assert code == 0, err
    assert len(PdfReader(target).pages) == 4
    with Library.open(library) as opened:
        edition = opened.load(1)
    # The fit is stored: a plain export afterwards gives the same four pages.
    assert edition.page_target == 4 and edition.fit != PageFit()
    again = tmp_path / "opnieuw.pdf"
    assert run("--library", str(library), "export", "1", "-o", str(again))[0] == 0
    assert len(PdfReader(again).pages) == 4


def test_pages_that_cannot_be_reached_fail_with_how_much_must_go(tmp_path):
    library = tmp_path / "lib.vnhg-desk"
    assert run("--library", str(library), "demo")[0] == 0
    target = tmp_path / "verslag.pdf"
    code, out, err = run(
        "--library", str(library), "export", "1", "-o", str(target), "--pages", "2"
    )
    assert code == 4
    assert_clean_error(code, out, err, "Past niet op 2 pagina's", "moet nog", "woorden")
    assert not target.exists()
    with Library.open(library) as opened:
        assert opened.load(1).fit == DEMO_FIT  # nothing stored when it failed


def test_pages_checks_its_input(tmp_path):
    library = tmp_path / "lib.vnhg-desk"
    assert run("--library", str(library), "demo")[0] == 0
    args = ("--library", str(library), "export")
    code, out, err = run(
        *args, "1", "-o", str(tmp_path / "x.pdf"), "--pages", "6", "--variant", "print"
    )
    assert_clean_error(code, out, err, "viervoud")
    code, out, err = run(*args, "2", "-o", str(tmp_path / "x.pdf"), "--pages", "1")
    assert_clean_error(code, out, err, "uitnodiging")
    code, out, err = run(*args, "1", "-o", str(tmp_path / "x.docx"), "--pages", "4")
    assert_clean_error(code, out, err, "PDF")
    code, out, err = run(*args, "1", "-o", str(tmp_path / "x.pdf"), "--pages", "nul")
    assert code == 2 and "aantal pagina's" in err
