"""The XML we write by hand keeps the schema's child order (Word refuses files that do not)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from vnhg_desk.export.docx import ooxml, write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORDERS = {
    "pPr": ooxml.PPR_ORDER,
    "rPr": ooxml.RPR_ORDER,
    "tblPr": ooxml.TBLPR_ORDER,
    "tcPr": ooxml.TCPR_ORDER,
    "style": ooxml.STYLE_ORDER,
}


def misordered(xml: bytes) -> list[str]:
    problems = []
    root = etree.fromstring(xml)
    for name, order in ORDERS.items():
        ranks = {W + tag.removeprefix("w:"): n for n, tag in enumerate(order)}
        for parent in root.iter(W + name):
            seen = [ranks[child.tag] for child in parent if child.tag in ranks]
            unknown = [child.tag for child in parent if child.tag not in ranks]
            repeatable = ranks.get(W + "tblStylePr")
            single = [rank for rank in seen if rank != repeatable]
            if seen != sorted(seen) or len(single) != len(set(single)):
                problems.append(f"{name}: {[c.tag.removeprefix(W) for c in parent]}")
            if unknown:
                problems.append(f"{name} has unexpected {unknown}")
    return problems


def test_every_part_keeps_schema_order(edition, invitation, house_style, photos):
    for document in (edition, invitation):
        out = io.BytesIO()
        write_docx(document, house_style, photos, out)
        with zipfile.ZipFile(out) as package:
            for name in package.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    assert misordered(package.read(name)) == [], name
