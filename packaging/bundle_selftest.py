"""Check, inside the frozen bundle, that every part the program needs is really there.

Run by the launcher when VNHG_DESK_SELFTEST=1 is set (tests/packaging does this): imports
every vnhg_desk module, renders a PDF with a bundled font through pypdfium2, decodes a
HEIC photo, hyphenates Dutch, and loads JPEG and SVG images in Qt (offscreen). Prints one
line per check and returns 0 only when all pass.
"""

from __future__ import annotations

import importlib
import io
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path


def _all_modules() -> str:
    import vnhg_desk

    names = [
        info.name
        for info in pkgutil.walk_packages(vnhg_desk.__path__, "vnhg_desk.")
        if info.name != "vnhg_desk.__main__"  # importing it runs the program
    ]
    if len(names) < 20:
        raise AssertionError(f"only {len(names)} vnhg_desk modules found in the bundle")
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _resources() -> str:
    from vnhg_desk.resources import resources_dir

    found = resources_dir()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is None or found != Path(frozen_root) / "resources":
        raise AssertionError(f"resources found at {found}, not in the bundle")
    fonts = sorted(found.glob("fonts/*.ttf"))
    if not fonts:
        raise AssertionError("no fonts in resources/fonts")
    return f"{found} ({len(fonts)} fonts)"


def _pdf_round_trip() -> str:
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from vnhg_desk.resources import resources_dir

    font = sorted(resources_dir().glob("fonts/*.ttf"))[0]
    pdfmetrics.registerFont(TTFont("SelfTest", str(font)))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("SelfTest", 24)
    page.drawString(72, 720, "Zelftest van de bundel")
    page.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    text = document[0].get_textpage().get_text_range()
    image = document[0].render(scale=0.5).to_pil()
    if "Zelftest" not in text or image.width < 100:
        raise AssertionError(f"PDF read back wrong: {text!r}, {image.size}")
    return f"{font.name}, pdfium text and {image.size[0]}x{image.size[1]} render"


def _accelerator() -> str:
    import _rl_accel  # noqa: F401 - reportlab's C helpers

    return "_rl_accel"


def _heic() -> str:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (11, 83, 148)).save(buffer, format="HEIF")
    with Image.open(io.BytesIO(buffer.getvalue())) as photo:
        photo.load()
        if photo.size != (64, 48):
            raise AssertionError(f"HEIC decoded as {photo.size}")
    return "HEIC encode and decode"


def _hyphenation() -> str:
    import pyphen

    result = pyphen.Pyphen(lang="nl_NL").inserted("ledenvergadering")
    if result.count("-") < 2:
        raise AssertionError(f"no Dutch hyphenation: {result}")
    return result


def _library() -> str:
    import tempfile

    from vnhg_desk.model.edition import Edition
    from vnhg_desk.store import Library

    with tempfile.TemporaryDirectory() as folder:
        with Library.open(Path(folder) / "zelftest.vnhg") as library:
            edition = Edition(title="Zelftest")
            library.save(edition)  # a new row: sqlite-utils' insert
            found = [summary.title for summary in library.list_documents()]
    if found != ["Zelftest"]:
        raise AssertionError(f"library read back {found}")
    return "new document saved and listed"


def _qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (224, 123, 0)).save(buffer, format="JPEG")
    image = QImage.fromData(buffer.getvalue(), "JPEG")
    if image.isNull() or image.width() != 32:
        raise AssertionError("Qt cannot read JPEG (imageformats plugin missing)")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>'
    if not QSvgRenderer(QByteArray(svg)).isValid():
        raise AssertionError("Qt cannot read SVG")
    return f"{app.platformName()}, JPEG and SVG"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("modules", _all_modules),
    ("resources", _resources),
    ("pdf", _pdf_round_trip),
    ("rl_accel", _accelerator),
    ("heic", _heic),
    ("hyphenation", _hyphenation),
    ("library", _library),
    ("qt", _qt),
]


def run() -> int:
    """Run every check; print ``ok NAME: detail`` or ``FAILED NAME: error`` per line."""
    failures = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception:
            failures += 1
            print(f"FAILED {name}: {traceback.format_exc()}", flush=True)
        else:
            print(f"ok {name}: {detail}", flush=True)
    return 1 if failures else 0
