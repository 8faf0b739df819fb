"""Derived data kept in the user's cache folder (parsed dictionaries and fonts)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def cache_path(folder: str, name: str) -> Path:
    """Where a cache file called ``name`` lives, in its own sub-folder of the user cache."""
    return Path(platformdirs.user_cache_dir("vnhg-desk", appauthor=False)) / folder / name


def write_cache(target: Path, data: bytes) -> None:
    """Write atomically (a reader never sees half a file); a cache that cannot be
    written is no error: the data is only derived again next time."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError:
        pass
