"""An Arabic or Hebrew phrase that wraps inside a Dutch paragraph: the lines are broken in
logical order and each line is then put in drawing order by itself (Unicode bidi rules
L1-L2 per line), so the phrase starts on the first line, at the right. The tags keep
what was typed.

The drawn lines are read from the page's content stream (one text object per line, its
glyphs as the fonts' ToUnicode maps name them; the text extractors at hand would give the
ActualText or undo the right-to-left order themselves); the expected order per line comes from
python-bidi's own display function over that line's logical text, so the test does not
trust the writer's reordering to check itself.
"""

from __future__ import annotations

import re

import arabic_reshaper
import pikepdf
import pytest
from bidi import get_display

from tests.pdf.fixtures import sample_style
from tests.pdf.structure import elements
from tests.pdf.validators import all_failures
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition

ARABIC = "مرحبا بكم في مدينتنا الجميلة حيث يعمل المجلس البلدي مع السكان على مستقبل أفضل للجميع"
HEBREW = "ברוכים הבאים לעירנו היפה שבה מועצת העיר עובדת יחד עם התושבים למען עתיד טוב יותר לכולם"
PARAGRAPHS = [
    f"De gast uit Rabat zei: {ARABIC} en daarna gingen we koffie drinken.",
    f"De burgemeester van Haifa zei: {HEBREW} en toen was het tijd voor de lunch.",
]
_HYPHENS = "\u00ad-"


@pytest.fixture(scope="module")
def rtl_pdf(tmp_path_factory):
    edition = Edition(
        title="Nieuwsbrief",
        content=[
            Article(
                kicker="Internationaal",
                headline="Bezoek uit Rabat en Haifa",
                body="\n\n".join(PARAGRAPHS),
            )
        ],
    )
    path = tmp_path_factory.mktemp("rtl") / "rtl.pdf"
    write_pdf(edition, sample_style(), MemoryPhotoSource(), path)
    return path


def _to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    """A simple font's codes and the text its ToUnicode map gives them."""
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, text in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                out[int(low, 16) + offset] = chr(int(text, 16) + offset)
    return out


def _drawn_lines(path) -> list[str]:
    """The glyphs of each text object (a set line) on the first page, in the order they
    are drawn (left to right: nothing is positioned backwards), named by the fonts'
    ToUnicode maps: what the eye sees, not what the tags say."""
    lines: list[str] = []
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        maps = {str(name): _to_unicode(font) for name, font in page.Resources.Font.items()}
        codes: dict[int, str] = {}
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BT":
                lines.append("")
            elif name == "Tf":
                codes = maps[str(operands[0])]
            elif name in ("Tj", "'", '"'):
                lines[-1] += "".join(codes.get(b, "") for b in bytes(operands[-1]))
            elif name == "TJ":
                for part in operands[0]:
                    if isinstance(part, pikepdf.String):
                        lines[-1] += "".join(codes.get(b, "") for b in bytes(part))
    return lines


def _paragraph_lines(lines: list[str], first: str, last: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i in range(start, len(lines)) if last in lines[i])
    return lines[start : end + 1]


def _expected(paragraph: str, drawn: list[str]) -> list[list[str]]:
    """Per drawn line, python-bidi's display order of the logical text that fills it:
    each line takes as many letters of the paragraph (in logical order) as it shows."""
    logical = arabic_reshaper.reshape(paragraph)
    position = 0
    out = []
    for line in drawn:
        letters = sum(1 for char in line if not char.isspace() and char not in _HYPHENS)
        taken = ""
        while letters or (position < len(logical) and logical[position].isspace()):
            char = logical[position]
            taken += char
            position += 1
            if not char.isspace():
                letters -= 1
            if not letters and position < len(logical) and logical[position].isspace():
                break
        out.append(get_display(taken, base_dir="L").split())
    assert position == len(logical.rstrip())
    return out


@pytest.mark.parametrize(
    ("paragraph", "first", "last", "script"),
    [
        (PARAGRAPHS[0], "De gast", "drinken", ARABIC),
        (PARAGRAPHS[1], "De burgemeester", "lunch", HEBREW),
    ],
)
def test_a_wrapping_phrase_is_reordered_per_line(rtl_pdf, paragraph, first, last, script):
    drawn = _paragraph_lines(_drawn_lines(rtl_pdf), first, last)
    assert len([line for line in drawn if any("\u0590" <= c <= "\ufefc" for c in line)]) >= 2
    words = [line.replace("\u00ad", " ").replace("- ", " ").split() for line in drawn]
    assert words == _expected(paragraph, drawn)
    # The phrase's first words (logical order) are on the first line, at its right end;
    # its last word is on a later line.
    shaped = arabic_reshaper.reshape(script).split()
    first_words = [word[::-1] for word in shaped[:2]]
    assert words[0][-2:] == first_words[::-1]
    assert shaped[-1][::-1] not in words[0]


def test_the_tags_keep_the_typed_text(rtl_pdf):
    with pikepdf.open(rtl_pdf) as pdf:
        texts = [
            str(element.get("/ActualText", ""))
            for element in elements(pdf.Root.StructTreeRoot)
            if element.get("/S") == "/P"
        ]
    for paragraph in PARAGRAPHS:
        assert [text.split() for text in texts if text.startswith(paragraph[:10])] == [
            paragraph.split()
        ]


def test_the_checkers_pass_wrapping_right_to_left_phrases(rtl_pdf):
    assert all_failures(rtl_pdf) == []


FILLER = " ".join(["De raad vergaderde lang over de begroting van het komende jaar."] * 9)
#: One paragraph long enough to run on into the next column, Arabic and Hebrew inside.
LONG = f"{FILLER} {PARAGRAPHS[0]} {FILLER} {PARAGRAPHS[1]} {FILLER}"
LINKED = (
    f"Het welkomstwoord luidde: {ARABIC} en de tekst staat op "
    "[de website van de vereniging](https://www.vnhg.info/welkom) voor wie wil."
)


@pytest.fixture(scope="module")
def split_pdf(tmp_path_factory):
    """Right-to-left phrases in paragraphs that run on into the next column, and in a
    paragraph with a link."""
    body = "\n\n".join([LONG, LINKED, PARAGRAPHS[1]])
    edition = Edition(
        title="Nieuwsbrief",
        content=[Article(kicker="Internationaal", headline="Bezoek", body=body)],
    )
    path = tmp_path_factory.mktemp("rtl-split") / "split.pdf"
    write_pdf(edition, sample_style(), MemoryPhotoSource(), path)
    return path


def _said(path) -> dict[tuple[int, int], str]:
    """What each marked-content sequence (page, MCID) says: its glyphs as the fonts'
    ToUnicode maps name them, where a span inside has ActualText that text instead."""
    out: dict[tuple[int, int], str] = {}
    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            maps = {str(name): _to_unicode(font) for name, font in page.Resources.Font.items()}
            codes: dict[int, str] = {}
            stack: list[tuple[int | None, bool]] = []  # (MCID, said by an ActualText)
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                said = any(by_actual for _mcid, by_actual in stack)
                text = None
                if name == "BDC":
                    props = operands[1] if isinstance(operands[1], pikepdf.Dictionary) else {}
                    actual = str(props["/ActualText"]) if "/ActualText" in props else None
                    stack.append((int(props["/MCID"]) if "/MCID" in props else None, said))
                    if actual is not None and not said:
                        stack[-1] = (stack[-1][0], True)
                        text = actual
                elif name == "BMC":
                    stack.append((None, said))
                elif name == "EMC":
                    stack.pop()
                elif name == "Tf":
                    codes = maps[str(operands[0])]
                elif name in ("Tj", "TJ") and not said:
                    parts = operands[0] if name == "TJ" else [operands[0]]
                    text = "".join(
                        "".join(codes.get(b, "") for b in bytes(part))
                        for part in parts
                        if isinstance(part, pikepdf.String)
                    )
                mcid = next((m for m, _a in reversed(stack) if m is not None), None)
                if text and mcid is not None:
                    out[number, mcid] = out.get((number, mcid), "") + text
    return out


def _element_text(element, pages, said) -> str:
    """An element's text as a reader gets it: its ActualText, else its marked content
    and its Link kids' in order."""
    if "/ActualText" in element:
        return str(element.ActualText)
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    text = ""
    for kid in kids:
        if isinstance(kid, int):
            text += said.get((pages[element.Pg.objgen], kid), "")
        elif kid.get("/Type") == "/MCR":
            text += said.get((pages[kid.Pg.objgen], int(kid.MCID)), "")
        elif kid.get("/S") == "/Link":
            text += _element_text(kid, pages, said)
    return text


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad-]", "", text)


def test_every_right_to_left_paragraph_reads_as_typed(split_pdf):
    said = _said(split_pdf)
    model = [LONG, LINKED, PARAGRAPHS[1]]
    model[1] = model[1].replace(
        "[de website van de vereniging](https://www.vnhg.info/welkom)",
        "de website van de vereniging",
    )
    with pikepdf.open(split_pdf) as pdf:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        paragraphs = [e for e in elements(pdf.Root.StructTreeRoot) if e.get("/S") == "/P"]
        # The paragraph that runs on into the next column has marked content in both.
        runs_on = [e for e in paragraphs if isinstance(e.K, pikepdf.Array)]
        assert any(str(e.get("/ActualText", "")).startswith(LONG[:20]) for e in runs_on)
        texts = [_squash(_element_text(e, pages, said)) for e in paragraphs]
        # Read from the content alone (without the elements' ActualText) too.
        content = [
            _squash(_element_text(pikepdf.Dictionary(K=e.K, Pg=e.Pg), pages, said))
            for e in paragraphs
        ]
    for paragraph in model:
        assert _squash(paragraph) in texts
        assert _squash(paragraph) in content
