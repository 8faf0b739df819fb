"""Outside command-line tools some tests read results with (poppler, LibreOffice, ...).

A missing tool makes the test skip with a reason that names the tool and the Debian
package that brings it; it is looked up once per run. The project's own code is never
skipped this way: a failing import of ``vnhg_desk`` is an error.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from typing import Any

import pytest

#: The Debian package that brings each tool (what .ci/run installs).
PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfimages": "poppler-utils",
    "soffice": "libreoffice-writer-nogui",
    "fc-list": "fontconfig",
    "desktop-file-validate": "desktop-file-utils",
    "update-mime-database": "shared-mime-info",
}


@cache
def _find(name: str) -> str | None:
    return shutil.which(name)


def tool(name: str) -> str:
    """The path of an outside tool; skips the calling test when it is not installed."""
    path = _find(name)
    if path is None:
        package = PACKAGES.get(name, name)
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def run_tool(name: str, *args: str, **kwargs: Any) -> subprocess.CompletedProcess:
    """Run an outside tool (``check=True`` unless given); skips when it is missing."""
    kwargs.setdefault("check", True)
    return subprocess.run([tool(name), *args], **kwargs)
