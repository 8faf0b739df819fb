"""The core imports without Qt, and imports only point from gui to core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "vnhg_desk"
CORE = ["model", "store", "layout", "export", "exchange", "imaging", "demo", "check"]


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


def _package_graph() -> dict[str, set[str]]:
    """Which top-level parts of vnhg_desk import which others (any import, lazy too)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        source = parts[0].removesuffix(".py")
        targets = graph.setdefault(source, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                words = name.split(".")
                if words[0] == "vnhg_desk" and len(words) > 1 and words[1] != source:
                    targets.add(words[1])
    return graph


def test_the_parts_of_the_package_import_each_other_without_cycles():
    graph = _package_graph()
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target in trail:
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif len(trail) < len(graph):
                visit(target, [*trail, target])

    for start in sorted(graph):
        visit(start, [start])
    assert not cycles, sorted(set(cycles))
    # the bottom of the graph: plain data and errors import nothing of ours but each other
    assert graph["model"] <= {"errors", "resources"}
    assert graph["errors"] == set()
