"""The copy an export works on in the worker gives everything an ExportSource declares."""

from __future__ import annotations

import inspect

from vnhg_desk.gui.export_worker import LibraryCopy
from vnhg_desk.store.protocol import ExportSource


def test_library_copy_has_every_export_source_method_with_the_same_parameters() -> None:
    declared = {
        n: v for n, v in vars(ExportSource).items() if inspect.isfunction(v) and n[0] != "_"
    }
    assert len(declared) >= 10
    for name, method in declared.items():
        actual = inspect.getattr_static(LibraryCopy, name, None)
        assert inspect.isfunction(actual), f"LibraryCopy has no {name}"
        assert list(inspect.signature(actual).parameters) == list(
            inspect.signature(method).parameters
        ), name
