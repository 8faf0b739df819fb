"""Right-to-left text (Arabic, Hebrew) for PDF: logical order in, drawing order out.

reportlab draws characters left to right. A run of Arabic or Hebrew is therefore turned
into what the eye sees before it is drawn: Arabic letters into their joined forms
(arabic-reshaper, Unicode's presentation forms, which Noto Sans Arabic draws) and the
run reversed by the Unicode bidirectional algorithm (python-bidi). Text that was
changed is remembered, so the tagged PDF can give the logical text back as ActualText:
what a screen reader reads and a copy gets is what was typed.

:func:`visual` is for text reportlab sets itself (headlines, captions, short lines).
Body text set by our own line breaker gets only :func:`shaped` (joined forms, still in
logical order): the breaker breaks it in logical order and reorders each line by itself
(:mod:`vnhg_desk.layout.typeset.bidi`), so a phrase that wraps reads on from line to line.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Direction marks and embeddings: done their work once the text is in drawing order.
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Drawing text -> the logical text it came from (the texts of one process).
_LOGICAL: dict[str, str] = {}


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """``text`` in drawing order (itself when it holds no right-to-left letters)."""
    if not has_rtl(text):
        return text
    import arabic_reshaper  # only for texts that need it
    from bidi import get_display

    drawn = _CONTROLS.sub("", get_display(arabic_reshaper.reshape(text), base_dir="L"))
    if len(_LOGICAL) < 100_000:
        _LOGICAL[drawn] = text
    return drawn


@lru_cache(maxsize=4096)
def shaped(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms, still in logical order
    (direction marks kept: the line breaker needs them for the levels)."""
    if not has_rtl(text):
        return text
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


#: Arabic presentation forms (what :func:`shaped` draws).
_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")


def unshaped(text: str) -> str:
    """Shaped text back as typed: each presentation form as its letter (lam-alef as its
    two letters); nothing else changes."""
    import unicodedata

    return _FORMS.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)


def logical(drawn: str) -> str:
    """A drawn paragraph's text with every right-to-left run given back in logical order."""
    if not has_rtl(drawn):
        return drawn
    for visual_text in sorted((v for v in _LOGICAL if v in drawn), key=len, reverse=True):
        drawn = drawn.replace(visual_text, _LOGICAL[visual_text])
    return drawn
