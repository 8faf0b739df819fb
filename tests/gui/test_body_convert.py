"""QTextDocument <-> stored body: exact round trips, and pasted HTML cleaned."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from vnhg_desk.gui.body_convert import (
    blocks_html,
    document_markdown,
    fill_document,
    html_blocks,
    plain_blocks,
)
from vnhg_desk.model.richtext import BulletList, Paragraph, Span, Subheading, parse_body

BODIES = [
    "Eerste **vet** en *cursief* en ***beide***.",
    "## Kosten corona\n\nDe tekst na de tussenkop.",
    "- een\n- twee met [link](<https://www.vnhg.info/a_b>)\n\nNa de lijst.",
    "Letterlijk: <b>geen html</b> & 5 \\* 3 \\_niet schuin\\_ \\[geen link\\]",
    "Coöperatie, Kılıç, Şahin, ĳsbaan — “aanhalingstekens”.",
    "\\# geen kop\n\n\\- geen lijst\n\n1\\. geen nummer\n\n12\\) ook niet",
]


@pytest.mark.parametrize("body", BODIES)
def test_round_trip_through_the_editor_document(qapp, body):
    document = QTextDocument()
    fill_document(document, body, 10.0)
    again = document_markdown(document)
    assert parse_body(again) == parse_body(body)
    assert again == body


def test_word_html_keeps_structure_and_emphasis_only(qapp):
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        '<h3 style="font-size:40pt">Tussenkop</h3>'
        '<p><span style="font-weight:700">Vet</span> en <em>schuin</em> '
        '<a href="mailto:info@vnhg.info">mail</a> <a href="file:///c:/x">bestand</a></p>'
        "<ol><li>een</li><li><b>twee</b></li></ol>"
        "<blockquote>Geciteerd</blockquote><pre>code</pre></body></html>"
    )
    blocks = html_blocks(html)
    assert blocks == [
        Subheading("Tussenkop"),
        Paragraph((Span("Vet", bold=True), Span(" en "), Span("schuin", italic=True),
                   Span(" "), Span("mail", link="mailto:info@vnhg.info"), Span(" bestand"))),
        BulletList(((Span("een"),), (Span("twee", bold=True),))),
        Paragraph((Span("Geciteerd"),)),
        Paragraph((Span("code"),)),
    ]  # fmt: skip


def test_plain_text_paste_makes_paragraphs(qapp):
    assert plain_blocks("Een\r\n\r\n  Twee\tdrie \n") == [
        Paragraph((Span("Een"),)),
        Paragraph((Span("Twee drie"),)),
    ]


def test_clipboard_html_is_escaped(qapp):
    html = blocks_html(
        [Paragraph((Span("<script>", bold=True), Span("x", link='https://a.b/"onclick')))]
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '"onclick' not in html


def test_word_list_paragraphs_become_a_bullet_list(qapp):
    word_html = (
        "<html><body><p class=MsoNormal>Besluiten:</p>"
        "<p class=MsoListParagraphCxSpFirst><!--[if !supportLists]-->"
        "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->Jaarrekening "
        "<b>vastgesteld</b></p>"
        "<p class=MsoListParagraphCxSpLast><span style='font-family:Symbol'>·"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Begroting aangenomen</p>"
        "<p class=MsoNormal>Daarna sloot de voorzitter.</p></body></html>"
    )
    assert html_blocks(word_html) == [
        Paragraph((Span("Besluiten:"),)),
        BulletList(((Span("Jaarrekening "), Span("vastgesteld", bold=True)),
                    (Span("Begroting aangenomen"),))),
        Paragraph((Span("Daarna sloot de voorzitter."),)),
    ]  # fmt: skip
