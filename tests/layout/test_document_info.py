"""One document info: the PDF's metadata, Word's core properties and the e-mail draft
name the document alike."""

from __future__ import annotations

import email
import io

import pikepdf
from docx import Document
from layout_fixtures import demo, photo_set  # noqa: F401 (fixtures; photos: tests/conftest.py)

from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.eml import build_message
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.layout.document_info import document_info
from vnhg_desk.model import CoverEmail, HouseStyle


def test_pdf_word_and_email_share_the_document_info(tmp_path, demo, photos):  # noqa: F811
    style = HouseStyle()
    info = document_info(demo, style)
    assert info.title == "Verslag ledenvergadering 25 september 2026"
    assert info.language == "nl-NL"
    pdf_path, docx_path = tmp_path / "v.pdf", tmp_path / "v.docx"
    write_pdf(demo, style, photos, pdf_path, variant="email")
    write_docx(demo, style, photos, docx_path)
    with pikepdf.open(pdf_path) as pdf:
        docinfo = pdf.docinfo
        pdf_values = (
            str(docinfo.Title),
            str(docinfo.Subject),
            str(docinfo.Author),
            str(docinfo.Keywords),
            str(pdf.Root.Lang),
        )
    props = Document(io.BytesIO(docx_path.read_bytes())).core_properties
    word_values = (props.title, props.subject, props.author, props.keywords, props.language)
    assert pdf_values == word_values
    assert pdf_values == (
        info.title,
        info.subject,
        info.author,
        ", ".join(info.keywords),
        info.language,
    )
    cover = CoverEmail(subject_template="{title} {date}", body_template="In {place}.")
    message = email.message_from_bytes(build_message(demo, cover, [], style=style).as_bytes())
    assert message["Subject"] == info.title
    assert info.place and info.place in message.get_payload(decode=True).decode()
