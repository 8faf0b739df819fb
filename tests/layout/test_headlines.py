"""Balanced headline lines, decided without reportlab (a fixed-width measure stands in)."""

from __future__ import annotations

from vnhg_desk.layout.headlines import balance_lines, fitting_size, forced_lines, pieces


def mono(text: str) -> float:
    return 10.0 * len(text)


def test_one_line_when_it_fits():
    assert balance_lines("KORT NIEUWS", mono, 200) == ["KORT NIEUWS"]


def test_lines_are_balanced_not_greedy():
    # Greedy would give "AAAA BBBB CCCC DDDD" / "EE"; balanced splits in the middle.
    lines = balance_lines("AAAA BBBB CCCC DDDD EEEE", mono, 200)
    assert lines == ["AAAA BBBB CCCC", "DDDD EEEE"]


def test_never_one_short_word_alone_on_the_last_line():
    text = "AFSCHEID VAN DE BURGEMEESTER EN WETHOUDER VAN DIJK"
    for width in range(250, 520, 10):
        lines = balance_lines(text, mono, width)
        assert lines is not None
        assert " " in lines[-1] or len(lines) == 1, (width, lines)
        assert " ".join(lines) == text
        assert all(mono(line) <= width for line in lines)


def test_breaks_only_at_spaces_and_own_hyphens():
    assert pieces("NOORD-HOLLAND KIEST") == ["NOORD-", "HOLLAND", "KIEST"]
    lines = balance_lines("GROOT NOORD-HOLLAND OVERLEG", mono, 120)
    assert lines is not None and "".join(lines).replace(" ", "") == "GROOTNOORD-HOLLANDOVERLEG"
    assert all(not line.endswith("-") or line.endswith("NOORD-") for line in lines)


def test_a_word_wider_than_the_line_is_left_to_the_caller():
    assert balance_lines("THEMABIJEENKOMST", mono, 100) is None


def test_title_shrinks_before_a_word_breaks():
    def at(size: float):
        return lambda text: size * len(text)

    size, lines = fitting_size("THEMABIJEENKOMST", at, 600, 48, 33.6, 2)
    assert lines == ["THEMABIJEENKOMST"] and 16 * size <= 600 and size >= 33.6
    size, lines = fitting_size("THEMABIJEENKOMSTVOORBEREIDING", at, 600, 48, 33.6, 2)
    assert lines is None and size == 33.6
    forced = forced_lines("THEMABIJEENKOMSTVOORBEREIDING", at(33.6), 600)
    assert forced == ["THEMABIJEENKOMST-", "VOORBEREIDING"]
