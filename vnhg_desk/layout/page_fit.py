"""The automatic page fit: the least tightening that brings an edition to its page count.

The fits form one ladder from the normal layout to the tightest the limits allow
(photos 65 % as high, half the space between blocks, body type 0.5 pt smaller); each
step is measured by really typesetting the edition (a callable the caller passes in,
so this module needs neither reportlab nor Qt), and a bisection finds the first step
that fits. When even the tightest step does not fit, the outcome says by how much.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vnhg_desk.layout.page_budget import Budget, budget_words, share_words, words_to_cut
from vnhg_desk.model import PageFit
from vnhg_desk.model.edition import FIT_LIMITS

#: How many steps the ladder has between the normal and the tightest layout.
STEPS = 10

Measure = Callable[[PageFit], Budget]


def ladder(steps: int = STEPS) -> list[PageFit]:
    """The fits from normal (first) to tightest (last), tightening all three together."""
    photo_low = FIT_LIMITS["photo_height"][0]
    space_low = FIT_LIMITS["spacing"][0]
    type_high = FIT_LIMITS["type_size"][1]
    out = []
    for step in range(steps + 1):
        share = step / steps
        out.append(
            PageFit(
                photo_height=round(100 - (100 - photo_low) * share),
                spacing=round(100 - (100 - space_low) * share),
                type_size=round(type_high * share),
            )
        )
    return out


@dataclass(frozen=True)
class FitOutcome:
    """The fit chosen (or the tightest tried), and the budget it gives."""

    fit: PageFit
    budget: Budget
    tried: int  # how many layouts were typeset to find it

    @property
    def fits(self) -> bool:
        """Whether the edition now keeps to its page count."""
        return self.budget.fits


def find_fit(measure: Measure, steps: int = STEPS) -> FitOutcome:
    """The least tightening for which ``measure`` reports an edition within its budget."""
    rungs = ladder(steps)
    tried = 1
    first = measure(rungs[0])
    if first.fits:
        return FitOutcome(rungs[0], first, tried)
    last = measure(rungs[-1])
    tried += 1
    if not last.fits:
        return FitOutcome(rungs[-1], last, tried)
    low, high, best = 0, len(rungs) - 1, last  # rungs[low] does not fit, rungs[high] does
    while high - low > 1:
        middle = (low + high) // 2
        result = measure(rungs[middle])
        tried += 1
        if result.fits:
            high, best = middle, result
        else:
            low = middle
    return FitOutcome(rungs[high], best, tried)


def too_long_message(outcome: FitOutcome, words: int) -> str:
    """The Dutch message when even the tightest fit is too long: how much must go."""
    result = outcome.budget
    amount = share_words(max(result.excess, 0.0))
    if amount == "0":
        amount = "een paar regels"
    else:
        amount += " pagina" if result.excess < 1.875 else " pagina's"
    cut = words_to_cut(result, words)
    about = f" (ongeveer {cut} woorden)" if cut else ""
    return (
        f"Past niet op {result.target} pagina's, ook niet met kleinere foto's, minder witruimte "
        f"en 0,5 pt kleinere letter: er moet nog {amount}{about} uit. "
        f"Nu: {budget_words(result)}."
    )
