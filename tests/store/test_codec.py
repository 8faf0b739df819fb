"""Documents, people, house style and cover e-mail survive a trip through plain dicts."""

from __future__ import annotations

import json

from vnhg_desk.model import (
    Contact,
    CoverEmail,
    Edition,
    HouseStyle,
    Invitation,
    Person,
    Recipient,
)
from vnhg_desk.store.codec import (
    cover_email_from_dict,
    cover_email_to_dict,
    document_from_dict,
    document_to_dict,
    house_style_from_dict,
    house_style_to_dict,
    person_from_dict,
    person_to_dict,
)

from .samples import full_edition, full_invitation


def _through_json(d: dict) -> dict:
    return json.loads(json.dumps(d, ensure_ascii=False))


def test_edition_round_trip_is_exact():
    edition = full_edition()
    edition.id, edition.revision = 12, 4
    back = document_from_dict(_through_json(document_to_dict(edition)))
    assert back == edition
    assert isinstance(back, Edition)
    assert [item.uid for item in back.content] == [item.uid for item in edition.content]


def test_invitation_round_trip_is_exact():
    invitation = full_invitation()
    back = document_from_dict(_through_json(document_to_dict(invitation)))
    assert isinstance(back, Invitation)
    assert back == invitation


def test_empty_documents_round_trip():
    for doc in (Edition(), Invitation()):
        assert document_from_dict(_through_json(document_to_dict(doc))) == doc


def test_dict_uses_iso_dates_and_enum_values():
    d = document_to_dict(full_invitation())
    assert d["date"] == "2026-03-12"
    assert d["start_time"] == "15:30:00"
    assert d["status"] == "concept"
    assert document_to_dict(Edition())["date"] is None


def test_missing_optional_keys_give_defaults():
    edition = document_from_dict({"kind": "report", "content": [{"type": "article"}]})
    assert isinstance(edition, Edition)
    assert edition.date is None and edition.highlights == []
    assert edition.articles[0].headline == "" and edition.articles[0].uid
    invitation = document_from_dict({"kind": "invitation"})
    assert isinstance(invitation, Invitation)
    assert invitation.moderator is None and invitation.start_time is None


def test_person_house_style_and_cover_email_round_trip():
    person = Person("Ans Bakker", "griffier", "Texel", id=5)
    assert person_from_dict(_through_json(person_to_dict(person))) == person
    style = HouseStyle(
        logo_hash="c" * 64,
        print_colours={"primary": (100.0, 45.0, 0.0, 20.0)},
        contact=Contact(social=["@vnhg", "linkedin.com/company/vnhg"], phone="072-123"),
    )
    assert house_style_from_dict(_through_json(house_style_to_dict(style))) == style
    assert house_style_from_dict({}) == HouseStyle()
    mail = CoverEmail(
        recipients=[Recipient("griffie@texel.nl", "Griffie Texel", ["alle raden", "noord"])],
        sender="secretariaat@vnhg.info",
        signature="Met groet,\nhet secretariaat",
    )
    assert cover_email_from_dict(_through_json(cover_email_to_dict(mail))) == mail
    assert cover_email_from_dict({}) == CoverEmail()


def test_page_budget_and_fit_round_trip_and_old_documents_get_defaults():
    from vnhg_desk.model import PageFit

    edition = full_edition()
    edition.page_target, edition.fit = 8, PageFit(photo_height=80, spacing=70, type_size=3)
    d = _through_json(document_to_dict(edition))
    assert d["pages"] == 8
    assert d["fit"] == {"photo_height": 80, "spacing": 70, "type_size": 3}
    assert document_from_dict(d) == edition
    del d["pages"], d["fit"]  # a document stored before the page budget existed
    old = document_from_dict(d)
    assert old.page_target == 4 and old.fit == PageFit() and old.fit.is_normal
    # Odd stored values never reach the layout: out of range is clamped or defaulted.
    d["pages"], d["fit"] = 0, {"photo_height": 5, "spacing": "x", "type_size": 99}
    odd = document_from_dict(d)
    assert odd.page_target == 4
    assert odd.fit == PageFit(photo_height=65, spacing=100, type_size=5)
