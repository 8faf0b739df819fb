"""Timings for the demo content, the exchange format and the command line's start-up.

Prints medians: demo photo generation (target under 1 s), add_demo into an empty library,
exporting the demo edition as .zip and importing it into a fresh library, and the wall
time of ``vnhg-desk list`` in a new process (what a user waits for).

    python benchmarks/bench_demo_exchange.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from vnhg_desk.demo import add_demo
from vnhg_desk.demo.photos import demo_photos
from vnhg_desk.exchange import export_package, import_file
from vnhg_desk.store import Library


def median_of(repeat: int, work: Callable[[int], object]) -> float:
    """Median wall time in seconds of ``work(i)`` over ``repeat`` runs."""
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        work(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        photos = median_of(repeat, lambda _i: demo_photos.__wrapped__())
        print(f"demo photos generated:       {photos * 1000:8.0f} ms  (target < 1000 ms)")

        demo = median_of(repeat, lambda i: _add_demo(root / f"demo{i}.vnhg-desk"))
        print(f"add_demo (empty library):    {demo * 1000:8.0f} ms")

        with Library.open(root / "demo0.vnhg-desk") as library:
            edition = library.load(library.list_documents()[-1].id)
            export = median_of(
                repeat, lambda i: export_package(library, edition, root / f"v{i}.zip")
            )
        size = (root / "v0.zip").stat().st_size / 1e6
        print(f"export demo edition (.zip):  {export * 1000:8.0f} ms  ({size:.1f} MB)")

        imported = median_of(repeat, lambda i: _import(root / f"in{i}.vnhg-desk", root / "v0.zip"))
        print(f"import it (fresh library):   {imported * 1000:8.0f} ms")

        command = [sys.executable, "-m", "vnhg_desk", "--library", str(root / "demo0.vnhg-desk")]
        listing = median_of(
            repeat, lambda _i: subprocess.run([*command, "list"], check=True, capture_output=True)
        )
        print(f"`vnhg-desk list` (process):  {listing * 1000:8.0f} ms")


def _add_demo(path: Path) -> None:
    with Library.open(path) as library:
        add_demo(library)


def _import(path: Path, package: Path) -> None:
    with Library.open(path) as library:
        import_file(library, package)


if __name__ == "__main__":
    main()
