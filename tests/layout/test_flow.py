"""The article flow (vnhg_desk.layout.flow): quotes after their paragraph and never
against it, photos spread, captions and credits worded once."""

from __future__ import annotations

from layout_fixtures import demo, photo_set  # noqa: F401 (fixtures)

from vnhg_desk.layout import layout_edition
from vnhg_desk.layout.flow import BylineBlock, PhotoBlock, QuoteBlock, TextBlock
from vnhg_desk.model import Article, Edition, HouseStyle, PhotoRef, PullQuote

BODY = "\n\n".join(
    [
        "Eerste alinea. De gemeenten willen duidelijkheid van het Rijk.",
        "Tweede alinea over de jeugdzorg en de wachtlijsten.",
        "## Tussenkop",
        "Derde alinea: samen inkopen betekent niet dat we onze keuzes opgeven.",
        "Vierde alinea met een slot over de raad.",
        "Vijfde en laatste alinea. Tot de volgende vergadering in Purmerend.",
    ]
)
LAST = 5  # body index of the last paragraph (a subheading is block 2)


def _flow(quotes=(), photos=(), byline="", body=BODY):
    article = Article(
        headline="Kop", body=body, byline=byline, quotes=list(quotes), photos=list(photos)
    )
    layout = layout_edition(Edition(content=[article]), HouseStyle())
    return layout.items[0].flow


def _where(flow, uid):
    """(position in the flow, the quote block, the flow blocks before it)."""
    for n, block in enumerate(flow):
        if isinstance(block, (QuoteBlock, PhotoBlock)) and block.uid == uid:
            return n, block, flow[:n]
    raise AssertionError(uid)


def _check_rule(flow, uid):
    """After its source paragraph, with at least one block between."""
    n, block, before = _where(flow, uid)
    source_at = next(
        i for i, b in enumerate(before) if isinstance(b, TextBlock) and b.index == block.source
    )
    assert source_at < n - 1, "directly against the sentence it repeats"
    return block


def test_quote_in_first_paragraph_goes_after_the_next_one():
    quote = PullQuote("De gemeenten willen duidelijkheid van het Rijk.")
    flow = _flow([quote])
    block = _check_rule(flow, quote.uid)
    assert block.source == 0 and not block.adjacent
    assert block.text == "\u201cDe gemeenten willen duidelijkheid van het Rijk.\u201d"
    _n, _block, before = _where(flow, quote.uid)
    assert [b.index for b in before if isinstance(b, TextBlock)] == [0, 1]


def test_quote_in_a_middle_paragraph_skips_the_subheading():
    quote = PullQuote("\u201esamen inkopen betekent niet dat we onze keuzes opgeven\u201d")
    flow = _flow([quote])
    block = _check_rule(flow, quote.uid)
    assert block.source == 3
    _n, _b, before = _where(flow, quote.uid)
    assert before[-1].index == 4


def test_quote_in_the_last_paragraph_closes_the_article_after_the_byline():
    quote = PullQuote("Tot de volgende vergadering in Purmerend.")
    flow = _flow([quote], byline="Tekst: Hanneke Vos")
    block = _check_rule(flow, quote.uid)
    assert block.source == LAST and not block.adjacent
    assert isinstance(flow[-2], BylineBlock) and flow[-1] is block


def test_quote_in_the_last_paragraph_without_byline_is_marked_adjacent():
    quote = PullQuote("Tot de volgende vergadering in Purmerend.")
    flow = _flow([quote])
    assert flow[-1].uid == quote.uid and flow[-1].adjacent
    # never before its paragraph
    assert isinstance(flow[-2], TextBlock) and flow[-2].index == LAST


def test_quote_whose_text_is_nowhere_is_spread_over_the_body():
    quote = PullQuote("Deze zin staat nergens in het artikel.")
    flow = _flow([quote])
    n, block, _before = _where(flow, quote.uid)
    assert block.source is None and not block.adjacent
    assert 0 < n < len(flow) - 1  # among the paragraphs, not before or after all of them


def test_chosen_anchor_wins_over_the_text():
    quote = PullQuote("De gemeenten willen duidelijkheid van het Rijk.", anchor=3)
    flow = _flow([quote])
    block = _check_rule(flow, quote.uid)
    assert block.source == 3  # alinea 3 is body block 3 (after the subheading)
    # an anchor past the last paragraph falls back to the text
    far = PullQuote(quote.text, anchor=99)
    assert _check_rule(_flow([far]), far.uid).source == 0


def test_two_quotes_on_one_paragraph_get_places_of_their_own():
    first = PullQuote("Eerste alinea.")
    second = PullQuote("De gemeenten willen duidelijkheid", anchor=1)
    flow = _flow([first, second])
    n1, b1, _ = _where(flow, first.uid)
    n2, b2, _ = _where(flow, second.uid)
    assert b1.source == b2.source == 0
    _check_rule(flow, first.uid)
    _check_rule(flow, second.uid)
    assert n1 < n2 and n2 - n1 > 1  # not stacked against each other


def test_article_with_only_photos():
    photos = [PhotoRef("a" * 64, caption="Een", credit="Jan"), PhotoRef("b" * 64, alt_text="x")]
    flow = _flow(photos=photos, body="")
    assert [type(b) for b in flow] == [PhotoBlock, PhotoBlock]
    assert flow[0].opening and flow[0].credit == "Foto: Jan"
    assert flow[0].alt_text == "Een" and flow[1].alt_text == "x"


def test_credits_are_worded_once():
    photos = [
        PhotoRef("a" * 64, caption="Het panel.", credit="Foto: Jeroen Schouten"),
        PhotoRef("b" * 64, credit="Jeroen Schouten"),
        PhotoRef("c" * 64, credit="\u00a9 ANP"),
        PhotoRef("d" * 64),
    ]
    flow = _flow(photos=photos)
    credits = [b.credit for b in flow if isinstance(b, PhotoBlock)]
    assert credits == ["Foto: Jeroen Schouten", "Foto: Jeroen Schouten", "\u00a9 ANP", ""]
    shown = [b for b in flow if isinstance(b, PhotoBlock)]
    assert shown[0].caption_line == "Het panel. \u2002Foto: Jeroen Schouten"
    assert shown[3].alt_text == ""  # no alt text, no caption: decorative, no made-up text


def test_demo_edition_flow(demo):  # noqa: F811
    layout = layout_edition(demo, HouseStyle())
    articles = [item for item in layout.items if hasattr(item, "flow")]
    quotes = 0
    for article in articles:
        assert isinstance(article.flow[0], PhotoBlock)  # each demo article opens with one
        indices = [b.index for b in article.flow if isinstance(b, TextBlock)]
        assert indices == list(range(len(article.body)))  # every block, once, in order
        for block in article.flow:
            if isinstance(block, QuoteBlock):
                quotes += 1
                assert block.source is not None, block.text  # the demo's quotes are found
                assert not block.adjacent
                _check_rule(article.flow, block.uid)
    assert quotes == sum(len(a.quotes) for a in demo.articles)
