"""Atomic export writes: the final name holds the old file or the whole new one, never half."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from vnhg_desk import atomic
from vnhg_desk.atomic import atomic_target, write_bytes_atomic
from vnhg_desk.errors import ExportError


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "verslag.pdf"
    write_bytes_atomic(target, b"eerste")
    write_bytes_atomic(target, b"tweede")
    assert target.read_bytes() == b"tweede"
    assert _leftovers(tmp_path) == []


def test_temp_file_is_beside_the_target_with_its_suffix(tmp_path):
    with atomic_target(tmp_path / "verslag.docx") as temp:
        assert temp.parent == tmp_path and temp.suffix == ".docx" and temp.exists()
        temp.write_bytes(b"x")


def test_result_has_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "a.pdf", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o644


def test_writer_failure_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")
    with pytest.raises(ZeroDivisionError), atomic_target(target) as temp:
        temp.write_bytes(b"half")
        raise ZeroDivisionError
    assert target.read_bytes() == b"oud"
    assert _leftovers(tmp_path) == []


def test_locked_target_gives_a_dutch_message(tmp_path, monkeypatch):
    """On Windows a file open in Word or Acrobat makes the rename fail with EACCES."""
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError, match="geopend in een ander programma"):
        write_bytes_atomic(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    assert _leftovers(tmp_path) == []


def test_full_disk_gives_a_dutch_message(tmp_path):
    target = tmp_path / "verslag.pdf"
    with pytest.raises(ExportError, match="schijf is vol"), atomic_target(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not target.exists() and _leftovers(tmp_path) == []


def test_read_only_folder_gives_a_dutch_message(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(ExportError, match="alleen-lezen"):
        write_bytes_atomic(tmp_path / "verslag.pdf", b"x")


def test_missing_folder_and_directory_target(tmp_path):
    with pytest.raises(ExportError, match="bestaat niet"):
        write_bytes_atomic(tmp_path / "weg" / "verslag.pdf", b"x")
    with pytest.raises(ExportError, match="is een map"):
        write_bytes_atomic(tmp_path, b"x")
