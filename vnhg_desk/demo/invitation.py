"""The demo invitation ("save the date"), its people and a sample cover e-mail.

Names and roles are invented; addresses use example.org and .invalid, which never
deliver mail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from vnhg_desk.model import CoverEmail, Invitation, Person, Recipient

MODERATOR = Person("Annelies Verbeek", "gemeentesecretaris", "Uitgeest")
PANEL = (
    Person("Bas Dekker", "wethouder digitalisering", "Den Helder"),
    Person("Noor Bakker", "programmamanager participatie", "Amstelveen"),
    Person("Yasmina Şahin", "raadslid", "Purmerend"),
    Person("Thijs Ruiter", "hoofd informatievoorziening", "Dijk en Waard"),
)

_INTRO = """\
Inwoners praten steeds vaker online mee over hun buurt, hun gemeente en de keuzes van \
de raad. Digitale middelen brengen nieuwe stemmen binnen, maar roepen ook vragen op: \
wie doet er mee en wie niet, wat gebeurt er met de gegevens van deelnemers, en hoe weegt \
de raad wat er online wordt gezegd?

In deze themabijeenkomst delen bestuurders en professionals uit Noord-Holland hun \
ervaringen en dilemma’s, en gaan zij met u in gesprek."""


def demo_people() -> list[Person]:
    """The moderator and the panel of the demo invitation, for the people list."""
    return [MODERATOR, *PANEL]


def demo_invitation(people: list[Person] | None = None) -> Invitation:
    """The demo invitation; ``people`` (moderator first, with library ids) if stored."""
    moderator, *panel = people or demo_people()
    return Invitation(
        title="Save the date",
        theme="Digitale participatie: iedereen aan tafel",
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        end_time=time(12, 30),
        place="Stadhuis Purmerend",
        online=True,
        online_note="ook digitaal te volgen",
        intro=_INTRO,
        moderator=replace(moderator),
        panel=[replace(person) for person in panel],
        registration_note=(
            "Aanmelden kan vanaf half oktober via www.vnhg.info. Met de bevestiging "
            "ontvangt u het programma, de routebeschrijving en de link om digitaal mee "
            "te kijken."
        ),
    )


def demo_cover_email() -> CoverEmail:
    """A cover e-mail with a few sample recipients in the groups used by the councils."""
    return CoverEmail(
        recipients=[
            Recipient("griffie@hoorn.example.org", "Griffie Hoorn", ["alle raden"]),
            Recipient("griffie@purmerend.example.org", "Griffie Purmerend", ["alle raden"]),
            Recipient("raad@den-helder.invalid", "Gemeenteraad Den Helder", ["alle raden"]),
            Recipient("college@heiloo.example.org", "College Heiloo", ["colleges B&W"]),
            Recipient(
                "bestuurssecretariaat@zaanstad.invalid", "College Zaanstad", ["colleges B&W"]
            ),
            Recipient(
                "secretariaat@amstelveen.example.org",
                "Gemeente Amstelveen",
                ["alle raden", "colleges B&W"],
            ),
        ],
        sender="secretariaat@vnhg.example.org",
        signature="Hanneke Vos\nambtelijk secretaris VNHG\nwww.vnhg.info",
    )
