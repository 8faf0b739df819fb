"""The cover e-mail's sender as Outlook shows it is accepted; a refusal names the field."""

from __future__ import annotations

import email
from datetime import date

import pytest

from vnhg_desk.errors import ExportError
from vnhg_desk.export.eml import build_message, parse_sender, sender_problem
from vnhg_desk.model import CoverEmail, Edition, Recipient


@pytest.mark.parametrize(
    "written",
    [
        '"Nijman, Ben" <b.nijman@gemeente.example>',
        "Nijman, Ben <b.nijman@gemeente.example>",
    ],
)
def test_outlook_senders_are_accepted(written):
    assert parse_sender(written) == ("Nijman, Ben", "b.nijman@gemeente.example")
    assert sender_problem(written) is None
    cover = CoverEmail(sender=written, recipients=[Recipient("raad@gemeente.example")])
    edition = Edition(date=date(2026, 9, 25))
    message = email.message_from_bytes(build_message(edition, cover, []).as_bytes())
    assert message["From"] == '"Nijman, Ben" <b.nijman@gemeente.example>'


def test_plain_senders_still_work():
    assert parse_sender("b.nijman@gemeente.example") == ("", "b.nijman@gemeente.example")
    assert parse_sender("Ben <b@x.example>") == ("Ben", "b@x.example")


@pytest.mark.parametrize(
    "written", ["Nijman, Ben", "Nijman <geen adres>", "a@b@c.example", "Bén <bén@x.example>"]
)
def test_a_refused_sender_names_the_sender_field(written):
    problem = sender_problem(written)
    assert problem is not None and "Afzender" in problem
    with pytest.raises(ExportError, match="Afzender"):
        build_message(Edition(), CoverEmail(sender=written), [])


def test_a_refused_recipient_names_the_address_list():
    cover = CoverEmail(recipients=[Recipient("geen-adres")])
    with pytest.raises(ExportError, match="adressenlijst"):
        build_message(Edition(), cover, [])
