"""What a screen reader reads (the structure tree's text, ActualText where an element
has it) is the model's text word for word: every headline, lead, body paragraph,
subheading, list item, caption, credit, quote, box and the flyer's texts, with no word
merged at a line end ("hetsociale") or split ("so-ciale")."""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.pdf.test_tagging import _contents, _texts_by_mcid
from vnhg_desk.model import Article, SidebarBox
from vnhg_desk.model.richtext import BulletList, Paragraph, Subheading, parse_body


def reading_text(path) -> str:
    """The elements' texts in structure order, as a screen reader gets them."""
    reader = PdfReader(path)
    document = reader.trailer["/Root"]["/StructTreeRoot"]["/K"].get_object()
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    per_page = [_texts_by_mcid(page)[0] for page in reader.pages]
    texts: list[str] = []

    def visit(node) -> None:
        element = node.get_object()
        if element["/S"] in ("/L", "/LI"):
            for kid in element["/K"]:
                visit(kid)
            return
        if "/ActualText" in element:
            texts.append(str(element["/ActualText"]))
            return
        page = numbers[element.raw_get("/Pg").idnum]
        # The drawn characters only: pypdf's line breaks are its guess, a reader that
        # joins an element's content (as screen readers do) has no such break.
        parts = _contents(element, page, numbers)  # a paragraph may go on in the next column
        texts.append("".join(per_page[p].get(m, "") for p, m in parts).replace("\n", ""))

    for kid in document["/K"]:
        visit(kid)
    return re.sub("\u00ad", "", "\n".join(texts))  # soft hyphens vanish


def words(text: str) -> list[str]:
    """Words, case folded, without the punctuation around them."""
    found = (
        w.strip(".,:;!?\u201c\u201d\u201e\"'()\u2018\u2019\u2013\u2022").casefold()
        for w in text.split()
    )
    return [w for w in found if w]


def model_texts(edition) -> list[str]:
    """Every text of the edition that a reader should get, one field at a time."""
    texts: list[str] = []
    for item in edition.content:
        if isinstance(item, Article):
            texts += [item.kicker, item.headline, item.subtitle, item.lead, item.byline]
            texts += [q.text for q in item.quotes] + [q.attribution for q in item.quotes]
            texts += [p.caption for p in item.photos] + [p.credit for p in item.photos]
        elif isinstance(item, SidebarBox):
            texts += [item.kicker, item.title]
        for block in parse_body(item.body):
            if isinstance(block, (Paragraph, Subheading)):
                texts.append(block.text)
            elif isinstance(block, BulletList):
                texts += ["".join(span.text for span in spans) for spans in block.items]
    return [text for text in texts if text.strip()]


def missing(texts: list[str], read: list[str]) -> list[str]:
    """The texts whose words do not appear, in order and whole, in what is read."""
    joined = " " + " ".join(read) + " "
    return [t for t in texts if " " + " ".join(words(t)) + " " not in joined]


def test_the_edition_reads_back_word_for_word(exported, edition):
    for variant in ("email", "print"):
        read = words(reading_text(exported[variant][0]))
        assert missing(model_texts(edition), read) == []


def test_the_flyer_reads_back_word_for_word(flyer):
    path, _result, invitation = flyer
    read = words(reading_text(path))
    people = [invitation.moderator, *invitation.panel]
    texts = [invitation.theme, invitation.registration_note, *invitation.intro.split("\n\n")]
    texts += [p.name for p in people] + [p.organisation for p in people]
    assert missing([t for t in texts if t], read) == []


def test_a_merged_word_would_be_found():
    """The check itself: a line end without a space is caught."""
    read = words("Wie de begrotingen naast elkaar legt, ziet hetzelfde beeld")
    assert missing(["ziet het zelfde beeld"], read) == ["ziet het zelfde beeld"]
    assert missing(["naast elkaar legt"], read) == []
