"""The bundle recipe, desktop files and installers, checked without building anything."""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

import vnhg_desk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = load(PACKAGING / "bundle_config.py", "vnhg_bundle_config")
make_icon = load(PACKAGING / "icons" / "make_icon.py", "vnhg_make_icon")


# --- version and contents -------------------------------------------------------------


def test_version_comes_from_the_package():
    assert cfg.version() == vnhg_desk.__version__
    assert cfg.version_numbers("1.2.3") == (1, 2, 3, 0)
    assert cfg.version_numbers("0.4rc1") == (0, 4, 1, 0)
    assert cfg.version_numbers("2.0.1+local.7") == (2, 0, 1, 0)


def test_every_resource_goes_into_the_bundle_resources_folder():
    pairs = cfg.resource_datas()
    bundled = {Path(folder) / Path(src).name for src, folder in pairs}
    on_disk = {
        path.relative_to(ROOT)
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in cfg.RESOURCE_SKIP_SUFFIXES
    }
    assert bundled == on_disk
    # Each top-level folder that vnhg_desk.resources looks for exists in the bundle.
    folders = {Path(folder).parts[1] for _src, folder in pairs if len(Path(folder).parts) > 1}
    assert {"fonts", "icons", "translations"} <= folders
    assert all(Path(folder).parts[0] == "resources" for _src, folder in pairs)


def test_spell_check_dictionaries_and_engine_go_into_the_bundle():
    bundled = {Path(folder) / Path(src).name for src, folder in cfg.resource_datas()}
    for name in ("nl.aff", "nl.dic", "en_US.aff", "en_US.dic", "LICENSE-nl.txt"):
        entry = Path("resources") / "dictionaries" / name
        assert entry in bundled and cfg.is_needed((entry.as_posix(), "", "DATA"))
    spec = (PACKAGING / "vnhg-desk.spec").read_text(encoding="utf-8")
    assert '"hunspell"' in spec  # chunspell's module, imported lazily


def test_translation_sources_stay_out(tmp_path):
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    for name in ("vnhg_desk_nl.ts", "vnhg_desk_nl.qm"):
        (tmp_path / "resources" / "translations" / name).write_text("x")
    names = [Path(src).name for src, _folder in cfg.resource_datas(tmp_path)]
    assert names == ["vnhg_desk_nl.qm"]


def test_spec_is_python_and_uses_the_config():
    text = (PACKAGING / "vnhg-desk.spec").read_text(encoding="utf-8")
    compile(text, "vnhg-desk.spec", "exec")
    for needed in (
        "cfg.resource_datas()",
        "cfg.EXCLUDED_MODULES",
        "cfg.prune_binaries",
        "cfg.drop_dangling_symlinks",
        'collect_data_files("docx")',
        'collect_data_files("pyphen")',
        "_rl_accel",
        "pillow_heif",
        "pypdfium2_raw",
        "markdown_it",
        "BUNDLE(",
        "cfg.macos_info_plist(VERSION)",
        "cfg.windows_version_info(VERSION)",
        '"LICENSE"',
    ):
        assert needed in text, needed


def test_unused_heavy_modules_are_excluded():
    heavy = ("tkinter", "numpy", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.Qt3DCore")
    for module in heavy:
        assert module in cfg.EXCLUDED_MODULES
    # What the program does use must never be excluded.
    for module in ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg", "PySide6.QtPrintSupport"):
        assert module not in cfg.EXCLUDED_MODULES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("pyphen/dictionaries/hyph_nl_NL.dic", True),
        ("pyphen/dictionaries/hyph_en_GB.dic", True),
        ("pyphen/dictionaries/hyph_de_DE.dic", False),
        ("resources/fonts/NotoSans-Regular.ttf", True),
        ("docx/templates/default.docx", True),
    ],
)
def test_is_needed(dest, kept):
    assert cfg.is_needed((dest.replace("/", os.sep), "src", "DATA")) is kept


def test_prune_drops_libraries_only_a_dropped_plugin_needs():
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libgtk-bits.so.0", "/s/libgtk-bits.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/s/libglib-2.0.so.0", "BINARY"),
        ("libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libpdfium.so", "/s/libpdfium.so", "BINARY"),
    ]
    links = {
        "/s/libqgtk3.so": {"libgtk-bits.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6"},
        "/s/libgtk-bits.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
        "/s/libqxcb.so": {"libQt6Gui.so.6"},
        "/s/libQt6Gui.so.6": {"libglib-2.0.so.0", "libc.so.6"},
    }
    kept = cfg.prune_binaries(binaries, lambda src: links.get(src, set()))
    names = {Path(dest).name for dest, _src, _kind in kept}
    assert names == {"libqxcb.so", "libglib-2.0.so.0", "libQt6Gui.so.6", "libpdfium.so"}


def test_links_to_dropped_libraries_go_too():
    toc = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/site/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        ("docx/templates/default.docx", "/site/docx/templates/default.docx", "DATA"),
    ]
    present = {"PySide6/Qt/lib/libQt6Gui.so.6", "docx/templates/default.docx"}
    kept = [dest for dest, _src, _kind in cfg.drop_dangling_symlinks(toc, present)]
    assert kept == [
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "docx/templates/default.docx",
    ]


def test_windows_version_texts_carry_the_version():
    strings = cfg.windows_version_strings("1.2.3")
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["ProductName"] == "VNHG Desk"
    assert strings["OriginalFilename"] == "vnhg-desk.exe"


def test_windows_version_resource_carries_the_version():
    pytest.importorskip("pefile", reason="PyInstaller's version resources need pefile (Windows)")
    text = str(cfg.windows_version_info("1.2.3"))
    assert "ProductVersion', '1.2.3'" in text
    assert "filevers=(1, 2, 3, 0)" in text
    assert "VNHG Desk" in text


def test_macos_info_plist_declares_the_exchange_file_type():
    info = cfg.macos_info_plist("1.2.3")
    plistlib.loads(plistlib.dumps(info))  # valid plist content
    assert info["CFBundleIdentifier"] == "info.vnhg.desk"
    assert info["CFBundleShortVersionString"] == "1.2.3"
    (doc_type,) = info["CFBundleDocumentTypes"]
    (exported,) = info["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["vnhg"]
    assert tags["public.mime-type"] == [cfg.EXCHANGE_MIME]
    assert "public.zip-archive" in exported["UTTypeConformsTo"]
    assert (ICONS / doc_type["CFBundleTypeIconFile"]).is_file()


# --- icons ----------------------------------------------------------------------------


def test_icon_in_every_size():
    for size in make_icon.PNG_SIZES:
        with Image.open(ICONS / f"vnhg-desk-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            # Transparent corners (but for resampling fringes), an opaque page in the middle.
            assert image.getpixel((0, 0))[3] < 8
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ICONS / "vnhg-desk.ico") as ico:
        assert {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "vnhg-desk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_committed_icons_match_the_drawing_script():
    for size in (16, 48, 256):
        drawn = make_icon.draw_icon(size)
        with Image.open(ICONS / f"vnhg-desk-{size}.png") as committed:
            difference = ImageChops.difference(drawn, committed.convert("RGBA"))
        # Allow for resampling differences between Pillow versions, nothing more.
        assert max(ImageStat.Stat(difference).mean) < 2.0, size


def test_house_colour_band_at_the_top():
    with Image.open(ICONS / "vnhg-desk-256.png") as image:
        red, green, blue, alpha = image.getpixel((100, 30))
    assert (red, green, blue, alpha) == make_icon.PRIMARY


# --- Linux ----------------------------------------------------------------------------


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate_desktop_file(path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = desktop_entry(path)
    assert entry["Type"] == "Application"
    for key in ("Name", "Exec", "Icon", "Categories", "MimeType"):
        assert entry[key], key
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")


def test_desktop_file_is_valid():
    path = PACKAGING / "linux" / "vnhg-desk.desktop"
    validate_desktop_file(path)
    entry = desktop_entry(path)
    assert entry["Exec"] == "vnhg-desk %f"
    assert entry["Icon"] == "vnhg-desk"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["MimeType"] == f"{cfg.EXCHANGE_MIME};"
    assert entry["Comment[nl]"]


def test_mime_type_for_the_exchange_format():
    root = ET.parse(PACKAGING / "linux" / "vnhg-desk-mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == cfg.EXCHANGE_MIME
    assert [glob.get("pattern") for glob in mime.findall(f"{MIME_NS}glob")] == ["*.vnhg"]
    assert mime.find(f"{MIME_NS}icon").get("name") == "vnhg-desk"
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in mime}
    assert comments.get("nl") == cfg.EXCHANGE_DESCRIPTION


def test_mime_database_accepts_it(tmp_path):
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database (shared-mime-info) is not installed")
    (tmp_path / "packages").mkdir()
    shutil.copy(PACKAGING / "linux" / "vnhg-desk-mime.xml", tmp_path / "packages")
    subprocess.run([tool, str(tmp_path)], check=True, capture_output=True)
    globs = (tmp_path / "globs2").read_text()
    assert f"{cfg.EXCHANGE_MIME}:*.vnhg" in globs


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like the built bundle, with a stand-in program."""
    folder.mkdir(parents=True)
    for name in ("install.sh", "vnhg-desk.desktop", "vnhg-desk-mime.xml"):
        shutil.copy(PACKAGING / "linux" / name, folder / name)
    shutil.copytree(ICONS, folder / "_internal" / "resources" / "icons")
    program = folder / "vnhg-desk"
    program.write_text("#!/bin/sh\necho vnhg-desk 0\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return folder


def test_install_script_puts_the_bundle_in_the_menu_and_takes_it_out(tmp_path):
    bundle = fake_bundle(tmp_path / "Mijn programma's" / "vnhg-desk")
    home = tmp_path / "secretary"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(["bash", str(bundle / "install.sh")], check=True, env=env, capture_output=True)

    data = home / ".local" / "share"
    desktop = data / "applications" / "vnhg-desk.desktop"
    validate_desktop_file(desktop)
    entry = desktop_entry(desktop)
    assert entry["Exec"] == f'"{bundle}/vnhg-desk" %f'
    assert entry["TryExec"] == f"{bundle}/vnhg-desk"
    for size in make_icon.PNG_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "vnhg-desk.png").is_file()
    assert (data / "mime" / "packages" / "vnhg-desk.xml").is_file()
    link = home / ".local" / "bin" / "vnhg-desk"
    assert link.resolve() == (bundle / "vnhg-desk").resolve()

    uninstall = ["bash", str(bundle / "install.sh"), "--uninstall"]
    subprocess.run(uninstall, check=True, env=env, capture_output=True)
    assert not desktop.exists()
    assert not link.exists() and not link.is_symlink()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "vnhg-desk.png").exists()
    assert (bundle / "vnhg-desk").exists()  # the bundle itself stays


def exec_program(value: str) -> str:
    """The program path from an Exec value, undoing the Desktop Entry escaping."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), value)
    match = re.match(r'"((?:[^"\\]|\\.)*)"', value)
    assert match, value
    return re.sub(r"\\(.)", r"\1", match[1]).replace("%%", "%")


@pytest.mark.parametrize("folder", ["gewoon", "Mijn programma's", 'a"b`c$d\\e%f'])
def test_install_script_quotes_any_folder_name(tmp_path, folder):
    bundle = fake_bundle(tmp_path / folder / "vnhg-desk")
    home = tmp_path / "secretary"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(["bash", str(bundle / "install.sh")], check=True, env=env, capture_output=True)
    desktop = home / ".local" / "share" / "applications" / "vnhg-desk.desktop"
    validate_desktop_file(desktop)
    raw = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert exec_program(raw.removeprefix("Exec=")) == str(bundle / "vnhg-desk")
    assert raw.endswith(" %f")


def test_install_script_refuses_a_folder_without_the_program(tmp_path):
    bundle = fake_bundle(tmp_path / "vnhg-desk")
    (bundle / "vnhg-desk").unlink()
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run(
        ["bash", str(bundle / "install.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "staat niet in" in result.stderr
    assert not (tmp_path / ".local" / "share" / "applications" / "vnhg-desk.desktop").exists()


# --- Windows --------------------------------------------------------------------------


def test_inno_setup_script():
    iss_path = PACKAGING / "windows" / "vnhg-desk.iss"
    text = iss_path.read_text(encoding="utf-8")
    # The version is read from the bundled program, never written into the script.
    assert not re.search(r"^\s*AppVersion\s*=\s*\d", text, re.MULTILINE)
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExe, "ProductVersion")' in text
    # Files the script points at exist (paths are relative to the script's folder).
    for relative in re.findall(r"^(?:LicenseFile|SetupIconFile)=(.+)$", text, re.MULTILINE):
        assert (iss_path.parent / relative.replace("\\", "/")).resolve().is_file(), relative
    # Start-menu entry and the .vnhg association opening the program with the file.
    assert 'Name: "{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text
    assert 'Subkey: "Software\\Classes\\.vnhg"' in text
    assert '"""{app}\\{#AppExe}"" ""%1"""' in text
    assert "ChangesAssociations=yes" in text
    assert "compiler:Languages\\Dutch.isl" in text
