"""People who appear in panels and captions, reusable across documents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Person:
    """A person with their role, e.g. ``Person("A. de Vries", "wethouder", "Velsen")``."""

    name: str = ""
    role: str = ""
    organisation: str = ""
    id: int | None = None

    def described(self) -> str:
        """Name with role and organisation, as printed: "A. de Vries, wethouder Velsen"."""
        detail = " ".join(part for part in (self.role, self.organisation) if part)
        return f"{self.name}, {detail}" if detail else self.name
