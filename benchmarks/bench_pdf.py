"""PDF export speed and memory: 4 pages with four 12-MP photos, 40 pages with 40 of them.

Prints medians against the targets (issue 3):

- cold print export of the 4-page edition, whole process (imports included): < 0.6 s
- warm export (renditions cached, fonts registered), in-process: < 0.15 s
- 40-page edition with 40 12-MP photos, whole process, cold: < 5 s
- peak memory of those processes (ru_maxrss): < 300 MB

Wall times are what a user waits; on a machine shared with other work they stretch, so
each process's CPU time is printed beside its wall time.
- LibreOffice converting the same edition's DOCX to PDF, and our time / theirs (<= 0.3)

    python benchmarks/bench_pdf.py [--runs 5] [--skip-soffice]
"""

from __future__ import annotations

import argparse
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
sys.path.insert(0, str(ROOT))

TARGETS = {"cold": 0.6, "warm": 0.15, "forty": 5.0, "peak_mb": 300.0, "ratio": 0.3}
PHOTO_SIZE = (4000, 3000)  # 12 megapixels

# One process = one export: it loads the JPEGs written by prepare(), exports, and reports
# its own time (from interpreter start) and peak memory as JSON.
_CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from tests.pdf.fixtures import sample_edition, long_edition, sample_style
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
import tests.pdf.fixtures as fixtures
folder = Path({folder!r})
files = sorted(folder.glob("photo-*.jpg"))
queue = [f.read_bytes() for f in files[: 5 if {reuse!r} else 40]]
def fake(source, width, height, seed=0):
    import hashlib
    data = queue[seed % len(queue)] if {reuse!r} else queue.pop(0)
    digest = hashlib.sha256(data + str(seed).encode()).hexdigest()
    source.add(digest, PhotoInfo(*{size!r}, "image/jpeg"), data)
    return digest
fixtures.add_photo = fake
source = MemoryPhotoSource()
kind = {kind!r}
if kind == "four":
    edition = sample_edition(source, {size!r})
else:
    edition = long_edition(source, 20, {size!r}, 25)
if kind == "four":
    from vnhg_desk.model import PhotoRef
    extra = PhotoRef(fake(source, *{size!r}, seed=4), "Vierde foto", "VNHG")
    edition.content[3].photos.append(extra)
result = write_pdf(edition, sample_style(), source, folder / "out.pdf", variant={variant!r})
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
peak = usage.ru_maxrss / 1024
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({{"seconds": elapsed, "peak_mb": peak, "cpu": cpu, "pages": result.page_count,
                  "photos": len(source.photos), "bytes": (folder / "out.pdf").stat().st_size}}))
"""


def prepare(folder: Path, count: int) -> None:
    """Write ``count`` distinct 12-MP JPEGs (phone-like size and quality)."""
    from tests.pdf.fixtures import jpeg_bytes

    for index in range(count):
        path = folder / f"photo-{index:02d}.jpg"
        if not path.exists():
            path.write_bytes(jpeg_bytes(*PHOTO_SIZE, seed=index, quality=88))


def child(folder: Path, kind: str, variant: str, reuse: bool) -> dict:
    # Interpreter start-up is part of a cold export: time the whole process from outside.
    code = _CHILD.format(
        root=str(ROOT),
        folder=str(folder),
        kind=kind,
        size=PHOTO_SIZE,
        variant=variant,
        reuse=reuse,
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def warm(folder: Path, runs: int) -> tuple[float, int]:
    """In-process: the second and later exports of the same edition (renditions cached)."""
    import io

    import tests.pdf.fixtures as fixtures
    from vnhg_desk.export.pdf import write_pdf
    from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
    from vnhg_desk.model import PhotoRef

    photos = [p.read_bytes() for p in sorted(folder.glob("photo-*.jpg"))[:4]]
    source = MemoryPhotoSource()
    queue = list(photos)

    def fake(src, width, height, seed=0):
        data = queue.pop(0)
        digest = f"bench{seed}"
        src.add(digest, PhotoInfo(*PHOTO_SIZE, "image/jpeg"), data)
        return digest

    fixtures.add_photo = fake
    edition = fixtures.sample_edition(source, PHOTO_SIZE)
    edition.content[3].photos.append(PhotoRef(fake(source, *PHOTO_SIZE, seed=4), "Vierde", ""))
    style = fixtures.sample_style()
    times = []
    pages = 0
    for _ in range(runs + 1):
        start = time.perf_counter()
        pages = write_pdf(edition, style, source, io.BytesIO(), variant="print").page_count
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]), pages


def soffice_time(folder: Path, runs: int) -> float | None:
    """Median time of LibreOffice converting the 4-page edition's DOCX to PDF."""
    soffice = shutil.which("soffice")
    try:
        from vnhg_desk.export.docx import write_docx
    except ImportError:
        return None
    if not soffice:
        return None
    import tests.pdf.fixtures as fixtures
    from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo

    photos = [p.read_bytes() for p in sorted(folder.glob("photo-*.jpg"))[:4]]

    def fake(src, width, height, seed=0):
        src.add(f"docx{seed}", PhotoInfo(*PHOTO_SIZE, "image/jpeg"), photos[seed % 4])
        return f"docx{seed}"

    fixtures.add_photo = fake
    source = MemoryPhotoSource()
    edition = fixtures.sample_edition(source, PHOTO_SIZE)
    docx_path = folder / "edition.docx"
    write_docx(edition, fixtures.sample_style(), source, docx_path)
    times = []
    profile = folder / "lo-profile"
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder / "lo"),
                str(docx_path),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _print_load(label: str) -> None:
    """The 1/5/15-minute load averages: wall times only compare on a similar load."""
    one, five, fifteen = os.getloadavg()
    print(f"{label:<46} {one:.2f} {five:.2f} {fifteen:.2f} (on {os.cpu_count()} cores)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-soffice", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "vnhg-bench-pdf"
    folder.mkdir(exist_ok=True)
    print("preparing 40 12-MP photos (once) ...", flush=True)
    prepare(folder, 40)
    _print_load("machine load before")

    def report(label: str, value: float, target: float, unit: str = "s", cpu=None) -> None:
        verdict = "ok" if value <= target else "OVER"
        extra = f"   (CPU {cpu:.3f} s)" if cpu is not None else ""
        print(f"{label:<46} {value:8.3f} {unit}   target < {target} {unit}   {verdict}{extra}")

    def processes(label: str, runs: list[dict], target: float) -> None:
        wall = statistics.median(r["wall"] for r in runs)
        report(label, wall, target, cpu=statistics.median(r["cpu"] for r in runs))

    cold = [child(folder, "four", "print", reuse=True) for _ in range(args.runs)]
    cold_email = [child(folder, "four", "email", reuse=True) for _ in range(args.runs)]
    print(f"4-page edition: {cold[0]['pages']} pages, {cold[0]['photos']} photos of 12 MP")
    processes("cold print export, whole process (median)", cold, TARGETS["cold"])
    processes("cold e-mail export, whole process (median)", cold_email, TARGETS["cold"])
    print(f"{'e-mail PDF size':<46} {cold_email[0]['bytes'] / 1e6:8.3f} MB")
    warm_s, _pages = warm(folder, max(5, args.runs))
    report("warm print export, in-process (median)", warm_s, TARGETS["warm"])
    long_runs = max(1, args.runs // 2)
    forty = [child(folder, "forty", "email", reuse=False) for _ in range(long_runs)]
    forty_print = [child(folder, "forty", "print", reuse=False) for _ in range(long_runs)]
    print(f"long edition: {forty[0]['pages']} pages, {forty[0]['photos']} photos of 12 MP")
    processes("40 pages e-mail, whole process, cold (median)", forty, TARGETS["forty"])
    processes("40 pages print, whole process, cold (median)", forty_print, TARGETS["forty"])
    peak = max(c["peak_mb"] for c in cold + cold_email + forty + forty_print)
    report("peak memory of any export process", peak, TARGETS["peak_mb"], "MB")
    _print_load("machine load after our runs")
    if args.skip_soffice:
        return
    lo = soffice_time(folder, 3)
    if lo is None:
        print("LibreOffice or the Word writer not available: no comparison")
        return
    ours = statistics.median(c["wall"] for c in cold_email)
    print(f"{'soffice --convert-to pdf of the DOCX (median)':<46} {lo:8.3f} s")
    report("ratio ours (cold e-mail) / LibreOffice", ours / lo, TARGETS["ratio"], "x")


if __name__ == "__main__":
    main()
