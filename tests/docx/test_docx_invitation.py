"""The invitation as .docx: the same styles, every part in order."""

from __future__ import annotations

import io

from docx_reading import open_docx, paragraphs, style_of, styled

from vnhg_desk.export.docx import write_docx


def export(invitation, house_style, photos):
    out = io.BytesIO()
    write_docx(invitation, house_style, photos, out)
    return open_docx(out.getvalue())


def test_invitation_parts_and_order(invitation, house_style, photos):
    document = export(invitation, house_style, photos)
    texts = [p.text for p in paragraphs(document)]
    order = [
        "Save the date",
        "Klimaatadaptatie in de kustgemeenten",
        "Datum\tvrijdag 20 november 2026",
        "Tijd\t9.30\u201312.30 uur",
        "Plaats\tRaadhuis Heemskerk / ook digitaal te volgen",
        "Na afloop is er gelegenheid om na te praten met de sprekers.",
        "Dagvoorzitter",
        "L. Visser, burgemeester Uitgeest",
        "Panel",
        "R. Koster, wethouder Castricum",
        "E. Janssen, dijkgraaf Hoogheemraadschap",
        "Aanmelden",
        "Aanmelden vóór 13 november via secretariaat@vnhg.example.",
    ]
    positions = [texts.index(text) for text in order]
    assert positions == sorted(positions)
    assert style_of(document, "Save the date") == "Title"
    assert (
        style_of(document, "Klimaatadaptatie in de kustgemeenten") == "Heading 1"
    )  # headings start at level 1
    assert styled(document, "Heading 2") == ["Dagvoorzitter", "Panel"]
    assert styled(document, "List Bullet") == [
        "R. Koster, wethouder Castricum",
        "E. Janssen, dijkgraaf Hoogheemraadschap",
    ]
    assert styled(document, "Gegevens")[0] == "Datum\tvrijdag 20 november 2026"
    box = [p for p in paragraphs(document) if p.in_table]
    assert [(p.style, p.text) for p in box] == [
        ("Kadertitel", "Aanmelden"),
        ("Kadertekst", "Aanmelden vóór 13 november via secretariaat@vnhg.example."),
    ]
    labels = document.paragraphs[3].runs
    assert labels[0].bold and labels[0].text == "Datum\t"


def test_invitation_page_and_properties(invitation, house_style, photos):
    document = export(invitation, house_style, photos)
    props = document.core_properties
    assert props.title == "Save the date Klimaatadaptatie in de kustgemeenten"
    assert props.subject == "Klimaatadaptatie in de kustgemeenten"
    assert props.language == "nl-NL"
    assert document.sections[0].header.paragraphs[0].text == (
        "Vereniging van Noord-Hollandse Gemeenten\tSave the date"
    )
    assert document.sections[0].footer.paragraphs[1].text.startswith("Pagina ")


def test_sparse_invitation_leaves_out_what_is_empty(house_style, photos):
    from vnhg_desk.model import Invitation

    document = export(Invitation(title="Save the date"), house_style, photos)
    texts = [p.text for p in paragraphs(document)]
    assert "Save the date" in texts
    assert not [t for t in texts if t.startswith(("Datum", "Dagvoorzitter", "Panel"))]
    assert not document.tables


def test_english_invitation_uses_english_words_and_language(invitation, house_style, photos):
    invitation.language = "en"
    document = export(invitation, house_style, photos)
    texts = [p.text for p in paragraphs(document)]
    assert "Date\tFriday 20 November 2026" in texts
    assert "Moderator" in texts
    assert document.core_properties.language == "en-GB"
    assert document.sections[0].footer.paragraphs[1].text.startswith("Page ")
