"""Tagged PDF: the logical structure a screen reader follows (PDF 1.7, 14.7 and 14.8).

Every paragraph and photo drawn is wrapped in a marked-content sequence (``BDC`` ..
``EMC``) with a number per page (MCID). When the canvas is saved, a structure tree lists
them in drawing order, which is the reading order (the masthead, then each article's
header, its columns left to right, its boxes), as headings, paragraphs, quotes, lists,
figures with their alternative text and captions, under one Document element; each link
is a Link element inside the paragraph that carries it. A link in body text (set by the
engine, :mod:`textblock`) has its visible words as its own marked content next to the
reference to its annotation, so a reader reads those words as the link (ISO 14289-1,
7.18.5; PDF 1.7, 14.7.4.3): the paragraph's marked content stops before the link's words
and goes on after them. Page furniture
(colour bands, rules, footer, crop marks) is marked as Artifact, so a reader skips it.
The catalog says ``/MarkInfo << /Marked true >>``; the language is already in it.

Headings: see :data:`ROLES`. A paragraph that continues in the next column or
on the next page is one element with marked content in both places.

Only drawing on a :class:`TaggedCanvas` is tagged: paragraphs measured or drawn on any
other canvas behave exactly as reportlab's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFPage,
    PDFString,
    PDFtrue,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from vnhg_desk.export.pdf.drawn import Recorded
from vnhg_desk.export.pdf.escape import reportlab_safe
from vnhg_desk.export.pdf.rtl import has_rtl, logical

ARTIFACT = "Artifact"

#: Structure type per paragraph style name; any other style is a plain paragraph (P).
#: Heading levels (issue 14): H1 an article's headline (the flyer's theme), H2 its
#: subheadings and a box's title (the flyer's section heads), never a level skipped. The
#: masthead's edition title is a paragraph: it is the document's title (DisplayDocTitle)
#: and as H1 it would push every article down to H2 and subheadings to H3.
#: Where the layout puts a heading at level 1 that is usually lower (or no heading), the
#: look stays and the style's name says so: :func:`at_level`.
ROLES = {
    "inv_theme": "H1",
    "inv_theme_fit": "H1",
    "headline": "H1",
    "inv_head": "H2",
    "subheading": "H2",
    "box_title": "H2",
    "quote": "BlockQuote",
    "caption": "Caption",
    "footer": ARTIFACT,
    # List items: the body of an item (LBody); consecutive ones form one list (L > LI).
    "bullet": "LBody",
    "box_bullet": "LBody",
    "hl": "LBody",
    "inv_person": "LBody",
}


#: The name suffix of a style tagged H1 whatever its own role (:func:`at_level`).
LEVEL_1 = "_h1"


def at_level(style: ParagraphStyle, level: int) -> ParagraphStyle:
    """``style`` for a heading the layout puts at ``level``: itself, or at level 1 the same
    look under a name tagged H1 (a box that opens the edition, the subheadings of an
    article without a headline, a flyer's title or section heads without a theme)."""
    return style if level > 1 else ParagraphStyle(style.name + LEVEL_1, parent=style)


def role_of(style_name: str, default: str = "P") -> str:
    """The structure type of a paragraph in the style named ``style_name``."""
    return "H1" if style_name.endswith(LEVEL_1) else ROLES.get(style_name, default)


@dataclass(frozen=True)
class Element:
    """One marked-content sequence: its structure type, page, number and alt text."""

    role: str
    page: int
    mcid: int
    alt: str = ""
    #: Read after everything else (the contact details in the first page's footer).
    last: bool = False
    #: What the element says when its drawn text differs (right-to-left runs).
    actual: str = ""
    #: Further marked content of the same element: (page, MCID), e.g. the rest of a
    #: paragraph that continues in the next column or on the next page, and the links
    #: inside it, in reading order.
    parts: list[tuple[int, int] | LinkElement] = field(default_factory=list)


@dataclass(eq=False)
class LinkElement:
    """A link inside a paragraph: the marked content of its visible words (page, MCID)
    and its annotations (page, annotation; one per line it covers)."""

    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)
    annotations: list[tuple[int, PDFDictionary]] = field(default_factory=list)


def _element(role: str, parent: object, **entries: object) -> PDFDictionary:
    """A structure element of type ``role`` under ``parent`` (a reference)."""
    return PDFDictionary(
        {"Type": PDFName("StructElem"), "S": PDFName(role), "P": parent, **entries}
    )


class StructureTree:
    """The elements drawn so far, in order; :meth:`write` adds the tree to the PDF."""

    def __init__(self) -> None:
        self.elements: list[Element] = []
        #: Link annotations: page, the element whose text carries the link, annotation,
        #: and the link's visible text.
        self.links: list[tuple[int, int | None, PDFDictionary, str]] = []
        #: url -> visible text of the links in the paragraph being drawn.
        self.link_texts: dict[str, str] = {}
        self._next_mcid: dict[int, int] = {}
        self._open = False
        self._current: int | None = None
        #: Where a float (photo, pull quote) belongs in reading order, by its key, when
        #: its place was drawn before it; and where the float being drawn goes.
        self._places: dict[object, int] = {}
        self._insert_at: int | None = None
        #: The link whose words are being drawn (its marked content is open), and the
        #: link the next annotation belongs to.
        self._link: LinkElement | None = None
        self.next_link: LinkElement | None = None

    def place(self, key: object) -> None:
        """The layout's place of a float: the elements drawn so far come before it."""
        self._places[key] = len(self.elements)

    @contextmanager
    def floating(self, key: object) -> Iterator[None]:
        """Draw a float: when the columns moved it after text that follows it in the
        layout's flow, its elements still go to its own place in the structure tree, so
        the PDF reads in the same order as the Word file."""
        at = self._places.pop(key, None) if key is not None else None
        self._insert_at = at
        try:
            yield
        finally:
            self._insert_at = None

    def _add(self, element: Element) -> int:
        """Append ``element`` (or insert it at the float's place); returns its index."""
        at = self._insert_at
        if at is None or at >= len(self.elements):
            self.elements.append(element)
            self._insert_at = None if at is None else len(self.elements)
            return len(self.elements) - 1
        self.elements.insert(at, element)
        self._insert_at = at + 1
        self.links = [
            (link[0], link[1] + 1 if link[1] is not None and link[1] >= at else link[1], *link[2:])
            for link in self.links
        ]
        self._places = {k: v + 1 if v > at else v for k, v in self._places.items()}
        return at

    @contextmanager
    def marked(
        self,
        canvas: Canvas,
        role: str,
        alt: str = "",
        last: bool = False,
        actual: str = "",
        after: Element | None = None,
        content_actual: str | None = None,
    ) -> Iterator[None]:
        """Mark what is drawn inside as one element (or as an artifact). Inside another
        marked sequence nothing new is opened: the content belongs to the outer one.
        With ``after`` (an element, see :attr:`current`) of the same role, the
        content continues that element instead of starting a new one. The element says
        ``actual``; so does the marked content, unless ``content_actual`` says otherwise
        ("": its text says itself, e.g. where each line has its own ActualText span)."""
        if self._open:
            yield
            return
        if role == ARTIFACT:
            canvas.addLiteral("/Artifact BMC")
        else:
            page = canvas.getPageNumber() - 1
            mcid = self._next_mcid.get(page, 0)
            self._next_mcid[page] = mcid + 1
            if after is not None and after.role == role:
                after.parts.append((page, mcid))
                self._current = next(i for i, e in enumerate(self.elements) if e is after)
            else:
                self._current = self._add(Element(role, page, mcid, alt, last, actual))
            said = actual if content_actual is None else content_actual
            extra = f" /ActualText <{utf16_hex(said)}>" if said else ""
            canvas.addLiteral(f"/{role} <</MCID {mcid}{extra}>> BDC")
        self._open = True
        try:
            yield
        finally:
            self._open = False
            self._current = None
            self._link = None
            canvas.addLiteral("EMC")

    def switch(self, canvas: Canvas, link: LinkElement | None) -> None:
        """Inside an element being drawn (between text objects): what is drawn next is
        ``link``'s visible words (a new marked-content sequence of that link), or, with
        None, the element's own text again (a new sequence of the element). Nothing
        happens when that is already what is open."""
        element = self.current
        if element is None or link is self._link:
            return
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        canvas.addLiteral("EMC")
        if link is None:
            element.parts.append((page, mcid))
            canvas.addLiteral(f"/{element.role} <</MCID {mcid}>> BDC")
        else:
            if not any(part is link for part in element.parts):
                element.parts.append(link)
            link.marks.append((page, mcid))
            canvas.addLiteral(f"/Link <</MCID {mcid}>> BDC")
        self._link = link

    @property
    def current(self) -> Element | None:
        """The element being drawn (None outside one)."""
        return None if self._current is None else self.elements[self._current]

    def link(self, canvas: Canvas, annotation: PDFDictionary, url: str) -> None:
        """A link annotation just added: it joins the element being drawn, and says
        in words (its visible text, and where it goes) what it is (ISO 14289-1, 7.18.5)."""
        link = self.next_link
        text = " ".join((link.text if link else self.link_texts.get(url, "")).split())
        described = url if not text or text == url else f"{text} ({url})"
        annotation["Contents"] = PDFString(reportlab_safe(described))
        if link is not None:  # its Link element has its words' marked content
            link.annotations.append((canvas.getPageNumber() - 1, annotation))
            return
        self.links.append((canvas.getPageNumber() - 1, self._current, annotation, text or url))

    def write(self, canvas: Canvas) -> None:
        """Put the structure tree, the parent tree and the tagged flags into the PDF."""
        doc = canvas._doc  # reportlab's PDFDocument: the objects written on save
        pages: list[PDFPage] = doc.Pages.pages
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root)
        document = _element("Document", root_ref)
        document_ref = doc.Reference(document)
        kids = []
        by_page: dict[int, dict[int, object]] = {}
        link_keys: list[object] = []  # parent tree keys of the annotations: [key, Link]
        made: list[tuple[PDFDictionary, object, list[object]]] = []  # dict, ref, its kids
        for element in self.elements:
            entry = _element(
                element.role, document_ref, Pg=doc.Reference(pages[element.page]), K=element.mcid
            )
            if element.alt:
                entry["Alt"] = PDFString(reportlab_safe(element.alt))
            if element.actual:
                entry["ActualText"] = PDFString(reportlab_safe(element.actual))
            ref = doc.Reference(entry)
            kids.append(ref)
            content: list[object] = [element.mcid]
            by_page.setdefault(element.page, {})[element.mcid] = ref
            for part in element.parts:
                if isinstance(part, LinkElement):
                    content.append(self._link_element(doc, pages, part, ref, by_page, link_keys))
                    continue
                page, mcid = part
                by_page.setdefault(page, {})[mcid] = ref
                content.append(_marked_reference(doc, pages, page, mcid, element.page))
            made.append((entry, ref, content))
        trailing = [kid for element, kid in zip(self.elements, kids, strict=True) if element.last]
        kids = self._group_lists(doc, made, document_ref, kids)
        kids = [kid for kid in kids if kid not in trailing] + trailing
        link_numbers = self._write_links(doc, pages, made, document_ref, kids, len(link_keys) // 2)
        link_numbers = link_keys + link_numbers
        for entry, _ref, content in made:
            if len(content) > 1:
                entry["K"] = PDFArray(content)
        document["K"] = PDFArray(kids)
        numbers: list[object] = []
        for index, page in enumerate(pages):
            page.__NoDefault__ = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]
            page.Tabs = PDFName("S")  # tab through links in structure order
            marked = by_page.get(index)
            if marked:
                page.StructParents = index
                numbers += [index, PDFArray([marked[mcid] for mcid in range(len(marked))])]
        parent_tree = PDFDictionary({"Nums": PDFArray(numbers + link_numbers)})
        root.dict.update(
            K=document_ref,
            ParentTree=doc.Reference(parent_tree),
            ParentTreeNextKey=len(pages) + len(link_numbers) // 2,
        )
        doc.Catalog.StructTreeRoot = root
        doc.Catalog.MarkInfo = PDFDictionary({"Marked": PDFtrue})
        canvas.setViewerPreference("DisplayDocTitle", PDFtrue)  # the title, not the file name

    def _group_lists(self, doc, made, document_ref, kids: list[object]) -> list[object]:
        """Consecutive list item bodies become one list: L > LI > LBody. Returns the
        Document's kids with each list in the place of its items."""
        out: list[object] = []
        items: list[object] = []
        lists: list[tuple[PDFDictionary, list[object]]] = []
        for element, (entry, ref, _content), kid in zip(self.elements, made, kids, strict=True):
            if element.role != "LBody":
                items = []
                out.append(kid)
                continue
            if not items:
                listing = _element("L", document_ref)
                listing_ref = doc.Reference(listing)
                lists.append((listing, items))
                out.append(listing_ref)
            item_ref = doc.Reference(_element("LI", listing_ref, K=PDFArray([ref])))
            entry["P"] = item_ref
            items.append(item_ref)
        for listing, list_items in lists:
            listing["K"] = PDFArray(list_items)
        return out

    def _link_element(self, doc, pages, link: LinkElement, parent, by_page, keys) -> object:
        """A Link element with its words' marked content and its annotations (OBJR);
        each annotation gets the next StructParent key after the pages' keys."""
        page = link.marks[0][0] if link.marks else link.annotations[0][0]
        entry = _element("Link", parent, Pg=doc.Reference(pages[page]))
        ref = doc.Reference(entry)
        content: list[object] = []
        for mark_page, mcid in link.marks:
            by_page.setdefault(mark_page, {})[mcid] = ref
            content.append(_marked_reference(doc, pages, mark_page, mcid, page))
        for annotation_page, annotation in link.annotations:
            reference = {
                "Type": PDFName("OBJR"),
                "Obj": doc.Reference(annotation),
                "Pg": doc.Reference(pages[annotation_page]),
            }
            content.append(PDFDictionary(reference))
            key = len(pages) + len(keys) // 2
            annotation["StructParent"] = key
            keys += [key, ref]
        entry["K"] = PDFArray(content)
        return ref

    def _write_links(self, doc, pages, made, document_ref, kids, first: int) -> list[object]:
        """A Link element per annotation, under the element whose text carries it (or
        the Document); each annotation gets a StructParent key after the pages' keys."""
        numbers: list[object] = []
        for number, (page, owner, annotation, text) in enumerate(self.links):
            page_ref = doc.Reference(pages[page])
            parent_ref = made[owner][1] if owner is not None else document_ref
            reference = {"Type": PDFName("OBJR"), "Obj": doc.Reference(annotation), "Pg": page_ref}
            link_ref = doc.Reference(
                _element(
                    "Link",
                    parent_ref,
                    Pg=page_ref,
                    K=PDFDictionary(reference),
                    Alt=PDFString(reportlab_safe(text)),
                )
            )
            key = len(pages) + first + number
            annotation["StructParent"] = key
            numbers += [key, link_ref]
            (made[owner][2] if owner is not None else kids).append(link_ref)
        return numbers


class TaggedCanvas(Canvas):
    """A canvas that records the structure of what is drawn and writes it when saved."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.structure = StructureTree()
        self.drawn: list = []  # where the flow's blocks land (drawn.py)

    def linkURL(self, url: str, rect, relative: int = 0, *args, **kwargs) -> None:
        super().linkURL(url, rect, relative, *args, **kwargs)
        reference = self._annotationrefs[-1]  # the annotation just added
        self.structure.link(self, self._doc.idToObject[reference.name], url)

    def save(self) -> None:
        self.structure.write(self)
        super().save()


def _marked_reference(doc, pages, page: int, mcid: int, home: int) -> object:
    """Marked content ``mcid`` of ``page`` as a kid of an element on page ``home``: the
    number, or a marked-content reference naming its page."""
    if page == home:
        return mcid
    return PDFDictionary({"Type": PDFName("MCR"), "MCID": mcid, "Pg": doc.Reference(pages[page])})


def utf16_hex(text: str) -> str:
    return "FEFF" + reportlab_safe(text).encode("utf-16-be").hex().upper()


@contextmanager
def marked(
    canvas: Canvas,
    role: str,
    alt: str = "",
    last: bool = False,
    actual: str = "",
    after: Element | None = None,
    content_actual: str | None = None,
) -> Iterator[None]:
    """Mark what is drawn inside on a tagged canvas; on any other canvas do nothing.
    ``after``: continue that element (see :meth:`StructureTree.marked`)."""
    structure = getattr(canvas, "structure", None)
    if structure is None:
        yield
        return
    with structure.marked(canvas, role, alt, last, actual, after, content_actual):
        yield


def current_element(canvas: Canvas) -> Element | None:
    """The element being drawn on a tagged canvas (else None)."""
    structure = getattr(canvas, "structure", None)
    return structure.current if structure is not None else None


def place(canvas: Canvas, key: object) -> None:
    """Note a float's place in reading order (on a tagged canvas; else nothing)."""
    structure = getattr(canvas, "structure", None)
    if structure is not None:
        structure.place(key)


@contextmanager
def floating(canvas: Canvas, key: object) -> Iterator[None]:
    """Draw a float whose elements belong at its noted place (see :func:`place`)."""
    structure = getattr(canvas, "structure", None)
    if structure is None or key is None:
        yield
        return
    with structure.floating(key):
        yield


class TaggedParagraph(Recorded, Paragraph):
    """A Paragraph that is one element of the structure: its role follows its style."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        name = self.style.name.removesuffix("-tight")  # a piece of a very long paragraph
        structure = getattr(canvas, "structure", None)
        role = role_of(name)
        if structure is not None:
            structure.link_texts = link_texts(self)
            if role == "H1":  # one bookmark per article (and the flyer's theme)
                key = f"h1-{len(structure.elements)}"
                canvas.bookmarkHorizontal(key, 0, y + self.height)
                canvas.addOutlineEntry(" ".join(self.getPlainText().split()), key, 0)
                canvas.showOutline()
        plain = " ".join(self.getPlainText().split())
        # What the element says when its drawn text would read differently: Arabic and
        # Hebrew as typed, and a paragraph of several lines with its words whole (the
        # lines are drawn without the space that ends them, so extraction would glue
        # "het" to "sociale" at a line end).
        lines = getattr(getattr(self, "blPara", None), "lines", ())
        actual = logical(plain) if has_rtl(plain) or len(lines) > 1 else ""
        with marked(canvas, role, actual=actual):
            super().drawOn(canvas, x, y, _sW)


def link_texts(paragraph: Paragraph) -> dict[str, str]:
    """The visible text of each link in a paragraph, by address."""
    texts: dict[str, str] = {}
    for frag in getattr(paragraph, "frags", ()):
        for _number, url in getattr(frag, "link", None) or ():
            texts[url] = texts.get(url, "") + getattr(frag, "text", "")
    return texts
