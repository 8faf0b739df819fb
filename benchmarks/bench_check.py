"""Pre-send check and booklet speed on the demo edition (in-process, library on disk).

Prints medians (and the targets they are compared with):

- the quick check the window runs before an export or e-mail draft (no typesetting,
  in the GUI thread): < 0.05 s
- the full check (typesets the e-mail PDF once; photo renditions cached): < 1.5 s
- the full check with a cold photo cache (first export of the edition): < 4 s
- imposing the print PDF as an A3 booklet (pikepdf only, PDF already made): < 0.5 s

    python benchmarks/bench_check.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"quick": 0.05, "full": 1.5, "cold": 4.0, "impose": 0.5}


def _median(runs: int, job) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    from vnhg_desk.check import CheckContext, check_document, run_checks
    from vnhg_desk.demo import add_demo
    from vnhg_desk.export.pdf import write_pdf
    from vnhg_desk.export.pdf.booklet import impose
    from vnhg_desk.store import Library

    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "bench.vnhg-desk")
        edition_id, _invitation = add_demo(library)
        edition = library.load(edition_id)

        def quick() -> None:
            context = CheckContext(
                edition, library.house_style(), library.cover_email(), library,
                typeset_allowed=False,
            )  # fmt: skip
            run_checks(context)

        start = time.perf_counter()
        findings = check_document(library, edition_id)
        cold = time.perf_counter() - start
        figures = {
            "quick": _median(runs, quick),
            "full": _median(runs, lambda: check_document(library, edition_id)),
            "cold": cold,
        }
        buffer = io.BytesIO()
        write_pdf(edition, library.house_style(), library, buffer, variant="print")
        data = buffer.getvalue()
        figures["impose"] = _median(runs, lambda: impose(data, "a3"))
        library.close()
    print(f"demo edition: {len(findings)} findings, runs={runs}")
    for key, value in figures.items():
        verdict = "ok" if value < TARGETS[key] else "TOO SLOW"
        print(f"{key:>7}: {value:7.3f} s  (target < {TARGETS[key]} s)  {verdict}")


if __name__ == "__main__":
    main()
