"""User text to reportlab paragraph markup: escaped, with fallback fonts.

The only way text reaches a Paragraph. Markup is built run by run from user text,
escaped, never by passing user strings through, so ``<b>``, ``&`` or ``<img src=...>``
print literally. (Body text with links is set by ``text_setter``/``textblock``, which
draw the words themselves and check each link with ``richtext.safe_link``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vnhg_desk.export.pdf.fonts import RegisteredFamily, covers, fallback_family, split_runs
from vnhg_desk.export.pdf.rtl import visual
from vnhg_desk.model.richtext import Span

_ATTR = {'"': "&quot;", "'": "&apos;"}
_SPACES = re.compile(r"[\t\n\r\x0b\x0c\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def reportlab_safe(text: str) -> str:
    """Text safe to hand to reportlab: line and tab characters become spaces, other
    control characters go, and a lone surrogate (possible in a Python string, never
    valid in a PDF) becomes the replacement character."""
    if text.isascii() and text.isprintable():
        return text
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _CONTROLS.sub("", _SPACES.sub(" ", text))


def escape(text: str) -> str:
    """Escape &, <, > and quotes for reportlab's XML-like paragraph markup. (Not
    xml.sax.saxutils: importing it loads urllib, http and ssl, 20 ms of a cold export.)"""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char, entity in _ATTR.items():
        text = text.replace(char, entity)
    return text


@dataclass(frozen=True)
class Markup:
    """Builds markup for one font family; characters it lacks go to the fallback font."""

    family: RegisteredFamily

    def run(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """One piece of text in one formatting, escaped, fallback runs wrapped in <font>."""
        text = visual(reportlab_safe(text))  # Arabic and Hebrew in drawing order
        face = self.family.face(bold, italic)
        if covers(face, text):  # the common case: no fallback font needed (nor loaded)
            body = escape(text)
            body = f"<i>{body}</i>" if italic else body
            return f"<b>{body}</b>" if bold else body
        fallback = fallback_family()
        pieces = []
        for piece, font in split_runs(text, face, fallback.face(bold, italic)):
            if font is None:
                pieces.append(escape(piece))
            else:
                pieces.append(f'<font name="{font}">{escape(piece)}</font>')
        body = "".join(pieces)
        if italic:
            body = f"<i>{body}</i>"
        if bold:
            body = f"<b>{body}</b>"
        return body

    def text(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Plain user text (a headline, caption, name) as markup."""
        return self.run(text, bold, italic)


def chunk_spans(spans: tuple[Span, ...], limit: int = 3000) -> Iterator[tuple[Span, ...]]:
    """Cut a huge paragraph into pieces of about ``limit`` characters, at spaces.

    reportlab's paragraph splitting is quadratic in paragraph length; a 1 MB paste must
    not hang the export. Ordinary paragraphs come back whole.
    """
    total = sum(len(span.text) for span in spans)
    if total <= limit:
        yield spans
        return
    current: list[Span] = []
    size = 0
    for span in spans:
        text = span.text
        while text:
            room = limit - size
            if len(text) <= room:
                current.append(Span(text, span.bold, span.italic, span.link))
                size += len(text)
                break
            cut = text.rfind(" ", 0, room + 1)
            if cut <= 0:
                cut = room if size == 0 else 0
            if cut:
                current.append(Span(text[:cut], span.bold, span.italic, span.link))
                text = text[cut:].lstrip(" ")
            yield tuple(current)
            current, size = [], 0
    if current:
        yield tuple(current)
