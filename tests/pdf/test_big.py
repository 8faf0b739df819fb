"""Long editions and pathological input: they finish, and nothing is lost."""

from __future__ import annotations

import time

import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext, squash, without_footer
from tests.pdf.fixtures import long_edition
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition, SidebarBox


@pytest.mark.slow
def test_forty_page_edition(tmp_path, style):
    source = MemoryPhotoSource()
    edition = long_edition(source, articles=27)
    result = write_pdf(edition, style, source, tmp_path / "forty.pdf")
    reader = PdfReader(tmp_path / "forty.pdf")
    assert result.page_count == len(reader.pages) >= 38
    assert set(result.page_of_uid) == {item.uid for item in edition.content}
    pages = [result.page_of_uid[item.uid] for item in edition.content]
    content = zip(pages, edition.content, strict=True)
    articles = [page for page, item in content if isinstance(item, Article)]
    assert articles == sorted(articles) and max(pages) >= 35
    # A box floats to where it fits whole (pagination.py): never before the article it
    # follows, and not far after it.
    for index, item in enumerate(edition.content):
        if isinstance(item, SidebarBox):
            assert pages[index - 1] <= pages[index] <= pages[index - 1] + 3, (index, pages)
    text = squash(pdftotext(tmp_path / "forty.pdf", "-raw"))
    position = 0
    for index in range(27):  # every paragraph of every article, in order
        for n in range(14):
            found = text.find(squash(f"({index}.{n})"), position)
            assert found >= 0, (index, n)
            position = found


@pytest.mark.slow
def test_huge_paragraph_and_long_word_do_not_hang(tmp_path, style):
    words = "gemeenteraad begroting verantwoording samenwerking inwoners".split()
    paragraph = " ".join(words[i % len(words)] for i in range(90_000)) + " EINDE"
    assert len(paragraph) > 1_000_000
    long_word = "x" * 250 + "y" * 250
    edition = Edition(
        content=[Article(headline="Lang", body=f"{long_word}\n\n{paragraph}\n\nSlotzin.")]
    )
    start = time.perf_counter()
    result = write_pdf(edition, style, MemoryPhotoSource(), tmp_path / "huge.pdf")
    assert time.perf_counter() - start < 120
    assert result.page_count > 100
    text = squash(without_footer(pdftotext(tmp_path / "huge.pdf", "-raw")))
    assert squash(long_word) in text
    assert text.count("gemeenteraad") == 18_000
    assert text.index(squash(long_word)) < text.index("EINDE") < text.index("Slotzin.")


def test_empty_edition_still_makes_a_page(tmp_path, style):
    result = write_pdf(Edition(), style, MemoryPhotoSource(), tmp_path / "empty.pdf")
    assert result.page_count == 1
    assert "VERSLAG" in pdftotext(tmp_path / "empty.pdf")


def test_missing_photo_is_reported_not_fatal(tmp_path, style):
    from vnhg_desk.model import PhotoRef

    article = Article(
        headline="Zonder foto", body="Tekst.", photos=[PhotoRef("0" * 64, "Bijschrift")]
    )
    result = write_pdf(Edition(content=[article]), style, MemoryPhotoSource(), tmp_path / "m.pdf")
    assert result.missing_photos == ["0" * 64]
    assert "Bijschrift" in pdftotext(tmp_path / "m.pdf")


def test_damaged_photo_and_logo_bytes_do_not_break_the_export(tmp_path, style):
    from vnhg_desk.imaging.source import PhotoInfo
    from vnhg_desk.model import PhotoRef

    source = MemoryPhotoSource()
    source.add("kapot", PhotoInfo(4000, 3000, "image/jpeg"), b"\xff\xd8\xff geen foto")
    style.logo_hash = "kapot"
    try:
        article = Article(headline="Kapotte foto", photos=[PhotoRef("kapot", "Bijschrift")])
        result = write_pdf(Edition(content=[article]), style, source, tmp_path / "k.pdf")
    finally:
        style.logo_hash = None
    assert result.missing_photos == ["kapot"]
    assert "Bijschrift" in pdftotext(tmp_path / "k.pdf")
