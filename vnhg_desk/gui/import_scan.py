"""Spare PySide's reading of each newly imported module's source.

Once PySide6 is loaded, every ``import`` statement passes through its import hook. To
support ``from __feature__ import ...`` the hook reads the whole source of each module it
meets for the first time (``inspect.getsource``) to see whether it names PySide6. We
select no ``__feature__``, so the answer changes nothing here, but the reading costs
start-up time: some 75 files before the window's first frame (``typing.py``,
``dataclasses.py``, our own), about 5 ms (benchmarks/bench_gui.py), and as many again
for each library imported later (markdown-it, sqlite-utils with numpy).

:func:`skip_source_scans` gives the hook its answers before it asks: "uses PySide6" for
the modules of this package, "does not" for all others (the modules loaded so far, and
each module imported later, as the import system looks for it). With no feature selected
anywhere the two answers act alike. The table is PySide's private
``shibokensupport.feature.pyside_feature_dict``: with a PySide that renames or drops it
this does nothing and PySide reads the sources as before.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import PySide6  # noqa: F401  (sets up the import hook and its table)

NO_PYSIDE = -1  # the hook's value for a module whose source does not name PySide6
USES_PYSIDE = 0  # its value for one that does (no __feature__ selected)
PACKAGE = __name__.rpartition(".")[0]


class AnswerFirst:
    """A finder that finds nothing: it enters each module about to be imported in the
    hook's table, and leaves the finding to the finders after it."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        self.table.setdefault(fullname, answer_for(fullname))


def answer_for(name: str) -> int:
    """What PySide's scan would find for the module ``name``."""
    return USES_PYSIDE if name == PACKAGE or name.startswith(PACKAGE + ".") else NO_PYSIDE


def skip_source_scans() -> bool:
    """Answer the hook for every module, now and later; False when it has no table."""
    feature = sys.modules.get("shibokensupport.feature")
    table: Any = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, AnswerFirst) for finder in sys.meta_path):
        for name in list(sys.modules):
            table.setdefault(name, answer_for(name))
        sys.meta_path.insert(0, AnswerFirst(table))
    return True
