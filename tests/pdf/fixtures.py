"""Test editions, invitations and photos for the PDF tests (own Dutch text)."""

from __future__ import annotations

import hashlib
import io
from datetime import date, time

from PIL import Image, ImageDraw

from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import (
    Article,
    Edition,
    HouseStyle,
    Invitation,
    Person,
    PhotoRef,
    PullQuote,
    SidebarBox,
)

BODY_PARAGRAPHS = [
    "De penningmeester opende het financiële deel met een overzicht van de "
    "jaarrekening. De vereniging sluit het jaar af met een bescheiden overschot, "
    "vooral doordat twee bijeenkomsten digitaal plaatsvonden en de zaalhuur dus lager uitviel.",
    "Verschillende wethouders wezen op de onzekerheid rond het gemeentefonds. "
    "Zolang de herverdeling niet vaststaat, is meerjarig begroten een kwestie van "
    "inschatten en hopen. De provinciale toezichthouder toonde begrip maar vroeg "
    "gemeenten wel om hun reserves realistisch te ramen.",
    "In de discussie kwam ook de samenwerking tussen kleine en grote gemeenten aan "
    "bod. Regionale uitvoeringsdiensten kunnen schaalvoordelen opleveren, mits de "
    "zeggenschap helder is geregeld en raadsleden tijdig worden betrokken.",
    "Tot slot werd afgesproken dat het bestuur in het voorjaar een werkbezoek "
    "organiseert aan een gemeente die ervaring heeft met participatiebudgetten, "
    "zodat leden van elkaars aanpak kunnen leren.",
]


def jpeg_bytes(width: int, height: int, seed: int = 0, quality: int = 90) -> bytes:
    """A photo-like JPEG: gradients and shapes, so it does not compress to nothing."""
    image = Image.linear_gradient("L").resize((width, height))
    rgb = Image.merge(
        "RGB",
        (
            image,
            image.rotate(90 + seed * 7, expand=False).resize((width, height)),
            Image.effect_noise((width // 4 or 1, height // 4 or 1), 40).resize((width, height)),
        ),
    )
    draw = ImageDraw.Draw(rgb)
    for index in range(12):
        x = (index * 97 + seed * 31) % width
        y = (index * 53 + seed * 17) % height
        r = max(4, min(width, height) // (6 + index % 5))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=((index * 40) % 255, 90, 160 - index * 9))
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=quality)
    return out.getvalue()


def add_photo(source: MemoryPhotoSource, width: int, height: int, seed: int = 0) -> str:
    """Put a generated JPEG into the source; returns its hash."""
    data = jpeg_bytes(width, height, seed)
    digest = hashlib.sha256(data).hexdigest()
    source.add(digest, PhotoInfo(width, height, "image/jpeg"), data)
    return digest


def body(paragraphs: list[str], subheadings: dict[int, str] | None = None) -> str:
    """Markdown body with a subheading before some paragraphs."""
    parts = []
    for index, text in enumerate(paragraphs):
        if subheadings and index in subheadings:
            parts.append("## " + subheadings[index])
        parts.append(text)
    return "\n\n".join(parts)


def sample_edition(
    source: MemoryPhotoSource, photo_size: tuple[int, int] = (1600, 1200)
) -> Edition:
    """A four-article edition with quotes, photos, a list, links and two boxes."""
    wide = add_photo(source, *photo_size, seed=1)
    column = add_photo(source, photo_size[1], photo_size[0], seed=2)
    third = add_photo(source, *photo_size, seed=3)
    first = Article(
        kicker="Verslag",
        headline="Gemeenten eensgezind over financiële ruimte",
        subtitle="Ledenvergadering zoekt gezamenlijke koers richting het rijk",
        lead="Op de algemene ledenvergadering in Alkmaar spraken bestuurders uit de "
        "hele provincie over de financiële positie van gemeenten. De boodschap was "
        "eensgezind: zonder structurele ruimte staan lokale voorzieningen onder druk.",
        body=body(
            BODY_PARAGRAPHS * 2,
            {2: "Onzekerheid over het gemeentefonds", 5: "Samen optrekken"},
        )
        + "\n\n- Meer ruimte voor lokale keuzes\n- Een eerlijke verdeelsleutel\n"
        "- Tijdige betrokkenheid van raadsleden\n\nMeer informatie staat op "
        "[de website van de vereniging](https://www.vnhg.info/verslagen).",
        byline="Tekst: secretariaat VNHG",
        quotes=[
            PullQuote(
                "Zonder ruimte voor gemeenten staat de bibliotheek als eerste op de tocht",
                "wethouder Financiën",
            )
        ],
        photos=[
            PhotoRef(
                wide,
                "Het panel tijdens de middagsessie, v.l.n.r. Kılıç, Şahin en IJsselstein.",
                "Marieke Ĳzerman",
                "Vier bestuurders aan een tafel",
            ),
            PhotoRef(column, "De voorzitter opent de vergadering.", "Jan de Wit"),
        ],
    )
    second = Article(
        kicker="Jeugd",
        headline="Jeugdzorg vraagt om regionale afspraken",
        subtitle="",
        lead="De kosten van de jeugdzorg blijven stijgen. "
        "Gemeenten willen samen afspraken maken met aanbieders.",
        body=body(BODY_PARAGRAPHS[::-1] + BODY_PARAGRAPHS, {4: "Inkoop in de regio"}),
        quotes=[PullQuote("Samen inkopen is geen doel op zich, maar het helpt wel", "")],
        photos=[PhotoRef(third, "Deelnemers in gesprek tijdens de pauze.", "Jan de Wit")],
    )
    box = SidebarBox(
        kicker="Huishoudelijk",
        title="Besluiten van de vergadering",
        body="- De jaarrekening is vastgesteld.\n- De contributie blijft gelijk.\n"
        "- Het bestuur is décharge verleend.",
    )
    third_article = Article(
        kicker="Bestuur",
        headline="Nieuwe verbindingen met de inwoners",
        lead="Hoe houden raden contact met inwoners die zich niet meer vanzelf melden?",
        body=body(BODY_PARAGRAPHS),
    )
    box2 = SidebarBox(
        kicker="Agenda",
        title="Volgende bijeenkomst",
        body="De volgende ledenvergadering vindt plaats in het voorjaar. Aanmelden kan via "
        "[secretariaat@vnhg.info](mailto:secretariaat@vnhg.info).\n\n" + BODY_PARAGRAPHS[0],
    )
    return Edition(
        title="Verslag ledenvergadering",
        association="Vereniging van Noord-Hollandse Gemeenten",
        meeting="Algemene ledenvergadering",
        date=date(2026, 9, 18),
        place="Alkmaar",
        references="Z.2026/0142",
        highlights=[
            "Financiële positie gemeenten",
            "Jeugdzorg in de regio",
            "Verbinden met inwoners",
        ],
        content=[first, second, box, third_article, box2],
    )


def sample_style() -> HouseStyle:
    """The default house style with a contact line."""
    style = HouseStyle()
    style.contact.email = "secretariaat@vnhg.info"
    style.contact.social = ["x.com/vnhg"]
    return style


def sample_invitation() -> Invitation:
    """A themed meeting with moderator and panel."""
    return Invitation(
        title="Save the date",
        theme="Thema-bijeenkomst digitale dienstverlening",
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        end_time=time(12, 30),
        place="Raadhuis Heerhugowaard",
        online=True,
        intro="Gemeenten digitaliseren hun dienstverlening in hoog tempo. Dat biedt kansen, "
        "maar roept ook vragen op over privacy, toegankelijkheid en de rol van de raad.\n\n"
        "In deze bijeenkomst hoort u de laatste ontwikkelingen en wisselt u ervaringen uit.",
        moderator=Person("Ellen Vermeer", "gemeentesecretaris", "Castricum"),
        panel=[
            Person("Ruud Kılıç", "wethouder", "Zaanstad"),
            Person("Sanne de Boer", "programmamanager data", "Haarlem"),
            Person("Ahmet Şahin", "directeur", "Den Helder"),
        ],
        registration_note="Aanmelden kan vanaf half oktober via www.vnhg.info.",
    )


def long_edition(
    source: MemoryPhotoSource,
    articles: int = 20,
    photo_size: tuple[int, int] = (1200, 900),
    paragraphs: int = 14,
) -> Edition:
    """A generated edition of about two pages per article, two photos per article."""
    content: list[Article | SidebarBox] = []
    for index in range(articles):
        photos = [
            PhotoRef(
                add_photo(source, *photo_size, seed=index * 2 + k), f"Foto {index}-{k}", "VNHG"
            )
            for k in range(2)
        ]
        texts = [f"({index}.{n}) {BODY_PARAGRAPHS[n % 4]}" for n in range(paragraphs)]
        content.append(
            Article(
                kicker=f"Rubriek {index + 1}",
                headline=f"Artikel {index + 1}: gemeenten zoeken samenwerking",
                lead=f"Inleiding {index + 1}. " + BODY_PARAGRAPHS[index % 4],
                body=body(texts, {5: f"Tussenkop {index + 1}a", 10: f"Tussenkop {index + 1}b"}),
                quotes=[PullQuote(f"Citaat {index + 1}: samen staan we sterker", "voorzitter")],
                photos=photos,
            )
        )
        if index % 5 == 4:
            content.append(SidebarBox("Kader", f"Kader {index + 1}", BODY_PARAGRAPHS[1]))
    return Edition(
        title="Nieuwsbrief",
        date=date(2026, 9, 18),
        place="Haarlem",
        highlights=["Veertig pagina's"],
        content=content,
    )
