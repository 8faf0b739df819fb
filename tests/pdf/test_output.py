"""Writing: atomic onto a path, into a stream, clear Dutch errors, progress reported."""

from __future__ import annotations

import io

import pytest

from vnhg_desk.errors import ExportError
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.layout.hyphenation import break_points, hyphenator
from vnhg_desk.model import Article, Edition


def _edition():
    return Edition(content=[Article(headline="Kop", body="Een alinea over de begroting.")])


def test_writes_into_a_binary_stream(style):
    stream = io.BytesIO()
    result = write_pdf(_edition(), style, MemoryPhotoSource(), stream)
    assert stream.getvalue().startswith(b"%PDF-")
    assert result.page_count == 1


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, style, monkeypatch):
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "verslag.pdf"
    target.write_bytes(b"oude versie")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vnhg_desk.export.pdf.output.os.replace", broken)
    with pytest.raises(ExportError, match="kon niet worden opgeslagen"):
        write_pdf(_edition(), style, MemoryPhotoSource(), target)
    assert target.read_bytes() == b"oude versie"
    assert [p.name for p in folder.iterdir()] == ["verslag.pdf"]  # no temp file left


def test_missing_folder_is_a_user_error(tmp_path, style):
    with pytest.raises(ExportError, match="bestaat niet"):
        write_pdf(_edition(), style, MemoryPhotoSource(), tmp_path / "nee" / "x.pdf")


def test_unknown_variant_is_a_user_error(tmp_path, style):
    with pytest.raises(ExportError, match="Onbekende PDF-variant"):
        write_pdf(_edition(), style, MemoryPhotoSource(), tmp_path / "x.pdf", variant="a3")


def test_progress_runs_from_zero_to_one(tmp_path, style):
    seen: list[float] = []
    write_pdf(_edition(), style, MemoryPhotoSource(), tmp_path / "x.pdf", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_dutch_hyphenation_is_cached():
    assert break_points("ledenvergadering") == [2, 5, 8, 10, 12]
    hyphenate = hyphenator("nl")
    assert hyphenate is hyphenator("nl")
    hyphenate("gemeentefonds")
    info = hyphenate.__wrapped_pairs__.cache_info()  # type: ignore[attr-defined]
    hyphenate("gemeentefonds")
    assert hyphenate.__wrapped_pairs__.cache_info().hits == info.hits + 1  # type: ignore[attr-defined]
