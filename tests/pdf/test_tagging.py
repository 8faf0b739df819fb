"""Tagged PDF: a structure tree in reading order, headings, figures with alt text, and
page furniture marked as artifacts, read back from the exported files."""

from __future__ import annotations

import itertools

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from tests.pdf.conftest import squash
from tests.tools import run_tool
from vnhg_desk.model.richtext import Subheading, parse_body


def _texts_by_mcid(page) -> tuple[dict[int, str], str]:
    """The text inside each marked-content sequence of a page, and the text that is in
    an artifact."""
    stack: list[int | None] = []
    texts: dict[int, str] = {}
    artifacts: list[str] = []

    def before(operator, operands, _cm, _tm):
        if operator == b"BDC":
            properties = operands[1]
            mcid = properties.get("/MCID") if isinstance(properties, DictionaryObject) else None
            stack.append(int(mcid) if mcid is not None else None)
        elif operator == b"BMC":
            stack.append(-1 if operands[0] == "/Artifact" else None)
        elif operator == b"EMC":
            stack.pop()
        elif operator == b"BT":
            line[1] = True

    # pypdf starts each text object with a line break or a space of its own; a link's
    # words are a text object of their own in the middle of a line. So at a new text
    # object its white space is dropped, and a line break is read only where the
    # baseline changes.
    line: list = [None, False]  # the baseline of the last text; at a new text object

    def text(chunk, cm, tm, _font, _size):
        if line[1] and not chunk.strip():
            return
        if chunk.strip():
            y = round(tm[5] * cm[3] + cm[5], 1)
            if line[1] and line[0] is not None and y != line[0]:
                chunk = "\n" + chunk
            line[0], line[1] = y, False
        if stack and stack[-1] == -1:
            artifacts.append(chunk)
        elif stack and stack[-1] is not None:
            texts[stack[-1]] = texts.get(stack[-1], "") + chunk

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts, "".join(artifacts)


def _contents(element, page: int, numbers: dict[int, int]) -> list[tuple[int, int]]:
    """The element's marked content as (page, MCID): its K, or the numbers and marked-
    content references in K (a paragraph continued in the next column or page has
    several), with the marked content of its Link elements (a link's visible words) in
    their place; the links' object references are skipped."""
    content = element["/K"]
    if not isinstance(content, ArrayObject):
        return [(page, int(content))]
    out = []
    for entry in content:
        if isinstance(entry, int) or hasattr(entry, "as_numeric"):
            out.append((page, int(entry)))
            continue
        entry = entry.get_object()
        if entry.get("/S") == "/Link":
            out += _contents(entry, numbers[entry.raw_get("/Pg").idnum], numbers)
        elif entry.get("/Type") == "/MCR":
            out.append((numbers[entry.raw_get("/Pg").idnum], int(entry["/MCID"])))
    return out


def _structure(path):
    """(role, page index, text, alt) of every element under the Document, in order."""
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    tree = root["/StructTreeRoot"].get_object()
    document = tree["/K"].get_object()
    assert document["/S"] == "/Document"
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    per_page = [_texts_by_mcid(page) for page in reader.pages]
    elements = []

    def visit(node) -> None:
        """Depth first: the elements that own marked content, in order (a list's L and
        LI only hold other elements)."""
        element = node.get_object()
        if element["/S"] in ("/L", "/LI"):
            for kid in element["/K"]:
                visit(kid)
            return
        page = numbers[element.raw_get("/Pg").idnum]
        parts = _contents(element, page, numbers)
        text = "".join(per_page[p][0].get(mcid, "") for p, mcid in parts)
        elements.append((str(element["/S"]), page, text, str(element.get("/Alt", ""))))

    for kid in document["/K"]:
        visit(kid)
    artifacts = "".join(artifact for _texts, artifact in per_page)
    return reader, tree, elements, artifacts


@pytest.fixture(scope="module")
def structure(exported):
    return _structure(exported["email"][0])


def test_poppler_sees_a_tagged_pdf(exported):
    for variant in ("email", "print"):
        info = run_tool("pdfinfo", str(exported[variant][0]), capture_output=True, text=True).stdout
        assert "Tagged:          yes" in info


def test_headings_follow_the_edition(structure, edition):
    """H1 each article's headline, H2 its subheadings and each box's title, in reading
    order, starting at H1 and never skipping a level (the masthead title is a P)."""
    _reader, _tree, elements, _artifacts = structure
    headings = [(role, squash(text)) for role, _page, text, _alt in elements if role[1] == "H"]
    headlines = [squash(item.headline) for item in edition.content if hasattr(item, "headline")]
    assert [text for role, text in headings if role == "/H1"] == headlines
    minor = []
    for item in edition.content:
        if hasattr(item, "title"):
            minor.append(squash(item.title))
        else:
            blocks = parse_body(item.body)
            minor += [squash(b.text) for b in blocks if isinstance(b, Subheading)]
    assert [text for role, text in headings if role == "/H2"] == minor
    levels = [int(role[2]) for role, _text in headings]
    assert levels[0] == 1 and max(levels) == 2
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    title = [
        text for role, _p, text, _alt in elements if squash(edition.title.upper()) in squash(text)
    ]
    assert title and all(role == "/P" for role, _p, text, _alt in elements if text in title)


def test_one_bookmark_per_article(exported, edition):
    reader = PdfReader(exported["email"][0])
    titles = [entry.title for entry in reader.outline]
    assert titles == [item.headline for item in edition.content if hasattr(item, "headline")]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_elements_are_in_reading_order(structure, edition):
    """Body paragraphs come in the order of the articles, whatever page they are on."""
    _reader, _tree, elements, _artifacts = structure
    flow = squash("".join(text for _role, _page, text, _alt in elements))
    position = 0
    for item in edition.content:
        marker = squash(getattr(item, "headline", "") or item.title)
        found = flow.find(marker, position)
        assert found >= position, marker
        position = found
    *content, contact = elements  # the first page's footer is read last
    assert "pagina 1" in contact[2] and contact[1] == 0
    pages = [page for _role, page, _text, _alt in content]
    assert pages == sorted(pages)


def test_figures_carry_alt_text_and_captions_follow(structure, edition):
    _reader, _tree, elements, _artifacts = structure
    figures = [
        (index, alt) for index, (role, *_rest, alt) in enumerate(elements) if role == "/Figure"
    ]
    assert [alt for _i, alt in figures] == [
        "Vier bestuurders aan een tafel",  # its own alt text
        "De voorzitter opent de vergadering.",  # none given: the caption
        "Deelnemers in gesprek tijdens de pauze.",
    ]
    for index, _alt in figures:
        assert elements[index + 1][0] == "/Caption"


def test_quotes_are_block_quotes(structure):
    _reader, _tree, elements, _artifacts = structure
    quotes = [squash(text) for role, _page, text, _alt in elements if role == "/BlockQuote"]
    assert any("Zonderruimtevoorgemeenten" in quote for quote in quotes)
    assert any("Sameninkopenisgeendoel" in quote for quote in quotes)


def test_footer_is_read_once_then_an_artifact(structure):
    """The contact details are content on the first page (outloud's TAG-002 flags prose
    marked as artifact); the repeats on later pages are pagination artifacts."""
    _reader, _tree, elements, artifacts = structure
    assert "pagina 1" not in artifacts and "pagina 2" in artifacts and "pagina 4" in artifacts
    footers = [text for role, _page, text, _alt in elements if "pagina" in text]
    assert len(footers) == 1 and "pagina 1" in footers[0]


def test_parent_tree_maps_every_page_back_to_its_elements(structure):
    reader, tree, _elements, _artifacts = structure
    numbers = tree["/ParentTree"].get_object()["/Nums"]
    parents = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index
        assert page["/Tabs"] == "/S"
        for mcid, ref in enumerate(parents[index]):
            element = ref.get_object()
            home = pages[element.raw_get("/Pg").idnum]
            assert (index, mcid) in _contents(element, home, pages)
    assert tree["/ParentTreeNextKey"] == len(parents)


def test_links_are_link_elements_inside_the_paragraph_that_carries_them(structure):
    reader, tree, elements, _artifacts = structure
    numbers = tree["/ParentTree"].get_object()["/Nums"]
    parents = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
    texts = {squash(text) for _role, _page, text, _alt in elements}
    found = []
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            link = parents[annotation["/StructParent"]].get_object()
            assert link["/S"] == "/Link"
            # (its kids: the marked content of its words and its annotations, see
            # test_link_structure)
            kids = link["/K"] if isinstance(link["/K"], ArrayObject) else [link["/K"]]
            objects = [
                kid.get_object()["/Obj"].get_object()
                for kid in kids
                if not isinstance(kid, int) and kid.get_object().get("/Type") == "/OBJR"
            ]
            assert annotation in objects
            owner = link["/P"].get_object()
            assert owner["/S"] == "/P" and link.indirect_reference in list(owner["/K"])
            found.append(str(annotation["/Contents"]))
    # (a link broken over two lines has an annotation per line; the first page's
    # footer links the association's web and e-mail address)
    addresses = [text.rsplit("(", 1)[-1].rstrip(")") for text in dict.fromkeys(found)]
    assert "https://www.vnhg.info/verslagen" in addresses
    assert "mailto:secretariaat@vnhg.info" in addresses
    assert "https://www.vnhg.info" in addresses
    # A body link says what it is in words: its visible text, and where it goes.
    assert "de website van de vereniging (https://www.vnhg.info/verslagen)" in found
    assert any("dewebsitevandevereniging" in text for text in texts)


def test_the_flyer_is_tagged_too(flyer):
    path, _result, invitation = flyer
    _reader, _tree, elements, _artifacts = _structure(path)
    headings = [(role, squash(text)) for role, _page, text, _alt in elements if role[1] == "H"]
    assert headings[0] == ("/H1", squash(invitation.theme))
    assert [role for role, _text in headings[1:]] == ["/H2"] * 3  # moderator, panel, sign up
    panel = squash("".join(text for _role, _page, text, _alt in elements))
    for person in invitation.panel:
        assert squash(person.name) in panel


def test_alt_text_is_kept_literally(tmp_path, style):
    from tests.pdf.fixtures import add_photo
    from vnhg_desk.export.pdf import write_pdf
    from vnhg_desk.imaging.source import MemoryPhotoSource
    from vnhg_desk.model import Article, Edition, PhotoRef

    hostile = 'Foto <b>vet</b> & (haakjes) \\ "Kılıç" ) ( ĳs 🙂 <img src=x>'
    source = MemoryPhotoSource()
    photo = PhotoRef(add_photo(source, 800, 600), "Onderschrift", "", hostile)
    edition = Edition(content=[Article(headline="Kop", body="Tekst.", photos=[photo])])
    path = tmp_path / "alt.pdf"
    write_pdf(edition, style, source, path)
    _reader, _tree, elements, _artifacts = _structure(path)
    assert [alt for role, _page, _text, alt in elements if role == "/Figure"] == [hostile]


PAINTING = {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "Tj", "TJ", "'", '"', "sh"}


def _painted_outside_marked_content(path) -> list[tuple[int, str]]:
    import pikepdf

    loose = []
    with pikepdf.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            depth = 0
            for _operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    depth += 1
                elif name == "EMC":
                    depth -= 1
                    assert depth >= 0, f"EMC without BDC on page {index + 1}"
                elif name in PAINTING and depth == 0:
                    loose.append((index, name))
            assert depth == 0, f"marked content left open on page {index + 1}"
    return loose


def test_everything_painted_is_content_or_artifact(exported, flyer):
    """No text, picture or line is outside a tagged element or an artifact."""
    for path in (exported["email"][0], exported["print"][0], flyer[0]):
        assert _painted_outside_marked_content(path) == [], path.name


def test_bullets_are_lists_of_items(structure, edition):
    _reader, tree, _elements, _artifacts = structure
    document = tree["/K"].get_object()
    lists = []
    for kid in document["/K"]:
        node = kid.get_object()
        if node["/S"] == "/L":
            items = []
            for item in node["/K"]:
                item = item.get_object()
                assert item["/S"] == "/LI" and item["/P"].get_object() == node
                (body,) = item["/K"]
                body = body.get_object()
                assert body["/S"] == "/LBody" and body["/P"].get_object() == item
                items.append(body)
            lists.append(len(items))
    # The highlights on the front page, the first article's list, the box's decisions.
    assert lists[:3] == [len(edition.highlights), 3, 3]
