"""Documents with every field filled (and some empty), for round-trip tests."""

from __future__ import annotations

from datetime import date, time

from vnhg_desk.model import (
    Article,
    Edition,
    EditionStatus,
    Invitation,
    Person,
    PhotoRef,
    PullQuote,
    SidebarBox,
)

HASH_A = "a" * 64
HASH_B = "b" * 64


def full_edition() -> Edition:
    """An edition using every field, with unicode, markup-like text and empty values."""
    return Edition(
        title="Verslag ledenvergadering",
        kind="report",
        association="Vereniging van Noord-Hollandse Gemeenten",
        meeting="Algemene ledenvergadering najaar",
        date=date(2025, 10, 3),
        place="Heerhugowaard",
        references="Z.200114 / D.3305871",
        highlights=["Begroting 2026 vastgesteld", "Coöperatie ‘Zuidkust’", "", "Één 💡 idee"],
        status=EditionStatus.FINAL,
        language="nl",
        content=[
            Article(
                kicker="VERSLAG",
                headline="SAMENWERKEN AAN DE KUST",
                subtitle="Gemeenten zoeken elkaar op bij het beheer van duinen",
                lead="De **voorzitter** opende de vergadering om 14.00 uur.",
                body=(
                    "Eerste alinea met *nadruk* en een [link](https://vnhg.info).\n\n"
                    "## Coöperatie en crisis\n\n- punt één\n- punt twee\n\n"
                    'Tekst met <b>tags</b> & "quotes" en een \\*ster.'
                ),
                byline="Door de redactie",
                quotes=[
                    PullQuote("‘Wij staan er samen voor’", "burgemeester Ĳmuiden"),
                    PullQuote("Zonder bron", ""),
                ],
                photos=[
                    PhotoRef(HASH_A, "Het panel v.l.n.r.", "Foto: J. Jansen", "Vier mensen"),
                    PhotoRef(HASH_B),
                ],
            ),
            SidebarBox("HUISHOUDELIJK", "Besluiten", "- jaarrekening goedgekeurd"),
            Article(headline="Lege velden"),
            SidebarBox(),
        ],
    )


def full_invitation() -> Invitation:
    """An invitation with moderator, a panel of four and every field filled."""
    return Invitation(
        title="Save the date",
        theme="Water en wonen: wie betaalt de rekening?",
        date=date(2026, 3, 12),
        start_time=time(15, 30),
        end_time=time(18, 0, 30),
        place="Provinciehuis Haarlem",
        online=True,
        online_note="Ook te volgen via de livestream",
        intro="Een middag over **waterbeheer** en woningbouw.",
        moderator=Person("Marit Dekker", "dagvoorzitter", "", id=3),
        panel=[
            Person("Ruud Smit", "wethouder", "Purmerend"),
            Person("Fatma Yıldız", "gedeputeerde", "Noord-Holland", id=7),
            Person("Jan de Boer", "", ""),
            Person("Élodie Maes", "directeur", "Waterschap"),
        ],
        registration_note="Aanmelden vóór 1 maart via secretariaat@vnhg.info",
        status=EditionStatus.CONCEPT,
        language="en",
    )
