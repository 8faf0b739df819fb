"""Hostile export targets: a clear Dutch message, the library unchanged, no partial file.

Read-only folder (real permissions, through the command), a target that cannot be replaced
(``os.replace`` raising PermissionError as Windows does for a file open in Word), a full
disk (``os.fsync`` raising ENOSPC, and a real tiny tmpfs where the machine allows mounting).
"""

from __future__ import annotations

import errno
import gc
import hashlib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnhg_desk.errors import ExportError
from vnhg_desk.model import Article, Edition, PhotoRef

from .gen_photos import oriented_jpeg
from .helpers import assert_cli_refused, need, open_library, run_cli, user_error_message

SUFFIXES = [".pdf", ".docx", ".zip", ".json", ".eml"]


def _edition(photo_hash: str) -> Edition:
    article = Article(
        kicker="VERSLAG",
        headline="Exporteren onder moeilijke omstandigheden",
        lead="De secretaris slaat het verslag op.",
        body="Eerste alinea.\n\n## Tussenkop\n\nTweede alinea met meer tekst.",
        photos=[PhotoRef(photo_hash, "Zaal", "Foto: redactie", "De zaal")],
    )
    return Edition(date=date(2026, 9, 18), place="Enkhuizen", content=[article])


@pytest.fixture
def stocked(tmp_path: Path) -> Any:
    """A library (path, edition id) with one edition and a photo, closed."""
    path = tmp_path / "bibliotheek.vnhg-desk"
    with open_library(path) as library:
        edition = _edition(library.add_photo(oriented_jpeg(6), "foto.jpg"))
        library.save(edition)
    return path, edition.id


def _history(library: Any, doc_id: int) -> tuple[Any, ...]:
    return (
        [(s.id, s.modified) for s in library.list_documents()],
        [r.id for r in library.revisions(doc_id)],
        [(r.kind, r.target) for r in library.export_log(doc_id)],
    )


def _content(path: Path) -> dict[str, list[Any]]:
    """Every row the user owns (documents, revisions, export log, photos, settings,
    people), read-only; the cache of downsampled photos may grow and does not count."""
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND name NOT LIKE 'search_index%' AND name != 'renditions'"
            )
        ]
        content = {
            table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))  # noqa: S608
            for table in tables
        }
    connection.close()
    return content


def _listing(folder: Path) -> list[str]:
    """Everything in ``folder``, except complete photos named by their hash (a .json
    export writes its photos/ first; a photo left behind is whole, never partial)."""
    names = []
    for path in folder.rglob("*"):
        if path.parent.name == "photos" and path.is_file():
            if hashlib.sha256(path.read_bytes()).hexdigest() == path.stem:
                continue
        if path.name == "photos" and path.is_dir():
            continue
        names.append(str(path.relative_to(folder)))
    return sorted(names)


def _fail_on(monkeypatch: pytest.MonkeyPatch, name: str, error: OSError, target: Path) -> None:
    """os.replace fails only onto the final target (the file open in Word); os.fsync
    fails for every regular file (the disk is full for everyone)."""
    real = getattr(os, name)

    def failing(*args: Any, **kwargs: Any) -> Any:
        if name == "fsync" and not _is_regular(args[0]):
            return real(*args, **kwargs)  # folders: let it be
        if name == "replace" and Path(args[1]) != target:
            return real(*args, **kwargs)
        raise error

    monkeypatch.setattr(os, name, failing)


def _is_regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)


FAILURES = {
    "target-locked-replace-refused": (
        "replace",
        PermissionError(errno.EACCES, "Access is denied"),
        ("geopend", "vergrendeld"),
    ),
    "disk-full-on-flush": (
        "fsync",
        OSError(errno.ENOSPC, "No space left on device"),
        ("vol",),
    ),
    "quota-exceeded": (
        "fsync",
        OSError(getattr(errno, "EDQUOT", errno.ENOSPC), "Disk quota exceeded"),
        ("vol",),
    ),
    "io-error": ("fsync", OSError(errno.EIO, "Input/output error"), ("opgeslagen",)),
}


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("failure", list(FAILURES))
def test_failed_export_leaves_target_and_library_as_they_were(
    failure: str, suffix: str, stocked: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_document = need("vnhg_desk.export.dispatch", "export_document")
    path, doc_id = stocked
    out = tmp_path / "uit"
    out.mkdir()
    target = out / f"verslag{suffix}"
    target.write_bytes(b"de vorige versie")
    name, error, words = FAILURES[failure]
    with open_library(path) as library:
        before = _history(library, doc_id)
        listing = _listing(out)
        with monkeypatch.context() as patch:
            _fail_on(patch, name, error, target)
            with pytest.raises(ExportError) as caught:
                export_document(library, doc_id, target)
        message = user_error_message(caught.value)
        assert any(word in message for word in words), message
        assert ".tmp" not in message, "the message names a temporary file"
        assert target.read_bytes() == b"de vorige versie", "the old file was damaged"
        assert _listing(out) == listing, "a temporary or partial file was left behind"
        assert _history(library, doc_id) == before, "the library recorded a failed export"


def test_export_into_read_only_folder_through_the_command(stocked: Any, tmp_path: Path):
    path, doc_id = stocked
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    (folder / "bestaand.pdf").write_bytes(b"oud")
    folder.chmod(0o555)
    try:
        before = _content(path)
        for suffix in SUFFIXES:
            target = folder / f"verslag{suffix}"
            result = run_cli(
                "export", str(doc_id), "-o", str(target), library=path, unprivileged=True
            )
            assert_cli_refused(result)
            assert _listing(folder) == ["bestaand.pdf"]
        assert _content(path) == before, "the library changed after failed exports"
    finally:
        folder.chmod(0o755)


def test_export_over_read_only_file_through_the_command(stocked: Any, tmp_path: Path):
    """A read-only target in a writable folder: replaced (like any editor) or refused
    cleanly, never half-written."""
    path, doc_id = stocked
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")
    target.chmod(0o444)
    try:
        result = run_cli("export", str(doc_id), "-o", str(target), library=path, unprivileged=True)
        if result.returncode:
            assert_cli_refused(result)
            assert target.read_bytes() == b"oud"
        else:
            assert target.read_bytes().startswith(b"%PDF")
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    finally:
        target.chmod(0o644)


def test_export_to_a_missing_folder_and_unknown_suffix(stocked: Any, tmp_path: Path) -> None:
    path, doc_id = stocked
    missing = run_cli(
        "export", str(doc_id), "-o", str(tmp_path / "nergens" / "a.pdf"), library=path
    )
    assert_cli_refused(missing)
    assert not (tmp_path / "nergens").exists()
    unknown = run_cli("export", str(doc_id), "-o", str(tmp_path / "a.exe"), library=path)
    assert ".pdf" in assert_cli_refused(unknown)
    no_doc = run_cli("export", "999", "-o", str(tmp_path / "a.pdf"), library=path)
    assert_cli_refused(no_doc)
    onto_library = run_cli("export", str(doc_id), "-o", str(path), library=path)
    assert_cli_refused(onto_library)
    with open_library(path) as library:
        assert len(library.list_documents()) == 1


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Any:
    """A real 96 KB file system (tmpfs), where the machine lets us mount one."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny file system needs root")
    mountpoint = tmp_path / "klein"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(mountpoint)],
        capture_output=True,
    )
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here: " + mounted.stderr.decode().strip())
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


# zipfile's object, whose close failed on the full disk, complains once more when it is
# garbage-collected; the file handle itself is closed (checked below).
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".zip"])
def test_really_full_disk(suffix: str, stocked: Any, tiny_disk: Path) -> None:
    export_document = need("vnhg_desk.export.dispatch", "export_document")
    path, doc_id = stocked
    filler = tiny_disk / "vulling.bin"
    with open(filler, "wb") as handle:  # fill the disk to the last byte
        try:
            handle.write(b"\x00" * (200 * 1024))
        except OSError:
            pass
    target = tiny_disk / f"verslag{suffix}"
    with open_library(path) as library:
        before = _history(library, doc_id)
        with pytest.raises(ExportError) as caught:
            export_document(library, doc_id, target)
        assert "vol" in user_error_message(caught.value)
        assert _history(library, doc_id) == before
    assert _listing(tiny_disk) == ["vulling.bin"], "partial or temporary file left"
    # On Windows an open handle keeps a file from being deleted: none may stay open.
    fds = Path("/proc/self/fd")
    if fds.is_dir():
        open_files = [os.readlink(fd) for fd in fds.iterdir() if fd.is_symlink()]
        assert not [name for name in open_files if str(tiny_disk) in name], open_files
    gc.collect()  # let the broken ZipFile object complain here, where it is filtered
