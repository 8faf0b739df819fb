"""Hostile texts: exact round trip through the library, literal in PDF and DOCX, in bounded time.

Short texts go into every field (title, masthead, kicker, headline, subtitle, lead, body,
byline, quote, caption, credit, alt text, box, highlights and the house-style footer);
huge ones into the body only. The CVE-2023-33733 payload would create a file: it must not.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import Contact, HouseStyle, Invitation, Person

from .gen_texts import TextCase, edition_with, missing_fragments, text_cases
from .helpers import (
    TIMINGS,
    deadline,
    docx_text,
    export_docx,
    export_pdf,
    need,
    open_library,
    pdf_text,
    user_error_message,
)

#: The file the CVE payload would create if reportlab evaluated it.
PWNED = Path(tempfile.gettempdir()) / f"vnhg-hostile-pwned-{os.getpid()}"
CASES = text_cases(str(PWNED))
PARAMS = [pytest.param(case, id=case.id) for case in CASES]
PHOTO_HASH = "f" * 64


@pytest.fixture(autouse=True)
def _no_pwned_file() -> Any:
    PWNED.unlink(missing_ok=True)
    yield
    assert not PWNED.exists(), "the CVE-2023-33733 payload was executed"


def _photos() -> MemoryPhotoSource:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (90, 120, 150)).save(buffer, "JPEG")
    source = MemoryPhotoSource()
    source.add(PHOTO_HASH, PhotoInfo(120, 80, "image/jpeg"), buffer.getvalue())
    return source


def _style(case: TextCase) -> HouseStyle:
    if not case.everywhere:
        return HouseStyle()
    contact = Contact(website=case.text, email=case.text, social=[case.text])
    return HouseStyle(association_name=case.text, short_name=case.text[:40], contact=contact)


def _export(kind: str, case: TextCase, target: Path) -> str:
    edition = edition_with(case.text, everywhere=case.everywhere, photo_hash=PHOTO_HASH)
    start = time.perf_counter()
    with deadline(case.seconds, f"{kind} export of {case.id}"):
        if kind == "pdf":
            export_pdf(edition, _style(case), _photos(), target)
        else:
            export_docx(edition, _style(case), _photos(), target)
    TIMINGS[f"{kind}:{case.id}"] = time.perf_counter() - start
    return pdf_text(target) if kind == "pdf" else docx_text(target)


@pytest.mark.parametrize("case", PARAMS)
def test_text_round_trips_the_library_exactly(case: TextCase, tmp_path: Path) -> None:
    path = tmp_path / "bibliotheek.vnhg-desk"
    edition = edition_with(case.text, everywhere=case.everywhere, photo_hash=None)
    with deadline(60, f"saving {case.id}"):
        with open_library(path) as library:
            library.save(edition)
            start = time.perf_counter()
            hits = library.search(case.text[:300])  # a long, hostile query
            hits += library.search("Slotalinea " + case.text[:40])
            seconds = time.perf_counter() - start
            assert seconds < 10, f"search took {seconds:.1f} s"  # C code: no alarm helps
            assert isinstance(hits, list)
        with open_library(path) as library:
            loaded = library.load(edition.id)
    assert loaded == edition
    assert loaded.content[0].body == edition.content[0].body


@pytest.mark.parametrize("case", PARAMS)
def test_text_is_literal_in_pdf(case: TextCase, tmp_path: Path) -> None:
    extracted = _export("pdf", case, tmp_path / "tekst.pdf")
    assert missing_fragments(case, extracted) == []


@pytest.mark.parametrize("case", PARAMS)
def test_text_is_literal_in_docx(case: TextCase, tmp_path: Path) -> None:
    extracted = _export("docx", case, tmp_path / "tekst.docx")
    assert missing_fragments(case, extracted) == []


SHORT = [pytest.param(case, id=case.id) for case in CASES if case.everywhere]


def _invitation(text: str) -> Invitation:
    person = Person(text, text, text)
    return Invitation(
        title=text,
        theme=text,
        date=date(2026, 11, 5),
        place=text,
        online=True,
        online_note=text,
        intro="Welkom.\n\n" + text.replace("\n", " "),
        moderator=person,
        panel=[person, replace(person), Person("Gewone naam", "wethouder", "Zaanstad")],
        registration_note=text,
    )


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("case", SHORT)
def test_text_is_literal_in_invitation(case: TextCase, kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"uitnodiging.{kind}"
    with deadline(case.seconds, f"invitation {kind} of {case.id}"):
        if kind == "pdf":
            export_pdf(_invitation(case.text), _style(case), _photos(), target)
            extracted = pdf_text(target)
        else:
            export_docx(_invitation(case.text), _style(case), _photos(), target)
            extracted = docx_text(target)
    assert missing_fragments(case, extracted) == []


# --- the default file name -------------------------------------------------------------

HOSTILE_TITLES = {
    "slashes-colons-reserved": 'Verslag / : ? < > | CON * " \\',
    "only-con": "CON",
    "reserved-with-extension": "nul.txt",
    "com1-lowercase": "com1",
    "trailing-dots-spaces": "Verslag... ",
    "only-dots": "...",
    "only-spaces": "   ",
    "empty": "",
    "control-characters": "Verslag\x00\n\t\x1b",
    "very-long": "Ledenvergadering " * 40,
    "diacritics-kept": "Coöperatie reünie Kılıç",
    "emoji": "Verslag 🎉",
    "dot-dot": "../../etc/passwd",
}
_FORBIDDEN = set('/\\:*?"<>|') | {chr(code) for code in range(32)}
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


@pytest.mark.parametrize("title", list(HOSTILE_TITLES.values()), ids=list(HOSTILE_TITLES))
def test_default_file_name_is_safe_everywhere(title: str, tmp_path: Path) -> None:
    safe_file_name = need("vnhg_desk.export.dispatch", "safe_file_name")
    name = safe_file_name(title, date(2026, 9, 18))
    assert name and name.strip() == name and not name.endswith(".")
    assert not _FORBIDDEN & set(name), f"forbidden character in {name!r}"
    assert name.split(".")[0].strip().upper() not in _RESERVED, name
    assert len(name.encode("utf-8")) <= 200, f"{len(name)} characters"
    assert name not in (".", "..")
    folder = tmp_path / "doel"
    folder.mkdir()
    (folder / (name + ".pdf")).write_bytes(b"%PDF")  # the name really works here
    assert [p.name for p in folder.iterdir()] == [name + ".pdf"]
    if title == "Coöperatie reünie Kılıç":
        assert "Coöperatie reünie Kılıç" in name


def test_lone_surrogates_do_not_break_saving_or_exports(tmp_path: Path) -> None:
    """Half a UTF-16 pair (broken clipboards) cannot be stored as UTF-8: it may become a
    replacement character, but saving and both exports work and the rest is kept."""
    edition = edition_with("voor\ud800na \udfffeinde", everywhere=True, photo_hash=PHOTO_HASH)
    path = tmp_path / "bibliotheek.vnhg-desk"
    with open_library(path) as library:
        library.save(edition)
        loaded = library.load(edition.id)
    assert "voor" in loaded.title and "einde" in loaded.title
    assert "\ud800" not in loaded.title
    export_pdf(loaded, HouseStyle(), _photos(), tmp_path / "a.pdf")
    export_docx(loaded, HouseStyle(), _photos(), tmp_path / "a.docx")
    export_pdf(edition, HouseStyle(), _photos(), tmp_path / "b.pdf")
    export_docx(edition, HouseStyle(), _photos(), tmp_path / "b.docx")
    assert "einde" in pdf_text(tmp_path / "b.pdf") and "einde" in docx_text(tmp_path / "b.docx")


def _crowded_invitation(panel: int, words: int) -> Invitation:
    return Invitation(
        theme="Thema van de middag",
        date=date(2026, 11, 5),
        intro=" ".join(f"w{index}" for index in range(words)),
        panel=[Person(f"Naam{index}", "wethouder", "Gemeente") for index in range(panel)],
        registration_note="SLOTREGEL",
    )


def _flyer_misses(invitation: Invitation, target: Path) -> list[str]:
    export_pdf(invitation, HouseStyle(), _photos(), target)
    words = set(pdf_text(target).replace(",", " ").split())
    wanted = [p.name for p in invitation.panel] + invitation.intro.split() + ["SLOTREGEL"]
    return [word for word in wanted if word not in words]


def test_crowded_flyer_keeps_everything(tmp_path: Path) -> None:
    """200 panel members and a 2,000-word intro: more pages, but nothing left out."""
    assert _flyer_misses(_crowded_invitation(200, 2000), tmp_path / "vol.pdf") == []


def test_absurdly_crowded_flyer_loses_nothing_silently(tmp_path: Path) -> None:
    invitation = _crowded_invitation(500, 6000)
    invitation.theme = "T" * 3000
    try:
        missing = _flyer_misses(invitation, tmp_path / "te-vol.pdf")
    except need("vnhg_desk.errors", "ExportError") as error:
        user_error_message(error)
        return
    assert missing == []
