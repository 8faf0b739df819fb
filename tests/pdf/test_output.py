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


def test_parsed_dictionary_is_cached_for_the_next_process(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code = (
        "from vnhg_desk.layout.hyphenation import break_points;print(break_points('gemeentefonds'))"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.stdout.strip() == "[2, 6, 8]", first.stderr
    cached = list((tmp_path / "cache").rglob("hyph_nl_NL-*.marshal"))
    assert len(cached) == 1
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert second.stdout.strip() == "[2, 6, 8]", second.stderr
    cached[0].write_bytes(b"kapot")  # a damaged cache file is ignored and rewritten
    third = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert third.stdout.strip() == "[2, 6, 8]", third.stderr
    assert cached[0].read_bytes() != b"kapot"


def test_typesetting_is_imported_only_after_the_photos_start():
    """The writer module imports no reportlab typesetting (~90 ms): write_pdf starts
    scaling the photos in threads first and imports it while they run."""
    import subprocess
    import sys

    code = (
        "import sys, vnhg_desk.export.pdf;"
        "print(sorted(m for m in ('reportlab.platypus', 'reportlab.pdfgen') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
