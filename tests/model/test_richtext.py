"""The body format: parsing, writing back, and text that must stay literal."""

from __future__ import annotations

import pytest

from vnhg_desk.model.richtext import (
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_to_markdown,
    escape_text,
    parse_body,
    plain_text,
    safe_link,
    trim_spans,
)

BODY = """De raad besprak **de begroting** en *de reserves*.

## Kosten jeugdzorg

Lees het [rapport](https://example.org/rapport) vooraf.

- eerste punt
- tweede **punt**"""


def test_parse_gives_blocks_in_order():
    blocks = parse_body(BODY)
    assert [type(block) for block in blocks] == [Paragraph, Subheading, Paragraph, BulletList]
    first = blocks[0]
    assert isinstance(first, Paragraph)
    assert Span("de begroting", bold=True) in first.spans
    assert Span("de reserves", italic=True) in first.spans
    assert blocks[1] == Subheading("Kosten jeugdzorg")
    link = next(span for span in blocks[2].spans if span.link)
    assert (link.text, link.link) == ("rapport", "https://example.org/rapport")
    assert blocks[3].items[1] == (Span("tweede "), Span("punt", bold=True))


def test_writing_back_gives_the_same_blocks():
    blocks = parse_body(BODY)
    assert parse_body(blocks_to_markdown(blocks)) == blocks


@pytest.mark.parametrize(
    "text",
    [
        "<b>vet</b> & <img src=x onerror=alert(1)>",
        "&amp; &lt; blijft zo",
        "1. Opening",
        "# geen kop",
        "- geen lijst",
        "*sterren* en _lage streepjes_ en [haken](niet)",
        "back\\slash \\*",
        "Kılıç, Şahin, coöperatie, ĳs",
    ],
)
def test_escaped_plain_text_comes_back_literally(text):
    blocks = parse_body(escape_text(text))
    assert blocks == [Paragraph((Span(text),))]


def test_unsafe_links_are_text_only():
    assert safe_link("javascript:alert(1)") is None
    assert safe_link("file:///etc/passwd") is None
    assert safe_link("www.vnhg.info") == "https://www.vnhg.info"
    blocks = parse_body("[klik](javascript:alert(1))")
    assert all(span.link is None for span in blocks[0].spans)


def test_raw_html_is_not_interpreted():
    assert plain_text("<script>x</script>\n\n<b>a</b>") == "<script>x</script>\n<b>a</b>"


def test_trim_spans_drops_blank_edges():
    spans = [Span("  "), Span(" a ", bold=True), Span("b "), Span(" ")]
    assert trim_spans(spans) == (Span("a ", bold=True), Span("b"))
    assert trim_spans([Span("   ")]) == ()
