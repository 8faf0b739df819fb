"""Run the PyInstaller spec with stand-ins for PyInstaller's build steps, per platform.

Only Linux bundles are built here; this catches mistakes in the Windows and macOS
branches of packaging/vnhg-desk.spec (names, console flags, icons, version, Info.plist)
without those systems.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PyInstaller.utils import hooks

import vnhg_desk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "vnhg-desk.spec"
# What the stand-in Analysis "collected" (bundle path, source, kind); tests may replace it.
ANALYSIS_OUTPUT: tuple[list, list] = ([], [])


def load_config():
    spec = importlib.util.spec_from_file_location("bundle_config", PACKAGING / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_spec(monkeypatch, platform: str) -> dict[str, list[SimpleNamespace]]:
    """Execute the spec as PyInstaller would on ``platform``; return the steps it made."""
    config = load_config()
    monkeypatch.setattr(config, "windows_version_info", lambda version: ("versioninfo", version))
    monkeypatch.setitem(sys.modules, "bundle_config", config)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    # Collecting third-party files is PyInstaller's business; keep this test quick.
    monkeypatch.setattr(hooks, "collect_submodules", lambda name, **_: [name])
    monkeypatch.setattr(hooks, "collect_data_files", lambda name, **_: [])
    monkeypatch.setattr(hooks, "collect_dynamic_libs", lambda name, **_: [])

    steps: dict[str, list[SimpleNamespace]] = {}

    def step(kind: str):
        def make(*args, **kwargs):
            made = SimpleNamespace(args=args, kwargs=kwargs)
            if kind == "Analysis":
                datas, binaries = ANALYSIS_OUTPUT
                made.datas, made.binaries = list(datas), list(binaries)
                made.scripts, made.pure = ["launcher"], []
            steps.setdefault(kind, []).append(made)
            return made

        return make

    namespace = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    namespace.update({kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return steps


def test_analysis_is_the_same_everywhere(monkeypatch):
    config = load_config()
    (analysis,) = run_spec(monkeypatch, "linux")["Analysis"]
    (script,) = analysis.args[0]
    assert Path(script) == PACKAGING / "launcher.py" and Path(script).is_file()
    assert analysis.kwargs["excludes"] == config.EXCLUDED_MODULES
    assert analysis.kwargs["module_collection_mode"] == {"docx": "pyz+py"}
    datas = analysis.kwargs["datas"]
    assert (str(ROOT / "LICENSE"), ".") in datas
    assert set(config.resource_datas()) <= set(datas)
    assert "vnhg_desk" in analysis.kwargs["hiddenimports"]
    assert "_rl_accel" in analysis.kwargs["hiddenimports"]


def test_linux_one_program_for_window_and_command_line(monkeypatch):
    steps = run_spec(monkeypatch, "linux")
    (program,) = steps["EXE"]
    assert program.kwargs["name"] == "vnhg-desk"
    assert program.kwargs["console"] is True
    assert program.kwargs["upx"] is False
    assert program.kwargs["version"] is None
    assert program.kwargs["icon"] is None  # the .desktop file names the icon
    (collect,) = steps["COLLECT"]
    assert collect.kwargs["name"] == "vnhg-desk"
    assert "BUNDLE" not in steps


def test_windows_window_program_and_console_twin(monkeypatch):
    steps = run_spec(monkeypatch, "win32")
    programs = {p.kwargs["name"]: p.kwargs for p in steps["EXE"]}
    assert set(programs) == {"vnhg-desk", "vnhg-desk-cli"}
    assert programs["vnhg-desk"]["console"] is False
    assert programs["vnhg-desk-cli"]["console"] is True
    for settings in programs.values():
        assert settings["version"] == ("versioninfo", vnhg_desk.__version__)
        assert settings["icon"].endswith("vnhg-desk.ico") and Path(settings["icon"]).is_file()
        assert settings["strip"] is False and settings["upx"] is False
    (collect,) = steps["COLLECT"]
    assert len([arg for arg in collect.args if arg in steps["EXE"]]) == 2
    assert "BUNDLE" not in steps


def test_macos_app_bundle_with_document_type(monkeypatch):
    steps = run_spec(monkeypatch, "darwin")
    (program,) = steps["EXE"]
    assert program.kwargs["console"] is False
    assert program.kwargs["argv_emulation"] is False
    (app,) = steps["BUNDLE"]
    assert app.kwargs["name"] == "VNHG Desk.app"
    assert app.kwargs["bundle_identifier"] == "info.vnhg.desk"
    assert app.kwargs["version"] == vnhg_desk.__version__
    assert app.kwargs["icon"].endswith("vnhg-desk.icns") and Path(app.kwargs["icon"]).is_file()
    plist = app.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == vnhg_desk.__version__
    assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeRole"] == "Editor"


COLLECTED_DATAS = [
    ("PySide6/Qt/translations/qtbase_nl.qm", "/site/qtbase_nl.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_fr.qm", "/site/qtbase_fr.qm", "DATA"),
    ("PySide6/Qt/qml/QtQuick/qmldir", "/site/qmldir", "DATA"),
    ("pyphen/dictionaries/hyph_nl_NL.dic", "/site/hyph_nl_NL.dic", "DATA"),
    ("pyphen/dictionaries/hyph_fr.dic", "/site/hyph_fr.dic", "DATA"),
    ("libcairo.so.2", "PySide6/Qt/lib/libcairo.so.2", "SYMLINK"),
]
COLLECTED_BINARIES = [
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/site/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/site/libqxcb.so", "BINARY"),
    ("PySide6/Qt/lib/libcairo.so.2", "/site/libcairo.so.2", "BINARY"),
    ("libglib-2.0.so.0", "/site/libglib-2.0.so.0", "BINARY"),
]
LINKS = {
    "/site/libqgtk3.so": ["libcairo.so.2", "libglib-2.0.so.0"],
    "/site/libqxcb.so": ["libglib-2.0.so.0"],
}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_spec_filters_what_pyinstaller_collected(monkeypatch, platform):
    from PyInstaller.depend import bindepend

    def imports(path, *args, **kwargs):
        return [(name, f"/site/{name}") for name in LINKS.get(path, [])]

    monkeypatch.setattr(bindepend, "get_imports", imports)
    monkeypatch.setattr(
        sys.modules[__name__], "ANALYSIS_OUTPUT", (COLLECTED_DATAS, COLLECTED_BINARIES)
    )
    (analysis,) = run_spec(monkeypatch, platform)["Analysis"]
    assert [dest for dest, _src, _kind in analysis.datas] == [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "pyphen/dictionaries/hyph_nl_NL.dic",
    ]
    assert [dest for dest, _src, _kind in analysis.binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",
    ]
