"""The registry of checks: small functions, each looking at one kind of problem.

A check takes a :class:`~vnhg_desk.check.context.CheckContext` and yields findings.
Modules register theirs with :func:`register`; :func:`run_checks` runs them all in the
order they were registered (document order within each).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding

Check = Callable[[CheckContext], Iterable[Finding]]

CHECKS: list[Check] = []


def register(check: Check) -> Check:
    """Add ``check`` to the registry (use as a decorator)."""
    CHECKS.append(check)
    return check


def run_checks(context: CheckContext) -> list[Finding]:
    """Every registered check's findings; blocking ones first, otherwise in check order."""
    found: list[Finding] = []
    for check in CHECKS:
        found.extend(check(context))
    return sorted(found, key=lambda f: not f.blocking)
