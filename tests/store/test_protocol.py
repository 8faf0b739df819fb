"""The library protocols describe the stores as they are: every member of DocumentLibrary
exists on the SQLite and the PostgreSQL library with the same parameters (mypy checks the
types in CI; this catches a renamed method or parameter in the plain test run too)."""

from __future__ import annotations

import inspect

import pytest

from vnhg_desk.store import Library
from vnhg_desk.store.pg_library import PostgresLibrary
from vnhg_desk.store.protocol import DocumentLibrary, ExportSource


def protocol_members(protocol: type) -> dict[str, object]:
    members: dict[str, object] = {}
    for klass in reversed(protocol.__mro__):
        if klass in (object,) or klass.__name__ in ("Protocol", "Generic"):
            continue
        for name, value in vars(klass).items():
            if not name.startswith("_"):
                members[name] = value
        for name in getattr(klass, "__annotations__", {}):
            if not name.startswith("_"):
                members.setdefault(name, None)
    return members


def parameters(function: object) -> list[tuple[str, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind) for p in signature.parameters.values()]


def test_export_source_is_part_of_the_document_library() -> None:
    assert set(protocol_members(ExportSource)) < set(protocol_members(DocumentLibrary))


@pytest.mark.parametrize("store", [Library, PostgresLibrary])
def test_each_store_has_every_member_with_the_same_parameters(store: type) -> None:
    members = protocol_members(DocumentLibrary)
    assert len(members) > 30
    annotated = {name for klass in store.__mro__ for name in inspect.get_annotations(klass)}
    for name, declared in members.items():
        if declared is None:  # a plain attribute, set on the instance
            assert name in annotated, f"{store.__name__} has no attribute {name}"
            continue
        actual = inspect.getattr_static(store, name, None)
        if inspect.isfunction(declared):
            assert inspect.isfunction(actual), f"{store.__name__}.{name} is not a method"
            assert parameters(actual) == parameters(declared), f"{store.__name__}.{name}"
        elif isinstance(declared, property):
            assert isinstance(actual, property), f"{store.__name__}.{name} is not a property"
