"""What the exchange format gained: a quote's chosen paragraph, the cover e-mail, and
links that keep their target in bodies and on the flyer; old files still import."""

from __future__ import annotations

import io
import json
import zipfile

import pikepdf
import pytest
from docx import Document

from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange import export_package, import_file, merged_cover_email
from vnhg_desk.exchange.package import JSON_NAME
from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.model import CoverEmail, HouseStyle, PullQuote, Recipient

LINK = "https://www.vnhg.info/aanmelden"


def _uris(pdf_path) -> list[str]:
    with pikepdf.open(pdf_path) as pdf:
        return [
            str(annot.A.URI)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if annot.get("/Subtype") == "/Link" and "/A" in annot
        ]


def _word_links(path) -> list[str]:
    document = Document(io.BytesIO(path.read_bytes()))
    return [rel.target_ref for rel in document.part.rels.values() if rel.is_external]


def test_quote_anchor_round_trips_through_library_and_exchange(
    tmp_path, library, target_library, edition
):
    article = edition.content[0]
    article.quotes.append(PullQuote("Zelfgekozen plaats", "Voorzitter", anchor=1))
    library.save(edition)
    stored = library.load(edition.id).content[0].quotes
    assert [q.anchor for q in stored] == [None, 1]
    target = tmp_path / "verslag.zip"
    export_package(library, edition, target)
    with zipfile.ZipFile(target) as archive:
        quotes = json.loads(archive.read(JSON_NAME))["document"]["content"][0]["quotes"]
    assert "anchor" not in quotes[0] and quotes[1]["anchor"] == 1  # optional key
    copy = import_file(target_library, target)
    assert [q.anchor for q in target_library.load(copy.id).content[0].quotes] == [None, 1]


def test_old_file_without_the_new_keys_imports(tmp_path, target_library):
    old = {
        "format": "vnhg-desk-document",
        "version": 1,
        "document": {
            "kind": "report",
            "title": "Verslag",
            "content": [
                {
                    "type": "article",
                    "headline": "Oud",
                    "body": "Een alinea.",
                    "quotes": [{"text": "Een alinea.", "attribution": ""}],
                }
            ],
        },
    }
    path = tmp_path / "oud.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    before = target_library.cover_email()
    imported = import_file(target_library, path)
    assert imported.content[0].quotes[0].anchor is None
    assert target_library.cover_email() == before  # no cover e-mail in the file: unchanged


def test_bad_anchor_is_refused_with_its_place(tmp_path, target_library):
    bad = {
        "format": "vnhg-desk-document",
        "version": 1,
        "document": {
            "kind": "report",
            "content": [{"type": "article", "quotes": [{"text": "x", "anchor": 0}]}],
        },
    }
    path = tmp_path / "fout.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"quotes\[0\]\.anchor"):
        import_file(target_library, path)
    assert target_library.list_documents() == []


def test_cover_email_travels_with_the_edition(tmp_path, library, target_library, edition):
    cover = CoverEmail(
        recipients=[Recipient("griffie@hoorn.example", "Griffie Hoorn", ["alle raden"])],
        sender='"Nijman, Ben" <b.nijman@vnhg.example>',
        subject_template="Verslag {date}",
        body_template="Beste raadsleden,\n\nHierbij het verslag.",
        signature="Ben Nijman\nambtelijk secretaris",
    )
    library.save_cover_email(cover)
    target = tmp_path / "verslag.vnhg"
    export_package(library, edition, target)
    target_library.save_cover_email(
        CoverEmail(recipients=[Recipient("raad@zaanstad.example", groups=["alle raden"])])
    )
    import_file(target_library, target)
    arrived = target_library.cover_email()
    addresses = [r.address for r in arrived.recipients]
    assert addresses == ["raad@zaanstad.example", "griffie@hoorn.example"]  # nothing lost
    assert arrived.sender == cover.sender
    assert arrived.subject_template == "Verslag {date}"
    assert arrived.signature == cover.signature


def test_merge_keeps_the_librarys_own_templates():
    mine = CoverEmail(subject_template="Eigen onderwerp", signature="Eigen groet")
    theirs = CoverEmail(subject_template="Hun onderwerp", signature="Hun groet", sender="a@b.nl")
    merged = merged_cover_email(mine, theirs)
    assert (merged.subject_template, merged.signature, merged.sender) == (
        "Eigen onderwerp",
        "Eigen groet",
        "a@b.nl",
    )


def test_links_keep_their_target_in_body_and_flyer(
    tmp_path, library, target_library, edition, invitation
):
    edition.content[0].body = f"Meld u [hier aan]({LINK}) voor de volgende keer."
    library.save(edition)
    invitation.registration_note = f"Aanmelden kan [via de website]({LINK})."
    library.save(invitation)
    for document in (edition, invitation):
        package = tmp_path / f"{document.id}.zip"
        export_package(library, document, package)
        copy = import_file(target_library, package)
        pdf = tmp_path / f"{document.id}.pdf"
        docx = tmp_path / f"{document.id}.docx"
        write_pdf(copy, HouseStyle(), target_library, pdf)
        write_docx(copy, HouseStyle(), target_library, docx)
        assert LINK in _uris(pdf), document.kind
        assert LINK in _word_links(docx), document.kind
    flyer = target_library.load(copy.id)
    assert flyer.registration_note == invitation.registration_note
