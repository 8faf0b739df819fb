"""The fonts of one set paragraph: which reportlab font draws each face, how wide text is.

The typesetting engine (:mod:`vnhg_desk.layout.typeset`) measures through
:meth:`TextFaces.measure`; the text block draws through :meth:`TextFaces.runs`. Both cut
text the same way into runs of the face's font and the fallback font (for characters
the face lacks), so what is measured is what is drawn.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.pdfbase.pdfmetrics import stringWidth

from vnhg_desk.export.pdf.fonts import covers, fallback_family, has_glyph, split_runs
from vnhg_desk.layout.typeset import SOFT_HYPHEN, Face


class TextFaces:
    """Fonts for the faces of a paragraph whose plain face is ``font_name``."""

    def __init__(self, font_name: str, size: float) -> None:
        self.size = size
        family, bold, italic = ps2tt(font_name)
        self._family = family
        self._base = (bool(bold), bool(italic))
        self.measure = lru_cache(maxsize=20_000)(self._measure)

    def font(self, face: Face) -> str:
        """The reportlab font for a face (bold and italic on top of the plain face's)."""
        bold = self._base[0] or face.bold
        italic = self._base[1] or face.italic
        return tt2ps(self._family, int(bold), int(italic))

    def runs(self, text: str, face: Face) -> list[tuple[str, str]]:
        """``(text, font)`` pieces: the face's font, the fallback where it lacks a glyph."""
        font = self.font(face)
        if text == SOFT_HYPHEN and not has_glyph(font, SOFT_HYPHEN):
            return [("-", font)]
        if covers(font, text):
            return [(text, font)]
        fallback = fallback_family().face(face.bold, face.italic)
        return [(piece, other or font) for piece, other in split_runs(text, font, fallback)]

    def _measure(self, text: str, face: Face) -> float:
        return sum(stringWidth(piece, font, self.size) for piece, font in self.runs(text, face))
