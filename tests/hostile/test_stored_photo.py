"""A photo whose stored copy cannot be decoded: one Dutch sentence naming the photo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vnhg_desk.model import Article, Edition, PhotoRef

from .gen_photos import oriented_jpeg
from .helpers import assert_cli_refused, open_library, run_cli


def _damaged_library(path: Path) -> int:
    with open_library(path) as library:
        photo_hash = library.add_photo(oriented_jpeg(1), "raadzaal.jpg")
        edition = Edition(content=[Article(headline="Kop", photos=[PhotoRef(photo_hash, "x")])])
        library.save(edition)
        edition_id = edition.id
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE photos SET normalised = ? WHERE hash = ?", (b"kapot" * 20, photo_hash)
        )
    connection.close()
    assert edition_id is not None
    return edition_id


def test_word_export_names_the_damaged_photo(tmp_path: Path) -> None:
    library = tmp_path / "bibliotheek.vnhg-desk"
    edition_id = _damaged_library(library)
    result = run_cli("export", str(edition_id), "-o", str(tmp_path / "uit.docx"), library=library)
    message = assert_cli_refused(result)
    assert message == (
        "vnhg-desk: De foto 'raadzaal.jpg' is in de bibliotheek beschadigd en kan niet worden "
        "gelezen: verwijder de foto uit het document, voeg het originele bestand opnieuw toe "
        "en probeer het nog eens."
    )
    assert "BytesIO" not in message and "cannot" not in message
    assert not (tmp_path / "uit.docx").exists()
