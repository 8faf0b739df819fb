"""PostgreSQL finds the newest matches in steps (newest parts first, read on, or the GIN
index): every step gives exactly the hits and order of the SQLite search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vnhg_desk.model import Article, Edition
from vnhg_desk.store import MATCH_END, MATCH_START, Library, search_pg

#: Which word is in which edition: everywhere, in every third one, in two old ones.
_WORDS = {"overal": range(40), "vaak": range(0, 40, 3), "zelden": (2, 5)}


def _editions() -> list[Edition]:
    editions = []
    for number in range(40):
        words = [word for word, where in _WORDS.items() if number in where]
        editions.append(
            Edition(
                title=f"Verslag {number}",
                date=date(2020, 1, 1) + timedelta(days=number),
                content=[
                    Article(
                        headline=f"Kop {' '.join(words[:1])} {number}",
                        body=f"Tekst met {' en '.join(words)} over de Coöperatie {number}.",
                    ),
                    Article(headline="Nog een", body=f"Alleen {words[-1]} hier."),
                ],
            )
        )
    return editions


@pytest.fixture
def both(tmp_path, postgres_url):
    with Library.open(tmp_path / "b.vnhg-desk") as sqlite, Library.open(postgres_url) as pg:
        for edition in _editions():
            sqlite.save(edition)
            edition.id, edition.revision = None, 0
            pg.save(edition)
        yield sqlite, pg


def _index_read(pg: Library, text: str, limit: int) -> bool:
    """Whether a search asked the index (a gated arm ran) or the newest parts sufficed."""
    query = search_pg.ts_query(text)
    with pg._reading() as conn:
        plan = conn.execute(
            "EXPLAIN (ANALYZE, COSTS OFF) " + search_pg._HITS_SQL,
            search_pg.hits_parameters(query, limit),
        ).fetchall()
    lines = [row[0] for row in plan]
    gated = [  # the scan each one-time filter guards
        next(later for later in lines[i:] if " on search_index_parts" in later)
        for i, line in enumerate(lines)
        if "One-Time Filter" in line
    ]
    assert len(gated) == 2, lines  # the index arms, heading and anywhere
    return any("never executed" not in line for line in gated)


@pytest.mark.parametrize("limit", [1, 3, 5, 50])
def test_every_step_finds_what_sqlite_finds_in_the_same_order(both, monkeypatch, limit):
    sqlite, pg = both
    monkeypatch.setattr(search_pg, "RECENT_PARTS", 30)  # of the 120 parts of 40 editions
    steps = set()
    for text in ("overal", "vaak", "zelden", "kop vaak", "cooperatie", "coop", "nergens"):
        expected = [(h.doc_id, h.part_uid) for h in sqlite.search(text, limit)]
        hits = pg.search(text, limit)
        assert [(h.doc_id, h.part_uid) for h in hits] == expected, text
        for hit in hits:
            assert MATCH_START in hit.snippet and MATCH_END in hit.snippet, (text, hit.snippet)
        steps.add(_index_read(pg, text, limit))
    # the newest parts hold "overal" often enough for a small page, nothing for 50
    assert steps == ({True, False} if limit <= 5 else {True})


def test_the_snippet_marks_the_words_as_written_around_the_first_match(postgres_url):
    body = " ".join(f"woord{n}" for n in range(40)) + " de Coöperatie Kılıç " + "slot " * 30
    with Library.open(postgres_url) as pg:
        pg.save(Edition(content=[Article(headline="Kop", body=body)]))
        (hit,) = pg.search("cooperatie kilic")
    assert f"{MATCH_START}Coöperatie{MATCH_END} {MATCH_START}Kılıç{MATCH_END}" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.split()) <= 16
