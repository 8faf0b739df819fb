"""Entry point of the `vnhg-desk` command (placeholder until the CLI lands)."""

from __future__ import annotations

import sys

from vnhg_desk import __version__


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--version"]:
        print(f"vnhg-desk {__version__}")
        return 0
    print("vnhg-desk: nog niet beschikbaar", file=sys.stderr)
    return 2
