"""Hostile library files: refused with a clear Dutch message, byte-for-byte untouched, no code run.

Every bad file starts from a real library made by the program, changed in one way
(see gen_files.LIBRARY_CASES). Side files (-journal, -wal, -shm) count as touching it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnhg_desk.errors import LibraryError
from vnhg_desk.model import Article, Edition

from .gen_files import LIBRARY_CASES, fingerprint
from .helpers import (
    REPO,
    assert_cli_refused,
    deadline,
    need,
    open_library,
    run_cli,
    unprivileged_prefix,
    user_error_message,
)

#: Damage the open-time probe cannot see (a full check at every open would cost too much
#: time) may only show when that part is read: such cases get the test further below.
#: A damaged table root page (corrupt-page) is refused at open since the probe reads
#: each table's own b-tree.
DETECTED_ON_USE = ("damaged-deep-page",)
CASES = [pytest.param(name, id=name) for name in LIBRARY_CASES if name not in DETECTED_ON_USE]


#: Long enough that the edition spills onto overflow pages (for the deep-damage case).
_LONG_BODY = "\n\n".join(f"Alinea {i} over de begroting van de gemeenten." * 8 for i in range(40))


@pytest.fixture(scope="module")
def valid_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real library with one edition and one photo, closed (one complete file)."""
    need("vnhg_desk.store", "Library")
    from .gen_photos import oriented_jpeg

    path = tmp_path_factory.mktemp("valid") / "goed.vnhg-desk"
    with open_library(path) as library:
        photo = library.add_photo(oriented_jpeg(6), "foto.jpg")
        edition = Edition(
            title="Verslag ledenvergadering",
            date=date(2026, 9, 18),
            place="Alkmaar",
            content=[Article(kicker="VERSLAG", headline="Begroting", body=_LONG_BODY)],
        )
        from vnhg_desk.model import PhotoRef

        edition.content[0].photos.append(PhotoRef(photo, "Bijschrift"))
        library.save(edition)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "side files left"
    return path


def _bad_file(name: str, valid: Path, tmp_path: Path) -> Path:
    path = tmp_path / "geval.vnhg-desk"
    LIBRARY_CASES[name](path, valid)
    return path


@pytest.mark.parametrize("name", CASES)
def test_bad_library_file_is_refused_untouched(name: str, valid_library: Path, tmp_path: Path):
    path = _bad_file(name, valid_library, tmp_path)
    before = fingerprint(path)
    with deadline(30, f"opening {name}"), pytest.raises(LibraryError) as caught:
        open_library(path).close()
    user_error_message(caught.value)
    assert fingerprint(path) == before, "the refused file (or its side files) changed"
    if name == "extra-triggers":
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as check:
            assert check.execute("SELECT count(*) FROM stolen").fetchone() == (0,)


@pytest.mark.parametrize("name", CASES)
def test_bad_library_file_through_the_command(name: str, valid_library: Path, tmp_path: Path):
    path = _bad_file(name, valid_library, tmp_path)
    before = fingerprint(path)
    assert_cli_refused(run_cli("list", library=path))
    assert fingerprint(path) == before


@pytest.mark.parametrize("name", DETECTED_ON_USE)
def test_damaged_page_gives_clear_messages_on_use(
    name: str, valid_library: Path, tmp_path: Path
) -> None:
    """Refused at open, or opened with every read of damaged data a LibraryError."""
    path = _bad_file(name, valid_library, tmp_path)
    before = fingerprint(path)
    try:
        library = open_library(path)
    except LibraryError as error:
        user_error_message(error)
    else:
        with library:
            outcomes = []
            for action in (
                library.list_documents,
                lambda: [library.load(s.id) for s in library.list_documents()],
                lambda: library.load(1),
                lambda: library.search("begroting"),
            ):
                try:
                    action()
                    outcomes.append("ok")
                except LibraryError as error:
                    user_error_message(error)
                    outcomes.append("refused")
            assert "refused" in outcomes, "the damage went unnoticed"
    assert fingerprint(path) == before


def test_valid_library_opens(valid_library: Path, tmp_path: Path) -> None:
    """The control case: the file the bad ones are made from opens fine."""
    copy = tmp_path / "kopie.vnhg-desk"
    copy.write_bytes(valid_library.read_bytes())
    with open_library(copy) as library:
        assert len(library.list_documents()) == 1


# --- permissions: a read-only file, a read-only folder ----------------------------------

_PROBE = """
import sys
from vnhg_desk.errors import UserError
from vnhg_desk.store import Library
try:
    Library.open(sys.argv[1]).close()
except UserError as error:
    print("REFUSED", error)
else:
    print("OPENED")
"""


def _open_unprivileged(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*unprivileged_prefix(), sys.executable, "-c", _PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )


@pytest.mark.parametrize("where", ["read-only-file", "read-only-folder"])
def test_read_only_library_is_refused_untouched(where: str, valid_library: Path, tmp_path: Path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "bibliotheek.vnhg-desk"
    path.write_bytes(valid_library.read_bytes())
    if where == "read-only-file":
        path.chmod(0o444)
    else:
        folder.chmod(0o555)
    try:
        before = fingerprint(path)
        result = _open_unprivileged(path)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.stdout.startswith("REFUSED"), result.stdout + result.stderr
        assert fingerprint(path) == before
        assert [p.name for p in folder.iterdir()] == [path.name]
        cli = run_cli("list", library=path, unprivileged=True)
        assert_cli_refused(cli)
        assert fingerprint(path) == before
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


# --- a file locked by another process ------------------------------------------------------

_HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(120)
"""


def test_locked_library_is_refused_untouched(valid_library: Path, tmp_path: Path) -> None:
    path = tmp_path / "vergrendeld.vnhg-desk"
    path.write_bytes(valid_library.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = fingerprint(path)
        start = time.monotonic()
        with deadline(60, "opening a locked library"), pytest.raises(LibraryError) as caught:
            open_library(path).close()
        message = user_error_message(caught.value)
        assert "in gebruik" in message
        assert time.monotonic() - start < 30, "waited far too long for the lock"
        assert fingerprint(path) == before
        assert_cli_refused(run_cli("list", library=path))
        assert fingerprint(path) == before
    finally:
        holder.kill()
        holder.wait()
    with open_library(path) as library:  # once the other program is gone, all is well
        assert len(library.list_documents()) == 1


def test_no_code_runs_from_a_hostile_schema(valid_library: Path, tmp_path: Path) -> Any:
    """Even a trigger that only fires on reads of the documents we do is never executed:
    after the refusal the trigger's table is still empty (checked read-only)."""
    path = _bad_file("extra-triggers", valid_library, tmp_path)
    with pytest.raises(LibraryError):
        open_library(path).close()
    run_cli("list", library=path)
    run_cli("search", "begroting", library=path)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as check:
        assert check.execute("SELECT count(*) FROM stolen").fetchone() == (0,)
