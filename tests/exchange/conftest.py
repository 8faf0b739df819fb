"""Fixtures for the exchange tests: a library with a small edition (two photos) in it."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from PIL import Image

from vnhg_desk.model import (
    Article,
    Edition,
    Invitation,
    Person,
    PhotoRef,
    PullQuote,
    SidebarBox,
)
from vnhg_desk.store import Library


def small_photo(colour: tuple[int, int, int], fmt: str = "JPEG", size=(64, 48)) -> bytes:
    """A tiny real image (decodable by the library's checks)."""
    buffer = io.BytesIO()
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], 8):
        image.paste((255 - colour[0], colour[1], 128), (x, 0, x + 4, size[1]))
    image.save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "source.vnhg-desk") as lib:
        yield lib


@pytest.fixture
def target_library(tmp_path):
    with Library.open(tmp_path / "target.vnhg-desk") as lib:
        yield lib


@pytest.fixture
def edition(library) -> Edition:
    """A stored edition with two photos (one JPEG, one PNG), a quote and a box."""
    jpeg = library.add_photo(small_photo((200, 40, 40)), "raadzaal.jpg")
    png = library.add_photo(small_photo((20, 90, 200), "PNG"), "Kaart <regio>.png")
    doc = Edition(
        meeting="Algemene ledenvergadering",
        date=date(2026, 3, 6),
        place="Zaandam",
        references="Z.1 / D.2",
        highlights=["Begroting", "Coöperatie & wonen"],
        content=[
            Article(
                kicker="VERSLAG",
                headline="Woningbouw in de coöperatie",
                lead="Een **korte** intro.",
                body="Eerste alinea.\n\n## Tussenkop\n\n- één\n- twee",
                quotes=[PullQuote("Eerste alinea.", "Kılıç")],
                photos=[
                    PhotoRef(jpeg, caption="Het panel v.l.n.r.: A, B", credit="Foto: X"),
                    PhotoRef(png, caption="Kaart", alt_text="Een kaart van de regio"),
                    PhotoRef(jpeg, caption="Nogmaals dezelfde foto"),
                ],
            ),
            SidebarBox(kicker="HUISHOUDELIJK", title="Jaarrekening", body="Vastgesteld."),
        ],
    )
    library.save(doc)
    return doc


@pytest.fixture
def invitation(library) -> Invitation:
    doc = Invitation(
        theme="Wonen en ruimte",
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        end_time=time(12, 30),
        place="Stadhuis Hoorn",
        online=True,
        intro="Kom *ook*.",
        moderator=Person("A. Verbeek", "gemeentesecretaris", "Uitgeest", id=7),
        panel=[Person(f"Panellid {n}", "wethouder", "Hoorn") for n in range(4)],
        registration_note="Aanmelden via www.vnhg.info",
    )
    library.save(doc)
    return doc
