"""Every PDF kind is PDF/A-2b and PDF/UA-1 at once: the three checkers pass it, and the
file says so itself (XMP identification, output intent, Info = XMP). The print PDF is
CMYK under the press condition's intent, the others sRGB."""

from __future__ import annotations

import pikepdf
import pytest

from tests.pdf.fixtures import long_edition
from tests.pdf.structure import elements
from tests.pdf.validators import all_failures
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.export.pdf.press_colour import press_profile
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition, PullQuote


def multiscript_edition() -> Edition:
    """Names and quotes in Arabic, Hebrew and Turkish, and an emoji."""
    return Edition(
        title="Nieuwsbrief",
        content=[
            Article(
                kicker="Internationaal",
                headline="Bezoek uit Istanbul, Rabat en Haifa 🎉",
                lead="Burgemeester Ayşe Yılmaz (İstanbul) sprak met ‏محمد العلوي‏ en "
                "דוד כהן over de lokale democratie.",
                body="Yılmaz: „Şehirler birlikte güçlüdür.” Al-Alawi zei: "
                "مرحبا بكم في المدينة. Cohen antwoordde: שלום לכולם.\n\n"
                "Het feest 🎉 duurde tot laat.",
                quotes=[PullQuote("السلام عليكم", "محمد العلوي")],
            )
        ],
    )


@pytest.fixture(scope="module")
def multiscript(tmp_path_factory, style):
    path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    result = write_pdf(multiscript_edition(), style, MemoryPhotoSource(), path)
    assert result.dropped_characters == ["\U0001f389"]  # left out, with a warning
    return path


def test_right_to_left_is_drawn_shaped_and_reads_back_logical(multiscript):
    """Arabic is drawn in its joined forms, right to left; the tagged text (ActualText)
    is what was typed; the emoji is left out, never printed as its name."""
    from tests.pdf.conftest import pdftotext

    drawn = pdftotext(multiscript)
    assert "[party popper]" not in drawn and "\U0001f389" not in drawn
    assert "\ufee1" in drawn or "\ufee3" in drawn  # meem in a joined (presentation) form
    with pikepdf.open(multiscript) as pdf:
        actual = [
            str(element.ActualText)
            for element in elements(pdf.Root.StructTreeRoot)
            if "/ActualText" in element
        ]
    assert any("محمد العلوي" in text and "דוד כהן" in text for text in actual)
    assert any(text == "السلام عليكم" or "السلام عليكم" in text for text in actual)


@pytest.mark.parametrize("variant", ["email", "print"])
def test_edition_passes_all_three_checkers(exported, variant):
    assert all_failures(exported[variant][0]) == []


def test_flyer_passes_all_three_checkers(flyer):
    assert all_failures(flyer[0]) == []


def test_other_scripts_pass_all_three_checkers(multiscript):
    assert all_failures(multiscript) == []


@pytest.mark.slow
def test_forty_pages_pass_all_three_checkers(tmp_path, style):
    source = MemoryPhotoSource()
    write_pdf(long_edition(source, articles=27), style, source, tmp_path / "forty.pdf")
    assert all_failures(tmp_path / "forty.pdf") == []


@pytest.mark.parametrize("variant", ["email", "print"])
def test_the_file_declares_what_it_is(exported, variant):
    with pikepdf.open(exported[variant][0]) as pdf:
        meta = pdf.open_metadata()
        info = pdf.docinfo
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == str(info.Title) and "ledenvergadering" in str(info.Title)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["dc:language"] == {str(pdf.Root.Lang)} == {"nl-NL"}
        intents = pdf.Root.OutputIntents
        if variant == "email":
            assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
            assert intents[0].DestOutputProfile.N == 3  # sRGB
            return
        # Print: the press condition, as the PDF/A and the PDF/X intent, one profile.
        assert [str(intent.S) for intent in intents] == ["/GTS_PDFA1", "/GTS_PDFX"]
        assert {intent.DestOutputProfile.objgen for intent in intents} == {
            intents[0].DestOutputProfile.objgen
        }
        profile = intents[0].DestOutputProfile
        assert profile.N == 4 and profile.read_bytes() == press_profile()
        assert str(intents[0].OutputConditionIdentifier) == "FOGRA39"


def _colour_operators(pdf: pikepdf.Pdf) -> tuple[set[str], set[str]]:
    """The colour-setting operators of every page and form, and every image's space."""
    operators, spaces = set(), set()
    colour_ops = {"rg", "RG", "k", "K", "g", "G", "cs", "CS", "sc", "SC", "scn", "SCN"}
    for page in pdf.pages:
        for _operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) in colour_ops:
                operators.add(str(operator))
        for raw in page.get_images().values():
            spaces.add(str(pikepdf.PdfImage(raw).colorspace))
            if "/SMask" in raw:
                spaces.add("smask " + str(pikepdf.PdfImage(raw.SMask).colorspace))
    return operators, spaces


def test_one_colour_model_per_file(exported):
    """The e-mail PDF is RGB under its sRGB intent; the print PDF is CMYK under its
    press intent, photos included (PDF/A-2b: no DeviceRGB under a CMYK intent)."""
    with pikepdf.open(exported["email"][0]) as pdf:
        operators, spaces = _colour_operators(pdf)
    assert operators <= {"rg", "RG", "g", "G"} and "rg" in operators
    assert spaces == {"/DeviceRGB"}
    with pikepdf.open(exported["print"][0]) as pdf:
        operators, spaces = _colour_operators(pdf)
    assert operators <= {"k", "K", "g", "G"} and "k" in operators
    assert spaces == {"/DeviceCMYK"}


def test_print_logo_is_press_cmyk_with_its_transparency(tmp_path, style):
    import io

    from PIL import Image, ImageDraw

    from vnhg_desk.imaging.source import PhotoInfo
    from vnhg_desk.model import Invitation

    logo = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((10, 10, 290, 290), fill=(200, 40, 40, 255))
    data = io.BytesIO()
    logo.save(data, "PNG")
    source = MemoryPhotoSource()
    source.add("logo", PhotoInfo(600, 300, "image/png"), data.getvalue())
    style.logo_hash = "logo"
    try:
        for name, document in (("e.pdf", Edition()), ("f.pdf", Invitation(theme="Thema"))):
            write_pdf(document, style, source, tmp_path / name, variant="print")
            with pikepdf.open(tmp_path / name) as pdf:
                assert _colour_operators(pdf)[1] == {"/DeviceCMYK", "smask /DeviceGray"}
            assert all_failures(tmp_path / name) == []
    finally:
        style.logo_hash = None


def test_links_print_and_say_where_they_go(exported):
    with pikepdf.open(exported["email"][0]) as pdf:
        annotations = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert annotations
        for annotation in annotations:
            assert int(annotation.F) & 4
            assert str(annotation.Contents).strip()


def test_no_font_code_maps_to_nothing(exported):
    with pikepdf.open(exported["email"][0]) as pdf:
        for page in pdf.pages:
            for font in page.obj.Resources.Font.values():
                assert b"<0000>" not in font.ToUnicode.read_bytes()


def test_outloud_has_no_warnings_either(exported, flyer):
    """Beyond zero failures: no warning, e.g. no address printed without a link
    (LNK-010: the footer's and the flyer's web and e-mail addresses are live links)."""
    import outloud

    for path in (exported["email"][0], flyer[0]):
        result = outloud.check(str(path))
        assert result.verdict == "pass", [(f.rule, f.evidence) for f in result.findings]


def test_page_validation_misreads_a_stream_that_ends_in_a_carriage_return(exported):
    """Where a checker is wrong: qpdf writes ``data LF endstream``; when the data itself
    ends in CR, page-validation takes ``CR LF`` as the end-of-line and reports
    PDFA2B-STREAM-LENGTH-001, though /Length is exact: ISO 19005-2, 6.1.7.1 (and ISO
    32000-1, 7.3.8.1) count the bytes up to the EOL marker before ``endstream``, and
    that marker is the LF. conformance.py therefore nudges such streams (a harmless byte
    more, so the checksum at their end changes), and the exported files have none."""
    import io

    import page

    with pikepdf.open(exported["email"][0]) as pdf:
        stream = pikepdf.Stream(pdf, b"q 0 0 m Q\r")  # a content stream ending in CR
        pdf.Root.Probe = pdf.make_indirect(stream)
        out = io.BytesIO()
        pdf.save(out, compress_streams=False)
    data = out.getvalue()
    with pikepdf.open(io.BytesIO(data)) as again:
        assert again.Root.Probe.read_raw_bytes() == b"q 0 0 m Q\r"  # the length is right
    assert b"Q\r\nendstream" in data  # data CR, then qpdf's own LF
    rules = {f.rule_id for f in page.validate_pdf_bytes(data, profile="2b").failures}
    assert "PDFA2B-STREAM-LENGTH-001" in rules
    for variant in ("email", "print"):
        with pikepdf.open(exported[variant][0]) as pdf:
            streams = [o for o in pdf.objects if isinstance(o, pikepdf.Stream)]
            assert b"\r" not in [o.read_raw_bytes()[-1:] for o in streams]
            for stream in streams:  # and every (possibly nudged) Flate stream decodes
                if stream.get("/Filter") == "/FlateDecode":
                    stream.read_bytes()
