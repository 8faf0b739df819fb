"""People, house style, cover e-mail and the export log."""

from __future__ import annotations

import pytest

from vnhg_desk.errors import NotFoundError
from vnhg_desk.model import Contact, CoverEmail, Edition, HouseStyle, Person, Recipient
from vnhg_desk.store import Library


def test_people(lib):
    ans = Person("Ans Bakker", "griffier", "Texel")
    bert = Person("bert de Wit", "burgemeester", "Schagen")
    lib.save_person(ans)
    lib.save_person(bert)
    assert ans.id and bert.id and ans.id != bert.id
    assert lib.people() == [ans, bert]
    ans.role = "raadslid"
    lib.save_person(ans)
    assert lib.people()[0].role == "raadslid"
    lib.delete_person(bert.id)
    assert lib.people() == [ans]


def test_house_style_and_cover_email_defaults_and_round_trip(lib, library_target):
    assert lib.house_style() == HouseStyle()
    assert lib.cover_email() == CoverEmail()
    style = HouseStyle(
        short_name="VNHG",
        primary_colour="#123456",
        print_colours={"primary": (100.0, 60.0, 0.0, 10.0)},
        contact=Contact(website="www.vnhg.info", social=["@vnhg"]),
    )
    mail = CoverEmail(recipients=[Recipient("raad@gemeente.nl", "Raad", ["alle raden"])])
    lib.save_house_style(style)
    lib.save_cover_email(mail)
    lib.close()
    with Library.open(library_target) as again:
        assert again.house_style() == style
        assert again.cover_email() == mail


def test_export_log(lib):
    doc = Edition(title="Verslag")
    lib.save(doc)
    lib.record_export(doc.id, "pdf-email", "/home/secretaris/verslag.pdf")
    lib.record_export(doc.id, "docx", "C:\\Verslagen\\verslag.docx")
    log = lib.export_log(doc.id)
    assert [(r.kind, r.target) for r in log] == [
        ("docx", "C:\\Verslagen\\verslag.docx"),
        ("pdf-email", "/home/secretaris/verslag.pdf"),
    ]
    assert log[0].when >= log[1].when
    with pytest.raises(NotFoundError):
        lib.record_export(999, "docx", "x")


def test_library_hyphenation_exceptions_are_kept(lib, library_target):
    """The secretary's own hyphenation exceptions live in the house style setting."""
    style = HouseStyle(hyphenation_exceptions=["Vattenfall", "be-gro-tings-tekort"])
    lib.save_house_style(style)
    lib.close()
    with Library.open(library_target) as again:
        assert again.house_style().hyphenation_exceptions == ["Vattenfall", "be-gro-tings-tekort"]


def test_a_failed_transaction_keeps_none_of_its_new_rows(lib):
    """New rows (people, documents, revisions) go in through Library._insert (sqlite-utils
    on a file): they stay part of the caller's transaction, so a failure after them
    leaves nothing behind. (sqlite-utils 3.x committed the transaction at its insert.)"""
    with pytest.raises(RuntimeError), lib.transaction():
        lib.save_person(Person("Ans Bakker", "griffier", "Texel"))
        edition = Edition(title="Niet bewaard")
        lib.save(edition)
        lib.snapshot(edition.id, "test")
        raise RuntimeError("after the inserts")
    assert lib.people() == []
    assert lib.list_documents() == []
    person = Person("Bert de Wit", "burgemeester", "Schagen", id=7)
    lib.save_person(person)  # a person with an id of its own keeps it
    assert lib.people() == [person]
