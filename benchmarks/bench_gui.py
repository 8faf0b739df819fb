"""Editor window speed: start to first paint, preview latency, GUI-thread stalls.

Uses the 1,000-edition library of bench_library.py (built once, cached), offscreen on a
1366x768 screen:

    python benchmarks/bench_gui.py [--library PATH] [--runs 7]

Prints medians against the targets: process start to the first painted frame of the
window with the last edition open (< 500 ms, and at most 2x a bare PySide6 window painted
in the same run), last key to the updated preview on screen (< 500 ms) for a four-page
edition, last key to the edit being durable in the library (median < 500 ms, worst < 1 s,
from the first edit after start on), and the longest GUI-thread stall while the preview
renders (< 50 ms), measured with a 5 ms QTimer heartbeat.

First paint: each run starts a fresh Python process that runs the program as the
installed ``vnhg-desk --library PATH`` does (cli.main.console) and one that shows a bare
QMainWindow of the same size, alternately; both time from just before the process is
started until the first frame of the main window is painted (the first paint event of the
window, and the rest of that paint pass: a zero timer started from it fires once the
frame is done). The program's child also reports what that frame shows (window title,
characters in the visible editors), and a run whose window does not show the edition
fails.
A third child paints a plain PySide editor-shaped window (no program behind it) as a
second reference: how much of the first paint PySide itself costs for such a window.

Last key to preview: the typing starts from a quiet window (no save or render waiting);
the clock runs from the last simulated keystroke until a page of the render that started
after it is painted in the preview pane, so it includes the typing pause, the save, the
preview debounce, the render and the paint.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

TARGETS_MS = {
    "start to first paint": 500.0,
    "last key to preview": 500.0,
    "keystroke to durable": 500.0,
    "max GUI stall during render": 50.0,
}
WORST_DURABLE_MS = 1000.0  # no save may take longer than this after the last key
FIRST_PAINT_RATIO = 2.0  # start to first paint, against a bare window in the same run

SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip

# Shared by both children: the window's first paint event starts a zero timer, which
# fires when that paint pass (every widget of the frame) is done. The watch is an event
# filter on the shown window only: one on the whole application would make PySide wrap
# every object that gets an event in Python (~25 ms more for the program's window, next
# to nothing for the bare one), a cost the program itself does not have.
# The program's child then waits for the rest of the window (MainWindow.complete(), run
# right after the first frame) and reports that moment as "window complete".
PAINT_WATCH = """
import sys, time, os, json
t0 = float(sys.argv[-1])
marks = {}
def mark(name):
    marks[name] = (time.time() - t0) * 1000.0
mark("python started")

def watch_paint(window, report):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "first paint event" not in marks:
                mark("first paint event")
                QTimer.singleShot(0, done)
            return False

    def done():
        mark("first frame painted")
        shows = report(window)
        later = getattr(window, "after_first_paint", None)
        while later is not None and not later.done:
            QCoreApplication.processEvents()
        if later is not None:
            mark("window complete")
        print(json.dumps({"marks": marks, "shows": shows}), flush=True)
        os._exit(0)

    from PySide6.QtCore import QCoreApplication
    window._paint_watch = Painted()
    window.installEventFilter(window._paint_watch)
"""

# The program as the installed `vnhg-desk --library PATH` starts it (cli.main.console:
# its garbage-collector settings, then the store, then Qt), with marks hooked onto the
# functions it calls on the way and the paint watch onto its window.
FIRST_PAINT = (
    PAINT_WATCH
    + """
import importlib
from vnhg_desk.cli.main import console  # what the installed script imports
import vnhg_desk.cli.commands as commands  # (main imports it before it opens a window)
mark("program imported")

def report(window):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
    chars = 0
    for kind, text in ((QPlainTextEdit, "toPlainText"), (QTextEdit, "toPlainText"),
                       (QLineEdit, "text")):
        for widget in window.findChildren(kind):
            if widget.isVisible():
                chars += len(getattr(widget, text)().strip())
    return {"title": window.windowTitle(), "editor characters": chars,
            "size": [window.width(), window.height()]}

found_library = commands.library_path
def library_path(chosen):
    found = found_library(chosen)  # imports the store
    mark("store imported")
    return found
commands.library_path = library_path

import_module = importlib.import_module
def import_gui(name, *args):
    module = import_module(name, *args)
    if name == "vnhg_desk.gui.app":
        importlib.import_module = import_module
        mark("gui.app imported (PySide6 with it)")
        watch_window(module)
    return module
importlib.import_module = import_gui

def watch_window(gui_app):
    made = gui_app.make_application
    def make_application(argv=None):
        app = made(argv)
        mark("QApplication made")
        return app
    gui_app.make_application = make_application
    made_window = gui_app.create_window
    def create_window(*args, **kwargs):
        mark("library open")
        import vnhg_desk.gui.main_window
        mark("gui.main_window imported")
        window = made_window(*args, **kwargs)
        mark("window built and shown")
        watch_paint(window, report)
        return window
    gui_app.create_window = create_window

sys.argv = ["vnhg-desk", "--library", sys.argv[1]]
console()
os._exit(3)  # the window closed without being painted
"""
)

BARE_WINDOW = (
    PAINT_WATCH
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
mark("PySide6 imported")

app = QApplication([])
mark("QApplication made")
window = QMainWindow()
window.resize(int(sys.argv[1]), int(sys.argv[2]))
window.show()
mark("window built and shown")
watch_paint(window, lambda window: {"size": [window.width(), window.height()]})
app.exec()
"""
)

# A second reference: an editor-shaped window with no program behind it (menus with
# actions, a toolbar with style icons, a list, labelled fields, a long plain text), to
# show how much of the first paint PySide itself costs for such a window: the classes
# and enums it builds on first use (Qt, QStyle, the text classes) and the first text
# field's set-up. It is printed for the next engineer, not held to a target.
PLAIN_EDITOR = (
    PAINT_WATCH
    + """
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit, QListWidget,
    QMainWindow, QPlainTextEdit, QSplitter, QStyle, QToolBar, QWidget)
from PySide6.QtCore import Qt
mark("PySide6 imported")

app = QApplication([])
mark("QApplication made")
window = QMainWindow()
window.setWindowTitle("Verslag")
for title in ("Bestand", "Bewerken", "Invoegen", "Opmaak", "Beeld", "Extra", "Help"):
    menu = window.menuBar().addMenu(title)
    for number in range(8):
        menu.addAction(f"Actie {number}")
bar = QToolBar(window)
bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
window.addToolBar(bar)
for icon in (QStyle.StandardPixmap.SP_FileIcon, QStyle.StandardPixmap.SP_DirOpenIcon):
    bar.addAction(window.style().standardIcon(icon), "Knop")
split = QSplitter(Qt.Orientation.Horizontal, window)
parts = QListWidget(split)
for number in range(8):
    parts.addItem(f"Onderdeel {number}")
editor = QWidget(split)
form = QFormLayout(editor)
for label in ("Bovenkop", "Kop", "Ondertitel"):
    form.addRow(label, QLineEdit("Tekst van het veld", editor))
body = QPlainTextEdit(editor)
body.setPlainText("Een alinea met wat woorden erin, zoals in een verslag. " * 80)
form.addRow("Tekst", body)
QLabel("Voorbeeld", split)
window.setCentralWidget(split)
window.resize(int(sys.argv[1]), int(sys.argv[2]))
window.show()
mark("window built and shown")
watch_paint(window, lambda window: {"size": [window.width(), window.height()]})
app.exec()
"""
)


def prepare_settings(library_path: Path, settings_path: Path) -> tuple[int, str, str]:
    """Settings that reopen the newest edition at its first article (like a restart);
    returns its id, that article's uid and the edition's title."""
    from PySide6.QtCore import QSettings

    from vnhg_desk.store import Library

    with Library.open(library_path) as library:
        newest = library.list_documents()[0].id
        edition = library.load(newest)
        first_uid, title = edition.content[0].uid, edition.title
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("session/library", str(library_path))
    settings.setValue("session/document", newest)
    settings.setValue("session/part", first_uid)
    settings.sync()
    return newest, first_uid, title


def child_environment(home: Path) -> dict[str, str]:
    """Offscreen on a 1366x768 screen; settings, caches, logs and bytecode in the bench's
    own home."""
    config = home / "offscreen-screen.json"
    if not config.exists():
        home.mkdir(parents=True, exist_ok=True)
        config.write_text(json.dumps({"windowFrameMargins": False, "screens": [SCREEN]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    # As installed (pip and the bundle ship bytecode): compiled once, kept outside the tree;
    # with PYTHONDONTWRITEBYTECODE every start would compile the program's sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # This checkout's program, wherever the bench is started from.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    for name in ("CONFIG", "CACHE", "DATA", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


def settings_file(home: Path) -> Path:
    """Where QSettings() of the program (organisation VNHG, VNHG Desk) reads in ``home``."""
    return home / "config" / "VNHG" / "VNHG Desk.conf"


def first_paint_ms(script: str, env: dict[str, str], *args: str) -> dict:
    """Milliseconds from starting a Python process to each step up to its first frame."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args, str(started)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"first-paint run failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def preview_figures(library_path: Path, settings_path: Path, runs: int) -> dict[str, list[float]]:
    """Type into the open article; time the preview and watch the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
    from PySide6.QtTest import QTest

    from vnhg_desk.gui.app import create_window, make_application
    from vnhg_desk.store import Library

    app = make_application()
    library = Library.open(library_path)
    window = create_window(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
    preview = window.preview
    results: dict[str, list[float]] = {
        "preview after typing pause": [],
        "last key to preview": [],
        "max GUI stall during render": [],
        "keystroke to durable": [],
        "pages": [],
    }
    saves: list[float] = []
    window.controller.saved.connect(lambda: saves.append(time.perf_counter()))

    def spin(until, timeout_s: float, what: str) -> None:
        deadline = time.perf_counter() + timeout_s
        while not until():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{what} did not happen within {timeout_s:.0f} s")
            app.processEvents()
            time.sleep(0.001)

    def durable_after(last_key: float) -> float:
        """Milliseconds from the last key to the first save after it (committed)."""
        after: list[float] = []
        spin(lambda: after.extend(m for m in saves if m > last_key) or after, 10, "the save")
        return (after[0] - last_key) * 1000.0

    # A page label of a render that started after the last key is painted.
    watch: dict = {"generation": None, "rendered": None, "painted": None, "pause": None}

    class PagePainted(QObject):
        def eventFilter(self, watched, event) -> bool:
            if (
                watch["rendered"] is not None
                and watch["painted"] is None
                and event.type() == QEvent.Type.Paint
                and watched in preview.page_labels
            ):
                watch["painted"] = time.perf_counter()
            return False

    def rendered(result) -> None:
        if watch["generation"] is not None and result.generation > watch["generation"]:
            watch["rendered"] = time.perf_counter()

    painted_watch = PagePainted()
    app.installEventFilter(painted_watch)
    preview.rendered.connect(rendered)
    preview.updated.connect(lambda seconds: watch.update(pause=seconds * 1000.0))

    # The first edit after start, while the first preview still renders: the slowest save.
    editor = window.article_editor.body.edit
    editor.setFocus()
    QTest.keyClicks(editor, " Eerste zin na de start.")
    results["keystroke to durable"].append(durable_after(time.perf_counter()))

    def quiet() -> bool:
        return not preview.busy() and not window.controller.dirty

    beat = QElapsedTimer()
    gaps: list[float] = []

    def heartbeat() -> None:
        gaps.append(beat.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(heartbeat)
    for run in range(runs):
        spin(quiet, 60, "a quiet window (no save or render waiting)")
        editor.setFocus()
        watch.update(generation=None, rendered=None, painted=None)
        QTest.keyClicks(editor, f" Extra zin {run}.")
        last_key = time.perf_counter()
        watch["generation"] = preview._generation  # a render started later has a higher one
        gaps.clear()
        beat.start()
        timer.start()
        try:
            spin(lambda: watch["painted"] is not None, 60, "the preview update")
        except RuntimeError:
            raise RuntimeError("the preview did not update: " + preview.status.text()) from None
        timer.stop()
        results["preview after typing pause"].append(watch["pause"])
        results["last key to preview"].append((watch["painted"] - last_key) * 1000.0)
        results["keystroke to durable"].append(durable_after(last_key))
        results["max GUI stall during render"].append(max(gaps[1:] or [0.0]))
        results["pages"].append(float(len(preview.page_labels)))
    window.controller.open(None)  # leave the bench library as it was (undo would too)
    window.close()
    library.close()
    return results


def main() -> None:
    import bench_library

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / "vnhg-desk-bench" / "bibliotheek-1000.vnhg-desk"
    parser.add_argument("--library", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--measure-preview", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_preview:
        print(json.dumps(preview_figures(args.library, args.settings, args.runs)))
        return
    args.library.parent.mkdir(parents=True, exist_ok=True)
    if not bench_library._usable(args.library):
        args.library.unlink(missing_ok=True)
        bench_library.build(args.library)
    # A folder of this run's own beside the bench library, removed at the end, so two runs
    # at once do not collide: a copy to work on (the preview runs type into the newest
    # edition) and the children's home (settings, caches, bytecode, log).
    run_folder = Path(tempfile.mkdtemp(prefix="gui-run-", dir=args.library.parent))
    atexit.register(shutil.rmtree, run_folder, True)
    work = run_folder / "bibliotheek-gui.vnhg-desk"
    from vnhg_desk.store import Library

    with Library.open(args.library) as source:
        source.backup_to(work)
    home = run_folder / "home"
    env = child_environment(home)
    settings = settings_file(home)
    settings.unlink(missing_ok=True)
    settings.parent.mkdir(parents=True, exist_ok=True)
    _newest, _first_uid, title = prepare_settings(work, settings)

    def program() -> dict:
        run = first_paint_ms(FIRST_PAINT, env, str(work))
        shows = run["shows"]
        if title not in shows["title"] or shows["editor characters"] < 200:
            raise RuntimeError(f"the first frame does not show the last edition: {shows}")
        return run

    size = program()["shows"]["size"]  # a first run of each, not counted (disk caches)
    first_paint_ms(BARE_WINDOW, env, *map(str, size))
    first_paint_ms(PLAIN_EDITOR, env, *map(str, size))
    paints, bare, plain = [], [], []
    for run in range(args.runs):  # alternately first, so neither gets the quieter moment
        if run % 2:
            bare.append(first_paint_ms(BARE_WINDOW, env, *map(str, size)))
        paints.append(program())
        if not run % 2:
            bare.append(first_paint_ms(BARE_WINDOW, env, *map(str, size)))
        plain.append(first_paint_ms(PLAIN_EDITOR, env, *map(str, size)))
    out = subprocess.run(
        [sys.executable, __file__, "--measure-preview", "--library", str(work),
         "--settings", str(settings), "--runs", str(args.runs)],
        capture_output=True, text=True, env=env, check=True, timeout=900,
    )  # fmt: skip
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["start to first paint"] = [run["marks"]["first frame painted"] for run in paints]
    figures["(bare Qt window, reference)"] = [run["marks"]["first frame painted"] for run in bare]
    figures["(plain PySide editor, reference)"] = [
        run["marks"]["first frame painted"] for run in plain
    ]
    pages = int(statistics.median(figures.pop("pages")))
    print(f"\nLibrary: {work} (copy of the {bench_library.EDITIONS}-edition bench library)")
    print(f"open edition: newest, {pages} pages in the e-mail PDF; offscreen 1366x768, window "
          f"{size[0]}x{size[1]}; {args.runs} runs")  # fmt: skip
    print(f"(machine load average while measuring: {os.getloadavg()[0]:.1f})\n")
    print(f"{'measure':<32}{'median ms':>10}{'max ms':>9}{'target ms':>11}{'ratio':>8}")
    print("-" * 70)
    for name in ("start to first paint", "(bare Qt window, reference)",
                 "(plain PySide editor, reference)", "preview after typing pause",
                 "last key to preview", "keystroke to durable",
                 "max GUI stall during render"):  # fmt: skip
        values = figures[name]
        median = statistics.median(values)
        target = TARGETS_MS.get(name)
        target_text = f"{target:>11.0f}{median / target:>8.2f}" if target else f"{'—':>11}{'':>8}"
        over = "  OVER" if target and median > target else ""
        print(f"{name:<32}{median:>10.1f}{max(values):>9.1f}{target_text}{over}")
    bare_median = statistics.median(figures["(bare Qt window, reference)"])
    paint_ratio = statistics.median(figures["start to first paint"]) / bare_median
    verdict = "ok" if paint_ratio <= FIRST_PAINT_RATIO else "OVER"
    print(
        f"\nfirst paint / bare window: {paint_ratio:.2f} (target <= {FIRST_PAINT_RATIO}) {verdict}"
    )
    plain_ratio = statistics.median(figures["(plain PySide editor, reference)"]) / bare_median
    print(f"  (a plain PySide editor window, no program behind it: {plain_ratio:.2f} x bare)")
    key_median = statistics.median(figures["last key to preview"])
    key_ratio = key_median / TARGETS_MS["last key to preview"]
    verdict = "ok" if key_ratio <= 1.0 else "OVER"
    print(f"last key to preview / 500 ms: {key_ratio:.2f} (target <= 1.0) {verdict}")
    worst = max(figures["keystroke to durable"])
    verdict = "ok" if worst <= WORST_DURABLE_MS else "OVER"
    print(
        f"worst keystroke to durable: {worst:.0f} ms (target <= {WORST_DURABLE_MS:.0f}) {verdict}"
    )
    print("\nStart-up steps (median ms since the process started):")
    for step in paints[0]["marks"]:
        print(f"  {step:<36}{statistics.median(run['marks'][step] for run in paints):>8.1f}")
    print("Bare window steps (median ms since the process started):")
    for step in bare[0]["marks"]:
        print(f"  {step:<36}{statistics.median(run['marks'][step] for run in bare):>8.1f}")
    print(f"first frame shows: {paints[0]['shows']}")
    print("\n'preview after typing pause': from the end of the preview debounce (render asked")
    print("for) to the new pages set in the pane; 'last key to preview': from the last key to")
    print("a page of the new render painted (typing pause 250, the save, then the render);")
    print("'keystroke to durable': last key to the save committed (typing pause 250), the")
    print("first value typed while the first preview still renders.")


if __name__ == "__main__":
    main()
