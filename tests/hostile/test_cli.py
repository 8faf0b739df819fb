"""The real command with hostile input: misuse gives one Dutch line and a non-zero exit;
hostile text and queries work (exit 0) and never run code or print a traceback."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from .gen_texts import cve_2023_33733, edition_with
from .helpers import (
    assert_cli_refused,
    assert_dutch_line,
    need,
    open_library,
    pdf_text,
    run_cli,
)

PWNED = Path(tempfile.gettempdir()) / f"vnhg-hostile-cli-pwned-{os.getpid()}"


@pytest.fixture(scope="module")
def hostile_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A library holding one edition with the CVE payload and markup in every field."""
    need("vnhg_desk.store", "Library")
    path = tmp_path_factory.mktemp("cli") / "bibliotheek.vnhg-desk"
    text = cve_2023_33733(PWNED) + ' <b>vet</b> & <img src="x"/> Kılıç'
    edition = edition_with(text, everywhere=True)
    edition.date = date(2026, 9, 18)
    with open_library(path) as library:
        library.save(edition)
    return path, edition.id


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".zip", ".eml"])
def test_hostile_edition_exports_through_the_command(
    suffix: str, hostile_library: tuple[Path, int], tmp_path: Path
) -> None:
    path, doc_id = hostile_library
    PWNED.unlink(missing_ok=True)
    target = tmp_path / f"verslag{suffix}"
    result = run_cli("export", str(doc_id), "-o", str(target), library=path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert target.stat().st_size > 0
    assert not PWNED.exists(), "the CVE-2023-33733 payload was executed"
    if suffix == ".pdf":
        assert "<b>vet</b>" in pdf_text(target)


HOSTILE_QUERIES = {
    "unbalanced-quote": '"a OR',
    "near-operator": "NEAR(begroting",
    "column-filter": "heading: begroting",
    "star-only": "*",
    "boolean-words": "AND OR NOT",
    "minus-and-caret": "-begroting ^kop",
    "sql-injection": "'; DROP TABLE documents; --",
    "markers-and-controls": "\ue000\ue001\x1b[31m",
    "very-long": "gemeente " * 200,
    "diacritics": "coöperatie Kılıç",
}


@pytest.mark.parametrize("query", list(HOSTILE_QUERIES.values()), ids=list(HOSTILE_QUERIES))
def test_hostile_search_query(query: str, hostile_library: tuple[Path, int]) -> None:
    path, _doc_id = hostile_library
    result = run_cli("search", query, library=path, timeout=60)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    if result.returncode:
        assert_dutch_line(result.stderr.strip())
    listing = run_cli("list", library=path)
    assert listing.returncode == 0 and listing.stdout.strip(), "the library was damaged"


MISUSE = {
    "id-not-a-number": ("export", "abc", "-o", "x.pdf"),
    "negative-id": ("export", "-5", "-o", "x.pdf"),
    "unknown-id": ("export", "424242", "-o", "{tmp}/x.pdf"),
    "no-output": ("export", "1"),
    "bad-variant": ("export", "1", "-o", "{tmp}/x.pdf", "--variant", "a3"),
    "unknown-suffix": ("export", "1", "-o", "{tmp}/x.exe"),
    "output-is-a-folder-file": ("export", "1", "-o", "{tmp}/bestaand.pdf/x.pdf"),
    "unknown-command": ("formatteer",),
    "import-missing-file": ("import", "{tmp}/bestaat-niet.zip"),
    "import-a-folder-without-json": ("import", "{tmp}"),
    "import-a-word-lock-file": ("import", "{tmp}/~$verslag.docx"),
    "search-without-text": ("search",),
}


@pytest.mark.parametrize("args", list(MISUSE.values()), ids=list(MISUSE))
def test_misuse_gives_one_dutch_line(
    args: tuple[str, ...], hostile_library: tuple[Path, int], tmp_path: Path
) -> None:
    path, _doc_id = hostile_library
    (tmp_path / "bestaand.pdf").write_bytes(b"%PDF")
    (tmp_path / "~$verslag.docx").write_bytes(b"\x00" * 162)
    result = run_cli(*(arg.format(tmp=tmp_path) for arg in args), library=path)
    assert_cli_refused(result)


def test_library_option_pointing_at_the_wrong_things(tmp_path: Path) -> Any:
    need("vnhg_desk.store", "Library")
    for library in (tmp_path, Path("/dev/null"), tmp_path / "geen-map" / "x" / ".."):
        assert_cli_refused(run_cli("list", library=library))
