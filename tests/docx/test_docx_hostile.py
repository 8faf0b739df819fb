"""Hostile text: forbidden XML characters go (only those), markup stays literal, links checked."""

from __future__ import annotations

import io

import pytest
from docx_reading import all_text, hyperlinks, open_docx, pictures, style_of

from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.model import Article, Edition, HouseStyle, PhotoRef, PullQuote, SidebarBox

FORBIDDEN = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff\ud800\udfff"
KEPT = "\t tab, é ü ß ñ – — “ ” € ½ \u00ad \u200b \u202e עברית 😀 \x7f\x85 \ufdd0 \U0010fffd"
MARKUP = '<b>vet</b> & <img src="/etc/passwd"/> &amp; ]]> <w:t>x</w:t> {{veld}}'


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x00b", "ab"),
        ("regel\neen\rtwee\tdrie", "regel\neen\rtwee\tdrie"),
        ("".join(map(chr, range(32))), "\t\n\r"),
        ("x\ufffe\uffffy", "xy"),
        ("lone \ud83d surrogate", "lone  surrogate"),
        (KEPT, KEPT),
        (MARKUP, MARKUP),
        ("", ""),
        (None, ""),
    ],
)
def test_xml_safe_removes_only_what_xml_forbids(raw, expected):
    assert xml_safe(raw) == expected


def hostile_edition(photo_hash: str) -> Edition:
    dirty = f"Kop{FORBIDDEN} met {MARKUP}"
    article = Article(
        kicker="Rubriek\x07",
        headline=dirty,
        subtitle=f"Ondertitel {KEPT}",
        lead="Intro\x00 met nul",
        body=(
            f"Alinea {FORBIDDEN[1:]}met tekens en {MARKUP}\n\n"
            "Een [gevaarlijke link](javascript:alert(1)) en [een ftp-link](ftp://example.org/x) "
            "en [een goede](https://example.org/?a=1&b=<2>)."
        ),
        quotes=[PullQuote(text="Citaat\x0b met <i>tag</i>", attribution="Spreker\x1f")],
        photos=[
            PhotoRef(
                photo_hash,
                caption="Bijschrift\x00 <b>",
                credit="Foto\x0c graaf",
                alt_text="Alt\x01 & <tekst>",
            )
        ],
    )
    box = SidebarBox(kicker="Kader\x02", title="Titel\ufffe", body=f"Tekst {MARKUP}")
    return Edition(
        title="Verslag\x03",
        meeting="Vergadering\x04",
        place="Plaats\x05",
        references="Z.1\x06",
        highlights=["Punt\x00 één", MARKUP],
        content=[article, box],
    )


@pytest.fixture
def hostile(photo_set, photos):
    photo_hash = photo_set[0][0]
    style = HouseStyle(association_name="Vereniging\x00 & <Co>")
    style.contact.website = "www.voorbeeld.example\x08"
    out = io.BytesIO()
    write_docx(hostile_edition(photo_hash), style, photos, out)
    return open_docx(out.getvalue())


def test_export_never_fails_and_forbidden_characters_are_gone(hostile):
    text = all_text(hostile)
    for char in FORBIDDEN:
        assert char not in text
    assert f"Kop met {MARKUP}" in text
    assert "Intro met nul" in text
    assert "Rubriek" in text and "Spreker" in text
    assert "Bijschrift <b> \u2002Foto: Foto graaf" in text
    header = hostile.sections[0].header.paragraphs[0].text
    assert header.startswith("Vereniging & <Co>\t")
    assert hostile.sections[0].footer.paragraphs[0].text == "www.voorbeeld.example"


def test_everything_else_is_kept_literally(hostile):
    text = all_text(hostile)
    assert f"Ondertitel {KEPT}" in text
    assert style_of(hostile, f"Kop met {MARKUP}") == "Heading 1"
    assert f"met tekens en {MARKUP}" in text
    assert "“Citaat met <i>tag</i>”" in text
    assert f"Tekst {MARKUP}" in text
    assert MARKUP in [p.text for p in hostile.paragraphs]  # a highlight


def test_only_checked_links_become_hyperlinks(hostile):
    # The body parser percent-encodes what a URL may not hold; & stays (escaped in XML).
    assert hyperlinks(hostile) == [("een goede", "https://example.org/?a=1&b=%3C2%3E")]
    text = all_text(hostile)
    # The body parser leaves a javascript: link as literal text; ftp: parses as a link
    # but is not one we make clickable.
    assert "Een [gevaarlijke link](javascript:alert(1)) en een ftp-link en een goede." in text


def test_alt_text_and_properties_are_cleaned(hostile):
    (picture,) = pictures(hostile)
    assert picture.descr == "Alt & <tekst>"
    assert hostile.core_properties.title == "Verslag"
    assert hostile.core_properties.author == "Vereniging & <Co>"
    assert "Punt één" in hostile.core_properties.keywords


def test_a_huge_paragraph_is_written_whole(edition, house_style, photos):
    words = "gemeenten werken samen aan een sterke regio "
    body = "BEGIN " + words * 20000 + "EINDE"
    edition.content[0].body = body
    out = io.BytesIO()
    write_docx(edition, house_style, photos, out)
    text = all_text(open_docx(out.getvalue()))
    assert body.strip() in text
