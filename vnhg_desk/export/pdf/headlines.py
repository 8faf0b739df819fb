"""Headlines and titles as paragraph markup with balanced lines (see layout.headlines).

The line breaks are chosen in layout with this writer's own font metrics and given to
reportlab as explicit breaks; every line fits, so reportlab never rewraps (or hyphenates)
a headline.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from vnhg_desk.export.pdf.escape import Markup
from vnhg_desk.layout.headlines import Measure, balance_lines, fitting_size, forced_lines


def measure_with(font: str, size: float) -> Measure:
    """A width function for ``font`` at ``size`` points."""
    return lambda text: stringWidth(text, font, size)


def balanced(text: str, style: ParagraphStyle, markup: Markup, width: float) -> str:
    """Bold markup for ``text`` in balanced lines no wider than ``width``; a word wider
    than the column is left to reportlab (it cannot be helped at this size)."""
    lines = balance_lines(text, measure_with(style.fontName, style.fontSize), width - 0.5)
    if not lines:
        return markup.text(text, bold=True)
    return markup_lines(lines, markup)


def fitted_title(
    text: str, font: str, size: float, floor: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """The type size (``size`` down to ``floor``) and balanced lines for a big title: it
    shrinks before a word is broken, and only a word too wide even at ``floor`` is
    broken, with a hyphen."""
    chosen, lines = fitting_size(
        text, lambda at: measure_with(font, at), width, size, floor, max_lines
    )
    if lines is None:
        lines = forced_lines(text, measure_with(font, floor), width)
    return chosen, lines


def markup_lines(lines: list[str], markup: Markup) -> str:
    """Bold markup for lines set one under the other."""
    # The space before each break keeps the words apart in the text read back (bookmarks,
    # the structure tree, copy and paste); reportlab does not print it.
    return " <br/>".join(markup.text(line, bold=True) for line in lines)
