"""Headlines and the flyer's title read back from the PDF: balanced, never hyphenated,
no short word alone on the last line, and the flyer's title never broken inside a word."""

from __future__ import annotations

import pytest

from tests.pdf.fixtures import sample_invitation, sample_style
from tests.pdf.words import lines, read_pages
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition, SidebarBox

HEADLINES = [
    "AFSCHEID VAN BURGEMEESTER RUUD VAN SCHAGEN EN WETHOUDER VAN DIJK",
    "Gemeenten in Noord-Holland zoeken samen naar nieuwe wegen voor de jeugdzorg",
    "DIGITAAL MEEPRATEN, OOK ZONDER LAPTOP OF SMARTPHONE IN HUIS",
    "Raad en college",
]


def headline_lines(pages, headline: str, size_from: float = 20.0):
    """The printed lines of ``headline``: the large-type lines whose words run through it."""
    words = headline.split()
    for page in pages:
        big = [w for w in page.words if w.bottom - w.top >= size_from]
        rows = lines(big)
        for start in range(len(rows)):
            found, index = [], 0
            for row in rows[start:]:
                texts = [w.text for w in row]
                if texts != words[index : index + len(texts)]:
                    break
                found.append(texts)
                index += len(texts)
                if index == len(words):
                    return found
    raise AssertionError(f"not found whole: {headline}")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    source = MemoryPhotoSource()
    body = "Een alinea over het werk van de vereniging en haar leden. " * 12
    content = [Article(kicker="TEST", headline=text, body=body) for text in HEADLINES]
    content.insert(2, SidebarBox(title="Kader met een titel die over twee regels moet lopen, "
                                       "ook hier zonder los woord", body="Kort."))  # fmt: skip
    edition = Edition(title="Koppen", content=content)
    path = tmp_path_factory.mktemp("koppen") / "koppen.pdf"
    write_pdf(edition, sample_style(), source, path)
    return read_pages(path)


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_lines_are_whole_balanced_and_end_with_more_than_a_short_word(pdf, headline):
    found = headline_lines(pdf, headline)
    # Every word printed whole (no hyphenation: the words match the text exactly).
    assert [w for row in found for w in row] == headline.split()
    if len(found) > 1:
        last = found[-1]
        assert len(last) > 1 or len(last[0]) >= 8, found
        widths = [len(" ".join(row)) for row in found]
        assert max(widths) - min(widths) <= 0.6 * max(widths), found


def test_the_demo_headlines(tmp_path):
    from vnhg_desk.demo import add_demo
    from vnhg_desk.store import Library

    with Library.open(tmp_path / "demo.vnhg-desk") as library:
        edition_id, _ = add_demo(library)
        edition = library.load(edition_id)
        path = tmp_path / "demo.pdf"
        write_pdf(edition, library.house_style(), library, path)
    pages = read_pages(path)
    for article in edition.articles:
        found = headline_lines(pages, article.headline)
        assert len(found) == 1 or len(found[-1]) > 1, found


@pytest.mark.parametrize(
    "title", ["Themabijeenkomst", "Thema-bijeenkomst", "Ledenvergadering en themabijeenkomst"]
)
def test_flyer_title_shrinks_before_a_word_breaks(tmp_path, title):
    invitation = sample_invitation()
    invitation.title = title
    invitation.theme = "Gemeentesecretarissenoverleg over dienstverlening"
    path = tmp_path / "flyer.pdf"
    write_pdf(invitation, sample_style(), MemoryPhotoSource(), path)
    (page,) = read_pages(path)
    band = [w for w in page.words if w.bottom < 72 * 72 / 25.4 and w.bottom - w.top > 25]
    printed = [w.text for w in sorted(band, key=lambda w: (round(w.top), w.x0))]
    # Each word is printed whole; a compound breaks only at its own hyphen.
    assert "".join(printed) == title.upper().replace(" ", ""), printed
    assert all(not w.endswith("-") or title.upper().count(w) for w in printed)
    sizes = {round(w.bottom - w.top) for w in band}
    assert min(sizes) >= 0.7 * 48 * 0.9  # never below the flyer's 70 % floor
    theme = [w.text for w in page.words if "Gemeentesecretaris" in w.text]
    assert theme == ["Gemeentesecretarissenoverleg"]  # the theme shrinks too, word whole
