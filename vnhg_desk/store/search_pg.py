"""Searching a library on PostgreSQL: its own full-text search over the same parts table.

The parts are those SQLite indexes (:func:`vnhg_desk.store.search.index_document`); the
tsvector columns are generated from them (:mod:`vnhg_desk.store.pg_schema`). User text
is folded as for SQLite (compatibility forms, letters spelled out), then every word
becomes a quoted lexeme: never tsquery syntax. All words are required, the last one is a
prefix, the words of one typed word ("noord-holland") must follow each other. The order
is that of SQLite: heading matches first, then the others, newest documents first.

The newest matches are found in one statement (each round trip to a busy server costs
more than the search itself) that reads in two steps, because no single plan is quick
for both a common and a rare word: the planner cannot tell them apart (a prefix lexeme
is always estimated at 2 % of the rows), and walking the primary key backwards until
the page is full read all 50,000 parts of a 10,000-edition library for a word found in
no heading (40-180 ms, against SQLite's 1 ms). So first the newest
:data:`RECENT_PARTS` parts are read: a common word fills the page there. Only when it
does not is the GIN index asked for every match, which is quick exactly because the
word is rare then. Snippets are made for the parts shown only: in Python where every
letter of the match folds to one letter (ts_headline parses each part again, 10 ms for
a page of hits), else (a part with "ß", "Æ", ...) by ts_headline, marking the matches
in the text as written between MATCH_START and MATCH_END.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from vnhg_desk.store.pg_schema import SEARCH_CONFIG
from vnhg_desk.store.records import MATCH_END, MATCH_START
from vnhg_desk.store.search import _fold, spell_out

_TOKEN = re.compile(r"[^\W_]+")
#: As the SQLite search: a longer part's snippet is its opening words.
_LONG_PART = 20_000
_HEADLINE = (
    f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=14, MinWords=5, "
    "ShortWord=1, MaxFragments=1, FragmentDelimiter=…"
)
#: How many of the newest parts are read first, at least; for a large library the square
#: root of limit x parts (1,581 of 50,000 parts for a page of 50 hits). Reading stops as
#: soon as the page is full (a common word: after a few parts). A word that did not fill
#: it has fewer than limit / W x parts matches in all, which the GIN index lists in about
#: the time the reading took (a heap page per match as per part read).
RECENT_PARTS = 1_000

_QUERY = f"to_tsquery('{SEARCH_CONFIG}', ?)"
#: Parameters: :func:`hits_parameters`. An arm gated by "(SELECT count(*) ...) < ?"
#: runs only when the
#: newest parts did not fill the page (a one-time filter).
_NEWEST = (
    "SELECT id, {column} AS words FROM search_index_parts ORDER BY id DESC LIMIT "
    "(SELECT greatest(?, sqrt(? * greatest(reltuples, 0)))::int FROM pg_class "
    "WHERE oid = 'search_index_parts'::regclass)"
)
_HITS_SQL = f"""
WITH recent_heading AS MATERIALIZED (
    SELECT r.id FROM ({_NEWEST.format(column="heading_words")}) r
    WHERE r.words @@ {_QUERY} ORDER BY r.id DESC LIMIT ?
), heading AS MATERIALIZED (
    SELECT id FROM (
        SELECT id FROM recent_heading
        UNION
        SELECT id FROM search_index_parts WHERE heading_words @@ {_QUERY}
            AND (SELECT count(*) FROM recent_heading) < ?
    ) h ORDER BY id DESC LIMIT ?
), recent AS MATERIALIZED (
    SELECT r.id FROM ({_NEWEST.format(column="words")}) r
    WHERE r.words @@ {_QUERY} ORDER BY r.id DESC LIMIT ?
), anywhere AS MATERIALIZED (
    SELECT id FROM (
        SELECT id FROM recent
        UNION
        SELECT id FROM search_index_parts WHERE words @@ {_QUERY}
            AND (SELECT count(*) FROM recent) < ?
    ) w ORDER BY id DESC LIMIT ?
), chosen AS (
    SELECT id, 0 AS rank FROM heading
    UNION ALL
    SELECT id, 1 FROM (
        SELECT id FROM anywhere WHERE id NOT IN (SELECT id FROM heading)
        ORDER BY id DESC LIMIT ? - (SELECT count(*) FROM heading)
    ) o
)
SELECT p.id, p.part_uid, p.label, p.heading_words @@ {_QUERY}, p.heading,
    CASE WHEN length(p.text) > ? THEN NULL ELSE p.text END, substr(p.text, 1, 160)
FROM chosen c JOIN search_index_parts p ON p.id = c.id
ORDER BY c.rank, p.id DESC
"""  # noqa: S608
_HEADLINES_SQL = (
    f"SELECT p.id, ts_headline('{SEARCH_CONFIG}', CASE WHEN p.heading_words @@ q.q "  # noqa: S608
    "THEN p.heading ELSE p.text END, q.q, ?) "
    f"FROM search_index_parts p, (SELECT {_QUERY} AS q) q WHERE p.id = ANY(?)"
)
_SNIPPET_WORDS = 14


def ts_query(text: str) -> str | None:
    """User text as a safe tsquery: quoted lexemes joined by & (<-> inside one word)."""
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in spell_out(_fold(text)))
    words = [_TOKEN.findall(word) for word in text.split()]
    words = [tokens for tokens in words if tokens]
    if not words:
        return None
    phrases = [[f"'{token}'" for token in tokens] for tokens in words]
    if not text[-1:].isspace() and sum(len(t) for t in words[-1]) >= 2:
        phrases[-1][-1] += ":*"
    return " & ".join(
        "(" + " <-> ".join(tokens) + ")" if len(tokens) > 1 else tokens[0] for tokens in phrases
    )


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """Per folded letter, a regex class of the letters the index folds to it (case,
    diacritics, spelled-out letters): "c" → "[cCçÇćĆ…]", "i" → "[iIıİìí…]". Letters
    that fold to two ("ß" → "ss") are left out: a part where only such a letter matches
    is marked by ts_headline."""
    classes: dict[str, set[str]] = {}
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250),
                 *range(0x1E00, 0x1F00)]:  # fmt: skip
        letter = chr(code)
        decomposed = unicodedata.normalize("NFKD", spell_out(letter))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
        if len(folded) == 1 and folded.isascii() and folded.isalnum():
            classes.setdefault(folded, {folded}).add(letter)
    return {key: "[" + "".join(sorted(value)) + "]" for key, value in classes.items()}


def _terms_pattern(text: str) -> re.Pattern[str]:
    """The words ts_query searches, as a pattern over the text as written: whole words,
    the last one a prefix, each letter standing for every letter that folds to it."""
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in spell_out(_fold(text)))
    words = [_TOKEN.findall(word) for word in text.split()]
    classes = _letter_classes()
    terms = [
        "".join(classes.get(ch, re.escape(ch)) for ch in _plain(token))
        for tokens in words
        for token in tokens
    ]
    if terms and not text[-1:].isspace() and sum(len(t) for t in words[-1]) >= 2:
        terms[-1] += r"[^\W_]*"
    return re.compile(r"(?<![^\W_])(?:" + "|".join(terms or ["(?!)"]) + r")(?![^\W_])", re.I)


def _plain(token: str) -> str:
    """A typed word folded as the index folds it ("Kılıç" → "kilic")."""
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


#: Characters either side of the first match that a snippet can come from.
_WINDOW = 200


def marked_snippet(text: str, pattern: re.Pattern[str]) -> str | None:
    """About 14 words of ``text`` around its first match, the matches between
    MATCH_START and MATCH_END, "…" where words were left out (as SQLite's snippet).
    None when the pattern finds nothing here (then ts_headline marks the part)."""
    first = pattern.search(text)
    if first is None:
        return None
    low, high = max(0, first.start() - _WINDOW), first.end() + _WINDOW
    words = [m.span() for m in _TOKEN.finditer(text, low, high)]
    if low and words and words[0][0] == low:
        words.pop(0)  # (perhaps the end of a word cut off by the window)
    if high < len(text) and words and words[-1][1] == high:
        words.pop()
    at = next(i for i, (_, end) in enumerate(words) if end > first.start())
    start = max(0, min(at - 3, len(words) - _SNIPPET_WORDS))
    stop = min(len(words), start + _SNIPPET_WORDS)
    begin, end = words[start][0], words[stop - 1][1]
    pieces, done = [], begin
    for match in pattern.finditer(text, begin, end):
        pieces += [text[done : match.start()], MATCH_START, match.group(), MATCH_END]
        done = match.end()
    pieces.append(text[done:end])
    before = _TOKEN.search(text, 0, begin) is not None
    after = _TOKEN.search(text, end) is not None
    return ("…" if before else "") + "".join(pieces) + ("…" if after else "")


def hits_parameters(query: str, limit: int) -> tuple[object, ...]:
    """The parameters of _HITS_SQL, in the order of its ``?``."""
    newest = (RECENT_PARTS, limit)
    return (
        *(*newest, query, limit, query, limit, limit),  # heading matches
        *(*newest, query, limit, query, limit, limit),  # any matches
        *(limit, query, _LONG_PART),
    )


def search_rows(conn: Any, text: str, limit: int) -> list[tuple[int, str | None, str, str]]:
    """(part id, part uid, label, snippet) of the matching parts, best first."""
    query = ts_query(text)
    if query is None or limit <= 0:
        return []
    # Never prepared: a generic plan cannot see which word it searches (rare: 2-3 ms
    # instead of 5 on 10,000 editions).
    rows = conn.execute(_HITS_SQL, hits_parameters(query, limit), prepare=False).fetchall()
    if not rows:
        return []
    pattern = _terms_pattern(text)
    hits: list[tuple[int, str | None, str, str]] = []
    missing: dict[int, int] = {}
    for part, uid, label, in_heading, heading, body, opening in rows:
        if body is None:  # as SQLite: a very long part shows its opening words
            snippet: str | None = opening + "…"
        else:
            snippet = marked_snippet(heading if in_heading else body, pattern)
        if snippet is None:
            missing[int(part)] = len(hits)
        hits.append((int(part), uid, label, snippet or ""))
    if missing:
        for part, snippet in conn.execute(_HEADLINES_SQL, (_HEADLINE, query, list(missing))):
            index = missing[int(part)]
            hits[index] = (*hits[index][:3], snippet)
    return hits
