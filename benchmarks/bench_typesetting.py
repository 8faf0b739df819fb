"""Typesetting quality and cost: hyphenated lines, runs, word spaces, warm export time.

For the demo edition, the 40-page edition and three editions of real-length articles
(tests/typesetting/articles.py), each exported as the e-mail PDF and read back with
``pdftotext -bbox`` (tests/typesetting/pdf_lines.py), it prints one line per measure:

- % of body lines ending in a hyphen (target <= 10 %), the longest run of hyphenated
  lines (<= 2), columns whose last line ends in a hyphen (0);
- the word-space spread: the share of justified lines whose spaces all lie within 80-133 %
  of the natural space, and the widest space as a multiple of the natural one (<= 2);
- the warm export time (library open, modules loaded, photos scaled): median of a few
  runs, wall and CPU, and the ratio to the figures measured before the total-fit engine
  (``typesetting-before.json``; must stay under 1.5).

- empty space per page: the unused room at the foot of the columns of every page but the
  last, in mm (mean over those pages and the worst page; read back from the words), and
  the pages against the page budget (4 pages; "4 pagina's - 1/3 pagina te lang").

One function per measure.

    python benchmarks/bench_typesetting.py [--runs 3] [--save-before] [--save-pages-before]

``--save-before`` stores this run's figures as the "before" baseline (run it on the
code before the change, with ``PYTHONPATH`` pointing at that checkout);
``--save-pages-before`` does the same for the page measures only (pages-before.json:
the code before full pages and the page budget).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # after PYTHONPATH: "before" runs import the old package
BEFORE = Path(__file__).with_name("typesetting-before.json")
PAGES_BEFORE = Path(__file__).with_name("pages-before.json")
BUDGET = 4  # the page budget every edition is measured against (an edition's default)
MM = 72 / 25.4


def build_library(folder: Path) -> tuple[object, dict[str, int]]:
    """A library with the editions to measure; returns it (open) and name -> id."""
    import tests.pdf.fixtures as fixtures
    from tests.typesetting.articles import editions
    from vnhg_desk.demo import add_demo
    from vnhg_desk.imaging.source import MemoryPhotoSource
    from vnhg_desk.store import Library

    library = Library.open(folder / "bench.vnhglib")

    def add_photo(_source, width, height, seed=0):
        return library.add_photo(fixtures.jpeg_bytes(width, height, seed=seed), f"f{seed}.jpg")

    fixtures.add_photo = add_photo
    ids = {"demo": add_demo(library)[0]}
    forty = fixtures.long_edition(MemoryPhotoSource(), 20, (1200, 900), 14)
    library.save(forty)
    ids["40 pages"] = forty.id
    for name, edition in editions().items():
        library.save(edition)
        ids[name] = edition.id
    return library, ids


def export(library, doc_id: int, target: Path) -> tuple[float, float]:
    """One e-mail export: (wall, cpu) seconds."""
    from vnhg_desk.export.dispatch import export_document

    wall, cpu = time.perf_counter(), time.process_time()
    export_document(library, doc_id, target, variant="email")
    return time.perf_counter() - wall, time.process_time() - cpu


def measure_hyphenation(pdf: Path) -> dict:
    """Share of hyphenated body lines, longest run, hyphens at a column foot."""
    from tests.typesetting.pdf_lines import figures

    f = figures(pdf)
    return {
        "lines": f.lines,
        "hyphenated_pct": round(100 * f.hyphenated, 1),
        "longest_run": f.longest_run,
        "foot_hyphens": f.foot_hyphens,
    }


def measure_spacing(pdf: Path) -> dict:
    """Word-space spread of the justified lines."""
    from tests.typesetting.pdf_lines import figures

    f = figures(pdf)
    return {"within_80_133_pct": round(100 * f.within, 1), "max_space": round(f.max_ratio, 2)}


def measure_warm_time(library, doc_id: int, target: Path, runs: int) -> dict:
    """Median warm export time (after one export that scales and caches the photos)."""
    export(library, doc_id, target)
    times = [export(library, doc_id, target) for _ in range(runs)]
    return {
        "warm_s": round(statistics.median(t[0] for t in times), 3),
        "warm_cpu_s": round(statistics.median(t[1] for t in times), 3),
    }


def measure_page_fill(pdf: Path) -> dict:
    """Empty room at the column feet of every page but the last (mm), and the pages
    against the budget, from the words read back from the PDF."""
    from tests.pdf.words import read_pages
    from vnhg_desk.export.pdf.masthead import MASTHEAD
    from vnhg_desk.export.pdf.page import PageGeometry
    from vnhg_desk.layout.page_budget import PageFill, budget, budget_words

    g = PageGeometry.for_variant("email")
    foot = g.height - g.bottom
    fills, empty = [], []
    for number, page in enumerate(read_pages(pdf)):
        top = MASTHEAD if number == 0 else g.top
        middle = page.width / 2
        gaps = []
        for left in (True, False):
            bottoms = [
                w.bottom
                for w in page.words
                if top <= w.top
                and w.bottom < foot + 2
                and (w.x1 <= middle if left else w.x0 >= middle)
            ]
            gaps.append(max(0.0, foot - max(bottoms, default=top)))
        fills.append(PageFill(foot - top, tuple(gaps)))
        empty.append(sum(gaps) / len(gaps) / MM)
    result = budget(fills, BUDGET)
    inner = empty[:-1] or [0.0]
    return {
        "pages": len(fills),
        "empty_mm_mean": round(statistics.mean(inner), 1),
        "empty_mm_worst": round(max(inner), 1),
        "budget": budget_words(result),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--save-before", action="store_true")
    parser.add_argument("--save-pages-before", action="store_true")
    parser.add_argument("--only", nargs="*", help="measure only these editions")
    args = parser.parse_args()
    import vnhg_desk

    print(f"code: {Path(vnhg_desk.__file__).parent}; load average {os.getloadavg()[0]:.1f}")
    before = json.loads(BEFORE.read_text()) if BEFORE.exists() and not args.save_before else {}
    if PAGES_BEFORE.exists() and not args.save_pages_before:
        for name, old in json.loads(PAGES_BEFORE.read_text()).items():
            before.setdefault(name, {}).update(old)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        library, ids = build_library(folder)
        for name, doc_id in ids.items():
            if args.only and name not in args.only:
                continue
            pdf = folder / f"{doc_id}.pdf"
            row = measure_warm_time(library, doc_id, pdf, args.runs)
            row |= measure_hyphenation(pdf)
            row |= measure_spacing(pdf)
            row |= measure_page_fill(pdf)
            results[name] = row
            _print(name, row, before.get(name))
        library.close()
    if args.save_before:
        BEFORE.write_text(json.dumps(results, indent=1) + "\n")
        print(f"saved as the baseline: {BEFORE.name}")
    if args.save_pages_before:
        keys = ("pages", "empty_mm_mean", "empty_mm_worst", "budget")
        pages = {name: {key: row[key] for key in keys} for name, row in results.items()}
        PAGES_BEFORE.write_text(json.dumps(pages, indent=1, ensure_ascii=False) + "\n")
        print(f"saved as the page baseline: {PAGES_BEFORE.name}")


def _print(name: str, row: dict, old: dict | None) -> None:
    print(f"\n{name}: {row['lines']} body lines")
    for key, label in (
        ("hyphenated_pct", "% lines ending in a hyphen (<= 10)"),
        ("longest_run", "longest run of hyphenated lines (<= 2)"),
        ("foot_hyphens", "columns ending in a hyphen (0)"),
        ("within_80_133_pct", "% justified lines with spaces within 80-133 %"),
        ("max_space", "widest space / natural (<= 2)"),
        ("warm_s", "warm export, wall s"),
        ("warm_cpu_s", "warm export, CPU s"),
        ("pages", "pages"),
        ("empty_mm_mean", "empty mm at the column feet per page (mean)"),
        ("empty_mm_worst", "empty mm at the column feet, worst page"),
        ("budget", "pages vs budget"),
    ):
        value = row[key]
        text = f"  {label:48} {value:>8}"
        if old and key in old:
            text += f"   before {old[key]:>8}"
            if key.startswith("warm") and old[key]:
                text += f"   ratio {value / old[key]:.2f} (< 1.5)"
        print(text)


if __name__ == "__main__":
    main()
