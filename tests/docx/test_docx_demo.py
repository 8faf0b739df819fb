"""The demo edition and invitation from a real library export cleanly to Word."""

from __future__ import annotations

import re

import pytest
from conftest import convert_to_pdf, soffice_path
from docx_reading import open_docx, paragraphs, pictures, styled
from pypdf import PdfReader

from vnhg_desk.demo import add_demo
from vnhg_desk.export.docx import write_docx
from vnhg_desk.model import Article
from vnhg_desk.store.library import Library


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo library for the module: adding the demo photos takes a few seconds."""
    library = Library.open(tmp_path_factory.mktemp("demo") / "demo.vnhg-desk")
    edition_id, invitation_id = add_demo(library)
    yield library, library.load(edition_id), library.load(invitation_id)
    library.close()


def test_demo_edition_structure_survives(tmp_path, demo):
    library, edition, _ = demo
    target = tmp_path / "demo.docx"
    write_docx(edition, library.house_style(), library, target)
    document = open_docx(target)
    articles = [item for item in edition.content if isinstance(item, Article)]
    assert styled(document, "Heading 1") == [a.headline.strip() for a in articles if a.headline]
    expected_alt = [p.alt_text.strip() or p.caption.strip() for a in articles for p in a.photos]
    assert [p.descr for p in pictures(document)] == expected_alt
    assert all(p.descr for p in pictures(document))
    quotes = styled(document, "Intense Quote")
    assert len(quotes) == sum(len([q for q in a.quotes if q.text.strip()]) for a in articles)
    assert len([p for p in paragraphs(document) if p.style == "Kadertitel"]) == len(edition.boxes)


def test_demo_photos_are_cached_renditions_of_modest_size(tmp_path, demo):
    library, edition, _ = demo
    target = tmp_path / "demo.docx"
    write_docx(edition, library.house_style(), library, target)
    for picture in pictures(open_docx(target)):
        assert picture.width_px <= 1000  # at most 16.6 cm at 150 ppi
    # Four photos at e-mail resolution: the whole file stays small.
    assert target.stat().st_size < 1_500_000


@pytest.mark.libreoffice
@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) is not installed")
def test_demo_documents_convert_with_headlines_in_order(tmp_path, demo):
    library, edition, invitation = demo
    for name, document in (("editie", edition), ("uitnodiging", invitation)):
        target = tmp_path / f"{name}.docx"
        write_docx(document, library.house_style(), library, target)
        pdf = convert_to_pdf(target, tmp_path)
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
        if document is edition:
            headlines = [a.headline.strip() for a in edition.articles if a.headline.strip()]
            positions = [text.find(h) for h in headlines]
            assert -1 not in positions and positions == sorted(positions), headlines
        else:
            assert invitation.theme.strip() in text
