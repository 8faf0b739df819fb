"""The pre-send check ("Controle voor verzenden"): what to fix before an edition goes out.

One check for the command line (``vnhg-desk check ID``) and the editor (before an e-mail
draft or an export). Each kind of problem is a small function in the registry
(:mod:`vnhg_desk.check.registry`), grouped in modules: fields, photos, links, colours,
mail, typeset. Qt-free; docs/checks.md lists every finding's code.
"""

from __future__ import annotations

from typing import Any

from vnhg_desk.check import colours, fields, links, mail, photos, typeset  # noqa: F401 (register)
from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import CODES, Finding, Place, Severity
from vnhg_desk.check.registry import CHECKS, register, run_checks

__all__ = [
    "CHECKS",
    "CODES",
    "CheckContext",
    "Finding",
    "Place",
    "Severity",
    "check_document",
    "register",
    "run_checks",
]


def check_document(library: Any, doc_id: int, *, typeset_pdf: bool = True) -> list[Finding]:
    """The findings for library document ``doc_id`` (the library or a copy of it: anything
    with load, house_style, cover_email and the PhotoSource methods)."""
    context = CheckContext(
        library.load(doc_id),
        library.house_style(),
        library.cover_email(),
        library,
        typeset_allowed=typeset_pdf,
    )
    return run_checks(context)
