"""The one place that finds the shared resources (fonts, icons, translations, house style).

Works in a source checkout (``<repo>/resources``), in an installed wheel
(``vnhg_desk/resources``, put there by the build) and in a PyInstaller bundle
(``<bundle>/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder that holds fonts/, icons/, translations/ and the other shared files."""
    here = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to the vnhg_desk package")


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)
