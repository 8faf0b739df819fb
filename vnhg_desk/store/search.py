"""The full-text index (SQLite FTS5): what is indexed per document part, and searching it.

(PostgreSQL keeps the same parts table and searches it with its own full-text search:
:mod:`vnhg_desk.store.search_pg`; the folding of user text below serves both.)

User input is never FTS syntax: every word is quoted, the last one is searched as a
prefix. The tokenizer ignores case and diacritics ("cooperatie" finds "coöperatie"); letters
it keeps apart ("ı", "ø", "ß", ...) are spelled out in the index ("kilic" finds "Kılıç").
The index is external-content: ``search_index_parts`` holds the text as written (snippets
show it), ``search_index`` indexes the spelled-out text, which has the same words in the
same places, so FTS5 marks the right word of the original.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from vnhg_desk.model import Article, Document, Invitation
from vnhg_desk.model.richtext import plain_text
from vnhg_desk.store.base import LibraryBase, parse_date
from vnhg_desk.store.records import MATCH_END, MATCH_START, SearchHit

#: Index rows of one document have rowids ``doc_id << PART_BITS | part number``.
PART_BITS = 16
_SNIPPET_WORDS = 14


def _fold(text: str) -> str:
    """Text as indexed and searched: compatibility forms folded ("Ĳ" → "IJ", "ﬁ" → "fi"),
    so that the tokenizer's case and diacritics folding sees plain letters."""
    folded = unicodedata.normalize("NFKC", text)
    if MATCH_START in folded or MATCH_END in folded:  # (str.translate is slow on long text)
        folded = folded.replace(MATCH_START, "").replace(MATCH_END, "")
    return folded


#: Letters the tokenizer does not fold, spelled out as secretaries type them. Each maps
#: letters to letters, so the words of the folded text are those of the original.
#: A change here needs a new migration that indexes the kept text afresh with a frozen
#: copy of the new table (as step 4 of store.schema does), never a call of this code.
_LETTERS = {
    "ı": "i", "İ": "I", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
}  # fmt: skip
_LETTER = re.compile("[" + "".join(_LETTERS) + "]")


def spell_out(text: str) -> str:
    """Text as the index holds it: the letters of :data:`_LETTERS` replaced."""
    if not _LETTER.search(text):  # (the common case; a regex scan is cheap on long text)
        return text
    return _LETTER.sub(lambda match: _LETTERS[match.group()], text)


def _join(*pieces: Iterable[str] | str) -> str:
    lines: list[str] = []
    for piece in pieces:
        items = [piece] if isinstance(piece, str) else list(piece)
        lines += [_fold(item) for item in items if item]
    return "\n".join(lines)


def _parts(doc: Document) -> list[tuple[str | None, str, str, str]]:
    """(part uid, heading, text, label) per part; the document head comes first."""
    if isinstance(doc, Invitation):
        people = [p.described() for p in ([doc.moderator] if doc.moderator else []) + doc.panel]
        text = _join(
            plain_text(doc.intro), doc.place, doc.online_note, people, doc.registration_note
        )
        return [(None, _join(doc.title, doc.theme), text, "")]
    head = _join(doc.place, doc.references, doc.highlights)
    parts: list[tuple[str | None, str, str, str]] = [
        (None, _join(doc.title, doc.meeting), head, "")
    ]
    for item in doc.content:
        if isinstance(item, Article):
            heading = _join(item.kicker, item.headline, item.subtitle)
            text = _join(
                plain_text(item.lead),
                plain_text(item.body),
                item.byline,
                [f"{q.text} {q.attribution}".strip() for q in item.quotes],
                [f"{p.caption} {p.credit} {p.alt_text}".strip() for p in item.photos],
            )
            parts.append((item.uid, heading, text, item.headline))
        else:
            text = plain_text(item.body)
            parts.append((item.uid, _join(item.kicker, item.title), _join(text), item.title))
    return parts


_ADD = "INSERT INTO search_index (rowid, heading, text) VALUES (?, ?, ?)"
_REMOVE = "INSERT INTO search_index (search_index, rowid, heading, text) VALUES ('delete', ?, ?, ?)"


def _index_words(
    conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str]], *, add: bool
) -> None:
    """Add (or remove) the spelled-out words of ``(rowid, heading, text)`` to the index.

    An external-content index forgets a row only when told the words it indexed: a
    plain DELETE would remove the original's words and leave the index corrupt.
    On PostgreSQL the index columns are generated from the parts: nothing to do.
    """
    if not isinstance(conn, sqlite3.Connection):
        return
    conn.executemany(
        _ADD if add else _REMOVE,
        [(rowid, spell_out(heading), spell_out(text)) for rowid, heading, text in rows],
    )


def unindex_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document from the index."""
    first = doc_id << PART_BITS
    span = (first, first + (1 << PART_BITS) - 1)
    rows = conn.execute(
        "SELECT id, heading, text FROM search_index_parts WHERE id BETWEEN ? AND ?", span
    ).fetchall()
    _index_words(conn, rows, add=False)
    conn.execute("DELETE FROM search_index_parts WHERE id BETWEEN ? AND ?", span)


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the index (before rebuilding it)."""
    if isinstance(conn, sqlite3.Connection):
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_index_parts")


def index_document(conn: sqlite3.Connection, doc_id: int, doc: Document) -> None:
    """(Re)index every part of a document."""
    unindex_document(conn, doc_id)
    parts = _parts(doc)
    room = 1 << PART_BITS
    if len(parts) > room:  # absurdly many parts: the rest is searchable via the last row
        uid, heading, _, label = parts[room - 1]
        rest = "\n".join(f"{h}\n{t}" for _, h, t, _ in parts[room - 1 :])
        parts[room - 1 :] = [(uid, heading, rest, label)]
    rows = [
        ((doc_id << PART_BITS) | number, heading, text, uid, label)
        for number, (uid, heading, text, label) in enumerate(parts)
    ]
    conn.executemany(
        "INSERT INTO search_index_parts (id, heading, text, part_uid, label) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    _index_words(conn, [row[:3] for row in rows], add=True)


def fts_query(text: str) -> str | None:
    """User text as a safe FTS5 query: quoted words, all required, the last one a prefix."""
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in spell_out(_fold(text)))
    words = text.split()
    words = [word for word in words if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if not text[-1:].isspace() and sum(ch.isalnum() for ch in words[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


#: FTS5's snippet() takes time quadratic in the number of matches in a part: for a part
#: longer than this (a pasted 1 MB paragraph) the snippet is the part's opening words.
_LONG_PART = 20_000
_HITS_SQL = (
    "SELECT rowid, part_uid, label, CASE WHEN length(text) <= ? "
    "THEN snippet(search_index, -1, ?, ?, '…', ?) ELSE substr(text, 1, 160) || '…' END "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
)


class SearchMixin(LibraryBase):
    """Library.search."""

    def _search_rows(
        self, conn: sqlite3.Connection, text: str, limit: int
    ) -> list[tuple[int, str | None, str, str]]:
        """(rowid, part uid, label, snippet) of the matching parts, in the search's order."""
        query = fts_query(text)
        if query is None or limit <= 0:
            return []
        marks = (_LONG_PART, MATCH_START, MATCH_END, _SNIPPET_WORDS)
        rows = conn.execute(_HITS_SQL, (*marks, f"heading : ({query})", limit)).fetchall()
        seen = {row[0] for row in rows}
        if len(rows) < limit:
            more = conn.execute(_HITS_SQL, (*marks, query, limit)).fetchall()
            rows += [row for row in more if row[0] not in seen][: limit - len(rows)]
        return rows

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Parts of documents (not in the trash) that contain every word.

        Parts whose heading (kicker, headline, subtitle, title) holds all the words come
        first, then the others; within each group the newest documents first. This order
        is cheap at any size (FTS5 walks rowids and stops at ``limit``), unlike bm25
        ranking, which must score and snippet every match first.
        """
        with self._reading() as conn:
            rows = self._search_rows(conn, text, limit)
            if not rows:
                return []
            ids = sorted({rowid >> PART_BITS for rowid, *_ in rows})
            placeholders = ",".join("?" * len(ids))
            docs = {
                row[0]: row[1:]
                for row in conn.execute(
                    "SELECT id, kind, title, date FROM documents "  # noqa: S608
                    f"WHERE id IN ({placeholders})",
                    ids,
                )
            }
        hits = []
        for rowid, uid, label, snippet in rows:
            doc_id = rowid >> PART_BITS
            if doc_id not in docs:
                continue
            kind, title, day = docs[doc_id]
            hits.append(
                SearchHit(
                    doc_id=doc_id,
                    kind=kind,
                    title=title,
                    date=parse_date(day),
                    part_uid=uid,
                    snippet=re.sub(r"\s+", " ", snippet).strip(),
                    part_label=label or "",
                )
            )
        return hits
