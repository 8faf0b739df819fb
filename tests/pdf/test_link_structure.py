"""Links in the tagged PDF (issue 14): each link is a Link element that holds both the
reference to its annotation (OBJR) and the marked content of its visible words, so a
screen reader reads the words on the page as the link; the annotation says the words too.

The structure tree is read with pikepdf; the text of each marked-content sequence (MCID)
with pypdf's content-stream visitor, so the test checks what is drawn inside each
sequence, not what the writer meant to draw.
"""

from __future__ import annotations

import pikepdf
import pytest
from pypdf import PdfReader

from tests.pdf.conftest import squash
from tests.pdf.fixtures import sample_style
from tests.pdf.structure import elements, kids
from tests.pdf.test_tagging import _texts_by_mcid
from tests.pdf.validators import all_failures
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition

LONG = "het verslag van de najaarsvergadering van de vereniging in Alkmaar"
BODY = (
    f"Wie er niet bij was, leest [{LONG}](https://www.vnhg.info/verslagen/najaar) op de "
    "website, en de [agenda](https://www.vnhg.info/agenda) staat er ook."
)
PARAGRAPH = BODY.replace(f"[{LONG}](https://www.vnhg.info/verslagen/najaar)", LONG).replace(
    "[agenda](https://www.vnhg.info/agenda)", "agenda"
)


@pytest.fixture(scope="module")
def newsletter(tmp_path_factory):
    edition = Edition(
        title="Nieuwsbrief",
        content=[Article(kicker="Verslag", headline="De najaarsvergadering", body=BODY)],
    )
    path = tmp_path_factory.mktemp("links") / "links.pdf"
    write_pdf(edition, sample_style(), MemoryPhotoSource(), path)
    return path


def _marks(element, pages: dict) -> list[tuple[int, int]]:
    """The element's own marked content as (page index, MCID), in order."""
    out = []
    for kid in kids(element):
        if isinstance(kid, int):
            out.append((pages[element.Pg.objgen], kid))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            page = kid.Pg if "/Pg" in kid else element.Pg
            out.append((pages[page.objgen], int(kid.MCID)))
    return out


def _links(path) -> list[dict]:
    """Every Link element: its text (its marked content as drawn), its annotations, its
    parent's structure type, and the parent's reading (own text and links in order)."""
    reader = PdfReader(path)
    texts = [_texts_by_mcid(page)[0] for page in reader.pages]
    out = []
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        numbers = pdf.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
        annotations = {
            annotation.objgen: (pages[page.obj.objgen], annotation)
            for page in pdf.pages
            for annotation in page.obj.get("/Annots", [])
            if annotation.get("/Subtype") == "/Link"
        }

        def text(element) -> str:
            return "".join(texts[page].get(mcid, "") for page, mcid in _marks(element, pages))

        def reading(element) -> str:
            parts = []
            for kid in kids(element):
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/S") == "/Link":
                    parts.append(text(kid))
                elif isinstance(kid, int) or kid.get("/Type") == "/MCR":
                    wrapper = pikepdf.Dictionary(K=pikepdf.Array([kid]), Pg=element.Pg)
                    parts.append(text(wrapper))
            return "".join(parts)

        for element in elements(pdf.Root.StructTreeRoot):
            if element.get("/S") != "/Link":
                continue
            objects = [
                kid.Obj
                for kid in kids(element)
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR"
            ]
            for annotation in objects:
                assert annotation.objgen in annotations
                assert parents[int(annotation.StructParent)].objgen == element.objgen
                del annotations[annotation.objgen]
            out.append(
                {
                    "text": text(element),
                    "marks": _marks(element, pages),
                    "annotations": [str(a.Contents) for a in objects],
                    "urls": {str(a.A.URI) for a in objects},
                    "parent": str(element.P.get("/S")),
                    "reading": reading(element.P),
                }
            )
        assert not annotations, "every link annotation belongs to a Link element"
    return out


def test_a_link_holds_its_visible_words_and_its_annotations(newsletter):
    links = {frozenset(link["urls"]): link for link in _links(newsletter)}
    long = links[frozenset({"https://www.vnhg.info/verslagen/najaar"})]
    # The long link wraps: one element with an annotation per line it covers and the
    # marked content of all its words (one sequence or several), read as on the page.
    assert len(long["annotations"]) >= 2
    assert long["marks"]
    assert squash(long["text"]) == squash(LONG)
    assert long["annotations"][0] == f"{LONG} (https://www.vnhg.info/verslagen/najaar)"
    agenda = links[frozenset({"https://www.vnhg.info/agenda"})]
    assert squash(agenda["text"]) == "agenda"
    assert agenda["annotations"] == ["agenda (https://www.vnhg.info/agenda)"]
    # The paragraph reads its own words and its links' words once each, in order.
    assert long["parent"] == "/P"
    assert squash(long["reading"]) == squash(PARAGRAPH)


def test_the_first_page_footer_links_are_the_printed_addresses(newsletter):
    links = _links(newsletter)
    by_url = {url: link for link in links for url in link["urls"]}
    for url, printed in [
        ("https://www.vnhg.info", "www.vnhg.info"),
        ("mailto:secretariaat@vnhg.info", "secretariaat@vnhg.info"),
    ]:
        assert squash(by_url[url]["text"]) == squash(printed)
        assert by_url[url]["annotations"] == [f"{printed} ({url})"]


def test_every_link_has_its_words(newsletter, flyer):
    path, _result, _invitation = flyer
    for pdf in (newsletter, path):
        for link in _links(pdf):
            assert link["marks"], link
            assert squash(link["text"]), link
            words = squash(link["text"])
            assert all(squash(text).startswith(words) for text in link["annotations"])


def test_the_flyer_note_links_the_address(flyer):
    path, _result, _invitation = flyer
    links = _links(path)
    notes = [link for link in links if "Aanmelden" in link["reading"]]
    assert [squash(link["text"]) for link in notes] == ["www.vnhg.info"]
    assert notes[0]["urls"] == {"https://www.vnhg.info"}


def test_the_checkers_pass_a_wrapping_link(newsletter):
    assert all_failures(newsletter) == []
