"""The body format: a small, documented Markdown subset, parsed with markdown-it-py.

Article bodies, box bodies and invitation intros are stored as text in this subset:

- paragraphs, separated by a blank line (a single line break inside one is a space);
- a subheading (tussenkop): a line starting with ``## `` (any heading level counts);
- ``**bold**`` and ``*italic*`` (or ``_italic_``);
- links: ``[text](https://example.org)``;
- bullet lists: lines starting with ``- `` (or ``* ``, ``+ ``), and numbered lists
  (``1. ``), which are kept as bullets;
- a backslash escapes any of these characters (``\\*`` is a literal star).

Everything else is plain text: raw HTML, code, tables and block quotes are not
interpreted, so ``<b>`` or ``&amp;`` in a body mean exactly those characters.
Exporters never see Markdown: they get the blocks below, whose text is unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it is imported when the first body is parsed (start-up time)
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@dataclass(frozen=True)
class Span:
    """A run of text with one combination of emphasis and an optional link target."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text."""

    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        """The paragraph as plain text."""
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Subheading:
    """A subheading inside the body (tussenkop)."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """A bullet list; each item is a sequence of spans."""

    items: tuple[tuple[Span, ...], ...]


Block = Paragraph | Subheading | BulletList

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    md.enable(["heading", "lheading", "list", "emphasis", "link", "escape", "newline"])
    return md


def safe_link(url: str) -> str | None:
    """The link target if it is a web or mail address, otherwise None (shown as text)."""
    stripped = url.strip()
    if stripped.lower().startswith(_SAFE_SCHEMES):
        return stripped
    if stripped.lower().startswith("www."):
        return "https://" + stripped
    return None


def _inline_spans(token: Token) -> tuple[Span, ...]:
    spans: list[Span] = []
    bold = italic = 0
    links: list[str | None] = []
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            links.append(safe_link(str(child.attrs.get("href", ""))))
        elif kind == "link_close":
            if links:
                links.pop()
        elif kind in ("softbreak", "hardbreak"):
            append_span(spans, Span(" ", bold > 0, italic > 0, links[-1] if links else None))
        elif child.content:
            link = links[-1] if links else None
            append_span(spans, Span(child.content, bold > 0, italic > 0, link))
    return tuple(spans)


def append_span(spans: list[Span], span: Span) -> None:
    """Add a span, merging it with the previous one when the formatting is equal."""
    if spans:
        last = spans[-1]
        if (last.bold, last.italic, last.link) == (span.bold, span.italic, span.link):
            spans[-1] = Span(last.text + span.text, span.bold, span.italic, span.link)
            return
    spans.append(span)


def trim_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """The spans without white space at the start and end of the block (none if blank)."""
    out = list(spans)
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        first = out[0]
        out[0] = Span(first.text.lstrip(), first.bold, first.italic, first.link)
        last = out[-1]
        out[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.link)
    return tuple(out)


def parse_body(markdown: str) -> list[Block]:
    """Parse a stored body into blocks, in reading order. Never raises on odd input."""
    tokens = _parser().parse(markdown or "")
    blocks: list[Block] = []
    list_depth = 0
    items: list[tuple[Span, ...]] = []
    pending_heading = False
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if list_depth == 0 and items:
                blocks.append(BulletList(tuple(items)))
                items = []
        elif kind == "heading_open":
            pending_heading = True
        elif kind == "heading_close":
            pending_heading = False
        elif kind == "inline":
            spans = _inline_spans(token)
            if pending_heading:
                text = "".join(span.text for span in spans).strip()
                if text:
                    blocks.append(Subheading(text))
            elif list_depth:
                items.append(spans)
            elif spans:
                blocks.append(Paragraph(spans))
    return blocks


_ESCAPE_INLINE = re.compile(r"([\\*_\[\]`])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+\-=])|(\d+)([.)]))", re.MULTILINE)


def _escape_line_start(match: re.Match[str]) -> str:
    # A backslash before a digit is literal in Markdown: escape the "." or ")" instead.
    indent, marker, number, delimiter = match.groups()
    if marker:
        return f"{indent}\\{marker}"
    return f"{indent}{number}\\{delimiter}"


def escape_text(text: str) -> str:
    """Escape plain text so that :func:`parse_body` gives it back unchanged."""
    escaped = _ESCAPE_INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, escaped)


def spans_to_markdown(spans: Iterable[Span]) -> str:
    """Write spans back as Markdown (emphasis markers around escaped text)."""
    out: list[str] = []
    for span in spans:
        text = escape_text(span.text)
        core = text.strip()
        if not core:
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        if span.italic:
            core = f"*{core}*"
        if span.bold:
            core = f"**{core}**"
        if span.link:
            core = f"[{core}](<{span.link}>)"
        out.append(lead + core + trail)
    return "".join(out)


def blocks_to_markdown(blocks: Sequence[Block]) -> str:
    """Write blocks back in the stored form; ``parse_body`` of the result gives them back."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Subheading):
            parts.append("## " + escape_text(block.text))
        elif isinstance(block, BulletList):
            parts.append("\n".join("- " + spans_to_markdown(item) for item in block.items))
        else:
            parts.append(spans_to_markdown(block.spans))
    return "\n\n".join(parts)


def plain_text(markdown: str) -> str:
    """The body as plain text (for search and word counts): one line per block."""
    return blocks_text(parse_body(markdown))


def blocks_text(blocks: list[Block]) -> str:
    """Parsed blocks as plain text, one line per block (:func:`plain_text`)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Subheading):
            lines.append(block.text)
        elif isinstance(block, BulletList):
            lines.extend("".join(span.text for span in item) for item in block.items)
        else:
            lines.append(block.text)
    return "\n".join(lines)
