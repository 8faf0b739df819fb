"""PDF test fixtures: the sample edition exported once per session in both variants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pdf.fixtures import sample_edition, sample_invitation, sample_style
from tests.tools import run_tool
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource


def squash(text: str) -> str:
    """Text with whitespace, hyphens and soft hyphens removed, for order checks that
    must ignore line breaks and hyphenation."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", text)


def without_footer(text: str) -> str:
    """Text with the page footers ("... • pagina 3") taken out: a paragraph that runs
    on to the next page has the footer in between, as in any PDF."""
    return re.sub(r"^[^\n]*\bpagina \d+[ \t]*$", "", text, flags=re.MULTILINE)


def pdftotext(path: Path, *args: str) -> str:
    """What poppler's pdftotext reads from the file."""
    return run_tool("pdftotext", *args, str(path), "-", capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def photo_source() -> MemoryPhotoSource:
    return MemoryPhotoSource()


@pytest.fixture(scope="session")
def edition(photo_source):
    return sample_edition(photo_source, photo_size=(4000, 3000))


@pytest.fixture(scope="session")
def style():
    return sample_style()


@pytest.fixture(scope="session")
def exported(tmp_path_factory, edition, style, photo_source):
    """variant -> (path, PdfResult) of the sample edition."""
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for variant in ("email", "print"):
        path = folder / f"edition-{variant}.pdf"
        out[variant] = (path, write_pdf(edition, style, photo_source, path, variant=variant))
    return out


@pytest.fixture(scope="session")
def flyer(tmp_path_factory, style, photo_source):
    path = tmp_path_factory.mktemp("flyer") / "flyer.pdf"
    invitation = sample_invitation()
    return path, write_pdf(invitation, style, photo_source, path), invitation
