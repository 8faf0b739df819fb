"""How full an edition's pages are, and how far it is over or under its page budget.

Computed from the real typeset result: the PDF writer reports, per page, how much room
it left empty at the foot of each column (:class:`PageFill`); this module turns that into
the figures and the words the editor and the command line show ("4 pagina's — 1/3
pagina te lang"). No Qt, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

#: The shares of a page the words round to.
_SHARES = (
    Fraction(1, 4),
    Fraction(1, 3),
    Fraction(1, 2),
    Fraction(2, 3),
    Fraction(3, 4),
)
#: Less than this share of a page over or under counts as "precisely full".
EXACT = 0.12


@dataclass(frozen=True)
class PageFill:
    """One page: its column height and the empty room at the foot of each column (pt)."""

    column_height: float
    gaps: tuple[float, ...]

    @property
    def empty_share(self) -> float:
        """The share of the page's columns left empty (0: full, 1: empty)."""
        if not self.gaps or self.column_height <= 0:
            return 0.0
        empty = sum(min(gap, self.column_height) for gap in self.gaps)
        return empty / (len(self.gaps) * self.column_height)

    @property
    def largest_gap(self) -> float:
        """The emptiest column foot (pt)."""
        return max(self.gaps, default=0.0)


@dataclass(frozen=True)
class Budget:
    """An edition's pages measured against its target.

    ``excess`` is in pages: positive when the content needs that much more room than the
    target gives ("te lang"), negative when that much room is left ("ruimte").
    """

    pages: int
    target: int
    excess: float
    fill: tuple[float, ...]  # per page, the share of its columns that is used

    @property
    def fits(self) -> bool:
        """Whether the edition keeps to its page count."""
        return self.pages <= self.target

    @property
    def exact(self) -> bool:
        """Whether the pages are (almost) exactly full."""
        return self.fits and abs(self.excess) < EXACT


def budget(pages: list[PageFill], target: int) -> Budget:
    """The budget of an edition whose pages came out as ``pages``."""
    count = len(pages)
    last_empty = pages[-1].empty_share if pages else 1.0
    used = count - last_empty  # in pages: the last page counts for what it holds
    fill = tuple(round(1 - page.empty_share, 3) for page in pages)
    return Budget(count, max(1, target), used - max(1, target), fill)


def share_words(pages: float) -> str:
    """A number of pages in words a secretary reads at a glance: "1/3", "1 1/2", "2"."""
    whole = int(pages)
    rest = pages - whole
    nearest = min(_SHARES, key=lambda share: abs(float(share) - rest))
    if rest < 0.125:
        nearest = Fraction(0)
    elif rest > 0.875:
        whole, nearest = whole + 1, Fraction(0)
    if not nearest:
        return str(max(whole, 0))
    part = f"{nearest.numerator}/{nearest.denominator}"
    return f"{whole} {part}" if whole else part


def page_count_words(count: int, language: str = "nl") -> str:
    """ "1 pagina", "4 pagina's" (or English)."""
    if language == "en":
        return f"{count} page" if count == 1 else f"{count} pages"
    return f"{count} pagina" if count == 1 else f"{count} pagina's"


def budget_words(result: Budget, language: str = "nl") -> str:
    """The budget at a glance: "4 pagina's — 1/3 pagina te lang (nu 5)", "4 pagina's —
    1/2 pagina ruimte", "4 pagina's — precies vol" (the target first)."""
    english = language == "en"
    head = page_count_words(result.target, language)
    if result.exact:
        tail = "exactly full" if english else "precies vol"
    elif abs(result.excess) < 0.125:
        few = "a few lines" if english else "een paar regels"
        if result.excess > 0:
            tail = f"{few} too long" if english else f"{few} te lang"
        else:
            tail = f"{few} to spare" if english else f"{few} ruimte"
    else:
        amount = share_words(abs(result.excess))
        plural = abs(result.excess) >= 1.875
        if english:
            unit = "pages" if plural else "page"
            tail = f"{amount} {unit} too long" if result.excess > 0 else f"{amount} {unit} to spare"
        else:
            unit = "pagina's" if plural else "pagina"
            tail = f"{amount} {unit} te lang" if result.excess > 0 else f"{amount} {unit} ruimte"
    if result.pages != result.target:
        tail += f" (now {result.pages})" if english else f" (nu {result.pages})"
    return f"{head} \u2014 {tail}"


def words_to_cut(result: Budget, words: int) -> int:
    """About how many words must go for an edition of ``words`` words to fit its budget
    (0 when it fits), rounded up to tens."""
    if result.excess <= 0 or result.pages <= 0:
        return 0
    used = result.pages - (1 - result.fill[-1] if result.fill else 0)
    per_page = words / max(used, 0.25)
    return int(-(-per_page * result.excess // 10) * 10)
