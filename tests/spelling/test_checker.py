"""The Qt-free spell checker: Dutch compounds, names, the word list, what is skipped."""

from __future__ import annotations

from vnhg_desk.spelling import MUNICIPALITIES, SpellChecker, dictionary_files, known_words
from vnhg_desk.spelling.checker import load_engine, shipped_words


def wrong(checker: SpellChecker, text: str) -> list[str]:
    return [text[a:b] for a, b in checker.misspelled_spans(text)]


def test_dutch_misspellings_found_and_compounds_accepted():
    checker = SpellChecker("nl")
    text = "De voorjaarsvergadring van de gemeenteen over de gemeenteraadsverkiezingen."
    wrong(checker, text)
    checker.resolve_pending(budget_s=5)  # the long words' exact answers (when typing pauses)
    assert wrong(checker, text) == ["voorjaarsvergadring", "gemeenteen"]
    assert "voorjaarsvergadering" in checker.suggest("voorjaarsvergadring")
    assert "gemeenten" in checker.suggest("gemeenteen")


def test_long_compounds_get_a_quick_answer_then_the_exact_one():
    checker = SpellChecker("nl")
    assert checker.is_correct("ledenvergaderingsbesluit")  # quick: leden+vergadering+s+besluit
    assert not checker.is_correct("ledenvergaderingsbxsluit")
    assert set(checker.pending) == {"ledenvergaderingsbesluit", "ledenvergaderingsbxsluit"}
    checker.resolve_pending(budget_s=5)
    assert not checker.pending
    assert checker.is_correct("ledenvergaderingsbesluit")
    assert not checker.is_correct("ledenvergaderingsbxsluit")


def test_municipalities_names_and_word_list_are_known():
    text = "Wethouder Rijnsburgerhout uit Stede Broec, Dijk en Waard en Ouder-Amstel bij de VNHG."
    plain = SpellChecker("nl")
    assert "Rijnsburgerhout" in wrong(plain, text)
    checker = SpellChecker("nl", known_words(MUNICIPALITIES, ["Pieternel Rijnsburgerhout"]))
    assert wrong(checker, text) == []


def test_addresses_numbers_and_capitals_are_skipped():
    checker = SpellChecker("nl")
    text = "Zie https://www.vnhg.nl/agendaa of mail secretaris@vnhgg.nl, de 2e ronde, AVGX."
    assert wrong(checker, text) == []


def test_english_documents_use_the_english_dictionary():
    checker = SpellChecker("en")
    assert wrong(checker, "The counsil met the mayors of Zaanstad.") == ["counsil", "Zaanstad"]
    assert wrong(SpellChecker("en", known_words(MUNICIPALITIES)), "Zaanstad") == []


def test_dictionaries_ship_with_their_licences():
    for language in ("nl", "en"):
        aff, dic = dictionary_files(language)
        assert aff.stat().st_size > 1000 and dic.stat().st_size > 100_000
    licence = (aff.parent / "LICENSE-nl.txt").read_text(encoding="utf-8")
    assert "OpenTaal" in licence and "BSD" in licence
    assert (aff.parent / "LICENSE-en_US.txt").exists()


def test_our_word_list_fills_gaps_of_the_dutch_dictionary():
    checker = SpellChecker("nl")
    text = "Netcongestie en de Omgevingswet; de raadsinformatiebrief over aquathermie."
    assert wrong(checker, text) == []
    assert wrong(checker, "Netcongesite") == ["Netcongesite"]
    assert wrong(SpellChecker("en"), "netcongestie") == ["netcongestie"]  # Dutch only
    words = shipped_words("nl")
    assert len(words) >= 15
    # Only words the dictionary lacks: an upgraded dictionary that learns one makes the
    # list shorter.
    engine = load_engine("nl")
    assert [word for word in sorted(words) if engine.spell(word)] == []
