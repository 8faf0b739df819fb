"""Full-text search: diacritics, case, snippets with markers, prefixes, hostile input."""

from __future__ import annotations

from datetime import date

import pytest

from vnhg_desk.model import Article, Edition, Invitation, Person, PhotoRef, PullQuote, SidebarBox
from vnhg_desk.store import MATCH_END, MATCH_START, highlighted
from vnhg_desk.store.search import fts_query


@pytest.fixture
def filled(lib):
    coop = Article(
        headline="De coöperatie groeit",
        lead="Vijf gemeenten sloten zich aan.",
        body="## Financiën\n\nDe **Coöperatie** beheert nu de gezamenlijke inkoop van energie.",
        quotes=[PullQuote("Samen kopen we slimmer in", "wethouder Hoorn")],
        photos=[PhotoRef("a" * 64, caption="De ondertekening in Purmerend", credit="Foto: Lot")],
    )
    box = SidebarBox("HUISHOUDELIJK", "Benoemingen", "Het bestuur benoemde een penningmeester.")
    edition = Edition(
        title="Verslag ledenvergadering",
        date=date(2025, 6, 20),
        place="Den Helder",
        highlights=["Windparken op zee"],
        content=[coop, box],
    )
    invitation = Invitation(
        theme="Wonen boven winkels",
        date=date(2025, 9, 1),
        intro="Een middag over *transformatie* van winkelstraten.",
        moderator=Person("Sanne Kok", "dagvoorzitter"),
        panel=[Person("Ömer Çelik", "wethouder", "Zaanstad")],
    )
    lib.save(edition)
    lib.save(invitation)
    return lib, edition, invitation


def test_diacritics_and_case_do_not_matter(filled):
    lib, edition, _ = filled
    for query in ("cooperatie", "COÖPERATIE", "Cooperatie", "financien"):
        hits = lib.search(query)
        assert hits, query
        assert {h.doc_id for h in hits} == {edition.id}
    assert lib.search("omer celik")[0].kind == "invitation"


def test_hit_names_part_and_document(filled):
    lib, edition, _ = filled
    (hit,) = lib.search("penningmeester")
    assert hit.part_uid == edition.boxes[0].uid
    assert hit.part_label == "Benoemingen"
    assert (hit.doc_id, hit.kind, hit.title, hit.date) == (
        edition.id,
        "report",
        "Verslag ledenvergadering",
        date(2025, 6, 20),
    )
    (head,) = lib.search("windparken")
    assert head.part_uid is None


def test_snippet_marks_matches(filled):
    lib, _, _ = filled
    (hit,) = lib.search("inkoop")
    assert f"{MATCH_START}inkoop{MATCH_END}" in hit.snippet
    assert "**" not in hit.snippet and "\n" not in hit.snippet
    assert "*inkoop*" in highlighted(hit.snippet)


def test_quotes_captions_and_invitation_text_are_found(filled):
    lib, edition, invitation = filled
    assert lib.search("slimmer")[0].part_uid == edition.articles[0].uid
    assert lib.search("ondertekening")[0].doc_id == edition.id
    assert lib.search("transformatie")[0].doc_id == invitation.id
    assert lib.search("Sanne")[0].doc_id == invitation.id


def test_all_words_must_match_and_last_word_is_a_prefix(filled):
    lib, edition, _ = filled
    assert lib.search("gezamenlijke energie")
    assert lib.search("gezamenlijke televisie") == []
    assert lib.search("penningm")[0].doc_id == edition.id
    assert lib.search("penningm ") == []  # finished word: no prefix


def test_updates_and_trash_change_the_index(filled):
    lib, edition, _ = filled
    edition.boxes[0].body = "Het bestuur benoemde een secretaris."
    lib.save(edition)
    assert lib.search("penningmeester") == []
    assert lib.search("secretaris")
    lib.delete(edition.id)
    assert lib.search("secretaris") == []
    lib.restore_deleted(edition.id)
    assert lib.search("secretaris")


@pytest.mark.parametrize(
    "query",
    [
        '"a OR',
        "NEAR(",
        "NEAR(a b",
        "a AND",
        "OR",
        "*",
        "^begin",
        "heading:coop",
        '"""',
        "(",
        ")",
        "-",
        "a - b",
        "':;{}[]",
        "\x02\x03",
        "   ",
        "",
        "zaak\x00nummer",
        "SELECT * FROM documents; --",
        "coöperatie*",
        "🙂",
    ],
)
def test_hostile_queries_never_fail(filled, query):
    lib, _, _ = filled
    hits = lib.search(query)
    assert isinstance(hits, list)


def test_query_syntax_words_are_plain_words(filled):
    lib, edition, _ = filled
    edition.articles[0].body += "\n\nWie NEAR de kust woont, of OR zegt."
    lib.save(edition)
    assert [h.doc_id for h in lib.search("NEAR")] == [edition.id]
    assert [h.doc_id for h in lib.search("or zegt")] == [edition.id]


def test_fts_query_quotes_everything():
    assert fts_query('a "b" c') == '"a" """b""" "c"'
    assert fts_query("coop") == '"coop"*'
    assert fts_query("coop ") == '"coop"'
    assert fts_query("!!! ???") is None


def test_limit(lib):
    for number in range(5):
        lib.save(Edition(title=f"Editie {number}", place="Hoorn"))
    assert len(lib.search("hoorn", limit=3)) == 3
    assert lib.search("hoorn", limit=0) == []


def test_heading_matches_first_then_newest_documents(lib):
    in_body = Edition(content=[Article(headline="Overig", body="Iets over dijken en water.")])
    in_heading = Edition(content=[Article(headline="Dijken", body="Lange tekst " * 30)])
    newest = Edition(content=[Article(headline="Kust", body="Nog meer over dijken.")])
    for doc in (in_body, in_heading, newest):
        lib.save(doc)
    assert [h.doc_id for h in lib.search("dijken")] == [in_heading.id, newest.id, in_body.id]
    assert [h.doc_id for h in lib.search("dijken", limit=2)] == [in_heading.id, newest.id]


def test_ligatures_and_decomposed_letters_are_found(lib):
    doc = Edition(content=[Article(body="Ĳmuiden en de ﬁnanciën van de coo\u0308peratie.")])
    lib.save(doc)
    for query in ("ijmuiden", "IJmuiden", "financien", "coöperatie", "coo\u0308peratie"):
        assert [h.doc_id for h in lib.search(query)] == [doc.id], query


def test_more_parts_than_rowids_per_document_stay_apart(lib, monkeypatch):
    from vnhg_desk.store import search

    monkeypatch.setattr(search, "PART_BITS", 2)  # room for 4 parts per document
    crowded = Edition(content=[Article(headline=f"Stuk {n}", body=f"woord{n}") for n in range(9)])
    neighbour = Edition(content=[Article(headline="Buurman")])
    lib.save(crowded)
    lib.save(neighbour)
    assert [h.doc_id for h in lib.search("woord8")] == [crowded.id]
    assert [h.doc_id for h in lib.search("buurman")] == [neighbour.id]
    lib.save(crowded)  # re-indexing one does not touch the other
    assert [h.doc_id for h in lib.search("buurman")] == [neighbour.id]


def test_marker_characters_in_user_text_never_reach_snippets(lib):
    doc = Edition(content=[Article(body="Vreemde \x02tekens\x03 rond het woord havenbedrijf.")])
    lib.save(doc)
    (hit,) = lib.search("havenbedrijf")
    assert hit.snippet.count(MATCH_START) == 1 == hit.snippet.count(MATCH_END)
    assert f"{MATCH_START}havenbedrijf{MATCH_END}" in hit.snippet
    assert lib.load(doc.id).articles[0].body.count("\x02") == 1  # the document keeps them


@pytest.fixture
def names(lib):
    doc = Edition(
        title="Verslag regiotafel",
        content=[
            Article(
                headline="Nieuwe wethouders",
                body="Wethouder Kılıç (Zaanstad) en burgemeester Şahin spraken met "
                "Lars Østergaard van de Hoofdstraße-vereniging over de Ærø-veerdienst.",
            ),
            Article(headline="Overleg in Łódź", body="Een bezoek aan de partnerstad."),
        ],
    )
    lib.save(doc)
    return lib, doc


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("kilic", "Kılıç"),
        ("KILIC", "Kılıç"),
        ("kılıç", "Kılıç"),
        ("kil", "Kılıç"),
        ("sahin", "Şahin"),
        ("ostergaard", "Østergaard"),
        ("østergaard", "Østergaard"),
        ("hoofdstrasse", "Hoofdstraße"),
        ("aero", "Ærø"),
    ],
)
def test_letters_the_tokenizer_keeps_apart_are_found_and_shown_as_written(names, query, word):
    lib, doc = names
    (hit,) = lib.search(query)
    assert hit.part_uid == doc.articles[0].uid
    assert f"{MATCH_START}{word}{MATCH_END}" in hit.snippet
    assert hit.snippet.count(MATCH_START) == 1
    assert not any(w in hit.snippet for w in ("Kilic", "Ostergaard", "strasse", "Aero"))


def test_spelled_out_letters_combine_with_other_words_and_headings(names):
    lib, doc = names
    (hit,) = lib.search("kilic lars osterg")
    marked = [f"{MATCH_START}{w}{MATCH_END}" for w in ("Kılıç", "Lars", "Østergaard")]
    assert all(m in hit.snippet for m in marked), hit.snippet
    (heading,) = lib.search("lodz")
    assert heading.part_uid == doc.articles[1].uid
    assert f"{MATCH_START}Łódź{MATCH_END}" in heading.snippet
    assert lib.search("kilic partnerstad") == []  # still all words in one part


def test_strasse_finds_strasse(lib):
    doc = Edition(content=[Article(headline="Aan de Straße", body="Een straat in Duitsland.")])
    lib.save(doc)
    (hit,) = lib.search("strasse")
    assert hit.doc_id == doc.id and f"{MATCH_START}Straße{MATCH_END}" in hit.snippet


def test_reindexing_and_trash_forget_spelled_out_words(names, engine):
    lib, doc = names
    doc.articles[0].body = "Wethouder Jansen (Zaanstad)."
    lib.save(doc)
    assert lib.search("kilic") == [] and lib.search("kılıç") == []
    assert lib.search("jansen")
    lib.delete(doc.id)
    assert lib.search("lodz") == []
    lib.restore_deleted(doc.id)
    assert [h.doc_id for h in lib.search("lodz")] == [doc.id]
    lib.rebuild_search_index()
    assert [h.doc_id for h in lib.search("lodz")] == [doc.id]
    if engine == "sqlite":  # (PostgreSQL's index columns are generated: always whole)
        with lib._reading() as conn:
            conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_fts_query_spells_out_letters():
    assert fts_query("Kılıç straße") == '"Kiliç" "strasse"*'  # ç: the tokenizer folds it
