"""The core imports without Qt, and imports only point from gui to core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "vnhg_desk"
CORE = ["model", "store", "layout", "export", "exchange", "imaging", "demo"]


def test_core_imports_without_pyside6():
    code = (
        "import sys, importlib, pkgutil\n"
        "sys.modules['PySide6'] = None\n"
        "import vnhg_desk\n"
        f"for name in {CORE!r}:\n"
        "    pkg = importlib.import_module('vnhg_desk.' + name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import vnhg_desk.cli.main\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_core_module_imports_gui_or_qt():
    offenders = []
    # cli may import the gui lazily, inside the function that opens the window.
    for folder in CORE:
        for path in (PACKAGE / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                for name in names:
                    if name.startswith(("PySide6", "vnhg_desk.gui")):
                        offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert not offenders
