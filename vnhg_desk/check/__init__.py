"""The pre-send check ("Controle voor verzenden"): what to fix before an edition goes out.

One check for the command line (``vnhg-desk check ID``) and the editor (before an e-mail
draft or an export). Each kind of problem is a small function in the registry
(:mod:`vnhg_desk.check.registry`), grouped in modules: fields, photos, links, colours,
mail, typeset. Qt-free; docs/checks.md lists every finding's code.
"""

from __future__ import annotations

from vnhg_desk.check import (  # noqa: F401 (each module registers its checks)
    colours,
    fields,
    links,
    mail,
    photos,
    spelling,
    typeset,
)
from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import CODES, Finding, Place, Severity
from vnhg_desk.check.registry import CHECKS, register, run_checks
from vnhg_desk.store.protocol import ExportSource

__all__ = [
    "CHECKS",
    "CODES",
    "CheckContext",
    "Finding",
    "Place",
    "Severity",
    "check_document",
    "library_words",
    "register",
    "run_checks",
]


def check_document(
    library: ExportSource, doc_id: int, *, typeset_pdf: bool = True
) -> list[Finding]:
    """The findings for library document ``doc_id`` (the library or a copy of it: anything
    with load, house_style, cover_email and the PhotoSource methods)."""
    context = CheckContext(
        library.load(doc_id),
        library.house_style(),
        library.cover_email(),
        library,
        typeset_allowed=typeset_pdf,
        extra_words=library_words(library),
    )
    return run_checks(context)


def library_words(library: ExportSource) -> frozenset[str]:
    """The library's word list and its people's names: right in every document."""
    words = list(getattr(library, "word_list", list)())
    names = [person.name for person in getattr(library, "people", list)()]
    return frozenset([*words, *names])
