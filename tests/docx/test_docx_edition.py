"""The edition as .docx, reopened with python-docx: styles, order, pictures, links, page."""

from __future__ import annotations

import io
import itertools

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from docx_reading import (
    field_instructions,
    headings,
    hyperlinks,
    open_docx,
    paragraphs,
    pictures,
    style_of,
    styled,
)

from vnhg_desk.export.docx import write_docx


@pytest.fixture
def exported(tmp_path, edition, house_style, photos):
    target = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, target)
    return open_docx(target)


def test_article_parts_carry_their_styles(exported, edition):
    first, _box, second = edition.content
    assert style_of(exported, first.headline) == "Heading 1"
    assert style_of(exported, second.headline) == "Heading 1"
    assert style_of(exported, first.kicker) == "Bovenkop"
    assert style_of(exported, first.subtitle) == "Subtitle"
    assert style_of(exported, first.lead) == "Intro"
    assert styled(exported, "Heading 2") == ["Knelpunten in de regio", "Vervolg"]
    assert style_of(exported, first.byline) == "Auteur"
    assert style_of(exported, "Verslag ledenvergadering") == "Title"
    assert style_of(exported, "Algemene ledenvergadering najaar") == "Subtitle"


def test_headlines_and_boxes_are_in_reading_order(exported, edition):
    texts = [p.text for p in paragraphs(exported)]
    first, box, second = edition.content
    order = [
        "Verslag ledenvergadering",
        "Woningbouw en netcongestie",
        first.headline,
        first.lead,
        "Knelpunten in de regio",
        "Vervolg",
        box.title,
        second.headline,
        "Hoorn laat inwoners zelf meekijken in een openbaar dashboard.",
    ]
    positions = [texts.index(text) for text in order]
    assert positions == sorted(positions)


def test_navigation_pane_sees_headlines_and_box_titles(exported, edition):
    """Outline levels come from the styles: Heading 1 (level 0), Heading 2 and the box
    title style (level 1: a box after an article is a heading under it)."""

    def outline(style_name):
        style = exported.styles[style_name]
        while style is not None:
            ppr = style.element.pPr
            level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
            if level is not None:
                return int(level.get(qn("w:val")))
            style = style.base_style
        return None

    assert outline("Heading 1") == 0
    assert outline("Heading 2") == 1
    assert outline("Kadertitel") == 1
    assert outline("Bovenkop") is None and outline("Intro") is None
    box_title = [p for p in paragraphs(exported) if p.style == "Kadertitel"]
    assert [p.text for p in box_title] == ["Besluiten van de vergadering"]
    assert box_title[0].in_table


def test_banner_highlights_and_references(exported):
    assert styled(exported, "Datumbalk") == ["9\u2022OKT\u20222026 \u2022 Purmerend"]
    bullets = styled(exported, "List Bullet")
    assert bullets[:3] == [
        "Woningbouw en netcongestie",
        "Data in de dienstverlening",
        "Jaarrekening vastgesteld",
    ]
    assert "een regionale woningbouwtafel" in bullets
    assert styled(exported, "Kenmerk") == ["Z.2026.0412 / D.55871"]


def test_body_emphasis_becomes_bold_and_italic_runs(exported):
    paragraph = next(p for p in exported.paragraphs if p.text.startswith("De voorzitter opende"))
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["nog nooit zo nodig"]
    knelpunten = next(p for p in exported.paragraphs if p.text.startswith("Wethouder Bakker"))
    assert [run.text for run in knelpunten.runs if run.italic] == ["stikstof"]


def test_pull_quote_follows_the_paragraph_that_contains_it(exported):
    texts = [p.text for p in paragraphs(exported)]
    quote = "“Wie wil bouwen, moet eerst het stroomnet op orde hebben”"
    assert style_of(exported, quote) == "Intense Quote"
    at = texts.index(quote)
    source = next(i for i, t in enumerate(texts) if t.startswith("Wethouder Bakker schetste"))
    # after its paragraph, never directly against it: at least one block between
    assert source < at - 1
    assert texts[at + 1] == "Wethouder Bakker"
    assert style_of(exported, "Wethouder Bakker") == "Citaatbron"
    # The second quote is not in its article's text: it goes among the paragraphs.
    second = texts.index("“Begin klein en leer onderweg”")
    unattributed = next(p for p in exported.paragraphs if p.text == texts[second])
    assert unattributed.paragraph_format.space_after.pt == 12
    assert texts.index("Slimme data, betere dienstverlening") < second
    assert second < texts.index("Hoorn laat inwoners zelf meekijken in een openbaar dashboard.")


def test_photos_are_inline_with_alt_text_and_captions(exported, edition):
    found = pictures(exported)
    assert [p.descr for p in found] == [
        "Drie panelleden aan een tafel op het podium",
        "Een wethouder spreekt de zaal toe",
        "Het dashboard van Hoorn.",  # no alt text: the caption stands in
    ]
    assert found[0].title == "Het panel v.l.n.r.: J. Bakker, S. Yilmaz en P. Verhoef."
    captions = styled(exported, "Caption")
    assert captions == [
        "Het panel v.l.n.r.: J. Bakker, S. Yilmaz en P. Verhoef. \u2002Foto: K. Smit",
        "Wethouder Bakker aan het woord. \u2002Foto: K. Smit",
        "Het dashboard van Hoorn.",
    ]
    texts = [p.text for p in paragraphs(exported)]
    lead = texts.index(edition.content[0].lead)
    assert texts[lead + 1] == ""  # the picture's own paragraph (style Foto)
    assert texts[lead + 2] == captions[0]


def test_photos_are_downsampled_to_about_150_ppi(exported):
    for picture in pictures(exported):
        inches = picture.width_emu / 914400
        assert picture.width_px <= round(inches * 150) + 1
    landscape, portrait, png = pictures(exported)
    for big in (landscape, portrait):  # sources larger than needed: exactly ~150 ppi
        assert abs(big.width_px - big.width_emu / 914400 * 150) <= 1
    assert landscape.format == "JPEG" and landscape.width_px < 2400
    assert landscape.width_emu <= Mm(166)
    assert portrait.width_px < portrait.height_px  # stays upright
    assert png.format == "PNG"


def test_hyperlinks_are_real_and_point_at_the_body_targets(exported):
    assert hyperlinks(exported) == [
        ("de site van de vereniging", "https://www.vnhg.info/wonen"),
        ("het secretariaat", "mailto:secretariaat@vnhg.example"),
    ]
    run_style = exported.element.body.find(".//" + qn("w:hyperlink") + "/" + qn("w:r"))
    assert run_style.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) == "Hyperlink"


def test_header_footer_and_page_field(exported):
    section = exported.sections[0]
    header = section.header.paragraphs[0].text
    assert header == (
        "Vereniging van Noord-Hollandse Gemeenten\tVerslag ledenvergadering 9 oktober 2026"
    )
    assert section.different_first_page_header_footer
    for footer in (section.footer, section.first_page_footer):
        texts = [p.text for p in footer.paragraphs]
        assert texts[0] == (
            "www.vnhg.info  \u2022  secretariaat@vnhg.example  \u2022  023 123 45 67  "
            "\u2022  x.com/vnhg_test"
        )
        assert texts[1].startswith("Pagina ")
        links = [
            footer.part.rels[link.get(qn("r:id"))].target_ref
            for link in footer._element.iter(qn("w:hyperlink"))
        ]
        assert links == ["https://www.vnhg.info", "mailto:secretariaat@vnhg.example"]
        assert field_instructions(footer._element)[:2] == [
            "PAGE \\* MERGEFORMAT",
            "NUMPAGES \\* MERGEFORMAT",
        ]


def test_widow_control_is_on_for_every_paragraph_style(exported):
    assert exported.styles["Normal"].paragraph_format.widow_control is True


def test_page_is_a4_with_sensible_margins(exported):
    section = exported.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    for margin in (section.left_margin, section.right_margin, section.top_margin):
        assert 15 <= margin.mm <= 30


def test_core_properties(exported, edition):
    props = exported.core_properties
    assert props.title == "Verslag ledenvergadering 9 oktober 2026"
    assert props.author == "Vereniging van Noord-Hollandse Gemeenten"
    assert props.subject == "Algemene ledenvergadering najaar"
    assert "Woningbouw en netcongestie" in props.keywords
    assert props.language == "nl-NL"
    assert props.created is not None and props.created.year >= 2024
    assert props.content_status == "concept"
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)


def test_language_is_dutch_in_defaults_and_styles(exported):
    styles_el = exported.styles.element
    default_lang = styles_el.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert default_lang.get(qn("w:val")) == "nl-NL"
    for name in ("Normal", "Heading 1", "Intro", "Bovenkop", "Caption", "Intense Quote"):
        lang = exported.styles[name].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:val")) == "nl-NL", name


def test_fonts_come_from_the_house_style_in_every_script_slot(tmp_path, edition, photos):
    from vnhg_desk.model import HouseStyle

    style = HouseStyle(heading_font="Noto Sans", body_font="Noto Serif")
    target = tmp_path / "fonts.docx"
    write_docx(edition, style, photos, target)
    document = open_docx(target)
    expected = {
        "Heading 1": "Noto Sans",
        "Normal": "Noto Serif",
        "Caption": "Noto Sans",
        "Heading 1 Char": "Noto Sans",  # linked character style, used on part of a paragraph
        "Quote Char": "Noto Serif",
    }
    for name, family in expected.items():
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert fonts.get(qn(slot)) == family, (name, slot)
        assert fonts.get(qn("w:asciiTheme")) is None


def test_writes_to_a_stream_and_reports_progress(edition, house_style, photos):
    seen = []
    stream = io.BytesIO()
    write_docx(edition, house_style, photos, stream, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert open_docx(stream.getvalue()).paragraphs


def test_renditions_are_cached_for_the_next_export(edition, house_style, photos):
    write_docx(edition, house_style, photos, io.BytesIO())
    keys = {key for _hash, key in photos.renditions}
    assert keys and all(key.startswith("docx:") for key in keys)
    before = dict(photos.renditions)
    photos.normalised = None  # a second export must not decode the originals again
    write_docx(edition, house_style, photos, io.BytesIO())
    assert photos.renditions == before


def test_settings_are_those_of_a_current_word_document(exported):
    settings = exported.settings.element
    modes = [
        s.get(qn("w:val"))
        for s in settings.iter(qn("w:compatSetting"))
        if s.get(qn("w:name")) == "compatibilityMode"
    ]
    assert modes == ["15"]  # no "[Compatibiliteitsmodus]" in Word's title bar
    assert settings.find(qn("w:proofState")) is None  # Word checks the spelling itself
    assert settings.find(qn("w:themeFontLang")).get(qn("w:val")) == "nl-NL"


def test_template_leftovers_are_not_shipped(edition, house_style, photos):
    import zipfile

    out = io.BytesIO()
    write_docx(edition, house_style, photos, out)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        app = package.read("docProps/app.xml").decode("utf-8")
    assert not [name for name in names if "thumbnail" in name]
    assert "<Application>VNHG Desk</Application>" in app
    assert "<Company>Vereniging van Noord-Hollandse Gemeenten</Company>" in app
    assert "Macintosh" not in app and "<Words>" not in app
    assert "word/stylesWithEffects.xml" not in names


def test_an_empty_edition_still_makes_a_valid_document(house_style, photos):
    from vnhg_desk.model import Edition

    out = io.BytesIO()
    write_docx(Edition(title="", association=""), house_style, photos, out)
    document = open_docx(out.getvalue())
    texts = [p.text for p in paragraphs(document)]
    # The house style's defaults stand in for an empty title and association.
    assert texts[:2] == ["Vereniging van Noord-Hollandse Gemeenten", "Verslag ledenvergadering"]
    assert document.core_properties.title == "Verslag ledenvergadering"
    assert pictures(document) == []


def test_english_edition_words_and_language(edition, house_style, photos):
    edition.language = "en"
    out = io.BytesIO()
    write_docx(edition, house_style, photos, out)
    document = open_docx(out.getvalue())
    assert styled(document, "Datumbalk") == ["9\u2022OCT\u20222026 \u2022 Purmerend"]
    assert document.core_properties.language == "en-GB"
    assert "Photo: K. Smit" in styled(document, "Caption")[0]
    assert document.sections[0].footer.paragraphs[1].text.startswith("Page ")


def test_font_table_declares_the_house_fonts_for_substitution(edition, photos):
    import zipfile

    from lxml import etree

    from vnhg_desk.model import HouseStyle

    out = io.BytesIO()
    write_docx(edition, HouseStyle(body_font="Georgia Serif Pro"), photos, out)
    with zipfile.ZipFile(out) as package:
        root = etree.fromstring(package.read("word/fontTable.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    fonts = {f.get(w + "name"): f for f in root.iter(w + "font")}
    sans = fonts["Noto Sans"]
    assert sans.find(w + "family").get(w + "val") == "swiss"
    assert sans.find(w + "panose1").get(w + "val").startswith("020B")  # read from the file
    assert sans.find(w + "sig") is not None
    guessed = fonts["Georgia Serif Pro"]  # not shipped: class guessed from the name
    assert guessed.find(w + "family").get(w + "val") == "roman"
    assert guessed.find(w + "panose1") is None


def test_a_photo_without_alt_text_or_caption_is_decorative_not_foto(edition, house_style, photos):
    """Nothing to say about it: Word's "decorative" mark, never a made-up "Foto: ..."
    (the editor's photo panel flags the missing alt text)."""
    edition.content[0].photos[0].alt_text = ""
    edition.content[0].photos[0].caption = ""
    out = io.BytesIO()
    write_docx(edition, house_style, photos, out)
    document = open_docx(out.getvalue())
    first = pictures(document)[0]
    assert first.descr == ""
    doc_pr = document.element.body.findall(".//" + qn("wp:docPr"))[0]
    assert (
        doc_pr.find(
            ".//{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
        ).get("val")
        == "1"
    )


@pytest.mark.parametrize("kind", ["edition", "invitation"])
def test_word_accessibility_checks(kind, edition, house_style, photos):
    """What Word's accessibility checker looks at: headings from level 1 without skips,
    alt text or the decorative mark on every picture, no empty paragraphs used as
    spacing, no runs of spaces, a title and a language."""
    from tests.pdf.fixtures import sample_invitation

    document_model = edition if kind == "edition" else sample_invitation()
    out = io.BytesIO()
    write_docx(document_model, house_style, photos, out)
    document = open_docx(out.getvalue())
    levels = [level for level, _text in headings(document)]
    assert levels and levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    for doc_pr in document.element.body.iter(qn("wp:docPr")):
        decorative = doc_pr.find(
            ".//{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
        )
        assert doc_pr.get("descr") or decorative is not None
    body_paragraphs = [p for p in document.paragraphs]
    empty = [p for p in body_paragraphs if not p.text.strip() and not p._p.xpath(".//w:drawing")]
    assert empty == []
    assert not any("   " in p.text for p in document.paragraphs)
    assert document.core_properties.title and document.core_properties.language == "nl-NL"
