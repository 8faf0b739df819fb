"""Addresses typed as plain text (``www.vnhg.info``, ``https://…``, an e-mail address)
are real Word hyperlinks: a ``w:hyperlink`` whose r:id is an external relationship to
the address, its visible text what the user typed, in the Hyperlink style (issue 14).
The layout finds them (layout/addresses.py), so the PDF links the same addresses."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree
from pypdf import PdfReader

from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Contact, Edition, HouseStyle, Invitation, SidebarBox

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BARE = re.compile(r"(www\.|https?://|@\w)")

STYLE = HouseStyle(contact=Contact(website="www.vnhg.info", email="secretariaat@vnhg.example"))
EDITION = Edition(
    content=[
        Article(
            headline="Woningbouw",
            body=(
                "Alles staat op www.vnhg.info. Het verslag: "
                "https://example.org/verslag?jaar=2026&deel=2 <b>niet vet</b>, "
                "of mail **info@vnhg.example**.\n\n"
                "- de agenda op www.vnhg.info/agenda\n"
                "- een [eigen link](https://vnhg.info/eigen) blijft zoals hij is"
            ),
        ),
        SidebarBox(title="Meer weten", body="Kijk op (www.gemeente.nl)."),
    ]
)
INVITATION = Invitation(
    title="Save the date",
    theme="Klimaat",
    intro="Het programma staat op https://vnhg.info/klimaat.",
    registration_note="Aanmelden via www.vnhg.info/aanmelden.",
)


def word_links(data: bytes) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(visible text, external target, run style) of every w:hyperlink in the body, and
    the text of the runs outside links."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
    targets = {
        rel.get("Id"): (rel.get("Target"), rel.get("TargetMode"))
        for rel in rels.iter(REL + "Relationship")
    }
    links = []
    for link in body.iter(W + "hyperlink"):
        target, mode = targets[link.get(R + "id")]
        assert mode == "External"
        text = "".join(t.text or "" for t in link.iter(W + "t"))
        style = link.find(f"{W}r/{W}rPr/{W}rStyle").get(W + "val")
        links.append((text, target, style))
    plain = [
        t.text or ""
        for t in body.iter(W + "t")
        if not any(a.tag == W + "hyperlink" for a in t.iterancestors())
    ]
    return links, plain


def test_typed_addresses_in_an_edition_are_word_hyperlinks():
    out = io.BytesIO()
    write_docx(EDITION, STYLE, MemoryPhotoSource(), out)
    links, plain = word_links(out.getvalue())
    assert links == [
        ("www.vnhg.info", "https://www.vnhg.info", "Hyperlink"),
        (
            "https://example.org/verslag?jaar=2026&deel=2",
            "https://example.org/verslag?jaar=2026&deel=2",
            "Hyperlink",
        ),
        ("info@vnhg.example", "mailto:info@vnhg.example", "Hyperlink"),
        ("www.vnhg.info/agenda", "https://www.vnhg.info/agenda", "Hyperlink"),
        ("eigen link", "https://vnhg.info/eigen", "Hyperlink"),
        ("www.gemeente.nl", "https://www.gemeente.nl", "Hyperlink"),
    ]
    assert not [text for text in plain if BARE.search(text)]
    assert "." in plain and ")." in plain  # the sentence's punctuation stays outside
    assert " <b>niet vet</b>, of mail " in plain  # user text, escaped, not markup


def test_typed_addresses_on_the_flyer_and_in_the_footer_are_word_hyperlinks():
    out = io.BytesIO()
    write_docx(INVITATION, STYLE, MemoryPhotoSource(), out)
    links, plain = word_links(out.getvalue())
    assert ("https://vnhg.info/klimaat", "https://vnhg.info/klimaat", "Hyperlink") in links
    assert (
        "www.vnhg.info/aanmelden",
        "https://www.vnhg.info/aanmelden",
        "Hyperlink",
    ) in links
    assert not [text for text in plain if BARE.search(text)]
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as package:
        names = [n for n in package.namelist() if n.startswith("word/_rels/footer")]
        footer_rels = b"".join(package.read(n) for n in names)
    assert b'Target="https://www.vnhg.info"' in footer_rels
    assert b'Target="mailto:secretariaat@vnhg.example"' in footer_rels


def test_the_pdf_links_the_same_addresses(tmp_path):
    path = tmp_path / "edition.pdf"
    write_pdf(EDITION, STYLE, MemoryPhotoSource(), path)
    uris = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in PdfReader(path).pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/A")
    }
    assert {
        "https://www.vnhg.info",
        "https://example.org/verslag?jaar=2026&deel=2",
        "mailto:info@vnhg.example",
        "https://www.vnhg.info/agenda",
        "https://vnhg.info/eigen",
        "https://www.gemeente.nl",
        "mailto:secretariaat@vnhg.example",
    } <= uris
