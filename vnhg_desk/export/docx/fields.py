"""Word fields (PAGE, NUMPAGES) as complex fields, updated by Word and LibreOffice on open."""

from __future__ import annotations

from docx.text.paragraph import Paragraph

from vnhg_desk.export.docx import ooxml


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a field such as ``PAGE`` to ``paragraph``, showing ``placeholder`` until updated."""
    parts = (
        ooxml.element("w:fldChar", fldCharType="begin"),
        _instruction(instruction),
        ooxml.element("w:fldChar", fldCharType="separate"),
        None,
        ooxml.element("w:fldChar", fldCharType="end"),
    )
    for part in parts:
        run = paragraph.add_run()
        if part is None:
            run.text = placeholder
        else:
            run._r.append(part)


def _instruction(instruction: str) -> object:
    text = ooxml.element("w:instrText")
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text.text = f" {instruction} \\* MERGEFORMAT "
    return text
