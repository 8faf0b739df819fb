"""The front-page banner: the meeting's name and the reference numbers are two lines
(two paragraphs for a screen reader), not one run-on phrase."""

from __future__ import annotations

from layout_fixtures import demo, photo_set  # noqa: F401 (fixtures; photos: tests/conftest.py)
from pypdf import PdfReader

from tests.pdf.test_tagging import _structure
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.model import HouseStyle


def test_meeting_and_references_are_separate_lines(tmp_path, demo, photos):  # noqa: F811
    path = tmp_path / "v.pdf"
    write_pdf(demo, HouseStyle(), photos, path, variant="email")
    _reader, _tree, elements, _artifacts = _structure(path)
    texts = [text.strip() for _role, page, text, _alt in elements if page == 0]
    assert demo.meeting in texts
    assert demo.references in texts
    # one above the other on the page, the meeting first
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        for wanted in (demo.meeting, demo.references):
            if text.strip() and text.strip() in wanted and wanted not in found:
                found[wanted] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # y on the page

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert found[demo.meeting] > found[demo.references] + 4
