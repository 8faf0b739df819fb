"""Setting text into lines as a typesetter would: total-fit line breaking with Dutch
hyphenation rules, free of Qt and of any writer.

- :mod:`items`: a paragraph as boxes, glue and penalties, measured by a callable;
- :mod:`rules`: where a word may break (Dutch practice, exceptions);
- :mod:`exceptions`: the shipped and per-library exceptions lists;
- :mod:`breaker`: the Knuth–Plass total-fit line breaker;
- :mod:`setter`: a paragraph's lines per width and where each word goes;
- :mod:`measures`: figures about set text (hyphenated lines, word-space spread).
"""

from vnhg_desk.layout.typeset.breaker import Line, Params, break_lines
from vnhg_desk.layout.typeset.items import Face
from vnhg_desk.layout.typeset.rules import WordBreaker
from vnhg_desk.layout.typeset.setter import SOFT_HYPHEN, Placed, SetParagraph

__all__ = [
    "SOFT_HYPHEN",
    "Face",
    "Line",
    "Params",
    "Placed",
    "SetParagraph",
    "WordBreaker",
    "break_lines",
]
