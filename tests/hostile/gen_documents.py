"""Generators of word-processor files for the import suite: Word files holding what the
importer must bring over or report (tables in tables, charts, SmartArt, VML and OLE
pictures, footnotes, entities, linked pictures, breaks), OpenDocument texts, and the
files it must refuse (old .doc, password-protected, RTF, a pipe). All made here, from
python-docx's own template plus XML we write; nothing is downloaded.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from PIL import Image

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DIAGRAM_URI = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTM = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


def png(color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def _base() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Verslag van de bijeenkomst", style="Heading 1")
    document.add_paragraph("Begin van het verslag.")
    return document


def _append(document: docx.document.Document, xml: str) -> None:
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def _end(document: docx.document.Document) -> None:
    document.add_paragraph("Einde van het verslag.")


def _image_rel(document: docx.document.Document, data: bytes) -> str:
    rel_id, _image = document.part.get_or_add_image(io.BytesIO(data))
    return rel_id


def _part(document: docx.document.Document, name: str, content_type: str, blob: bytes,
          reltype: str) -> str:  # fmt: skip
    part = Part(PackURI(name), content_type, blob, document.part.package)
    return document.part.relate_to(part, reltype)


def _inline(inner: str, uri: str, name: str = "Object") -> str:
    return (
        f'<wp:inline><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="9" name="{name}"/>'
        f'<a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic></wp:inline>'
    )


def _pic(rel_attr: str, descr: str = "") -> str:
    return _inline(
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="x"/><pic:cNvPicPr/></pic:nvPicPr>'
        f"<pic:blipFill><a:blip {rel_attr}/></pic:blipFill><pic:spPr/></pic:pic>",
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
    ).replace('name="Object"/>', f'name="Foto" descr="{descr}"/>')


def nested_table(document: docx.document.Document) -> None:
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Gemeente"
    table.cell(0, 1).text = "Bijdrage"
    table.cell(1, 0).text = "Edam"
    inner = table.cell(1, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "binnen één"
    inner.cell(1, 0).text = "binnen twee"


def chart(document: docx.document.Document) -> None:
    chart_xml = (
        b'<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>'
        b"<c:title><c:tx><c:rich><a:p><a:r><a:t>Begroting</a:t></a:r></a:p></c:rich></c:tx>"
        b'</c:title><c:plotArea><c:barChart><c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0">'
        b"<c:v>Bedrag</c:v></c:pt></c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:strCache>"
        b'<c:pt idx="0"><c:v>Wonen</c:v></c:pt><c:pt idx="1"><c:v>Zorg</c:v></c:pt>'
        b"</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache>"
        b'<c:pt idx="0"><c:v>40</c:v></c:pt><c:pt idx="1"><c:v>35</c:v></c:pt>'
        b"</c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>"
        b"</c:chartSpace>"
    )
    chart_id = _part(
        document,
        "/word/charts/chart1.xml",
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        chart_xml,
        RT.CHART,
    )
    image_id = _image_rel(document, png((30, 90, 200)))
    _append(
        document,
        f'<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires="c14"><w:drawing>'
        + _inline(f'<c:chart r:id="{chart_id}"/>', CHART_URI)
        + "</w:drawing></mc:Choice><mc:Fallback><w:drawing>"
        + _pic(f'r:embed="{image_id}"')
        + "</w:drawing></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )


def smartart(document: docx.document.Document) -> None:
    data = (
        '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
        '<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>niet dit</a:t></a:r></a:p></dgm:t>'
        "</dgm:pt>"
        + "".join(
            f'<dgm:pt modelId="{i}"><dgm:t><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
            for i, text in enumerate(
                ("Stap 1: plannen", "Stap 2: overleggen", "Stap 3: besluiten"), 1
            )
        )
        + '<dgm:pt modelId="9" type="parTrans"><dgm:t><a:p><a:r><a:t>ook niet</a:t></a:r></a:p>'
        "</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
    ).encode()
    data_id = _part(
        document,
        "/word/diagrams/data1.xml",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
        data,
        RT.DIAGRAM_DATA,
    )
    _append(
        document,
        f"<w:p {NS}><w:r><w:drawing>"
        + _inline(f'<dgm:relIds r:dm="{data_id}" r:lo="" r:qs="" r:cs=""/>', DIAGRAM_URI)
        + "</w:drawing></w:r></w:p>",
    )


def vml_picture(document: docx.document.Document) -> None:
    image_id = _image_rel(document, png((20, 160, 60)))
    _append(
        document,
        f'<w:p {NS}><w:r><w:pict><v:shape style="width:100pt;height:75pt" alt="Oude foto">'
        f'<v:imagedata r:id="{image_id}" o:title=""/></v:shape></w:pict></w:r></w:p>',
    )


def ole_object(document: docx.document.Document) -> None:
    preview = _image_rel(document, png((240, 200, 10)))
    embedded = _part(
        document,
        "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        b"PK\x05\x06" + bytes(18),
        RT.PACKAGE,
    )
    _append(
        document,
        f'<w:p {NS}><w:r><w:object><v:shape style="width:200pt;height:100pt">'
        f'<v:imagedata r:id="{preview}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
        f'DrawAspect="Content" ObjectID="_1" r:id="{embedded}"/></w:object></w:r></w:p>',
    )


def footnote(document: docx.document.Document) -> None:
    notes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
        '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Bron: jaarverslag 2025.'
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    _part(
        document,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        notes,
        RT.FOOTNOTES,
    )
    _append(
        document,
        f"<w:p {NS}><w:r><w:t>De cijfers zijn gestegen.</w:t></w:r><w:r><w:footnoteReference "
        'w:id="1"/></w:r><w:r><w:t xml:space="preserve"> Daarna verder.</w:t></w:r></w:p>',
    )


def linked_picture(document: docx.document.Document) -> None:
    outside = document.part.relate_to("file:///C:/Foto's/zaal.jpg", RT.IMAGE, is_external=True)
    picture = _pic(f'r:link="{outside}"')
    _append(document, f"<w:p {NS}><w:r><w:drawing>{picture}</w:drawing></w:r></w:p>")


def linked_picture_inside(document: docx.document.Document) -> None:
    """Word's "link to file" with "save with document": bytes inside and a link."""
    inside = _image_rel(document, png((90, 90, 90)))
    outside = document.part.relate_to("file:///C:/Foto's/groep.png", RT.IMAGE, is_external=True)
    attrs = f'r:embed="{inside}" r:link="{outside}"'
    _append(document, f"<w:p {NS}><w:r><w:drawing>{_pic(attrs, 'Groep')}</w:drawing></w:r></w:p>")


def breaks_and_tabs(document: docx.document.Document) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Eerste regel")
    run.add_break()
    run.add_text("tweede regel")
    run.add_tab()
    run.add_text("na de tab")


def page_break_then_table(document: docx.document.Document) -> None:
    document.add_page_break()
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cel {r}{c}"


DOCX_CASES: dict[str, Callable[[docx.document.Document], None]] = {
    "nested-table": nested_table,
    "chart": chart,
    "smartart": smartart,
    "vml-picture": vml_picture,
    "ole-object": ole_object,
    "footnote": footnote,
    "linked-picture": linked_picture,
    "linked-picture-inside": linked_picture_inside,
    "breaks-and-tabs": breaks_and_tabs,
    "table-on-page-2": page_break_then_table,
}


def word_file(path: Path, case: str) -> Path:
    """A Word file: heading, first paragraph, the case's content, last paragraph."""
    document = _base()
    DOCX_CASES[case](document)
    _end(document)
    document.save(path)
    return path


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None],
            compression: int = zipfile.ZIP_DEFLATED) -> Path:  # fmt: skip
    """A copy of a zip with each member passed through ``change`` (None drops it)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", compression) as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
    return target


def xxe_file(path: Path) -> Path:
    """A Word file whose text holds an external entity between "voor" and "na"."""
    document = _base()
    document.add_paragraph("voor PLAATS na")
    _end(document)
    source = path.with_name("xxe-bron.docx")
    document.save(source)
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

    def change(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        text = data.decode("utf-8")
        head, _, body = text.partition("?>")
        return (head + "?>" + doctype + body.replace("PLAATS", "&xxe;")).encode("utf-8")

    return rewrite(source, path, change)


def as_content_type(path: Path, source: Path, content_type: str, *, macros: bool) -> Path:
    """``source`` re-labelled as a template or macro file (.dotx, .docm), with a macro
    part and its relationship when ``macros``."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(main.encode(), content_type.encode())
            if macros:
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    b"</Types>",
                )
        if name == "word/_rels/document.xml.rels" and macros:
            data = data.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
                b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
            )
        return data

    rewrite(source, path, change)
    if macros:
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("word/vbaProject.bin", b'Attribute VB_Name = "Kwaad"\nShell "rm"')
    return path


def ole_compound(path: Path, stream: str) -> Path:
    """A minimal OLE2 compound file whose directory names ``stream`` (UTF-16LE)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = stream.encode("utf-16-le").ljust(64, b"\x00") + bytes(64)
    path.write_bytes(header + bytes(512) + directory + bytes(1024))
    return path


def bad_crc(path: Path, source: Path) -> Path:
    """``source`` with one byte of document.xml changed, stored (so the CRC fails)."""
    with zipfile.ZipFile(source) as src:
        members = {info.filename: src.read(info) for info in src.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    raw = bytearray(buffer.getvalue())
    at = raw.find(b"Begin van het verslag")
    raw[at] = ord("X")
    path.write_bytes(bytes(raw))
    return path


# --- OpenDocument -----------------------------------------------------------------------

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"'
)


def odt_file(path: Path, body: str, extra: dict[str, bytes] | None = None,
             mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:  # fmt: skip
    """An OpenDocument text with ``body`` inside office:text (automatic styles T1 bold,
    T2 italic, P1 based on Title)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
        "<office:automatic-styles>"
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties '
        'fo:font-style="italic"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
        f"</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


ODT_BODY = (
    '<text:p text:style-name="P1">Nieuwsbrief voorjaar</text:p>'
    '<text:h text:outline-level="1">Wonen in de regio</text:h>'
    '<text:p>De raad was <text:span text:style-name="T1">unaniem</text:span> en '
    '<text:span text:style-name="T2">snel</text:span>.<text:note text:note-class="footnote">'
    "<text:note-citation>1</text:note-citation><text:note-body><text:p>Zie het besluit."
    "</text:p></text:note-body></text:note> Meer op "
    '<text:a xlink:href="https://www.vnhg.example/wonen">de site</text:a>.</text:p>'
    '<text:h text:outline-level="2">Afspraken</text:h>'
    "<text:list><text:list-item><text:p>elke maand overleg</text:p></text:list-item>"
    "<text:list-item><text:p>één contactpersoon</text:p></text:list-item></text:list>"
    "<text:p>Regel een<text:line-break/>regel twee<text:tab/>na tab</text:p>"
    '<text:p><draw:frame draw:name="Foto"><draw:image xlink:href="Pictures/zaal.png"/>'
    "<svg:title>De zaal</svg:title></draw:frame></text:p>"
    '<text:p><draw:frame><draw:image xlink:href="../buiten.jpg"/></draw:frame></text:p>'
    "<text:soft-page-break/>"
    "<table:table><table:table-row><table:table-cell><text:p>Edam</text:p></table:table-cell>"
    "<table:table-cell><table:table><table:table-row><table:table-cell><text:p>binnen"
    "</text:p></table:table-cell></table:table-row></table:table></table:table-cell>"
    "</table:table-row></table:table>"
    '<text:p><draw:frame><draw:object xlink:href="./Object 1"/>'
    '<draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame></text:p>'
    "<text:p>Slotwoord.</text:p>"
)
ODT_CHART = (
    f"<office:document-content {_ODF_NS}><office:body><office:chart><chart:chart>"
    "<chart:title><text:p>Begroting</text:p></chart:title><table:table><table:table-rows>"
    "<table:table-row><table:table-cell><text:p>Wonen</text:p></table:table-cell>"
    "<table:table-cell><text:p>40</text:p></table:table-cell></table:table-row>"
    "</table:table-rows></table:table></chart:chart></office:chart></office:body>"
    "</office:document-content>"
).encode()


def full_odt(path: Path) -> Path:
    return odt_file(
        path,
        ODT_BODY,
        {
            "Pictures/zaal.png": png((10, 120, 200)),
            "Object 1/content.xml": ODT_CHART,
            "ObjectReplacements/Object 1": png((250, 250, 0)),
        },
    )


def package_bytes(folder: Path) -> bytes:
    """A real exchange package (.vnhg) of an edition with one photo."""
    from vnhg_desk.exchange import export_package
    from vnhg_desk.model import Article, Edition, PhotoRef
    from vnhg_desk.store import Library

    with Library.open(folder / "bron.vnhg-desk") as library:
        photo_hash = library.add_photo(png(), "zaal.png")
        edition = Edition(content=[Article(headline="Kop", photos=[PhotoRef(photo_hash, "x")])])
        library.save(edition)
        target = export_package(library, edition, folder / "bron.vnhg")
    return Path(target).read_bytes()
