"""export_document: the writer follows the suffix, files appear whole, the library records it."""

from __future__ import annotations

import email
import json
import zipfile
from datetime import date

import pytest

from tests.exchange.conftest import small_photo
from vnhg_desk.errors import ExportError, NotFoundError
from vnhg_desk.export.dispatch import export_document, safe_file_name
from vnhg_desk.model import Article, Edition, PhotoRef
from vnhg_desk.store import Library


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "bibliotheek.vnhg-desk") as lib:
        yield lib


@pytest.fixture
def doc_id(library) -> int:
    photo = library.add_photo(small_photo((120, 60, 30), size=(400, 300)), "zaal.jpg")
    edition = Edition(
        meeting="Ledenvergadering",
        date=date(2026, 3, 6),
        place="Alkmaar",
        highlights=["Begroting"],
        content=[
            Article(
                kicker="VERSLAG",
                headline="Gemeenten en coöperaties",
                lead="Korte intro.",
                body="Een alinea over **geld**.\n\n## Tussenkop\n\nNog een alinea.",
                photos=[PhotoRef(photo, caption="De zaal", credit="Foto: X", alt_text="Zaal")],
            )
        ],
    )
    library.save(edition)
    return edition.id


def _leftovers(folder):
    return sorted(p.name for p in folder.rglob(".*"))


@pytest.mark.parametrize(
    ("title", "when", "expected"),
    [
        ("Verslag ledenvergadering", date(2026, 9, 18), "2026-09-18 Verslag ledenvergadering"),
        ("Coöperatie: wie/wat?", None, "Coöperatie- wie-wat"),
        ('a<b>c|d"e*f\\g', None, "a-b-c-d-e-f-g"),
        ("CON", None, "_CON"),
        ("com1.verslag", None, "_com1.verslag"),
        ("Verslag...   ", None, "Verslag"),
        ("tab\tnieuwe\nregel\x00nul", None, "tab nieuwe regel nul"),
        ("", None, "document"),
        ("...", None, "document"),
        ("Kılıç en Şahin", None, "Kılıç en Şahin"),
    ],
)
def test_safe_file_name(title, when, expected):
    assert safe_file_name(title, when) == expected


def test_safe_file_name_is_capped_and_composed():
    name = safe_file_name("e" * 300, date(2026, 1, 2), suffix=".pdf")
    assert name.startswith("2026-01-02 eee") and name.endswith(".pdf") and len(name) == 124
    accented = safe_file_name("é" * 300, suffix=".pdf")
    assert accented == "é" * 100 + ".pdf"  # 200 bytes in UTF-8
    assert safe_file_name("Cooperati" + "e\u0308") == "Cooperatië"  # NFC
    emoji = safe_file_name("\U0001f600" * 100)
    assert len(emoji.encode("utf-8")) <= 200


def test_unknown_suffix_lists_the_supported_ones(tmp_path, library, doc_id):
    with pytest.raises(ExportError) as caught:
        export_document(library, doc_id, tmp_path / "verslag.odt")
    message = str(caught.value)
    for suffix in (".pdf", ".docx", ".eml", ".json", ".zip", ".vnhg"):
        assert suffix in message
    assert library.export_log(doc_id) == []


def test_bad_variant_and_unknown_document(tmp_path, library, doc_id):
    with pytest.raises(ExportError, match="variant"):
        export_document(library, doc_id, tmp_path / "v.pdf", variant="poster")
    with pytest.raises(NotFoundError):
        export_document(library, 999, tmp_path / "v.json")
    assert not (tmp_path / "v.json").exists()


def test_exchange_export_records_and_snapshots(tmp_path, library, doc_id):
    progress = []
    path = export_document(library, doc_id, tmp_path / "verslag.zip", progress=progress.append)
    assert path == tmp_path / "verslag.zip"
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("document.json"))["document"]["place"] == "Alkmaar"
    (record,) = library.export_log(doc_id)
    assert record.target == str(path) and "zip" in record.kind
    assert [r.reason for r in library.revisions(doc_id)] == [f"export {record.kind}"]
    assert progress[-1] == 1.0 and progress == sorted(progress)


@pytest.mark.parametrize("existing", [True, False])
def test_folder_export(tmp_path, library, doc_id, existing):
    folder = tmp_path / "uitwissel"
    if existing:
        folder.mkdir()
        target = folder
    else:
        target = f"{folder}/"
    export_document(library, doc_id, target)
    assert (folder / "document.json").is_file()
    assert len(list((folder / "photos").iterdir())) == 1
    assert library.export_log(doc_id)[0].kind == "uitwisselmap"


def test_pdf_export_for_both_variants(tmp_path, library, doc_id):
    import pypdf

    for variant in ("email", "print"):
        path = export_document(library, doc_id, tmp_path / f"{variant}.pdf", variant=variant)
        text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
        assert "Gemeenten en coöperaties".upper() in text.upper()
    assert [r.kind for r in library.export_log(doc_id)] == ["PDF (drukwerk)", "PDF (e-mail)"]
    assert _leftovers(tmp_path) == []


def test_failing_writer_leaves_nothing_under_the_final_name(tmp_path, library, doc_id, monkeypatch):
    import vnhg_desk.export.pdf as pdf

    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"vorige versie")

    def half_then_fail(document, style, photos, path, **kwargs):
        path.write_bytes(b"%PDF-1.7 half")
        raise ExportError("Schrijven mislukt.")

    monkeypatch.setattr(pdf, "write_pdf", half_then_fail)
    with pytest.raises(ExportError, match="Schrijven mislukt"):
        export_document(library, doc_id, target)
    assert target.read_bytes() == b"vorige versie"
    assert _leftovers(tmp_path) == []
    assert library.export_log(doc_id) == [] and library.revisions(doc_id) == []


def test_docx_export(tmp_path, library, doc_id):
    path = export_document(library, doc_id, tmp_path / "verslag.docx")
    with zipfile.ZipFile(path) as archive:
        assert "Gemeenten en coöperaties" in archive.read("word/document.xml").decode("utf-8")
    assert library.export_log(doc_id)[0].kind == "Word"


def test_eml_export(tmp_path, library, doc_id):
    path = export_document(library, doc_id, tmp_path / "bericht.eml")
    message = email.message_from_bytes(path.read_bytes())
    assert message["X-Unsent"] == "1"
    attachments = [part.get_content_type() for part in message.walk() if part.get_filename()]
    assert attachments == ["application/pdf"]
    assert library.export_log(doc_id)[0].kind == "e-mailconcept"


def test_the_library_file_itself_is_never_overwritten(tmp_path):
    path = tmp_path / "eigen.vnhg"
    with Library.open(path) as library:
        library.save(Edition(title="Iets"))
        before = path.read_bytes()
        with pytest.raises(ExportError, match="bibliotheekbestand zelf"):
            export_document(library, 1, path)
        assert path.read_bytes() == before
