"""What goes into the stand-alone bundle: names, version, files, excluded modules, metadata.

Read by packaging/vnhg-desk.spec (PyInstaller) and by tests/packaging, so the recipe can be
checked without building. Plain Python; PyInstaller is imported only where it is needed.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NAME = "vnhg-desk"
APP_NAME = "VNHG Desk"
PUBLISHER = "Vereniging van Noord-Hollandse Gemeenten"
BUNDLE_ID = "info.vnhg.desk"
EXCHANGE_SUFFIX = "vnhg"
EXCHANGE_MIME = "application/x-vnhg-desk"
EXCHANGE_DESCRIPTION = "VNHG Desk-uitwisselbestand"

# Source files of compiled resources (Qt Linguist .ts) stay out of the bundle; the empty
# .keep markers go in, so every resources/ folder exists in the bundle as in a checkout.
RESOURCE_SKIP_SUFFIXES = frozenset({".ts", ".pro", ".pyc"})

# Of Qt's own translations only Dutch and English are used (standard dialogs, buttons).
QT_TRANSLATIONS_KEPT = ("_nl.qm", "_en.qm")

# Qt plugins (relative to Qt/plugins/) for things VNHG Desk does not do: embedded
# screens without a window system, networking, the GTK theme. Windows: xcb, Wayland,
# offscreen and minimal stay; so do image formats, icon engines and input methods.
QT_PLUGINS_DROPPED = (
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/",
    "generic/",
    "platformthemes/libqgtk3",
    "networkinformation/",
    "tls/",
)

# Documents are Dutch or English (vnhg_desk/layout/words.py): their hyphenation
# dictionaries and read-me files (with the licences) stay.
PYPHEN_KEPT = ("hyph_nl", "hyph_en", "README_hyph_nl", "README_hyph_en")

# Big things nothing in VNHG Desk uses. Qt modules are only bundled when imported, but
# some come in through library links or other packages' optional imports.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "numpy",  # sqlite_utils imports it only when present; we never need it
    "pandas",
    "matplotlib",
    "scipy",
    "IPython",
    # python-docx and our Word import use lxml.etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    *(
        f"PySide6.{module}"
        for module in (
            "QtQml",
            "QtQmlFeatures",
            "QtQuick",
            "QtQuickWidgets",
            "QtQuickControls2",
            "QtQuickTest",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "Qt3DCore",
            "Qt3DRender",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DAnimation",
            "Qt3DExtras",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "QtDesigner",
            "QtHelp",
            "QtSql",
            "QtTest",
            "QtBluetooth",
            "QtNfc",
            "QtPositioning",
            "QtLocation",
            "QtSensors",
            "QtSerialPort",
            "QtTextToSpeech",
            "QtLabsStyleKit",
            # Only PySide6/__init__.py's Windows OpenSSL probe imports it (guarded); the
            # program itself does no networking. Remove from this list if the GUI needs it.
            "QtNetwork",
        )
    ),
]


def version() -> str:
    """The program's version, read from vnhg_desk/__init__.py without importing it."""
    text = (ROOT / "vnhg_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("__version__ not found in vnhg_desk/__init__.py")
    return match.group(1)


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows' version resource: "1.2.3rc1" -> (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) pairs copying resources/ to <bundle>/resources/."""
    pairs = []
    for path in sorted((root / "resources").rglob("*")):
        if not path.is_file() or path.suffix in RESOURCE_SKIP_SUFFIXES:
            continue
        if "__pycache__" in path.parts:
            continue
        pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    return pairs


def is_needed(entry: tuple[str, ...]) -> bool:
    """False for collected files the program never reads.

    ``entry`` is a PyInstaller TOC entry whose first item is the path inside the bundle.
    Dropped: Qt translations other than Dutch and English, QML, Qt plugins for embedded
    screens, networking and the GTK theme (it would load the system's GTK against our
    bundled GLib), and hyphenation dictionaries other than Dutch and English.
    """
    dest = entry[0].replace(os.sep, "/")
    if "/Qt/translations/" in dest:
        return dest.endswith(QT_TRANSLATIONS_KEPT)
    if "/Qt/qml/" in dest:
        return False
    if "/Qt/plugins/" in dest:
        plugin = dest.split("/Qt/plugins/", 1)[1]
        return not plugin.startswith(QT_PLUGINS_DROPPED)
    if dest.startswith("pyphen/dictionaries/"):
        name = dest.rsplit("/", 1)[1]
        return name.startswith(PYPHEN_KEPT)
    return True


def prune_binaries(
    binaries: list[tuple[str, str, str]],
    imports_of: Callable[[str], set[str]],
) -> list[tuple[str, str, str]]:
    """Drop unneeded binaries and the shared libraries only they pulled in.

    ``binaries`` are PyInstaller TOC entries (bundle path, source path, kind);
    ``imports_of(source path)`` gives the file names a library links against. A library
    that a dropped plugin needs stays when anything kept needs it too.
    """
    sources: dict[str, list[str]] = {}
    for dest, src, _kind in binaries:
        sources.setdefault(Path(dest).name, []).append(src)

    def closure(roots: list[str]) -> set[str]:
        seen: set[str] = set()
        todo = [Path(dest).name for dest in roots]
        while todo:
            name = todo.pop()
            if name in seen or name not in sources:
                continue
            seen.add(name)
            for src in sources[name]:
                todo.extend(imports_of(src))
        return seen

    dropped = [dest for dest, _src, _kind in binaries if not is_needed((dest,))]
    only_for_dropped = closure(dropped)
    kept_roots = [
        dest
        for dest, _src, _kind in binaries
        if is_needed((dest,)) and Path(dest).name not in only_for_dropped
    ]
    only_for_dropped -= closure(kept_roots)
    return [
        entry
        for entry in binaries
        if is_needed(entry) and Path(entry[0]).name not in only_for_dropped
    ]


def drop_dangling_symlinks(
    toc: list[tuple[str, str, str]], present: set[str]
) -> list[tuple[str, str, str]]:
    """Leave out SYMLINK entries whose target is no longer in the bundle.

    ``present`` holds the bundle paths of every real file kept. PyInstaller writes links
    such as ``libQt6Network.so.6 -> PySide6/Qt/lib/libQt6Network.so.6`` as separate
    entries; once :func:`prune_binaries` dropped the target they would dangle.
    """
    kept = []
    for dest, src, kind in toc:
        if kind == "SYMLINK":
            link = dest.replace(os.sep, "/")
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(link), src.replace(os.sep, "/"))
            )
            if target not in present:
                continue
        kept.append((dest, src, kind))
    return kept


def macos_info_plist(version_text: str) -> dict[str, Any]:
    """Info.plist entries of "VNHG Desk.app", including the .vnhg document type."""
    type_id = f"{BUNDLE_ID}.exchange"
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version_text,
        "CFBundleVersion": version_text,
        "CFBundleDevelopmentRegion": "nl",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSHumanReadableCopyright": f"{PUBLISHER}, EUPL-1.2",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": EXCHANGE_DESCRIPTION,
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "CFBundleTypeIconFile": f"{NAME}.icns",
                "LSItemContentTypes": [type_id],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": type_id,
                "UTTypeDescription": EXCHANGE_DESCRIPTION,
                # A .vnhg file is a zip archive (document.json and photos/).
                "UTTypeConformsTo": ["public.data", "public.zip-archive"],
                "UTTypeIconFile": f"{NAME}.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [EXCHANGE_SUFFIX],
                    "public.mime-type": [EXCHANGE_MIME],
                },
            }
        ],
    }


def windows_version_strings(version_text: str) -> dict[str, str]:
    """The texts of the Windows .exe's version resource (Explorer's Details tab)."""
    return {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": version_text,
        "InternalName": NAME,
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": APP_NAME,
        # The installer script reads this one (packaging/windows/vnhg-desk.iss).
        "ProductVersion": version_text,
    }


def windows_version_info(version_text: str) -> Any:
    """Version resource for PyInstaller's EXE(version=...); needs pefile (Windows builds)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_numbers(version_text)
    texts = windows_version_strings(version_text)
    strings = [vi.StringStruct(key, value) for key, value in texts.items()]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0413 = Dutch (Netherlands), 1200 = Unicode.
            vi.StringFileInfo([vi.StringTable("041304B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0413, 1200])]),
        ],
    )
