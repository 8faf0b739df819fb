"""Right-to-left runs in the typesetting engine: broken in logical order, each line in
drawing order by itself; one line reads as python-bidi's display of the same text."""

from __future__ import annotations

from bidi import get_display

from vnhg_desk.layout.typeset import Face, SetParagraph
from vnhg_desk.layout.typeset.bidi import paragraph_levels, visual_order

HEBREW = "ברוכים הבאים לעירנו היפה שבה מועצת העיר"
TEXT = f"Hij zei: {HEBREW} en ging naar huis."


def mono(text: str, face: Face) -> float:
    return 5.0 * len(text)


def drawn(paragraph: SetParagraph, width: float) -> list[str]:
    items = paragraph.items_for(width)
    out = []
    for line in paragraph.lines(width):
        placed = paragraph.placed(line, width, items)
        xs = [piece.x for piece in placed]
        assert xs == sorted(xs)  # left to right, one after the other
        out.append("".join(piece.text for piece in placed).strip())
    return out


def test_one_line_reads_as_the_bidi_display():
    paragraph = SetParagraph([(TEXT, Face())], mono, None, justify=False)
    assert drawn(paragraph, 1000) == [get_display(TEXT, base_dir="L")]


def test_a_wrapped_phrase_starts_on_the_first_line():
    paragraph = SetParagraph([(TEXT, Face())], mono, None, justify=False)
    lines = drawn(paragraph, 110)
    assert len(lines) >= 3
    words = HEBREW.split()
    assert lines[0].endswith(f"{words[1][::-1]} {words[0][::-1]}")  # first words, right
    assert words[-1][::-1] not in lines[0]
    # Each line by itself is the display order of its own logical words.
    logical = TEXT.split()
    at = 0
    for line in lines:
        count = len(line.split())
        assert line.split() == get_display(" ".join(logical[at : at + count]), "utf-8", "L").split()
        at += count
    assert at == len(logical)


def test_direction_marks_steer_and_are_not_drawn():
    text = "Wij zagen \u200fדוד כהן\u200f, 12 jaar."
    paragraph = SetParagraph([(text, Face())], mono, None, justify=False)
    assert paragraph.text == text.replace("\u200f", "")
    assert "\u200f" not in drawn(paragraph, 1000)[0]
    assert paragraph.levels is not None and len(paragraph.levels) == len(paragraph.text)


def test_brackets_are_mirrored_right_to_left():
    paragraph = SetParagraph([("Zie (שלום עולם) hier", Face())], mono, None, justify=False)
    assert drawn(paragraph, 1000) == ["Zie (םלוע םולש) hier"]


def test_levels_and_order():
    levels = paragraph_levels("ab אב cd")
    assert levels == [0, 0, 0, 1, 1, 0, 0, 0]
    units = [(c, level) for c, level in zip("ab אב cd", levels, strict=True)]
    assert "".join(units[i][0] for i in visual_order(units, 0)) == "ab בא cd"


def test_left_to_right_paragraphs_are_not_touched():
    paragraph = SetParagraph([("Gewoon Nederlands (zonder meer).", Face())], mono, None)
    assert paragraph.levels is None
