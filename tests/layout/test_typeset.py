"""The typesetting engine on its own: break points by Dutch rules, total-fit lines."""

from __future__ import annotations

import pytest

from vnhg_desk.layout.typeset import Face, Params, SetParagraph, WordBreaker, break_lines
from vnhg_desk.layout.typeset.exceptions import merged, parse_exceptions, shipped_exceptions
from vnhg_desk.layout.typeset.items import Word, build_items

TEXT = (
    "Wethouders uit de hele provincie bespraken de herverdeling van het gemeentefonds. "
    "Het VNG-bestuur in Noord-Holland vroeg de ledenvergadering om een gezamenlijke "
    "reactie op de opschalingskorting, die volgens de penningmeester van de vereniging "
    "de begrotingen van kleinere gemeenten onevenredig zwaar raakt. Meer staat op "
    "https://www.vnhg.info/verslagen/ledenvergadering-najaar en in de nieuwsbrief."
)


def mono(text: str, face: Face) -> float:
    """Every character 5 points wide: easy to reason about."""
    return 5.0 * len(text)


def shown(breaker: WordBreaker, word: str) -> str:
    out = word
    for at, hyphen, _cost in reversed(breaker.breaks(word)):
        out = out[:at] + (hyphen or "|") + out[at:]
    return out


@pytest.fixture(scope="module")
def breaker() -> WordBreaker:
    return WordBreaker("nl", merged("nl"))


def test_dutch_break_rules(breaker):
    assert shown(breaker, "herverdeling") == "her-ver-de-ling"
    assert shown(breaker, "Noord-Holland") == "Noord-|Holland"  # only at its own hyphen
    assert shown(breaker, "VNG-bestuur") == "VNG-|bestuur"
    assert shown(breaker, "Victor") == "Victor"  # names: never
    assert shown(breaker, "Denemarken") == "Denemarken"
    assert shown(breaker, "eigen") == "eigen"  # under 6 letters
    assert shown(breaker, "e-mailadres") == "e-mailadres"  # 1 letter before the hyphen
    assert shown(breaker, "2026-2027") == "2026-2027"
    # An address gets no hyphen, only costly breaks after its dots and the like.
    assert all(h == "" and c >= 500 for _a, h, c in breaker.breaks("info@vnhg.info"))
    assert shown(breaker, "(gemeentefonds).") == "(ge-meen-te-fonds)."
    for word in ("ledenvergadering", "opschalingskorting", "toezichthouder"):
        for at, _h, _c in breaker.breaks(word):
            assert at >= 2 and len(word) - at >= 3


def test_exceptions_shipped_and_per_library(breaker):
    assert shown(breaker, "gealarmeerd") == "ge-alar-meerd"  # not "gea-larmeerd"
    assert "bijvoorbeeld" in shipped_exceptions("nl")
    assert shown(breaker, "bijvoorbeeld") == "bijvoorbeeld"
    own = WordBreaker("nl", merged("nl", ["begro-tings-te-kort", "herverdeling"]))
    assert shown(own, "begrotingstekort") == "begro-tings-te-kort"
    assert shown(own, "herverdeling") == "herverdeling"
    assert parse_exceptions(["# comment", "", "twee woorden", "a-b-c"]) == {"abc": (1, 2)}


def test_urls_break_only_when_nothing_else_fits(breaker):
    url = "https://www.vnhg.info/verslagen/ledenvergadering-najaar"
    breaks = breaker.breaks(url)
    assert breaks and all(hyphen == "" and cost >= 500 for _at, hyphen, cost in breaks)
    assert all(url[at - 1] in "/.-_?&=@" for at, _h, _c in breaks)


def _set(breaker, width, text=TEXT):
    paragraph = SetParagraph([(text, Face())], mono, breaker)
    return paragraph, paragraph.lines(width), paragraph.items_for(width)


def _line_text(paragraph, line, width, items) -> str:
    return "".join(p.text for p in paragraph.placed(line, width, items))


@pytest.mark.parametrize("width", [150.0, 200.0, 260.0, 330.0])
def test_lines_keep_every_word_and_obey_the_limits(breaker, width):
    paragraph, lines, items = _set(breaker, width)
    text = "".join(_line_text(paragraph, line, width, items) for line in lines)
    assert text.replace("\u00ad", "").split() == TEXT.split()
    run = 0
    for line in lines:
        run = run + 1 if line.hyphenated else 0
        assert run <= 2
        if not line.last:
            spaces = [p for p in paragraph.placed(line, width, items) if p.kind == "space"]
            assert all(p.width <= 2 * 5.0 + 1e-6 for p in spaces)  # never over 2x natural


def test_a_line_can_be_told_not_to_end_in_a_hyphen(breaker):
    width = 200.0
    paragraph, lines, _items = _set(breaker, width)
    ends = [n for n, line in enumerate(lines) if line.hyphen is not None]
    assert ends, "the test needs a hyphenated line"
    again = paragraph.lines(width, frozenset(ends[:1]))
    assert again[ends[0]].hyphen is None


def test_total_fit_beats_first_fit_on_spacing(breaker):
    """The breaker spreads looseness over the paragraph: its worst line is no worse
    than greedy filling's, which leaves one very loose line instead."""
    width = 230.0
    _paragraph, lines, _items = _set(breaker, width)
    assert max(line.ratio for line in lines[:-1]) <= Params().tolerance


def test_impossible_paragraph_loses_nothing(breaker):
    long_word = "x" * 80  # 400 points in a 100-point line
    text = f"een {long_word} en https://www.vnhg.info/{'a' * 60} slot"
    paragraph, lines, items = _set(breaker, 100.0, text)
    got = "".join(_line_text(paragraph, line, 100.0, items) for line in lines)
    assert got.replace("\u00ad", "").replace(" ", "") == text.replace(" ", "")


def test_items_measure_through_the_callable():
    calls = []

    def measure(text, face):
        calls.append((text, face))
        return float(len(text))

    items = build_items([Word((("ab", Face(bold=True)),)), Word((("cd", Face()),))], measure)
    assert ("ab", Face(bold=True)) in calls
    assert break_lines(items, 10.0)
