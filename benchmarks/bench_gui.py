"""Editor window speed: start to first paint, preview latency, GUI-thread stalls.

Uses the 1,000-edition library of bench_library.py (built once, cached), offscreen:

    python benchmarks/bench_gui.py [--library PATH] [--runs 7]

Prints medians against the targets: process start to the first paint of the window with
the last edition open (< 500 ms, and at most 2x a bare PySide6 window painted in the same
run), last key to the updated preview (< 500 ms) for a four-page edition, last key to the
edit being durable in the library (median < 500 ms, worst < 1 s, from the first edit after
start on), and the longest GUI-thread stall while the preview renders (< 50 ms), measured
with a 5 ms QTimer heartbeat.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGETS_MS = {
    "start to first paint": 500.0,
    "last key to preview": 500.0,
    "keystroke to durable": 500.0,
    "max GUI stall during render": 50.0,
}
WORST_DURABLE_MS = 1000.0  # no save may take longer than this after the last key
FIRST_PAINT_RATIO = 2.0  # start to first paint, against a bare window in the same run

FIRST_PAINT = """
import sys, time, os, json
t0 = float(sys.argv[3])
marks = {}
def mark(name):
    marks[name] = (time.time() - t0) * 1000.0
from pathlib import Path
import vnhg_desk.gui  # as the program starts: the core parts first, then Qt
mark("core imported")
from vnhg_desk.gui.app import make_application, create_window
mark("Qt imported")
import vnhg_desk.gui.main_window
mark("window code imported")
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            mark("first paint")
            print(json.dumps(marks), flush=True)
            os._exit(0)
        return False

app = make_application()
watcher = Painted()
app.installEventFilter(watcher)
library = vnhg_desk.store.Library.open(Path(sys.argv[1]))
mark("library open")
window = create_window(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
mark("window built, edition loaded")
QTimer.singleShot(5000, lambda: os._exit(3))
app.exec()
"""


BARE_WINDOW = """
import sys, time, os
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print((time.time() - t0) * 1000.0, flush=True)
            os._exit(0)
        return False

app = QApplication([])
watcher = Painted()
app.installEventFilter(watcher)
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.exec()
"""


def prepare_settings(library_path: Path, settings_path: Path) -> tuple[int, str]:
    """Settings that reopen the newest edition at its first article (like a restart)."""
    from PySide6.QtCore import QSettings

    from vnhg_desk.store import Library

    with Library.open(library_path) as library:
        newest = library.list_documents()[0].id
        first_uid = library.load(newest).content[0].uid
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("session/library", str(library_path))
    settings.setValue("session/document", newest)
    settings.setValue("session/part", first_uid)
    settings.sync()
    return newest, first_uid


def first_paint_ms(*args: str, script: str = FIRST_PAINT) -> dict[str, float]:
    """Milliseconds from starting a Python process to each step up to the first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args, str(started)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"first-paint run failed: {out.stderr[-2000:]}")
    text = out.stdout.strip().splitlines()[-1]
    return json.loads(text) if text.startswith("{") else {"first paint": float(text)}


def preview_figures(library_path: Path, settings_path: Path, runs: int) -> dict[str, list[float]]:
    """Type into the open article; time the preview and watch the GUI thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtTest import QTest

    from vnhg_desk.gui.app import create_window, make_application
    from vnhg_desk.store import Library

    app = make_application()
    library = Library.open(library_path)
    window = create_window(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1400, 900)
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

    def durable_after(last_key: float, timeout_s: float = 10.0) -> float:
        """Milliseconds from the last key to the first save after it (committed)."""
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            after = [moment for moment in saves if moment > last_key]
            if after:
                return (after[0] - last_key) * 1000.0
            app.processEvents()
            time.sleep(0.001)
        raise RuntimeError("the edit was not saved within 10 s")

    # The first edit after start, while the first preview still renders: the slowest save.
    editor = window.article_editor.body.edit
    editor.setFocus()
    QTest.keyClicks(editor, " Eerste zin na de start.")
    results["keystroke to durable"].append(durable_after(time.perf_counter()))

    def wait_for_update(timeout_s: float = 60.0) -> float | None:
        got: list[float] = []
        preview.updated.connect(got.append)
        deadline = time.perf_counter() + timeout_s
        while not got and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        preview.updated.disconnect(got.append)
        return got[0] if got else None

    wait_for_update()  # the first render (fonts loaded, caches warm)
    beat = QElapsedTimer()
    gaps: list[float] = []

    def heartbeat() -> None:
        gaps.append(beat.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(heartbeat)
    for run in range(runs):
        editor.setFocus()
        QTest.keyClicks(editor, f" Extra zin {run}.")
        last_key = time.perf_counter()
        gaps.clear()
        beat.start()
        timer.start()
        seconds = wait_for_update()
        timer.stop()
        if seconds is None:
            raise RuntimeError("the preview did not update: " + preview.status.text())
        results["preview after typing pause"].append(seconds * 1000.0)
        results["last key to preview"].append((time.perf_counter() - last_key) * 1000.0)
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
    # work on a copy: the preview runs type into the newest edition
    work = args.library.with_name("bibliotheek-gui.vnhg-desk")
    from vnhg_desk.store import Library

    with Library.open(args.library) as source:
        work.unlink(missing_ok=True)
        source.backup_to(work)
    settings = work.with_suffix(".ini")
    settings.unlink(missing_ok=True)
    prepare_settings(work, settings)

    paints, bare = [], []
    for _ in range(args.runs):
        paints.append(first_paint_ms(str(work), str(settings)))
        bare.append(first_paint_ms(script=BARE_WINDOW)["first paint"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, __file__, "--measure-preview", "--library", str(work),
         "--settings", str(settings), "--runs", str(args.runs)],
        capture_output=True, text=True, env=env, check=True, timeout=900,
    )  # fmt: skip
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["start to first paint"] = [run["first paint"] for run in paints]
    figures["(bare Qt window, reference)"] = bare
    pages = int(statistics.median(figures.pop("pages")))
    print(f"\nLibrary: {work} (copy of the {bench_library.EDITIONS}-edition bench library)")
    print(f"open edition: newest, {pages} pages in the e-mail PDF; offscreen; {args.runs} runs")
    print(f"(machine load average while measuring: {os.getloadavg()[0]:.1f})\n")
    print(f"{'measure':<32}{'median ms':>10}{'max ms':>9}{'target ms':>11}{'ratio':>8}")
    print("-" * 70)
    for name in ("start to first paint", "(bare Qt window, reference)",
                 "preview after typing pause", "last key to preview",
                 "keystroke to durable", "max GUI stall during render"):  # fmt: skip
        values = figures[name]
        median = statistics.median(values)
        target = TARGETS_MS.get(name)
        target_text = f"{target:>11.0f}{median / target:>8.2f}" if target else f"{'—':>11}{'':>8}"
        over = "  OVER" if target and median > target else ""
        print(f"{name:<32}{median:>10.1f}{max(values):>9.1f}{target_text}{over}")
    paint_ratio = statistics.median(figures["start to first paint"]) / statistics.median(bare)
    verdict = "ok" if paint_ratio <= FIRST_PAINT_RATIO else "OVER"
    print(
        f"\nfirst paint / bare window: {paint_ratio:.2f} (target <= {FIRST_PAINT_RATIO}) {verdict}"
    )
    worst = max(figures["keystroke to durable"])
    verdict = "ok" if worst <= WORST_DURABLE_MS else "OVER"
    print(
        f"worst keystroke to durable: {worst:.0f} ms (target <= {WORST_DURABLE_MS:.0f}) {verdict}"
    )
    print("\nStart-up steps (median ms since the process started):")
    for step in paints[0]:
        print(f"  {step:<32}{statistics.median(run[step] for run in paints):>8.1f}")
    print("\n'preview after typing pause': from the end of the preview debounce to the new pages")
    print("on screen; 'last key to preview' includes the debounces (typing 250 + preview 50);")
    print("'keystroke to durable': last key to the save committed (typing 250 + save 50), the")
    print("first value typed while the first preview still renders.")
    work.unlink(missing_ok=True)
    settings.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
