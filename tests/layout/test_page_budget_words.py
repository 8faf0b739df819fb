"""The page budget in words, and the fit search, without typesetting (issue 13)."""

from __future__ import annotations

import itertools

from vnhg_desk.layout.page_budget import PageFill, budget, budget_words, share_words
from vnhg_desk.layout.page_fit import find_fit, ladder, too_long_message
from vnhg_desk.model import PageFit

FULL = PageFill(700.0, (0.0, 0.0))


def pages(last_used: float, count: int) -> list[PageFill]:
    """``count`` pages, all full but the last, which is ``last_used`` full."""
    empty = 700.0 * (1 - last_used)
    return [FULL] * (count - 1) + [PageFill(700.0, (empty, empty))]


def test_words_over_under_and_exact():
    assert budget_words(budget(pages(1 / 3, 5), 4)) == "4 pagina's \u2014 1/3 pagina te lang (nu 5)"
    assert budget_words(budget(pages(0.5, 4), 4)) == "4 pagina's \u2014 1/2 pagina ruimte"
    assert budget_words(budget(pages(1.0, 4), 4)) == "4 pagina's \u2014 precies vol"
    assert budget_words(budget(pages(0.05, 5), 4)) == (
        "4 pagina's \u2014 een paar regels te lang (nu 5)"
    )
    assert (
        budget_words(budget(pages(0.5, 7), 4)) == "4 pagina's \u2014 2 1/2 pagina's te lang (nu 7)"
    )
    assert (
        budget_words(budget(pages(0.75, 2), 4)) == "4 pagina's \u2014 2 1/4 pagina's ruimte (nu 2)"
    )
    assert (
        budget_words(budget(pages(1 / 3, 5), 4), "en") == "4 pages \u2014 1/3 page too long (now 5)"
    )


def test_share_words_round_to_what_a_reader_takes_in():
    assert [share_words(x) for x in (0.3, 0.26, 0.49, 0.7, 0.95, 1.5, 2.05)] == [
        "1/3",
        "1/4",
        "1/2",
        "2/3",
        "1",
        "1 1/2",
        "2",
    ]


def test_budget_counts_the_empty_room_of_every_page():
    result = budget([FULL, PageFill(700.0, (350.0, 0.0)), PageFill(700.0, (700.0, 700.0))], 2)
    assert result.pages == 3 and not result.fits
    assert result.fill == (1.0, 0.75, 0.0)


def test_ladder_runs_from_normal_to_the_limits():
    rungs = ladder()
    assert rungs[0] == PageFit() and rungs[0].is_normal
    assert rungs[-1] == PageFit(photo_height=65, spacing=50, type_size=5)
    assert all(a.type_size <= b.type_size for a, b in itertools.pairwise(rungs))


def test_find_fit_takes_the_least_tightening_that_fits():
    seen: list[PageFit] = []

    def measure(fit: PageFit):
        seen.append(fit)
        # Each step of type size saves a fifth of a page on this made-up edition.
        return budget(pages(1.0 - 0.2 * fit.type_size + 0.5, 5) if fit.type_size < 3 else
                      pages(0.9, 4), 4)  # fmt: skip

    outcome = find_fit(measure)
    assert outcome.fits and outcome.fit.type_size == 3
    assert outcome.fit == min((f for f in ladder() if f.type_size >= 3), key=lambda f: f.type_size)
    assert outcome.tried == len(seen) <= 6


def test_when_nothing_fits_the_message_says_how_much_must_go():
    outcome = find_fit(lambda fit: budget(pages(0.5, 6), 4))
    assert not outcome.fits and outcome.fit == ladder()[-1]
    message = too_long_message(outcome, words=5000)
    assert "Past niet op 4 pagina's" in message
    assert "1 1/2 pagina (ongeveer" in message and "woorden" in message
