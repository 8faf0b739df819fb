"""Searching a library on PostgreSQL: its own full-text search over the same parts table.

The parts are those SQLite indexes (:func:`vnhg_desk.store.search.index_document`); the
tsvector columns are generated from them (:mod:`vnhg_desk.store.pg_schema`). User text
is folded as for SQLite (compatibility forms, letters spelled out), then every word
becomes a quoted lexeme: never tsquery syntax. All words are required, the last one is a
prefix, the words of one typed word ("noord-holland") must follow each other. Snippets
come from ts_headline over the text as written, with the matches between
MATCH_START and MATCH_END; the order is that of SQLite: heading matches first, then the
others, newest documents first.
"""

from __future__ import annotations

import re
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

_HITS_SQL = (
    "SELECT p.id, p.part_uid, p.label, CASE WHEN length(p.text) > ? "  # noqa: S608
    "THEN substr(p.text, 1, 160) || '…' "
    f"ELSE ts_headline('{SEARCH_CONFIG}', CASE WHEN p.heading_words @@ q.q "
    "THEN p.heading ELSE p.text END, q.q, ?) END "
    f"FROM search_index_parts p, (SELECT to_tsquery('{SEARCH_CONFIG}', ?) AS q) q "
    "WHERE p.{column} @@ q.q ORDER BY p.id DESC LIMIT ?"
)


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


def search_rows(conn: Any, text: str, limit: int) -> list[tuple[int, str | None, str, str]]:
    """(part id, part uid, label, snippet) of the matching parts, best first."""
    query = ts_query(text)
    if query is None or limit <= 0:
        return []
    parameters = (_LONG_PART, _HEADLINE, query, limit)
    rows = conn.execute(_HITS_SQL.format(column="heading_words"), parameters).fetchall()
    seen = {row[0] for row in rows}
    if len(rows) < limit:
        more = conn.execute(_HITS_SQL.format(column="words"), parameters).fetchall()
        rows += [row for row in more if row[0] not in seen][: limit - len(rows)]
    return [tuple(row) for row in rows]
