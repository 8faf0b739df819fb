"""Helpers for the hostile-case suite: open libraries, export, read results back, run the CLI.

Outside tools (pdftotext) come from tests/tools.py, which skips naming the package.
"""

from __future__ import annotations

import importlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.tools import run_tool
from vnhg_desk.errors import UserError

REPO = Path(__file__).resolve().parents[2]

#: Seconds each hostile-text export took ("pdf:case-id"), shown after the run.
TIMINGS: dict[str, float] = {}


def need(module: str, attr: str | None = None) -> Any:
    """Import a part of the program (and one of its names). A part that fails to import
    or lacks the name is an error, never a skip: the suite must not pass by skipping."""
    loaded = importlib.import_module(module)
    return loaded if attr is None else getattr(loaded, attr)


def normalised_source(data: bytes, filename: str) -> tuple[Any, str]:
    """A MemoryPhotoSource holding the photo as the library keeps it (normalised at
    import), and the photo's hash."""
    import hashlib

    from vnhg_desk.imaging.normalise import normalise_photo
    from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo

    normal = normalise_photo(data, filename)
    photo_hash = hashlib.sha256(data).hexdigest()
    source = MemoryPhotoSource()
    source.add(photo_hash, PhotoInfo(normal.width, normal.height, normal.mime), normal.data)
    return source, photo_hash


def open_library(path: Path, **kwargs: Any) -> Any:
    """``Library.open(path)``."""
    return need("vnhg_desk.store", "Library").open(path, **kwargs)


class DeadlineExceeded(BaseException):
    """Raised by :func:`deadline`; a BaseException so no ``except OSError`` (TimeoutError
    is one) or ``except Exception`` in the code under test can swallow it."""


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Fail (instead of hanging) when the block takes longer than ``seconds``."""

    def _expired(_signum: int, _frame: Any) -> None:
        raise DeadlineExceeded(f"{what} took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def user_error_message(error: BaseException) -> str:
    """The message of a user error, checked to be one clear Dutch sentence or more."""
    assert isinstance(error, UserError), f"not a UserError: {error!r}"
    message = str(error)
    assert_dutch_line(message)
    return message


_DUTCH_WORDS = re.compile(
    r"\b(de|het|een|is|niet|geen|kan|kon|bestand|map|bibliotheek|foto|van|wordt|"
    r"ongeldig|onbekend|te|en|op|in|dit|deze|mag|moet|gebruik|opgeslagen|bevat|keer|"
    r"geweigerd|ontbreekt|verwacht|gevonden|staat|met|voor|naar|zijn|bestaat|groot|"
    r"ongeldige|kies|zie|moet|getal|geen|niet)\b",
    re.IGNORECASE,
)


def assert_dutch_line(message: str) -> None:
    """A single readable Dutch line: no traceback, no Python repr, not empty."""
    assert message.strip(), "empty message"
    assert "Traceback" not in message and 'File "' not in message, message
    assert "\n" not in message.strip(), f"more than one line: {message!r}"
    assert _DUTCH_WORDS.search(message), f"does not read as Dutch: {message!r}"


# --- reading exports back ---------------------------------------------------------------


def pdf_text(path: Path) -> str:
    """The text of a PDF as poppler's pdftotext reads it (what a reader copies)."""
    result = run_tool(
        "pdftotext", "-enc", "UTF-8", str(path), "-", capture_output=True, timeout=120
    )
    return result.stdout.decode("utf-8", "replace")


def docx_text(path: Path) -> str:
    """All text of a .docx (body, headers, footers), paragraph by paragraph."""
    from lxml import etree

    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                root = etree.fromstring(archive.read(name), etree.XMLParser(huge_tree=True))
                for paragraph in root.iter(f"{namespace}p"):
                    lines.append("".join(t.text or "" for t in paragraph.iter(f"{namespace}t")))
    return "\n".join(lines)


def docx_media(path: Path) -> dict[str, bytes]:
    """The embedded pictures of a .docx, by part name."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("word/media/")
        }


def pdf_images(path: Path) -> list[tuple[Any, bytes]]:
    """(PIL image, raw stream bytes) of every image XObject in a PDF."""
    import pikepdf
    from pikepdf import PdfImage

    found = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                if obj.get("/ImageMask"):
                    continue
                found.append((PdfImage(obj).as_pil_image(), obj.read_raw_bytes()))
    return found


def pdf_all_stream_bytes(path: Path) -> bytes:
    """Every stream of a PDF, decoded where possible, plus the file itself."""
    import pikepdf

    parts = [path.read_bytes()]
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    parts.append(obj.read_bytes())
                except pikepdf.PdfError:
                    parts.append(obj.read_raw_bytes())
    return b"\n".join(parts)


def export_pdf(document: Any, style: Any, photos: Any, target: Path, **kwargs: Any) -> Any:
    return need("vnhg_desk.export.pdf", "write_pdf")(document, style, photos, target, **kwargs)


def export_docx(document: Any, style: Any, photos: Any, target: Path) -> Any:
    return need("vnhg_desk.export.docx", "write_docx")(document, style, photos, target)


def image_of(data: bytes) -> Any:
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- the real command -------------------------------------------------------------------


def unprivileged_prefix() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def run_cli(
    *args: str, library: Path | None = None, unprivileged: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vnhg_desk [--library PATH] ARGS`` and capture its output."""
    need("vnhg_desk.cli.main", "main")
    command = [sys.executable, "-m", "vnhg_desk"]
    if library is not None:
        command += ["--library", str(library)]
    command += list(args)
    if unprivileged:
        command = unprivileged_prefix() + command
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO
    )


def assert_cli_refused(result: subprocess.CompletedProcess[str]) -> str:
    """The command failed cleanly: non-zero exit, one Dutch line on stderr, no traceback."""
    assert result.returncode != 0, f"exit 0; stdout={result.stdout!r}"
    assert "Traceback" not in result.stderr, result.stderr
    assert_dutch_line(result.stderr.strip())
    return result.stderr.strip()


# --- imports measured in a child process -------------------------------------------------

_IMPORT_SCRIPT = r"""
import json, sys
from pathlib import Path
from vnhg_desk.errors import UserError
from vnhg_desk.exchange import import_file
from vnhg_desk.store import Library

def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return -1

results = []
with Library.open(Path(sys.argv[1])) as library:
    for path in sys.argv[2:]:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset the high-water mark: each import measured alone
        notes = []
        try:
            document = import_file(library, Path(path), notes=notes)
            result = {"ok": True, "id": document.id}
        except UserError as error:
            result = {"ok": False, "message": str(error)}
        except Exception as error:
            result = {"ok": False, "unexpected": f"{type(error).__name__}: {error}"}
        result.update(path=path, notes=notes, peak_mb=peak_kib() / 1024)
        results.append(result)
print(json.dumps(results))
"""


def import_peaks(library: Path, paths: list[Path], timeout: float = 300) -> list[dict[str, Any]]:
    """Import each file into ``library`` in one child process; per file: ok, message or
    notes, and ``peak_mb``, the child's own high-water mark (VmHWM) for that import
    alone (reset through /proc/self/clear_refs before each)."""
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux /proc/self/clear_refs to measure each import's peak")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_SCRIPT, str(library), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    import json

    return list(json.loads(result.stdout))
