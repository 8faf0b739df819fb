"""Fixtures for the Word writer: a Dutch edition and invitation, photos made with Pillow
(``photos`` is tests/conftest.py's source of this folder's ``photo_set``)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from sample_photos import make_photo

from vnhg_desk.model import (
    Article,
    Contact,
    Edition,
    HouseStyle,
    Invitation,
    Person,
    PhotoRef,
    PullQuote,
    SidebarBox,
)


@pytest.fixture
def house_style() -> HouseStyle:
    return HouseStyle(
        contact=Contact(
            website="www.vnhg.info",
            email="secretariaat@vnhg.example",
            phone="023 123 45 67",
            social=["x.com/vnhg_test"],
        )
    )


@pytest.fixture
def photo_set():
    """Three photos: a big landscape, a portrait and a PNG."""
    return [
        make_photo(2400, 1600, (40, 90, 140)),
        make_photo(900, 1350, (120, 60, 40)),
        make_photo(800, 500, (30, 120, 60), "PNG"),
    ]


@pytest.fixture
def edition(photo_set) -> Edition:
    (landscape, _, _), (portrait, _, _), (png, _, _) = photo_set
    first = Article(
        kicker="Verslag",
        headline="Gemeenten zoeken samen naar ruimte voor woningbouw",
        subtitle="Provincie en regio willen sneller bouwen zonder het landschap te verliezen",
        lead=(
            "Op de najaarsvergadering in Purmerend spraken ruim zeventig raadsleden en "
            "wethouders over de vraag waar de nieuwe woningen moeten komen."
        ),
        body=(
            "De voorzitter opende de vergadering met een terugblik op het afgelopen jaar. "
            "Volgens haar is de samenwerking tussen de gemeenten **nog nooit zo nodig** "
            "geweest.\n\n"
            "## Knelpunten in de regio\n\n"
            "Wethouder Bakker schetste de knelpunten: *stikstof*, netcongestie en te weinig "
            'personeel. "Wie wil bouwen, moet eerst het stroomnet op orde hebben," zei hij. '
            "Meer informatie staat op [de site van de vereniging](https://www.vnhg.info/wonen).\n\n"
            "De zaal vroeg om een gezamenlijke aanpak:\n\n"
            "- een regionale woningbouwtafel\n"
            "- afspraken over **betaalbare** huur\n"
            "- één loket voor initiatiefnemers\n\n"
            "## Vervolg\n\n"
            "Het bestuur werkt de voorstellen uit en komt in het voorjaar met een plan. "
            "Reacties kunnen naar [het secretariaat](mailto:secretariaat@vnhg.example)."
        ),
        byline="Tekst: M. de Graaf",
        quotes=[
            PullQuote(
                text="Wie wil bouwen, moet eerst het stroomnet op orde hebben",
                attribution="Wethouder Bakker",
            )
        ],
        photos=[
            PhotoRef(
                landscape,
                caption="Het panel v.l.n.r.: J. Bakker, S. Yilmaz en P. Verhoef.",
                credit="K. Smit",
                alt_text="Drie panelleden aan een tafel op het podium",
            ),
            PhotoRef(
                portrait,
                caption="Wethouder Bakker aan het woord.",
                credit="K. Smit",
                alt_text="Een wethouder spreekt de zaal toe",
            ),
        ],
    )
    box = SidebarBox(
        kicker="Huishoudelijk",
        title="Besluiten van de vergadering",
        body=(
            "De jaarrekening is vastgesteld en het bestuur is gedechargeerd.\n\n"
            "- De contributie blijft gelijk.\n"
            "- Mevrouw Yilmaz is herkozen als penningmeester."
        ),
    )
    second = Article(
        kicker="Digitaal",
        headline="Slimme data, betere dienstverlening",
        lead=(
            "Drie gemeenten lieten zien hoe zij data gebruiken zonder de privacy uit het "
            "oog te verliezen."
        ),
        body=(
            "Zaanstad begon klein, met gegevens over afvalinzameling.\n\n"
            "Haarlem koppelt meldingen aan onderhoudsplanning.\n\n"
            "Hoorn laat inwoners zelf meekijken in een openbaar dashboard."
        ),
        quotes=[PullQuote(text="Begin klein en leer onderweg", attribution="")],
        photos=[PhotoRef(png, caption="Het dashboard van Hoorn.", credit="", alt_text="")],
    )
    return Edition(
        title="Verslag ledenvergadering",
        association="Vereniging van Noord-Hollandse Gemeenten",
        meeting="Algemene ledenvergadering najaar",
        date=date(2026, 10, 9),
        place="Purmerend",
        references="Z.2026.0412 / D.55871",
        highlights=[
            "Woningbouw en netcongestie",
            "Data in de dienstverlening",
            "Jaarrekening vastgesteld",
        ],
        content=[first, box, second],
    )


@pytest.fixture
def invitation() -> Invitation:
    return Invitation(
        title="Save the date",
        theme="Klimaatadaptatie in de kustgemeenten",
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        end_time=time(12, 30),
        place="Raadhuis Heemskerk",
        online=True,
        intro=(
            "Hoosbuien, hitte en droogte vragen om keuzes in de openbare ruimte. "
            "In deze bijeenkomst horen raadsleden wat werkt en wat het kost.\n\n"
            "Na afloop is er gelegenheid om **na te praten** met de sprekers."
        ),
        moderator=Person("L. Visser", "burgemeester", "Uitgeest"),
        panel=[
            Person("R. Koster", "wethouder", "Castricum"),
            Person("E. Janssen", "dijkgraaf", "Hoogheemraadschap"),
        ],
        registration_note="Aanmelden vóór 13 november via secretariaat@vnhg.example.",
    )


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(docx_path: Path, outdir: Path, target: str = "pdf") -> Path:
    """Convert with LibreOffice headless in a profile of its own; returns the new file."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            soffice_path(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / (docx_path.stem + "." + target.split(":")[0])


def convert_to_pdf(docx_path: Path, outdir: Path) -> Path:
    return convert(docx_path, outdir, "pdf")
