"""Build the stand-alone Linux bundle with packaging/build.sh and run it without Python.

Slow (a PyInstaller build, under a minute here); nothing is cached between runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vnhg_desk

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The freshly built bundle folder (dist/vnhg-desk)."""
    out = tmp_path_factory.mktemp("bundle")
    # PyInstaller's own cache goes into the temporary folder too: nothing kept between runs.
    env = dict(os.environ, PYTHON=sys.executable, PYINSTALLER_CONFIG_DIR=str(out / "config"))
    result = subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "build.sh"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--archive",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    print(result.stdout)  # build time and size, shown with pytest -s
    folder = out / "dist" / "vnhg-desk"
    assert (folder / "vnhg-desk").is_file()
    return folder


def bare_env(tmp_path: Path, bundle: Path) -> dict[str, str]:
    """An environment with no Python anywhere: PATH is an empty folder plus the bundle."""
    empty = tmp_path / "empty-bin"
    empty.mkdir(exist_ok=True)
    home = tmp_path / "user-home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": f"{empty}{os.pathsep}{bundle}",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "VNHG_DESK_LIBRARY": str(tmp_path / "bibliotheek.vnhg-desk"),
    }
    for name in ("python", "python3", f"python3.{sys.version_info.minor}"):
        assert shutil.which(name, path=env["PATH"]) is None
    return env


def run_bundle(bundle: Path, env: dict[str, str], *args: str, cwd: Path, timeout: int = 180):
    return subprocess.run(
        [str(bundle / "vnhg-desk"), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_source(env: dict[str, str], *args: str, cwd: Path, timeout: int = 180):
    """The same command from the source tree, for comparison and to see what exists yet."""
    source_env = dict(env, PATH=os.environ["PATH"], PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "vnhg_desk", *args],
        env=source_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version_without_python(bundle, tmp_path):
    result = run_bundle(bundle, bare_env(tmp_path, bundle), "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vnhg-desk {vnhg_desk.__version__}"
    assert "Traceback" not in result.stderr


def test_archive_for_download(bundle):
    """The .tar.gz unpacks to one vnhg-desk/ folder with runnable program and installer."""
    import tarfile

    (archive,) = bundle.parent.glob(f"vnhg-desk-{vnhg_desk.__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
    assert all(name.split("/")[0] == "vnhg-desk" for name in members)
    for program in ("vnhg-desk/vnhg-desk", "vnhg-desk/install.sh"):
        assert members[program].mode & 0o111, program
    assert "vnhg-desk/_internal/resources/icons/vnhg-desk-256.png" in members
    files = [p for p in bundle.rglob("*") if p.is_file() or p.is_symlink()]
    assert len([m for m in members.values() if not m.isdir()]) == len(files)


def test_bundle_checks_itself(bundle, tmp_path):
    """Every module imports; PDF/pdfium, HEIC, hyphenation, a library's new row (sqlite-utils)
    and the Qt plugins work frozen."""
    env = dict(bare_env(tmp_path, bundle), VNHG_DESK_SELFTEST="1")
    result = run_bundle(bundle, env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = ("modules", "resources", "pdf", "rl_accel", "heic", "hyphenation", "library", "qt")
    assert [line.split(":")[0] for line in lines] == [f"ok {name}" for name in checks], lines
    assert str(bundle / "_internal" / "resources") in result.stdout


def test_bundle_holds_resources_and_leaves_out_the_unused(bundle):
    internal = bundle / "_internal"
    resources = internal / "resources"
    for folder in ("fonts", "icons", "translations"):
        assert (resources / folder).is_dir(), folder
    for source in (ROOT / "resources").rglob("*"):
        if source.is_file() and source.suffix != ".ts":
            copied = resources / source.relative_to(ROOT / "resources")
            assert copied.read_bytes() == source.read_bytes(), copied
    assert (
        (internal / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )
    assert (internal / "docx" / "templates" / "default.docx").is_file()
    dictionaries = {p.name for p in (internal / "pyphen" / "dictionaries").glob("*.dic")}
    assert "hyph_nl_NL.dic" in dictionaries
    assert all(name.startswith(("hyph_nl", "hyph_en")) for name in dictionaries)
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "numpy",
        "tkinter",
        "libQt6Qml.so.6",
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libqgtk3.so",
    ):
        assert unwanted not in names, unwanted
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
    # Desktop integration sits next to the program for ./install.sh.
    for name in ("install.sh", "vnhg-desk.desktop", "vnhg-desk-mime.xml"):
        assert (bundle / name).is_file(), name


def library_rows(listing: str) -> dict[str, str]:
    """Kind -> id of the first document of that kind, from `vnhg-desk list` (id, kind, ...)."""
    rows: dict[str, str] = {}
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit():
            rows.setdefault(parts[1], parts[0])
    return rows


@pytest.fixture(scope="module")
def demo_library(bundle, tmp_path_factory):
    """A library filled by the bundle's `demo`, its environment and its documents by kind."""
    folder = tmp_path_factory.mktemp("demo")
    env = bare_env(folder, bundle)
    result = run_bundle(bundle, env, "demo", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert Path(env["VNHG_DESK_LIBRARY"]).is_file()
    listing = run_bundle(bundle, env, "list", cwd=folder)
    assert listing.returncode == 0, listing.stderr
    rows = library_rows(listing.stdout)
    assert {"verslag", "uitnodiging"} <= set(rows), listing.stdout
    return env, rows


def pdf_text_and_fonts(path: Path) -> tuple[str, dict[str, bool]]:
    """The PDF's text and, per font, whether the font program is embedded."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text, fonts


def letters(text: str) -> str:
    """Text without spaces, line breaks and hyphens: the same whatever the line breaking.

    A layout edit landing between the bundle build and the source export (in a working
    tree shared with others) then does not count as a difference; Dutch hyphenation in
    the bundle is checked directly by its self-check.
    """
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-\u00ad")


def docx_text(path: Path):
    from docx import Document

    document = Document(str(path))
    return document, [p.text for p in document.paragraphs if p.text.strip()]


def with_heic_photo(source: Path, target: Path) -> None:
    """Copy a Word file with its first picture replaced by the same size in HEIC."""
    import io
    import zipfile

    import pillow_heif
    from PIL import Image

    with zipfile.ZipFile(source) as package:
        media = sorted(n for n in package.namelist() if n.startswith("word/media/"))
        with Image.open(io.BytesIO(package.read(media[0]))) as picture:
            heif = pillow_heif.from_pillow(picture.convert("RGB"))
        buffer = io.BytesIO()
        heif.save(buffer, quality=80)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in package.infolist():
                data = buffer.getvalue() if info.filename == media[0] else package.read(info)
                copy.writestr(info, data)
    with zipfile.ZipFile(target) as package:
        assert package.read(media[0])[4:12] == b"ftypheic"


@pytest.mark.parametrize("kind", ["verslag", "uitnodiging"])
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_export_from_the_bundle_equals_the_source(bundle, demo_library, tmp_path, kind, suffix):
    env, rows = demo_library
    target = tmp_path / f"{kind}{suffix}"
    result = run_bundle(bundle, env, "export", rows[kind], "-o", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.is_file()
    assert "Traceback" not in result.stderr

    # The same export from the source tree must read the same: same fonts, same
    # hyphenation dictionaries, same templates.
    source = tmp_path / f"bron-{kind}{suffix}"
    result = run_source(env, "export", rows[kind], "-o", str(source), cwd=tmp_path)
    assert result.returncode == 0, result.stderr

    if suffix == ".pdf":
        text, fonts = pdf_text_and_fonts(target)
        assert len(text.split()) > 50
        assert fonts and all(fonts.values()), fonts
        source_text, source_fonts = pdf_text_and_fonts(source)
        assert fonts == source_fonts
        assert letters(text) == letters(source_text)
    else:
        document, paragraphs = docx_text(target)
        assert len(paragraphs) > 5
        assert any(p.style.name.startswith(("Heading", "Title")) for p in document.paragraphs)
        assert paragraphs == docx_text(source)[1]
        if kind == "verslag":
            assert document.inline_shapes, "the demo photos are in the Word file"


def test_exchange_word_import_search_and_mail_from_the_bundle(bundle, demo_library, tmp_path):
    import email
    from email import policy

    env, rows = demo_library
    package = tmp_path / "verslag.vnhg"
    word = tmp_path / "verslag.docx"
    mail = tmp_path / "bericht.eml"
    for target in (package, word, mail):
        result = run_bundle(bundle, env, "export", rows["verslag"], "-o", str(target), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert target.is_file()

    # Into a second, empty library: the exchange package and the Word file.
    other = dict(env, VNHG_DESK_LIBRARY=str(tmp_path / "tweede.vnhg-desk"))
    for source in (package, word):
        result = run_bundle(bundle, other, "import", str(source), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    listing = run_bundle(bundle, other, "list", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert len([line for line in listing.stdout.splitlines() if line.strip()]) == 2
    assert set(library_rows(listing.stdout)) == {"verslag"}

    # Full-text search works in the bundle (SQLite FTS).
    headline = docx_text(word)[1][0]
    word_to_find = max(headline.split(), key=len).strip(".,:;!?\"'")
    found = run_bundle(bundle, other, "search", word_to_find, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip(), f"nothing found for {word_to_find!r}"

    # A phone photo (HEIC) inside a Word file: decoded by the bundled pillow-heif.
    heic_word = tmp_path / "met-heic.docx"
    with_heic_photo(word, heic_word)
    third = dict(env, VNHG_DESK_LIBRARY=str(tmp_path / "derde.vnhg-desk"))
    result = run_bundle(bundle, third, "import", str(heic_word), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "niet overgenomen" not in result.stdout + result.stderr
    again = tmp_path / "opnieuw.docx"
    result = run_bundle(bundle, third, "export", "1", "-o", str(again), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pictures = len(docx_text(word)[0].inline_shapes)
    assert len(docx_text(again)[0].inline_shapes) == pictures

    # The cover e-mail carries the e-mail PDF.
    message = email.message_from_bytes(mail.read_bytes(), policy=policy.default)
    attachments = [part.get_content_type() for part in message.iter_attachments()]
    assert "application/pdf" in attachments


def test_editor_starts_from_the_bundle(bundle, tmp_path):
    env = bare_env(tmp_path, bundle)
    program = subprocess.Popen(
        [str(bundle / "vnhg-desk")],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    library = Path(env["VNHG_DESK_LIBRARY"])
    deadline = time.monotonic() + 60
    try:
        # The first start fills the empty library with the demo; the window stays up.
        kinds: dict[str, str] = {}
        while time.monotonic() < deadline and program.poll() is None:
            if library.exists():
                listing = run_bundle(bundle, env, "list", cwd=tmp_path)
                kinds = library_rows(listing.stdout) if listing.returncode == 0 else {}
                if "verslag" in kinds:
                    break
            time.sleep(0.5)
        time.sleep(2)
        assert program.poll() is None, program.communicate()[1][-4000:]
        assert {"verslag", "uitnodiging"} <= set(kinds)
    finally:
        program.terminate()
        try:
            _out, err = program.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            program.kill()
            _out, err = program.communicate()
    assert "Traceback" not in err, err[-4000:]
