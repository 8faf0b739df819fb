"""Headlines and titles as paragraph markup with balanced lines (see layout.headlines).

The line breaks are chosen in layout with this writer's own font metrics and given to
reportlab as explicit breaks; every line fits, so reportlab never rewraps (or hyphenates)
a headline.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from vnhg_desk.export.pdf.escape import Markup
from vnhg_desk.layout.headlines import Measure, balance_lines


def measure_with(font: str, size: float) -> Measure:
    """A width function for ``font`` at ``size`` points."""
    return lambda text: stringWidth(text, font, size)


def balanced(text: str, style: ParagraphStyle, markup: Markup, width: float) -> str:
    """Bold markup for ``text`` in balanced lines no wider than ``width``; a word wider
    than the column is left to reportlab (it cannot be helped at this size)."""
    lines = balance_lines(text, measure_with(style.fontName, style.fontSize), width - 0.5)
    if not lines:
        return markup.text(text, bold=True)
    return "<br/>".join(markup.text(line, bold=True) for line in lines)
