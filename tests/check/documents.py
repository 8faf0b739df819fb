"""Documents for the pre-send check tests: a clean edition, and one broken in every way
the check knows (each finding exactly once). Our own Dutch text."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PIL import Image

from tests.pdf.fixtures import BODY_PARAGRAPHS, add_photo, jpeg_bytes
from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import (
    Article,
    CoverEmail,
    Edition,
    HouseStyle,
    PhotoRef,
    Recipient,
    SidebarBox,
)

DAY = date(2026, 3, 13)
#: Passes AA everywhere: the default house style with a darker orange.
SAFE_STYLE = HouseStyle(accent_colour="#A84E00")


AddPhoto = Callable[[bytes], str]


def noise_jpeg(width: int, height: int, seed: int) -> bytes:
    """A JPEG of pure noise: it hardly compresses, so a dozen make a large e-mail PDF."""
    channels = [Image.effect_noise((width, height), 100 + i + seed) for i in range(3)]
    out = io.BytesIO()
    Image.merge("RGB", channels).save(out, "JPEG", quality=95)
    return out.getvalue()


def memory_adder(source: MemoryPhotoSource) -> AddPhoto:
    """Add JPEG bytes to an in-memory photo source; returns the hash."""

    def add(data: bytes) -> str:
        with Image.open(io.BytesIO(data)) as image:
            size = image.size
        digest = hashlib.sha256(data).hexdigest()
        source.add(digest, PhotoInfo(*size, "image/jpeg"), data)
        return digest

    return add


def noise_photo(source: MemoryPhotoSource, width: int, height: int, seed: int) -> str:
    """A noise JPEG in an in-memory photo source; returns its hash."""
    return memory_adder(source)(noise_jpeg(width, height, seed))


def good_photo(photo_hash: str, number: int = 1) -> PhotoRef:
    return PhotoRef(
        photo_hash,
        caption=f"De zaal tijdens het {number}e agendapunt.",
        credit="Foto: Karin Mulder",
        alt_text="Een volle vergaderzaal met rijen stoelen en een spreker bij het scherm.",
    )


def clean_edition(source: MemoryPhotoSource) -> Edition:
    """An edition with nothing to find (except what typesetting decides: page count)."""
    photo = add_photo(source, 2400, 1800, seed=3)
    return Edition(
        title="Verslag ledenvergadering",
        meeting="Algemene ledenvergadering",
        date=DAY,
        place="Alkmaar",
        highlights=["Begroting", "Nieuwe leden"],
        content=[
            Article(
                kicker="VERSLAG",
                headline="Begroting vastgesteld",
                lead="De leden stelden de begroting zonder wijzigingen vast.",
                body="\n\n".join(BODY_PARAGRAPHS)
                + "\n\nMeer op [de website](https://www.vnhg.info/stukken).",
                photos=[good_photo(photo)],
            ),
            SidebarBox(kicker="KORT", title="Bestuur", body="Het bestuur blijft ongewijzigd."),
        ],
    )


def clean_cover() -> CoverEmail:
    return CoverEmail(
        recipients=[Recipient("griffie@alkmaar.nl", "Griffie Alkmaar", ["alle raden"])],
        sender="secretariaat@vnhg.info",
    )


#: Noise photos that take the e-mail PDF over 1 MB (about 70 kB each there).
HEAVY_PHOTOS = 15


def broken_edition(add: AddPhoto) -> Edition:
    """Everything the check finds, each exactly once (see test_broken.py)."""
    heavy = [add(noise_jpeg(900, 700, seed)) for seed in range(HEAVY_PHOTOS)]
    small = add(jpeg_bytes(240, 180, seed=9))
    ok = add(jpeg_bytes(2400, 1800, seed=4))
    photos = [
        PhotoRef(ok, caption="Het panel aan tafel.", alt_text="Vier mensen aan een tafel."),
        PhotoRef(ok, caption="De voorzitter opent.", credit="Foto: Karin Mulder"),
        PhotoRef(
            ok,
            caption="De penningmeester bij het scherm.",
            credit="Foto: Karin Mulder",
            alt_text="De penningmeester bij het scherm",
        ),
        replace(good_photo(small), uid="klein"),
    ]
    return Edition(
        title="",
        date=None,
        place="",
        content=[
            Article(
                kicker="VERSLAG",
                headline=(
                    "Een kop die maar doorgaat over de begroting, de jaarrekening, de "
                    "contributie, het nieuwe bestuur, de themabijeenkomst in november en alle "
                    "andere punten die de vergadering in Alkmaar heeft besproken"
                ),
                lead="Lorem ipsum dolor sit amet.",
                body="\n\n".join(BODY_PARAGRAPHS)
                + "\n\nZie [de stukken](www.vnhg-stukken) voor de cijfers.",
                photos=photos,
            ),
            Article(kicker="KORT", headline="Nog te schrijven"),
            Article(
                kicker="BEELD",
                body="Een fotoverslag zonder kop uit de voorjaarsvergadring \U0001f4f7.",
                photos=[good_photo(h, n) for n, h in enumerate(heavy, 1)],
            ),
        ],
    )


def broken_style() -> HouseStyle:
    """Only the text colour misses AA (light grey)."""
    return replace(SAFE_STYLE, text_colour="#9A9A9A")


def broken_cover() -> CoverEmail:
    return CoverEmail(
        recipients=[
            Recipient("griffie@alkmaar.nl", "Griffie Alkmaar", ["alle raden"]),
            Recipient("griffie alkmaar.nl", "Kapot adres", ["alle raden"]),
            Recipient("raad@voorbeeld.example.org", "Voorbeeld", ["alle raden"]),
        ],
        subject_template="Nieuwsbrief van 3 maart 2020",
    )
