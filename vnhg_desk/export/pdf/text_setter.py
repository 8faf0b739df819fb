"""Makes :class:`~vnhg_desk.export.pdf.textblock.TextBlock` flowables from rich text.

One per export: it holds the language's word breaker (with the shipped and the
library's hyphenation exceptions) and the fonts per paragraph style. User text is
cleaned here (control characters, lone surrogates) and links are kept only when
:func:`~vnhg_desk.model.richtext.safe_link` accepts them; nothing is parsed as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle

from vnhg_desk.export.pdf.escape import reportlab_safe
from vnhg_desk.export.pdf.rtl import has_rtl, shaped
from vnhg_desk.export.pdf.text_faces import TextFaces
from vnhg_desk.export.pdf.textblock import Setting, TextBlock
from vnhg_desk.layout.typeset import Face, SetParagraph, WordBreaker
from vnhg_desk.layout.typeset.exceptions import merged
from vnhg_desk.model.richtext import Span, safe_link

#: Letter spacing of justified text at an adjustment ratio of 1, in ems: at the widest
#: (ratio 2, word spaces twice their width) +0.04 em, at the tightest -0.01 em.
TRACKING = 0.02


@lru_cache(maxsize=64)
def _faces(font_name: str, size: float) -> TextFaces:
    return TextFaces(font_name, size)


@lru_cache(maxsize=8)
def _breaker(language: str, exceptions: tuple[str, ...]) -> WordBreaker:
    return WordBreaker(language, merged(language, exceptions))


@lru_cache(maxsize=4000)
def _paragraph(
    runs: tuple[tuple[str, Face], ...], faces: TextFaces, breaker: WordBreaker | None, justify: bool
) -> SetParagraph:
    """Set paragraphs are kept between exports: the live preview exports the same
    paragraphs again after every edit, and their lines per width are remembered."""
    return SetParagraph(
        runs, faces.measure, breaker, justify=justify, tracking=TRACKING * faces.size
    )


class TextSetter:
    """Text blocks for one export in one language."""

    def __init__(
        self, language: str, exceptions: Iterable[str] = (), link_colour: str = ""
    ) -> None:
        self.breaker = _breaker(language, tuple(exceptions))
        self.link_colour = link_colour or "#0B5394"

    def faces(self, style: ParagraphStyle) -> TextFaces:
        """Fonts and measuring for a paragraph style."""
        return _faces(style.fontName, style.fontSize)

    def setting(
        self, spans: Sequence[Span], style: ParagraphStyle, hyphenate: bool = True
    ) -> Setting:
        """A paragraph of ``spans`` in ``style``: justified when the style is."""
        runs = []
        for span in spans:
            link = safe_link(reportlab_safe(span.link)) if span.link else None
            # Arabic joined, in logical order: the engine breaks the lines, then puts each
            # line in drawing order by itself.
            runs.append((shaped(reportlab_safe(span.text)), Face(span.bold, span.italic, link)))
        faces = self.faces(style)
        breaker = self.breaker if hyphenate else None
        justify = style.alignment == TA_JUSTIFY
        paragraph = _paragraph(tuple(runs), faces, breaker, justify)
        # What the tags say the paragraph is when its drawn text is not what was typed.
        typed = " ".join("".join(reportlab_safe(span.text) for span in spans).split())
        return Setting(paragraph, faces, style, typed if has_rtl(typed) else "")

    def block(
        self,
        spans: Sequence[Span],
        style: ParagraphStyle,
        heading: str | None = None,
        heading_style: ParagraphStyle | None = None,
        bullet: str | None = None,
        hyphenate: bool = True,
    ) -> TextBlock:
        """A paragraph, opened by its subheading when ``heading`` is given (never
        hyphenated, kept with the paragraph's first two lines)."""
        head = None
        if heading is not None and heading_style is not None:
            head = self.setting((Span(heading, bold=True),), heading_style, hyphenate=False)
        body = self.setting(spans, style, hyphenate)
        return TextBlock(body, head, self.link_colour, bullet)

    def plain(self, text: str, style: ParagraphStyle, bold: bool = False) -> TextBlock:
        """A paragraph of plain text (a lead): hyphenated only when the style is justified."""
        spans = (Span(text, bold=bold),)
        hyphenate = style.alignment == TA_JUSTIFY
        return TextBlock(self.setting(spans, style, hyphenate), None, self.link_colour)
