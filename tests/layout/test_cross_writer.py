"""PDF and Word draw one flow: the order of blocks read back from the tagged PDF's
structure tree equals the order of paragraphs in the .docx, and every headline,
quote, caption (with its credit) and alt text is the same string in both."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from layout_fixtures import photo_set  # noqa: F401 (fixture)

from tests.pdf.conftest import squash
from tests.pdf.test_tagging import _structure
from vnhg_desk.demo.edition import demo_edition
from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import HouseStyle

#: Word style -> the structure role the same block has in the PDF ("" = any role: the
#: PDF sets a subheading as the first line of its paragraph).
ROLES = {
    "Heading 1": "/H1",
    "Heading 2": "",
    "Intro": "/P",
    "Normal": "",
    "Intense Quote": "/BlockQuote",
    "Caption": "/Caption",
    "Auteur": "/P",
}
#: Blocks whose whole text must be identical, not only in the same place.
EXACT = {"Heading 1", "Intense Quote", "Caption"}


@pytest.fixture(scope="module")
def both(tmp_path_factory, photo_set):  # noqa: F811
    source = MemoryPhotoSource()
    for photo_hash, info, data in photo_set:
        source.add(photo_hash, info, data)
    edition = demo_edition([photo_hash for photo_hash, _i, _d in photo_set])
    folder = tmp_path_factory.mktemp("both")
    pdf, docx = folder / "v.pdf", folder / "v.docx"
    write_pdf(edition, HouseStyle(), source, pdf, variant="email")
    write_docx(edition, HouseStyle(), source, docx)
    _reader, _tree, elements, _artifacts = _structure(pdf)
    word = Document(io.BytesIO(docx.read_bytes()))
    return elements, word


def test_block_order_and_strings_are_the_same(both):
    elements, word = both
    pdf = [(role, squash(text)) for role, _page, text, _alt in elements]
    position = 0
    checked = {style: 0 for style in ROLES}
    for paragraph in word.paragraphs:
        style = paragraph.style.name
        text = squash(paragraph.text)
        if style not in ROLES or not text:
            continue
        if style == "Normal" and paragraph._p.getparent().tag != qn("w:body"):
            continue
        key = text[:30]
        found = next(
            (
                i
                for i in range(position, len(pdf))
                if key in pdf[i][1] and (not ROLES[style] or pdf[i][0] == ROLES[style])
            ),
            None,
        )
        assert found is not None, (
            f"{style}: {paragraph.text[:60]!r} not found after block {position}"
        )
        if style in EXACT:
            assert pdf[found][1] == text, (style, paragraph.text)
        position = found
        checked[style] += 1
    assert checked["Intense Quote"] == 6 and checked["Caption"] == 4
    assert checked["Heading 1"] == 4 and checked["Normal"] > 20


def test_quotes_captions_and_alt_texts_are_identical(both):
    elements, word = both
    pdf_quotes = [squash(t) for role, _p, t, _a in elements if role == "/BlockQuote"]
    word_quotes = [squash(p.text) for p in word.paragraphs if p.style.name == "Intense Quote"]
    assert pdf_quotes == word_quotes and len(pdf_quotes) == 6
    pdf_captions = [squash(t) for role, _p, t, _a in elements if role == "/Caption"]
    word_captions = [squash(p.text) for p in word.paragraphs if p.style.name == "Caption"]
    assert pdf_captions == word_captions
    assert all(caption.count("Foto:") <= 1 for caption in word_captions)
    pdf_alts = [alt for role, _p, _t, alt in elements if role == "/Figure"]
    word_alts = [doc_pr.get("descr") for doc_pr in word.element.body.iter(qn("wp:docPr"))]
    assert pdf_alts[-4:] == word_alts[-4:]  # the four photos (a logo may come first)
