"""The Word writer: an edition or invitation as a styled .docx (python-docx).

``write_docx`` is the one entry point; the modules beside it each do one part
(styles, text, pictures, page furniture, properties, saving).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import docx

from vnhg_desk.export.docx import page, styles
from vnhg_desk.export.docx.edition import write_edition
from vnhg_desk.export.docx.fonttable import declare_fonts
from vnhg_desk.export.docx.hyphenation import set_hyphenation
from vnhg_desk.export.docx.invitation import write_invitation
from vnhg_desk.export.docx.properties import set_properties, set_settings
from vnhg_desk.export.docx.save import save
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout import layout_edition, layout_invitation
from vnhg_desk.layout.words import word
from vnhg_desk.model import Edition, HouseStyle, Invitation

__all__ = ["write_docx"]


def write_docx(
    document: Edition | Invitation,
    style: HouseStyle,
    photos: PhotoSource,
    target: Path | BinaryIO,
    *,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write ``document`` as a Word file to ``target`` (a path, replaced atomically, or a stream).

    ``progress`` receives fractions from 0.0 to 1.0. Raises :class:`ExportError` when the
    file cannot be written or a photo is missing.
    """
    report = progress or (lambda _fraction: None)
    report(0.0)
    doc = docx.Document()
    palette = styles.define_styles(doc, style, document.language)
    declare_fonts(doc, [palette.heading_font, palette.body_font])
    page.setup_page(doc)
    tag = styles.language_tag(document.language)
    set_settings(doc, tag)
    # Body writing takes the range 0.05-0.95; saving is the rest.

    def body_progress(fraction: float) -> None:
        report(round(0.05 + 0.9 * fraction, 4))

    if isinstance(document, Invitation):
        layout_i = layout_invitation(document, style)
        page.running_header(doc, layout_i.association, layout_i.title, palette)
        _footer(doc, layout_i.footer, document.language)
        write_invitation(doc, layout_i, photos, body_progress)
        set_properties(doc, layout_i.info)
    else:
        layout_e = layout_edition(document, style)
        page.running_header(doc, layout_e.association, layout_e.info.title, palette)
        _footer(doc, layout_e.footer, document.language)
        write_edition(doc, layout_e, photos, body_progress)
        set_properties(doc, layout_e.info)
    set_hyphenation(doc)  # last: the writers add some styles (Caption) when first used
    report(0.95)
    save(doc, target)
    report(1.0)


def _footer(doc: docx.document.Document, contact: str, language: str) -> None:
    page.footer(doc, contact, word("page", language).capitalize(), word("of", language))
