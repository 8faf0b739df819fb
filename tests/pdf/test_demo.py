"""The demo edition from a real library: small enough for e-mail, fonts and text intact."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext, squash
from vnhg_desk.demo import add_demo
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.store.library import Library


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    library = Library.open(folder / "demo.vnhg-desk")
    edition_id, invitation_id = add_demo(library)
    yield library, library.load(edition_id), library.load(invitation_id), folder
    library.close()


@pytest.mark.parametrize("variant", ["email", "print"])
def test_demo_edition_exports(demo, variant):
    library, edition, _invitation, folder = demo
    path = folder / f"demo-{variant}.pdf"
    result = write_pdf(edition, library.house_style(), library, path, variant=variant)
    assert result.missing_photos == []
    assert result.page_count == len(PdfReader(path).pages)
    if variant == "email":
        assert path.stat().st_size < 1_500_000
    text = squash(pdftotext(path, "-raw"))
    position = 0
    for article in edition.articles:  # boxes may move to fill a page; articles never do
        found = text.find(squash(article.headline), position)
        assert found >= 0, article.headline
        position = found
    for box in edition.boxes:
        assert squash(box.title) in text


def test_demo_invitation_is_one_page(demo):
    library, _edition, invitation, folder = demo
    result = write_pdf(invitation, library.house_style(), library, folder / "flyer.pdf")
    assert result.page_count == 1


def test_demo_edition_fills_four_pages_with_the_fit_the_editor_chooses(demo):
    from dataclasses import replace

    from vnhg_desk.export.pdf.budget import fit_edition
    from vnhg_desk.model import PageFit

    library, edition, _invitation, folder = demo
    assert edition.page_target == 4 and not edition.fit.is_normal
    result = write_pdf(edition, library.house_style(), library, folder / "demo-4.pdf")
    assert result.page_count == len(PdfReader(folder / "demo-4.pdf").pages) == 4
    # The stored fit is the one the automatic fit finds for the untightened demo.
    outcome = fit_edition(replace(edition, fit=PageFit()), library.house_style(), library)
    assert outcome.fits and outcome.fit == edition.fit
