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
            for element in _elements(pdf.Root.StructTreeRoot)
            if element.get("/S") == "/P"
        ]
    for paragraph in PARAGRAPHS:
        assert [text.split() for text in texts if text.startswith(paragraph[:10])] == [
            paragraph.split()
        ]


def _elements(node):
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/OBJR":
            yield kid
            yield from _elements(kid)


def test_the_checkers_pass_wrapping_right_to_left_phrases(rtl_pdf):
    assert all_failures(rtl_pdf) == []
