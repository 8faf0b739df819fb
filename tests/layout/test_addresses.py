"""Typed addresses found once for every writer (layout/addresses.py)."""

from __future__ import annotations

import pytest

from vnhg_desk.layout.addresses import link_addresses, link_blocks
from vnhg_desk.model.richtext import BulletList, Paragraph, Span, Subheading


def links(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.link) for s in link_addresses((Span(text, bold=True),))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zie www.vnhg.info.",
            [("Zie ", None), ("www.vnhg.info", "https://www.vnhg.info"), (".", None)],
        ),
        (
            "(zie www.vnhg.info)",
            [("(zie ", None), ("www.vnhg.info", "https://www.vnhg.info"), (")", None)],
        ),
        (
            "Mail a.b@gemeente.nl!",
            [("Mail ", None), ("a.b@gemeente.nl", "mailto:a.b@gemeente.nl"), ("!", None)],
        ),
        (
            "https://nl.wikipedia.org/wiki/Gemeente_(Nederland) en",
            [
                (
                    "https://nl.wikipedia.org/wiki/Gemeente_(Nederland)",
                    "https://nl.wikipedia.org/wiki/Gemeente_(Nederland)",
                ),
                (" en", None),
            ],
        ),
        ("www.café.nl/één", [("www.café.nl/één", "https://www.xn--caf-dma.nl/%C3%A9%C3%A9n")]),
        (
            "versie 1.2.3, www.a, x@y, http:// leeg",
            [("versie 1.2.3, www.a, x@y, http:// leeg", None)],
        ),
        ("javascript:alert(1) en ftp://host.nl", [("javascript:alert(1) en ftp://host.nl", None)]),
    ],
)
def test_addresses_are_found_with_their_targets(text, expected):
    assert links(text) == expected


def test_emphasis_kept_and_user_links_left_alone():
    spans = link_addresses(
        (Span("op www.a.nl", italic=True), Span("www.b.nl", link="https://c.nl"))
    )
    assert spans == (
        Span("op ", italic=True),
        Span("www.a.nl", italic=True, link="https://www.a.nl"),
        Span("www.b.nl", link="https://c.nl"),
    )


def test_blocks_link_paragraphs_and_list_items_not_subheadings():
    blocks = link_blocks(
        [Subheading("www.a.nl"), Paragraph((Span("www.a.nl"),)), BulletList(((Span("www.a.nl"),),))]
    )
    assert blocks[0] == Subheading("www.a.nl")
    assert blocks[1] == Paragraph((Span("www.a.nl", link="https://www.a.nl"),))
    assert blocks[2] == BulletList(((Span("www.a.nl", link="https://www.a.nl"),),))
