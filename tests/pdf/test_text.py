"""The text reads back in reading order, once; hostile text prints literally; metadata."""

from __future__ import annotations

import pikepdf
import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext, squash, without_footer
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.layout import ArticleLayout, layout_edition
from vnhg_desk.model import Article, Edition, PullQuote, SidebarBox
from vnhg_desk.model.richtext import BulletList, Paragraph, Subheading, escape_text


def _expected_sequence(edition, style):
    """Every headline, subheading, paragraph start, list item and box title in order."""
    seq = []
    for item in layout_edition(edition, style).items:
        if isinstance(item, ArticleLayout):
            seq += [item.headline, item.subtitle, item.lead]
        else:
            seq.append(item.title)
        for block in item.body:
            if isinstance(block, Subheading):
                seq.append(block.text)
            elif isinstance(block, Paragraph):
                seq.append(block.text)
            elif isinstance(block, BulletList):
                seq += ["".join(span.text for span in entry) for entry in block.items]
    return [squash(text) for text in seq if text]


def _in_order(haystack: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"not found after position {position}: {needle[:60]!r}"
        position = found + len(needle)


def _pypdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("reader", ["pypdf", "pdftotext-raw"])
def test_reading_order_article_by_article(exported, edition, style, reader):
    path, _ = exported["email"]
    text = _pypdf_text(path) if reader == "pypdf" else pdftotext(path, "-raw")
    _in_order(squash(without_footer(text)), _expected_sequence(edition, style))


def test_each_text_appears_once(exported, edition, style):
    path, _ = exported["email"]
    text = squash(_pypdf_text(path))
    layout = layout_edition(edition, style)
    for item in layout.items:
        if isinstance(item, ArticleLayout):
            assert text.count(squash(item.headline)) == 1
            assert text.count(squash(item.lead)) == 1
            for photo in item.photos:
                assert text.count(squash(photo.caption)) == 1
        else:
            assert text.count(squash(item.title)) == 1
    for subheading in ("Onzekerheid over het gemeentefonds", "Inkoop in de regio"):
        assert text.count(squash(subheading)) == 1


def test_pdftotext_default_mode_joins_hyphenated_words(exported):
    path, _ = exported["email"]
    text = pdftotext(path)
    assert "Onzekerheid over het gemeentefonds" in text
    assert "Het panel tijdens de middagsessie" in text


def test_page_of_uid_points_at_the_page_with_the_headline(exported, edition):
    path, result = exported["email"]
    reader = PdfReader(path)
    for item in edition.content:
        page = result.page_of_uid[item.uid]
        title = item.headline if isinstance(item, Article) else item.title
        assert squash(title) in squash(reader.pages[page].extract_text())


HOSTILE = [
    "<b>vet</b>",
    "Tom & Jerry",
    '<img src="x.png"/>',
    '<font color="red">rood</font>',
    "<para><a href='javascript:alert(1)'>klik</a></para>",
    # CVE-2023-33733 style payload: must print as text, never be evaluated.
    "[[[getattr(pow, Word('__globals__'))['os'].system('touch /tmp/pwned') "
    "for Word in [ orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': "
    "lambda self, x: 1 == 0, '__eq__': lambda self, x: self.mutate() and "
    "self.mutated < 0 and str(self) == x, 'mutate': lambda self: "
    "{setattr(self, 'mutated', self.mutated - 1)}, '__hash__': lambda self: "
    "hash(str(self)), }, ), ] ] for orgTypeFun in [type(type(1))] ] and 'red'",
    "&amp; &lt; &#60;",
]


def test_hostile_strings_print_literally(tmp_path, style, photo_source):
    edition = Edition(
        title="<b>Editie</b> & co",
        highlights=[HOSTILE[2]],
        content=[
            Article(
                kicker=HOSTILE[3],
                headline=HOSTILE[0] + " " + HOSTILE[1],
                lead=HOSTILE[2],
                body="\n\n".join(escape_text(h) for h in HOSTILE),
                quotes=[PullQuote(HOSTILE[3], HOSTILE[1])],
            ),
            SidebarBox(title=HOSTILE[4], body=escape_text(HOSTILE[5])),
        ],
    )
    path = tmp_path / "hostile.pdf"
    write_pdf(edition, style, photo_source, path)
    text = squash(pdftotext(path, "-raw"))
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile
    assert squash("<B>EDITIE</B> & CO") in text  # the masthead sets the title in capitals
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                assert "javascript" not in str(annot.get("/A", {}).get("/URI", "")).lower()


def test_links_are_clickable(exported):
    path, _ = exported["email"]
    uris = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/Subtype") == "/Link" and "/A" in annot:
                    uris.append(str(annot.A.URI))
    assert "https://www.vnhg.info/verslagen" in uris
    assert "mailto:secretariaat@vnhg.info" in uris


def test_metadata_and_language(exported):
    path, _ = exported["email"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nl-NL"
        info = pdf.docinfo
        assert str(info.Title) == "Verslag ledenvergadering 18 september 2026"
        assert str(info.Author) == "Vereniging van Noord-Hollandse Gemeenten"
        assert "Algemene ledenvergadering" in str(info.Subject)
        assert "Jeugdzorg in de regio" in str(info.Keywords)


def test_footer_is_read_last_on_every_page(exported):
    path, result = exported["email"]
    pages = pdftotext(path).split("\f")[: result.page_count]
    for number, page in enumerate(pages, start=1):
        assert page.strip().endswith(f"pagina {number}"), page[-200:]
        assert page.count("www.vnhg.info") == 1


def test_at_most_one_pull_quote_per_column(tmp_path, style, photo_source):
    import re as _re

    from tests.pdf.fixtures import BODY_PARAGRAPHS

    quotes = [PullQuote(f"Citaat nummer {n} over de begroting", "") for n in range(6)]
    paragraphs = [f"({n}) {text}" for n, text in enumerate(BODY_PARAGRAPHS * 8)]
    article = Article(headline="Veel citaten", body="\n\n".join(paragraphs), quotes=quotes)
    path = tmp_path / "quotes.pdf"
    write_pdf(Edition(content=[article]), style, photo_source, path)
    # Moving quotes never puts one inside a paragraph (in reading order).
    _in_order(squash(without_footer(pdftotext(path, "-raw"))), [squash(p) for p in paragraphs])
    html = pdftotext(path, "-bbox")
    seen: dict[tuple[int, str], int] = {}
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
            width = float(_re.search(r'width="([\d.]+)"', line).group(1))
        match = _re.search(r'xMin="([\d.]+)".*>\u201cCitaat<', line)
        if match:
            column = "left" if float(match.group(1)) < width / 2 else "right"
            seen[(page, column)] = seen.get((page, column), 0) + 1
    assert sum(seen.values()) == 6
    assert max(seen.values()) == 1, seen


def test_control_characters_and_lone_surrogates_never_break_the_export(tmp_path, style):
    from vnhg_desk.imaging.source import MemoryPhotoSource
    from vnhg_desk.model import SidebarBox as Box

    weird = "Nul\x00 bel\x07 esc\x1b[31m vt\x0b lijn\u2028einde a\ud800b \U000e0001tag"
    edition = Edition(
        title=weird,
        highlights=[weird],
        content=[
            Article(
                kicker=weird,
                headline=weird,
                subtitle=weird,
                lead=weird,
                body=weird + " [link](https://example.org/\ud800)",
                byline=weird,
                quotes=[PullQuote(weird, weird)],
            ),
            Box(weird, weird, weird),
        ],
    )
    path = tmp_path / "weird.pdf"
    result = write_pdf(edition, style, MemoryPhotoSource(), path)
    assert result.page_count >= 1
    text = pdftotext(path)
    assert "Nul bel esc[31m vt lijn einde a\ufffdb tag" in text
    assert "[U+" not in text  # control characters are dropped, not shown as codes
    with pikepdf.open(path) as pdf:
        assert "\ufffd" in str(pdf.docinfo.Title)
