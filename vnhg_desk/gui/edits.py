"""Small reversible edits of an edition or invitation, without Qt (wrapped by commands.py).

A part of a document is addressed by a *ref*: ``()`` is the document itself,
``(item_uid,)`` an article or box, ``(article_uid, part_uid)`` a quote or photo of an
article. Lists are addressed by a ref plus an attribute name (``content``, ``quotes``,
``photos``). Each edit can be applied and reverted any number of times.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vnhg_desk.model import Article, Document, Edition, PhotoRef, PullQuote

Ref = tuple[str, ...]


def locate(doc: Document, ref: Ref) -> Any:
    """The object a ref points at; KeyError when it is no longer there."""
    if not ref:
        return doc
    if not isinstance(doc, Edition):
        raise KeyError(ref)
    item = doc.find(ref[0])
    if item is None:
        raise KeyError(ref)
    if len(ref) == 1:
        return item
    if not isinstance(item, Article):
        raise KeyError(ref)
    parts: list[PullQuote | PhotoRef] = [*item.quotes, *item.photos]
    for part in parts:
        if part.uid == ref[1]:
            return part
    raise KeyError(ref)


def list_of(doc: Document, ref: Ref, attr: str) -> list[Any]:
    """The list ``attr`` of the object at ``ref`` (e.g. an article's ``quotes``)."""
    value = getattr(locate(doc, ref), attr)
    if not isinstance(value, list):
        raise TypeError(f"{attr} is not a list")
    return value


@dataclass
class SetField:
    """Change one field of one part from ``old`` to ``new``."""

    ref: Ref
    name: str
    old: Any
    new: Any

    def apply(self, doc: Document) -> None:
        setattr(locate(doc, self.ref), self.name, self.new)

    def revert(self, doc: Document) -> None:
        setattr(locate(doc, self.ref), self.name, self.old)

    @property
    def focus(self) -> Ref:
        """The part the user should see after this edit (or its undo)."""
        return self.ref


@dataclass
class InsertItem:
    """Insert ``item`` at ``index`` into a list."""

    ref: Ref
    attr: str
    index: int
    item: Any

    def apply(self, doc: Document) -> None:
        list_of(doc, self.ref, self.attr).insert(self.index, self.item)

    def revert(self, doc: Document) -> None:
        items = list_of(doc, self.ref, self.attr)
        # By identity: an equal item (the same person twice in a panel) must stay.
        same = [i for i, item in enumerate(items) if item is self.item]
        items.pop(same[0] if same else self.index)

    @property
    def focus(self) -> Ref:
        return (*self.ref, self.item.uid) if hasattr(self.item, "uid") else self.ref


@dataclass
class RemoveItem:
    """Remove the item at ``index`` from a list (kept here for the undo)."""

    ref: Ref
    attr: str
    index: int
    item: Any = None

    def apply(self, doc: Document) -> None:
        self.item = list_of(doc, self.ref, self.attr).pop(self.index)

    def revert(self, doc: Document) -> None:
        list_of(doc, self.ref, self.attr).insert(self.index, self.item)

    @property
    def focus(self) -> Ref:
        return self.ref


@dataclass
class MoveItem:
    """Move the item at ``source`` so that it ends up at index ``target``."""

    ref: Ref
    attr: str
    source: int
    target: int
    uid: str = ""

    def apply(self, doc: Document) -> None:
        items = list_of(doc, self.ref, self.attr)
        moved = items.pop(self.source)
        self.uid = getattr(moved, "uid", "")
        items.insert(self.target, moved)

    def revert(self, doc: Document) -> None:
        items = list_of(doc, self.ref, self.attr)
        items.insert(self.source, items.pop(self.target))

    @property
    def focus(self) -> Ref:
        return (*self.ref, self.uid) if self.uid else self.ref


Edit = SetField | InsertItem | RemoveItem | MoveItem
