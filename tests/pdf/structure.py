"""Reading a tagged PDF's structure tree back (pikepdf): the kids of a node and every
structure element below it, in reading order."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf


def kids(node) -> list:
    """The node's /K as a list: structure elements, MCIDs, MCR and OBJR dictionaries."""
    found = node.get("/K")
    if found is None:
        return []
    return list(found) if isinstance(found, pikepdf.Array) else [found]


def elements(node) -> Iterator[pikepdf.Dictionary]:
    """Every structure element under ``node``, depth first (marked-content and object
    references are not elements)."""
    for kid in kids(node):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/OBJR", "/MCR"):
            yield kid
            yield from elements(kid)
