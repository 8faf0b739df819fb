"""Heading levels are decided once in layout (issue 14): an edition that opens with a
box ("kader") reads H1 first in the tagged PDF (e-mail and print) and in Word, and no
output skips a level; a box after an article stays one level under it."""

from __future__ import annotations

import io
import itertools

import pytest
from docx import Document
from pypdf import PdfReader

from tests.docx.docx_reading import headings
from tests.pdf.conftest import squash
from tests.pdf.test_tagging import _structure
from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.layout.document_layout import heading_levels, layout_edition
from vnhg_desk.model import Article, Edition, HouseStyle, Invitation, SidebarBox

BODY = (
    "De regio zoekt ruimte voor woningbouw zonder het landschap te verliezen. "
    "Gemeenten willen sneller bouwen en samen optrekken richting de provincie.\n\n"
    "## Vervolg\n\nIn het voorjaar volgt een werkbezoek."
)


def box_first() -> Edition:
    return Edition(
        title="Nieuwsbrief",
        content=[
            SidebarBox(
                kicker="Agenda",
                title="In dit nummer",
                body="## Data\n\nDe volgende vergadering is op 12 maart.",
            ),
            Article(kicker="Verslag", headline="Woningbouw in de regio", body=BODY),
            SidebarBox(title="Besluiten", body="Het bestuur stelt de begroting vast."),
            Article(headline="Financiën op orde", body=BODY),
        ],
    )


#: The headings of :func:`box_first` as every output must give them: (level, text).
BOX_FIRST_HEADINGS = [
    (1, "In dit nummer"),
    (2, "Data"),
    (1, "Woningbouw in de regio"),
    (2, "Vervolg"),
    (2, "Besluiten"),
    (1, "Financiën op orde"),
    (2, "Vervolg"),
]


def test_levels_follow_the_reading_order():
    box, article = SidebarBox(title="Kader"), Article(headline="Kop")
    assert heading_levels([box, article, box, article, box]) == [1, 1, 2, 1, 2]
    assert heading_levels([box, box]) == [1, 2]
    # A box without title is no heading: the box after it still opens the edition.
    assert heading_levels([SidebarBox(body="x"), box, article]) == [1, 1, 1]
    # An article without headline is no level-1 heading either (the check warns).
    assert heading_levels([Article(body="x"), box]) == [1, 1]
    layout = layout_edition(box_first(), HouseStyle())
    assert [getattr(item, "level", 1) for item in layout.items] == [1, 1, 2, 1]


def pdf_headings(path) -> list[tuple[int, str]]:
    """(level, text) of the H1..H6 elements of the structure tree, in reading order."""
    _reader, _tree, elements, _artifacts = _structure(path)
    return [
        (int(role[2]), text)
        for role, _page, text, _alt in elements
        if len(role) == 3 and role[1] == "H" and role[2].isdigit()
    ]


def word_headings(data: bytes) -> list[tuple[int, str]]:
    return headings(Document(io.BytesIO(data)))


def assert_in_order(levels: list[int]) -> None:
    assert levels and levels[0] == 1, levels
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


@pytest.mark.parametrize("variant", ["email", "print"])
def test_pdf_opens_with_the_box_as_h1(tmp_path, variant):
    path = tmp_path / f"{variant}.pdf"
    write_pdf(box_first(), HouseStyle(), MemoryPhotoSource(), path, variant=variant)
    headings = pdf_headings(path)
    assert_in_order([level for level, _text in headings])
    assert [(level, squash(text)) for level, text in headings] == [
        (level, squash(text)) for level, text in BOX_FIRST_HEADINGS
    ]


def test_word_opens_with_the_box_at_level_1():
    out = io.BytesIO()
    write_docx(box_first(), HouseStyle(), MemoryPhotoSource(), out)
    headings = word_headings(out.getvalue())
    assert headings == BOX_FIRST_HEADINGS
    document = Document(io.BytesIO(out.getvalue()))
    box_titles = [p.style.name for t in document.tables for p in t.cell(0, 0).paragraphs if p.text]
    assert box_titles.count("Kadertitel") == 2  # one look; the level is the paragraph's


def test_flyer_with_a_long_theme_reads_h1_first(tmp_path):
    """A theme too long for its size is set smaller: still H1 (it was a P, so the flyer
    opened with the H2 of its section heads)."""
    invitation = Invitation(
        title="Save the date",
        theme="Een bijzonder lange themanaam over klimaatadaptatie, wateroverlast en "
        "hittestress in de kustgemeenten van Noord-Holland en daarbuiten: wat kunnen "
        "raadsleden, wethouders en ambtenaren van elkaar leren over de aanpak van "
        "dijkversterking, groene daken en de inrichting van de openbare ruimte",
        intro="Welkom.",
        registration_note="Aanmelden via www.vnhg.info.",
    )
    path = tmp_path / "flyer.pdf"
    write_pdf(invitation, HouseStyle(), MemoryPhotoSource(), path)
    headings = pdf_headings(path)
    assert_in_order([level for level, _text in headings])
    assert headings[0][0] == 1
    out = io.BytesIO()
    write_docx(invitation, HouseStyle(), MemoryPhotoSource(), out)
    assert_in_order([level for level, _text in word_headings(out.getvalue())])


def no_headline_first() -> Edition:
    """An article without a headline (the check warns; the secretary may still send it)."""
    return Edition(
        title="Nieuwsbrief",
        content=[Article(body=BODY), Article(headline="Financiën op orde", body=BODY)],
    )


#: Its subheadings are the top of its outline: level 1, not an H2 with no H1 before it.
NO_HEADLINE_HEADINGS = [(1, "Vervolg"), (1, "Financiën op orde"), (2, "Vervolg")]


def test_an_article_without_headline_has_its_subheadings_at_level_1(tmp_path):
    layout = layout_edition(no_headline_first(), HouseStyle())
    assert [item.subheading_level for item in layout.items] == [1, 2]
    for variant in ("email", "print"):
        path = tmp_path / f"{variant}.pdf"
        write_pdf(no_headline_first(), HouseStyle(), MemoryPhotoSource(), path, variant=variant)
        assert [(level, squash(text)) for level, text in pdf_headings(path)] == [
            (level, squash(text)) for level, text in NO_HEADLINE_HEADINGS
        ]
    out = io.BytesIO()
    write_docx(no_headline_first(), HouseStyle(), MemoryPhotoSource(), out)
    assert word_headings(out.getvalue()) == NO_HEADLINE_HEADINGS
    document = Document(io.BytesIO(out.getvalue()))
    looks = {p.style.name for p in document.paragraphs if p.text == "Vervolg"}
    assert looks == {"Heading 2"}  # one look; the level is the paragraph's


def test_an_untitled_box_that_opens_the_edition_has_its_subheadings_at_level_1(tmp_path):
    edition = Edition(
        title="Nieuwsbrief",
        content=[
            SidebarBox(body="## Data\n\nDe volgende vergadering is op 12 maart."),
            Article(headline="Financiën op orde", body=BODY),
        ],
    )
    expected = [(1, "Data"), (1, "Financiën op orde"), (2, "Vervolg")]
    layout = layout_edition(edition, HouseStyle())
    assert layout.items[0].subheading_level == 1
    path = tmp_path / "kader.pdf"
    write_pdf(edition, HouseStyle(), MemoryPhotoSource(), path)
    assert [(level, squash(text)) for level, text in pdf_headings(path)] == [
        (level, squash(text)) for level, text in expected
    ]
    out = io.BytesIO()
    write_docx(edition, HouseStyle(), MemoryPhotoSource(), out)
    assert word_headings(out.getvalue()) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Save the date", [(1, "SAVE THE DATE"), (2, "DAGVOORZITTER"), (2, "AANMELDEN")]),
        ("", [(1, "DAGVOORZITTER"), (1, "AANMELDEN")]),
    ],
)
def test_a_flyer_without_theme_still_opens_with_level_1(tmp_path, title, expected):
    """Without a theme the title is the flyer's H1; without a title too, the section
    heads are level 1 (the layout's title_is_heading and section_level)."""
    from vnhg_desk.model import Person

    invitation = Invitation(
        title=title,
        intro="Welkom bij de bijeenkomst.",
        moderator=Person("Ans Bakker", "dagvoorzitter", "VNHG"),
        registration_note="Aanmelden via www.vnhg.info.",
    )
    path = tmp_path / "flyer.pdf"
    write_pdf(invitation, HouseStyle(), MemoryPhotoSource(), path)
    found = [(level, squash(text).upper()) for level, text in pdf_headings(path)]
    assert found == [(level, squash(text)) for level, text in expected]
    assert PdfReader(path).metadata.title == (title or "Uitnodiging")  # PDF/UA: a title
    out = io.BytesIO()
    write_docx(invitation, HouseStyle(), MemoryPhotoSource(), out)
    levels = [level for level, _text in word_headings(out.getvalue())]
    assert levels == [level for level, _text in expected]
