"""Importing a Word file builds an edition: headings to articles, emphasis, lists, pictures."""

from __future__ import annotations

import io
import signal
import zipfile
from contextlib import contextmanager

import docx
import pytest
from docx.shared import Cm
from sample_photos import make_photo

from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange.docx_import import import_docx
from vnhg_desk.export.docx import write_docx
from vnhg_desk.model.richtext import BulletList, Paragraph, Subheading, parse_body
from vnhg_desk.store.library import Library


@contextmanager
def deadline(seconds: int):
    """Fail instead of hanging (POSIX alarm)."""

    def expired(_signum, _frame):
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def library(tmp_path):
    opened = Library.open(tmp_path / "import.vnhg-desk")
    yield opened
    opened.close()


def colleague_file(tmp_path, photo_bytes: bytes):
    """A Word file as a colleague writes it: built-in styles, direct bold, a list, a photo."""
    document = docx.Document()
    document.core_properties.title = "Notities regiobijeenkomst"
    document.add_paragraph("Terugblik regio West", style="Heading 1")
    intro = document.add_paragraph("De bijeenkomst was ")
    intro.add_run("goed bezocht").bold = True
    intro.add_run(" en de sfeer was ")
    intro.add_run("open").italic = True
    intro.add_run(".")
    document.add_paragraph("Afspraken", style="Heading 2")
    document.add_paragraph("elke maand overleg", style="List Bullet")
    document.add_paragraph("één contactpersoon per gemeente", style="List Bullet")
    document.add_paragraph("Tekst met <b>tags</b> & *sterren* [haken] blijft letterlijk.")
    picture = document.add_paragraph()
    shape = picture.add_run().add_picture(io.BytesIO(photo_bytes), width=Cm(8))
    shape._inline.docPr.set("descr", "Deelnemers rond een tafel")
    document.add_paragraph("Tweede onderwerp", style="Heading 1")
    document.add_paragraph("Kort verslag van het tweede onderwerp.")
    target = tmp_path / "collega.docx"
    document.save(target)
    return target


def test_colleague_file_becomes_articles(tmp_path, library, photo_set):
    photo_hash, _info, data = photo_set[0]
    edition = library.load(import_docx(library, colleague_file(tmp_path, data)))
    assert edition.title == "Notities regiobijeenkomst"
    first, second = edition.articles
    assert (first.headline, second.headline) == ("Terugblik regio West", "Tweede onderwerp")
    blocks = parse_body(first.body)
    assert isinstance(blocks[0], Paragraph)
    emphasis = [(s.text, s.bold, s.italic) for s in blocks[0].spans]
    assert ("goed bezocht", True, False) in emphasis and ("open", False, True) in emphasis
    assert blocks[1] == Subheading("Afspraken")
    assert isinstance(blocks[2], BulletList)
    items = ["".join(s.text for s in item) for item in blocks[2].items]
    assert items == ["elke maand overleg", "één contactpersoon per gemeente"]
    assert blocks[3].text == "Tekst met <b>tags</b> & *sterren* [haken] blijft letterlijk."
    (photo,) = first.photos
    assert photo.alt_text == "Deelnemers rond een tafel"
    assert library.has_photo(photo.photo_hash)
    assert photo.photo_hash == photo_hash  # hash of the embedded bytes
    assert parse_body(second.body)[0].text == "Kort verslag van het tweede onderwerp."


def test_our_own_export_comes_back(tmp_path, library, edition, house_style, photos):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    back = library.load(import_docx(library, source))
    assert back.title == edition.title
    assert back.meeting == edition.meeting
    assert back.references == edition.references
    assert back.highlights == edition.highlights
    original_first, box, original_second = edition.content
    first, box_back, second = back.content
    for field in ("kicker", "headline", "subtitle", "lead", "byline"):
        assert getattr(first, field) == getattr(original_first, field), field
    assert parse_body(first.body) == parse_body(original_first.body)
    assert [(q.text, q.attribution) for q in first.quotes] == [
        (q.text, q.attribution) for q in original_first.quotes
    ]
    assert [(p.caption, p.credit, p.alt_text) for p in first.photos] == [
        (p.caption, p.credit, p.alt_text) for p in original_first.photos
    ]
    assert (box_back.kicker, box_back.title) == (box.kicker, box.title)
    assert parse_body(box_back.body) == parse_body(box.body)
    assert second.headline == original_second.headline


def test_links_survive_only_when_safe(tmp_path, library, edition, house_style, photos):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    back = library.load(import_docx(library, source))
    links = [
        s.link
        for b in parse_body(back.articles[0].body)
        if isinstance(b, Paragraph)
        for s in b.spans
        if s.link
    ]
    assert links == ["https://www.vnhg.info/wonen", "mailto:secretariaat@vnhg.example"]


def test_unusable_picture_is_skipped_with_a_note(tmp_path, library):
    document = docx.Document()
    document.add_paragraph("Kop", style="Heading 1")
    _hash, _info, png = make_photo(40, 30, (10, 10, 10), "PNG")
    document.add_paragraph().add_run().add_picture(io.BytesIO(png))
    target = tmp_path / "kapot.docx"
    document.save(target)
    # Replace the picture's bytes by something that only looks like a PNG.
    broken = tmp_path / "kapot2.docx"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("word/media/"):
                data = data[:40]
            dst.writestr(info, data)
    notes: list[str] = []
    edition = library.load(import_docx(library, broken, notes=notes))
    assert edition.articles[0].headline == "Kop"
    assert edition.articles[0].photos == []
    assert len(notes) == 1 and "niet overgenomen" in notes[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "geen Word-bestand"),
        (b"%PDF-1.7 geen zip", "geen Word-bestand"),
        (None, "bestaat niet"),
    ],
)
def test_files_that_are_not_word_are_refused_in_dutch(tmp_path, library, content, message):
    target = tmp_path / "iets.docx"
    if content is not None:
        target.write_bytes(content)
    with pytest.raises(ExchangeError, match=message):
        import_docx(library, target)
    assert library.is_empty


def test_a_zip_that_is_no_document_is_refused(tmp_path, library):
    target = tmp_path / "archief.docx"
    with zipfile.ZipFile(target, "w") as package:
        package.writestr("leesmij.txt", "geen document")
    with pytest.raises(ExchangeError, match="geen Word-document"):
        import_docx(library, target)


def test_zip_bomb_is_refused_before_reading(tmp_path, library):
    target = tmp_path / "bom.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(ExchangeError, match="zip-bom"):
        import_docx(library, target)
    assert library.is_empty


def test_failure_halfway_leaves_the_library_unchanged(tmp_path, library, photo_set, monkeypatch):
    """Photos added before a later failure are rolled back with the rest."""
    source = colleague_file(tmp_path, photo_set[0][2])

    def refuse(_edition):
        raise ExchangeError("opslaan mislukt")

    monkeypatch.setattr(library, "save", refuse)
    with pytest.raises(ExchangeError):
        import_docx(library, source)
    assert not library.has_photo(photo_set[0][0])


def _append_xml(document, xml: str) -> None:
    from docx.oxml import parse_xml

    document.element.body.insert(len(document.element.body) - 1, parse_xml(xml))


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def test_text_boxes_content_controls_and_numbered_headings(tmp_path, library):
    document = docx.Document()
    document.add_paragraph("Inhoudsopgave", style="Heading 1")
    _append_xml(
        document,
        f'<w:sdt {W_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Kop 1 ..... 3</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>",
    )
    document.add_paragraph("Artikel met extra's", style="Heading 1")
    _append_xml(
        document,
        f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Tekst in een invulveld.</w:t>"
        "</w:r></w:p></w:sdtContent></w:sdt>",
    )
    _append_xml(
        document,
        f"<w:p {W_NS} {V_NS}><w:r><w:t>Voor het tekstvak.</w:t></w:r><w:r><w:pict><v:shape>"
        "<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Let op</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Inhoud van het tekstvak.</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>",
    )
    numbered = document.add_paragraph("Genummerde tussenkop", style="Heading 2")
    numbered._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 1
    document.add_paragraph("Tekst na het tekstvak.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cel {r}{c}"
    document.add_paragraph("Nog een alinea na de tabel.")
    target = tmp_path / "extra.docx"
    document.save(target)
    edition = library.load(import_docx(library, target))
    toc_article, article, box = edition.content
    assert toc_article.headline == "Inhoudsopgave" and toc_article.body == ""
    assert article.headline == "Artikel met extra's"
    blocks = parse_body(article.body)
    assert [getattr(b, "text", None) for b in blocks] == [
        "Tekst in een invulveld.",
        "Voor het tekstvak.",
        "Genummerde tussenkop",
        "Tekst na het tekstvak.",
        "cel 00 \u2013 cel 01",
        "cel 10 \u2013 cel 11",
        "Nog een alinea na de tabel.",
    ]
    assert isinstance(blocks[2], Subheading)
    # The text box follows its article instead of cutting it in two.
    assert parse_body(box.body)[-1].text == "Inhoud van het tekstvak."
    assert "Let op" in box.body


def test_entity_expansion_is_not_performed(tmp_path, library):
    """A 'billion laughs' document.xml neither hangs nor floods the library."""
    document = docx.Document()
    document.add_paragraph("Kop", style="Heading 1")
    document.add_paragraph("PLAATSHOUDER")
    source = tmp_path / "bron.docx"
    document.save(source)
    laughs = (
        '<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "]>"
    )
    target = tmp_path / "lach.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                head, _, body = text.partition("?>")
                text = head + "?>" + laughs + body.replace("PLAATSHOUDER", "&i;")
                data = text.encode("utf-8")
            dst.writestr(info, data)
    with deadline(30):
        try:
            edition = library.load(import_docx(library, target))
        except ExchangeError:
            return
    assert len(edition.articles[0].body) < 1000


def test_styles_based_on_each_other_in_a_loop_do_not_hang(tmp_path, library):
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    first = document.styles.add_style("Eerste", WD_STYLE_TYPE.PARAGRAPH)
    second = document.styles.add_style("Tweede", WD_STYLE_TYPE.PARAGRAPH)
    second.base_style = first
    first.base_style = second
    document.add_paragraph("Kop", style="Heading 1")
    document.add_paragraph("Tekst in een lus-stijl.", style="Eerste")
    target = tmp_path / "lus.docx"
    document.save(target)
    with deadline(30):
        edition = library.load(import_docx(library, target))
    assert parse_body(edition.articles[0].body)[0].text == "Tekst in een lus-stijl."
