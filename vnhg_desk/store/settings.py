"""People, house style, cover e-mail and the export log: everything beside the documents."""

from __future__ import annotations

import json
from typing import Any

from vnhg_desk.model import CoverEmail, HouseStyle, Person
from vnhg_desk.store.base import LibraryBase, now_text, parse_time
from vnhg_desk.store.codec import (
    cover_email_from_dict,
    cover_email_to_dict,
    house_style_from_dict,
    house_style_to_dict,
)
from vnhg_desk.store.documents import not_found
from vnhg_desk.store.records import ExportRecord

HOUSE_STYLE_KEY = "house_style"
_COVER_EMAIL = "cover_email"
_WORD_LIST = "spelling_words"
_DEMO = "demo_parts"
_IDENTITY = "library"


class SettingsMixin(LibraryBase):
    """Library.people / house_style / cover_email / record_export and their savers."""

    def people(self) -> list[Person]:
        """Everyone in the people list, by name."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, name, role, organisation FROM people ORDER BY lower(name), id"
            ).fetchall()
        return [Person(name=r[1], role=r[2], organisation=r[3], id=r[0]) for r in rows]

    def save_person(self, person: Person) -> None:
        """Add (sets ``person.id``) or update a person."""
        values = (person.name, person.role, person.organisation)
        with self._writing() as conn:
            exists = (
                person.id is not None
                and conn.execute("SELECT 1 FROM people WHERE id = ?", (person.id,)).fetchone()
            )
            if exists:
                conn.execute(
                    "UPDATE people SET name = ?, role = ?, organisation = ? WHERE id = ?",
                    (*values, person.id),
                )
                new_id = person.id
            else:  # new, or one with an id of its own (from the demo or an import)
                row: dict[str, object] = dict(
                    zip(("name", "role", "organisation"), values, strict=True)
                )
                if person.id is not None:
                    row["id"] = person.id
                new_id = self._insert(conn, "people", row)
        person.id = new_id

    def delete_person(self, person_id: int) -> None:
        """Remove a person from the list (documents keep their own copy)."""
        with self._writing() as conn:
            conn.execute("DELETE FROM people WHERE id = ?", (person_id,))

    def _setting(self, key: str) -> dict[str, Any]:
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        try:
            value = json.loads(row[0]) if row else {}
        except ValueError:
            value = None
        return value if isinstance(value, dict) else {}  # unreadable: the defaults

    def _save_setting(self, key: str, value: dict[str, Any]) -> None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def library_identity(self) -> str | None:
        """This library's own name for itself (32 hex digits), so that a package taken
        along can be recognised when it comes back; None until the first package is
        exported (:meth:`claim_identity`). A copy of the library (``library copy``, a
        backup) keeps it: it is the same library, moved."""
        identity = self._setting(_IDENTITY).get("identity")
        return identity if isinstance(identity, str) and identity else None

    def claim_identity(self, identity: str) -> str:
        """Store ``identity`` as the library's, unless it has one (two editors at once:
        the first one's stays); returns the library's identity."""
        text = json.dumps({"identity": identity})
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                (_IDENTITY, text),
            )
        return self.library_identity() or identity

    def house_style(self) -> HouseStyle:
        """The stored house style (the default VNHG style until one is saved)."""
        try:
            return house_style_from_dict(self._setting(HOUSE_STYLE_KEY))
        except (ValueError, TypeError, AttributeError):  # edited by hand: the defaults
            return HouseStyle()

    def save_house_style(self, style: HouseStyle) -> None:
        """Store the house style."""
        self._save_setting(HOUSE_STYLE_KEY, house_style_to_dict(style))

    def cover_email(self) -> CoverEmail:
        """The stored cover e-mail settings (defaults until saved)."""
        try:
            return cover_email_from_dict(self._setting(_COVER_EMAIL))
        except (ValueError, TypeError, AttributeError):  # edited by hand: the defaults
            return CoverEmail()

    def save_cover_email(self, mail: CoverEmail) -> None:
        """Store the cover e-mail settings."""
        self._save_setting(_COVER_EMAIL, cover_email_to_dict(mail))

    def word_list(self) -> list[str]:
        """The library's own words for the spell check, sorted."""
        words = self._setting(_WORD_LIST).get("words", [])
        if not isinstance(words, list):
            return []
        return sorted({w.strip() for w in words if isinstance(w, str) and w.strip()})

    def save_word_list(self, words: list[str]) -> None:
        """Store the library's own words for the spell check."""
        self._save_setting(_WORD_LIST, {"words": sorted({w.strip() for w in words if w.strip()})})

    def demo_parts(self) -> dict[str, Any]:
        """What the demo added (documents, people, cover e-mail), to remove it in one step."""
        return self._setting(_DEMO)

    def save_demo_parts(self, parts: dict[str, Any]) -> None:
        """Note what the demo added (an empty dict: nothing of the demo is left)."""
        self._save_setting(_DEMO, parts)

    def record_export(self, doc_id: int, kind: str, target: str) -> None:
        """Note that a document was exported (kind e.g. "pdf-email", target a path)."""
        with self._writing() as conn:
            if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                raise not_found(doc_id)
            conn.execute(
                "INSERT INTO export_log (doc_id, at, kind, target) VALUES (?, ?, ?, ?)",
                (doc_id, now_text(), kind, target),
            )

    def export_log(self, doc_id: int) -> list[ExportRecord]:
        """The document's exports, newest first."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT at, kind, target FROM export_log WHERE doc_id = ? ORDER BY id DESC",
                (doc_id,),
            ).fetchall()
        return [ExportRecord(parse_time(r[0]), r[1], r[2]) for r in rows]
