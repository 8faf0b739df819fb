"""The real ``python -m vnhg_desk`` command in a subprocess: results, and clean errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from vnhg_desk import __version__


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    """Run the command; returns (exit code, stdout, stderr)."""
    result = subprocess.run(
        [sys.executable, "-m", "vnhg_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )
    return result.returncode, result.stdout, result.stderr


def assert_clean_error(code: int, out: str, err: str, *words: str) -> None:
    """Non-zero exit, exactly one line on stderr, Dutch words in it, no traceback."""
    assert code != 0
    assert "Traceback" not in err and "Traceback" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("vnhg-desk")
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="module")
def demo_library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "bibliotheek.vnhg-desk"
    code, out, err = run("--library", str(path), "demo")
    assert code == 0, err
    assert out.strip() == "Demo toegevoegd: verslag 1, uitnodiging 2."
    return path


def test_version():
    code, out, _ = run("--version")
    assert (code, out.strip()) == (0, f"vnhg-desk {__version__}")


def test_list(demo_library):
    code, out, err = run("--library", str(demo_library), "list")
    assert code == 0, err
    assert out.splitlines() == [
        "2\tuitnodiging\t2026-11-20\tSave the date",
        "1\tverslag\t2026-09-25\tVerslag ledenvergadering",
    ]


def test_library_option_after_the_subcommand(demo_library):
    code, out, _ = run("list", "--library", str(demo_library))
    assert code == 0 and len(out.splitlines()) == 2


def test_environment_variable_chooses_the_library(demo_library):
    code, out, _ = run("list", env={"VNHG_DESK_LIBRARY": str(demo_library)})
    assert code == 0 and "Verslag ledenvergadering" in out


@pytest.mark.parametrize(
    ("query", "found"),
    [("cooperatie", "*coöperatie*"), ("Sahin", "*Şahin*"), ("financiën", "*Financiën*")],
)
def test_search_ignores_diacritics(demo_library, query, found):
    code, out, err = run("--library", str(demo_library), "search", query)
    assert code == 0, err
    lines = out.splitlines()
    assert lines and all(line.split("\t")[0] in ("1", "2") for line in lines)
    assert any(found.lower() in line.lower() for line in lines), out


def test_search_without_matches(demo_library):
    code, out, _ = run("--library", str(demo_library), "search", "xylofoonorkest")
    assert code == 0 and out.strip() == "Niets gevonden voor “xylofoonorkest”."


@pytest.mark.parametrize("name", ["verslag.zip", "verslag.json", "verslag.vnhg", "map/"])
def test_export_and_import_round_trip(tmp_path, demo_library, name):
    target = f"{tmp_path}/{name}"  # keeps the trailing "/" that asks for a folder
    code, out, err = run("--library", str(demo_library), "export", "1", "-o", target)
    assert code == 0, err
    assert out.startswith("Opgeslagen in ")
    fresh = tmp_path / "nieuw.vnhg-desk"
    code, out, err = run("--library", str(fresh), "import", target)
    assert code == 0, err
    assert out.strip() == "Geïmporteerd als document 1: Verslag ledenvergadering."
    code, out, _ = run("--library", str(fresh), "list")
    assert out.splitlines() == ["1\tverslag\t2026-09-25\tVerslag ledenvergadering"]


def test_exported_zip_holds_document_and_photos(tmp_path, demo_library):
    target = tmp_path / "verslag.zip"
    assert run("--library", str(demo_library), "export", "1", "-o", str(target))[0] == 0
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("document.json"))
        names = archive.namelist()
    assert data["document"]["title"] == "Verslag ledenvergadering"
    assert len([n for n in names if n.startswith("photos/")]) == 4


def test_export_pdf(tmp_path, demo_library):
    target = tmp_path / "verslag.pdf"
    code, _, err = run("--library", str(demo_library), "export", "1", "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "99", "-o", "x.json"], ["geen document met nummer 99"]),
        (["export", "1", "-o", "x.txt"], ["Onbekend formaat .txt", ".pdf", ".docx", ".zip"]),
        (["export", "x", "-o", "x.json"], ["documentnummer moet een getal zijn"]),
        (["export", "1"], ["ontbreekt", "-o"]),
        (["export", "1", "-o", "x.pdf", "--variant", "poster"], ["ongeldige keuze"]),
        (["import", "bestaat-niet.zip"], ["bestaat niet"]),
        (["opruimen"], ["ongeldige keuze", "'opruimen'"]),
    ],
)
def test_errors_are_one_dutch_line(tmp_path, demo_library, args, words):
    code, out, err = run("--library", str(demo_library), *args)
    assert_clean_error(code, out, err, *words)


def test_export_into_a_missing_folder(tmp_path, demo_library):
    target = tmp_path / "niet" / "er" / "verslag.zip"
    code, out, err = run("--library", str(demo_library), "export", "1", "-o", str(target))
    assert_clean_error(code, out, err, "bestaat niet")


def test_import_of_a_broken_file(tmp_path, demo_library):
    broken = tmp_path / "kapot.zip"
    broken.write_bytes(b"PK\x03\x04 niets")
    code, out, err = run("--library", str(demo_library), "import", str(broken))
    assert_clean_error(code, out, err, "geen geldig zip-bestand")
    bad_json = tmp_path / "fout.json"
    bad_json.write_text(
        '{"format": "vnhg-desk-document", "version": 1, '
        '"document": {"kind": "report", "content": [{"type": "article", "headline": 5}]}}',
        encoding="utf-8",
    )
    code, out, err = run("--library", str(demo_library), "import", str(bad_json))
    assert_clean_error(code, out, err, "document.content[0].headline: tekst verwacht")


def test_a_file_that_is_not_a_library(tmp_path):
    not_ours = tmp_path / "boodschappen.txt"
    not_ours.write_text("melk, brood, kaas\n" * 200, encoding="utf-8")
    before = not_ours.read_bytes()
    code, out, err = run("--library", str(not_ours), "list")
    assert_clean_error(code, out, err)
    assert not_ours.read_bytes() == before


def test_list_does_not_load_writers_or_qt(demo_library):
    code = (
        "import sys\n"
        "from vnhg_desk.cli.main import main\n"
        f"assert main(['--library', {str(demo_library)!r}, 'list']) == 0\n"
        "heavy = ('reportlab', 'docx', 'PySide6', 'vnhg_desk.exchange', 'vnhg_desk.export',\n"
        "         'sqlite_utils')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_list_of_an_empty_library(tmp_path):
    from vnhg_desk.store import Library

    Library.open(tmp_path / "leeg.vnhg-desk").close()
    code, out, err = run("--library", str(tmp_path / "leeg.vnhg-desk"), "list")
    assert (code, out) == (0, "")
    assert "vnhg-desk demo" in err


def test_reading_commands_do_not_create_a_library(tmp_path):
    missing = tmp_path / "nieuw" / "bieb.vnhg-desk"
    for args in (["list"], ["search", "geld"], ["export", "1", "-o", str(tmp_path / "x.zip")]):
        code, out, err = run("--library", str(missing), *args)
        assert_clean_error(code, out, err, "bestaat niet")
    assert not missing.parent.exists()


def test_import_of_a_word_file(tmp_path, demo_library):
    word = tmp_path / "verslag.docx"
    assert run("--library", str(demo_library), "export", "1", "-o", str(word))[0] == 0
    fresh = tmp_path / "uit-word.vnhg-desk"
    code, out, err = run("--library", str(fresh), "import", str(word))
    assert code == 0, err
    assert out.startswith("Geïmporteerd als document 1: ")
    code, out, _ = run("--library", str(fresh), "search", "opschalingskorting")
    assert code == 0 and out.startswith("1\t")


def test_installed_command_is_the_same_program():
    import shutil

    command = shutil.which("vnhg-desk")
    if command is None:
        pytest.skip("vnhg-desk is not installed as a command here")
    result = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"vnhg-desk {__version__}"


def test_export_pdf_names_characters_it_leaves_out(tmp_path):
    from vnhg_desk.model import Invitation
    from vnhg_desk.store import Library

    path = tmp_path / "emoji.vnhg-desk"
    with Library.open(path) as library:
        library.save(Invitation(theme="Feest \U0001f389 in Hoorn", place="Hoorn"))
    target = tmp_path / "uitnodiging.pdf"
    code, out, err = run("--library", str(path), "export", "1", "-o", str(target))
    assert code == 0, err
    assert "Weggelaten in de PDF (geen lettertype): \U0001f389 (U+1F389)." in out
    assert out.splitlines()[-1] == f"Opgeslagen in {target}"
    assert "Tekens zonder lettertype" not in err  # said once, on stdout, not as a log line
