"""The library's word list for the spell check, through the settings API."""

from __future__ import annotations

from vnhg_desk.store import Library


def test_word_list_round_trip_sorted_and_deduplicated(tmp_path):
    path = tmp_path / "bibliotheek.vnhg-desk"
    library = Library.open(path)
    assert library.word_list() == []
    library.save_word_list(["Rijnsburgerhout", " VNHG-kring ", "Rijnsburgerhout", ""])
    library.close()
    library = Library.open(path)
    assert library.word_list() == ["Rijnsburgerhout", "VNHG-kring"]
    library.close()
