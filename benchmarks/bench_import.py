"""Timings and memory of a Word import: reading and checking vs. adding to the library.

A colleague's Word file with six 12-megapixel phone photos, a table, a chart and a
footnote is imported through the real command (``python -m vnhg_desk import``) into
fresh libraries. Prints medians of: the whole command (wall time, what a user waits for;
it adds each photo while reading, so each is decoded once), and the window's two steps:
``prepare_import`` alone (reading, checking every picture, making the notes, before the
import report is shown) and ``commit`` alone (adding the photos, which decodes them once
more, and saving); and the command's peak memory (the child's own VmHWM).

    python benchmarks/bench_import.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hostile import gen_documents as gd  # noqa: E402

from vnhg_desk.exchange.staging import prepare_import  # noqa: E402
from vnhg_desk.store import Library  # noqa: E402


def phone_photo(seed: int) -> bytes:
    image = Image.effect_mandelbrot((4000, 3000), (-2 + seed * 0.01, -1.2, 1, 1.2), 60)
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def word_file(path: Path) -> Path:
    from docx.shared import Cm

    document = gd._base()
    gd.nested_table(document)
    gd.chart(document)
    gd.footnote(document)
    for seed in range(6):
        document.add_paragraph().add_run().add_picture(io.BytesIO(phone_photo(seed)), width=Cm(8))
    gd._end(document)
    document.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = word_file(base / "bijdrage.docx")
        print(f"Word file: {source.stat().st_size / 1e6:.1f} MB, six 12-MP photos")
        walls, peaks, prepares, commits = [], [], [], []
        env = dict(os.environ, PYTHONPATH=str(REPO))
        for run in range(repeat):
            library = base / f"cmd{run}.vnhg-desk"
            command = [sys.executable, "-c", _COMMAND, str(library), str(source)]
            start = time.perf_counter()
            out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
            walls.append(time.perf_counter() - start)
            peaks.append(float(out.stdout.split()[-1]) / 1024)
            start = time.perf_counter()
            prepared = prepare_import(source)
            prepares.append(time.perf_counter() - start)
            with Library.open(base / f"lib{run}.vnhg-desk") as target:
                start = time.perf_counter()
                prepared.commit(target)
                commits.append(time.perf_counter() - start)
        print(f"notes: {len(prepared.notes)}")
        print(f"vnhg-desk import (new process)   median {statistics.median(walls):6.2f} s")
        print(f"  prepare_import (read + check)  median {statistics.median(prepares):6.2f} s")
        print(f"  commit (add photos + save)     median {statistics.median(commits):6.2f} s")
        print(f"peak memory of the command       median {statistics.median(peaks):6.0f} MB")


_COMMAND = """
import sys
from vnhg_desk.cli.main import main
code = main(["--library", sys.argv[1], "import", sys.argv[2]])
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(line.split()[1])
sys.exit(code)
"""

if __name__ == "__main__":
    main()
