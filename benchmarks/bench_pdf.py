"""PDF export speed and memory, timed on the real command: ``vnhg-desk export N -o x.pdf``.

A library is prepared once with a 4-page edition holding four 12-megapixel photos and a
40-page edition holding forty. Every "cold" run starts from a fresh copy of that library
(no scaled photos cached yet) in a new process, so interpreter start, imports, opening
the library, scaling the photos and writing the file are all counted. Prints medians
against the targets (issue 3):

- cold print export of the 4-page edition, whole process: < 0.6 s
- warm export (photos cached, modules loaded), in-process, through export_document: < 0.15 s
- 40-page edition, whole process, cold: < 5 s
- peak memory of any export process (ru_maxrss): < 300 MB
- LibreOffice converting the same edition's DOCX (our Word export) to PDF, side by side
  with our exports, taken in turns: ours / LibreOffice's <= 0.3. The DOCX holds the photos
  already reduced (630 pixels wide), so the like-for-like figure is our export in a new
  process from a library whose photos an earlier export scaled; the ratios of the cold
  e-mail and print exports (which also scale four 12-MP photos) are printed beside it.

"Cold" means a new process and no scaled photos in the library; the user cache folder
(parsed fonts, hyphenation patterns, parsed bodies: derived once per machine or text) is
as a previous run left it. The e-mail export is also timed with an empty cache folder.

Wall times are what a user waits; on a machine shared with other work they stretch, so
the CPU time of each process is printed beside it, and the load average around the runs.
Child processes may write bytecode caches (a user's installation has them; some
sandboxes set PYTHONDONTWRITEBYTECODE, which would add ~40 ms of compiling per run).

The warm line is followed by the share of the PDF/A-2b + PDF/UA-1 pass (issue 14).

    python benchmarks/bench_pdf.py [--runs 7] [--skip-soffice] [--warm-only]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
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
_LIBRARY_FORMAT = 1  # bump when the prepared editions change


def prepare(folder: Path, name: str, build) -> Path:
    """A library holding one edition made by ``build(add_photo)`` (made once, kept)."""
    from vnhg_desk.store import Library

    path = folder / f"bench-{name}-{_LIBRARY_FORMAT}.vnhglib"
    if path.exists():
        return path
    print(f"preparing the {name} library with its 12-MP photos (once) ...", flush=True)
    temp = path.with_suffix(".tmp")
    temp.unlink(missing_ok=True)
    with Library.open(temp) as library:
        import tests.pdf.fixtures as fixtures

        def add_photo(_source, width, height, seed=0):
            data = fixtures.jpeg_bytes(width, height, seed=seed, quality=88)
            return library.add_photo(data, f"foto-{seed:02d}.jpg")

        fixtures.add_photo = add_photo
        library.save(build(fixtures, add_photo))
    os.replace(temp, path)
    return path


def four_pages(fixtures, add_photo):
    """The 4-page edition with four 12-MP photos."""
    from vnhg_desk.imaging.source import MemoryPhotoSource
    from vnhg_desk.model import PhotoRef

    edition = fixtures.sample_edition(MemoryPhotoSource(), PHOTO_SIZE)
    extra = add_photo(None, *PHOTO_SIZE, seed=90)
    edition.content[3].photos.append(PhotoRef(extra, "Vierde foto", "VNHG"))
    return edition


def forty_pages(fixtures, _add_photo):
    """The 40-page edition with forty 12-MP photos."""
    from vnhg_desk.imaging.source import MemoryPhotoSource

    return fixtures.long_edition(MemoryPhotoSource(), 20, PHOTO_SIZE, 25)


# The export in a child process that reports its own peak memory on the way out: VmHWM,
# the high-water mark of this program's memory (ru_maxrss would also count the memory of
# the benchmark process it was forked from, before the exec).
_CHILD = """
import atexit, resource, sys
def _peak():
    try:
        with open("/proc/self/status") as status:
            kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"peak-kb {kb}\\n")
atexit.register(_peak)
import runpy
sys.argv[0] = "vnhg-desk"
runpy.run_module("vnhg_desk", run_name="__main__")
"""


def _child_env(cache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is not None:  # an empty user cache folder (platformdirs reads this on Linux)
        env["XDG_CACHE_HOME"] = str(cache)
    return env


def cold_run(library: Path, work: Path, variant: str, empty_cache: bool = False) -> dict:
    """One ``vnhg-desk export 1`` (as ``python -m vnhg_desk``) on a fresh library copy;
    with ``empty_cache`` also without the user cache folder (parsed fonts, hyphenation
    patterns and bodies): the first export after installing."""
    copy = work / "library.vnhglib"
    shutil.copyfile(library, copy)
    os.sync()  # the copy's write-back must not run during the timed export
    out = work / f"out-{variant}.pdf"
    command = [sys.executable, "-c", _CHILD, "--library", str(copy), "export"]
    command += ["1", "-o", str(out), "--variant", variant]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        command,
        check=True,
        capture_output=True,
        text=True,
        env=_child_env(Path(tempfile.mkdtemp(dir=work)) if empty_cache else None),
        cwd=work,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_kb = int(done.stderr.split("peak-kb ")[-1].split()[0])
    size = out.stat().st_size
    return {"wall": wall, "cpu": cpu, "peak_mb": peak_kb / 1024, "bytes": size, "pdf": out}


def warm(library: Path, work: Path, runs: int) -> tuple[float, float]:
    """In-process: later exports of the same edition (photos cached, modules loaded).
    Returns the median export time and the median time of the PDF/A + PDF/UA pass in it."""
    from vnhg_desk.export.dispatch import export_document
    from vnhg_desk.export.pdf import conformance
    from vnhg_desk.store import Library

    copy = work / "warm.vnhglib"
    shutil.copyfile(library, copy)
    times, passes = [], []
    original = conformance.conform

    def timed(data: bytes, *args: str) -> bytes:
        start = time.perf_counter()
        try:
            return original(data, *args)
        finally:
            passes.append(time.perf_counter() - start)

    conformance.conform = timed
    try:
        with Library.open(copy, create=False) as opened:
            for _ in range(runs + 1):
                start = time.perf_counter()
                export_document(opened, 1, work / "warm.pdf", variant="print")
                times.append(time.perf_counter() - start)
    finally:
        conformance.conform = original
    return statistics.median(times[1:]), statistics.median(passes[1:])


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def soffice_command(library: Path, work: Path) -> list[str] | None:
    """The command that has LibreOffice convert the edition's Word export to PDF (its
    user profile made by a first, untimed run), or None without LibreOffice."""
    soffice = shutil.which("soffice")
    if not soffice:
        return None
    from vnhg_desk.export.dispatch import export_document
    from vnhg_desk.store import Library

    copy = work / "docx.vnhglib"
    shutil.copyfile(library, copy)
    docx = work / "edition.docx"
    with Library.open(copy, create=False) as opened:
        export_document(opened, 1, docx)
    profile = work / "lo-profile"
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless"]
    command += ["--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)]
    subprocess.run(command, capture_output=True, check=True, timeout=300)
    return command


def scaled_library(library: Path, work: Path) -> Path:
    """A copy of the library after one e-mail export: its photos are scaled and kept."""
    from vnhg_desk.export.dispatch import export_document
    from vnhg_desk.store import Library

    copy = work / "scaled.vnhglib"
    shutil.copyfile(library, copy)
    with Library.open(copy, create=False) as opened:
        export_document(opened, 1, work / "scaled.pdf")
    return copy


def side_by_side(library: Path, work: Path, command: list[str], pairs: int) -> dict:
    """Our exports and LibreOffice's conversion taken in turns, so that a change in
    machine speed touches them alike; their medians. "scaled": a new process exporting
    from a library whose photos were scaled by an earlier export (the DOCX LibreOffice
    converts holds photos already reduced to 630 pixels: this is the same work)."""
    scaled = scaled_library(library, work)
    times: dict[str, list[float]] = {"email": [], "print": [], "scaled": [], "soffice": []}
    for _ in range(pairs):
        times["email"].append(cold_run(library, work, "email")["wall"])
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, timeout=300)
        times["soffice"].append(time.perf_counter() - start)
        times["scaled"].append(cold_run(scaled, work, "email")["wall"])
        times["print"].append(cold_run(library, work, "print")["wall"])
    return {key: statistics.median(values) for key, values in times.items()}


def _print_load(label: str) -> None:
    """The 1/5/15-minute load averages: wall times only compare on a similar load."""
    one, five, fifteen = os.getloadavg()
    print(f"{label:<48} {one:.2f} {five:.2f} {fifteen:.2f} (on {os.cpu_count()} cores)")


def report(label: str, value: float, target: float, unit: str = "s", cpu=None) -> None:
    verdict = "ok" if value <= target else "OVER"
    extra = f"   (CPU {cpu:.3f} s)" if cpu is not None else ""
    print(f"{label:<48} {value:8.3f} {unit}   target < {target} {unit}   {verdict}{extra}")


def processes(label: str, runs: list[dict], target: float) -> float:
    wall = statistics.median(r["wall"] for r in runs)
    report(label, wall, target, cpu=statistics.median(r["cpu"] for r in runs))
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-soffice", action="store_true")
    parser.add_argument("--warm-only", action="store_true", help="stop after the warm export")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "vnhg-bench-pdf"
    folder.mkdir(exist_ok=True)
    four = prepare(folder, "4-page", four_pages)
    forty = prepare(folder, "40-page", forty_pages)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        cold_run(four, work, "email")  # first run: bytecode caches, font caches
        _print_load("machine load before")
        # Alternate the variants so a change in machine load touches both alike.
        cold_print, cold_email = [], []
        for _ in range(args.runs):
            cold_print.append(cold_run(four, work, "print"))
            cold_email.append(cold_run(four, work, "email"))
        pages = page_count(cold_email[0]["pdf"])
        print(f"4-page edition: {pages} pages, 4 photos of 12 MP, on the command line")
        processes("cold print export, whole process (median)", cold_print, TARGETS["cold"])
        processes("cold e-mail export, whole process (median)", cold_email, 0.6)
        first = [cold_run(four, work, "email", empty_cache=True) for _ in range(3)]
        processes("  the same with an empty user cache (median)", first, 0.6)
        print(f"{'e-mail PDF size':<48} {cold_email[0]['bytes'] / 1e6:8.3f} MB")
        print(f"{'print PDF size':<48} {cold_print[0]['bytes'] / 1e6:8.3f} MB")
        warm_s, conform_s = warm(four, work, max(5, args.runs))
        report("warm print export, in-process (median)", warm_s, TARGETS["warm"])
        print(
            f"{'  of which the PDF/A-2b + PDF/UA-1 pass (median)':<48} {conform_s:8.3f} s"
            f"   {100 * conform_s / warm_s:.0f} % of the warm export"
        )
        if args.warm_only:
            return
        long_runs = max(1, args.runs // 2)
        long_email = [cold_run(forty, work, "email") for _ in range(long_runs)]
        long_print = [cold_run(forty, work, "print") for _ in range(long_runs)]
        long_pages = page_count(long_email[0]["pdf"])
        print(f"long edition: {long_pages} pages, 40 photos of 12 MP")
        processes("40 pages e-mail, whole process, cold (median)", long_email, TARGETS["forty"])
        processes("40 pages print, whole process, cold (median)", long_print, TARGETS["forty"])
        peak = max(r["peak_mb"] for r in cold_print + cold_email + long_email + long_print)
        report("peak memory of any export process", peak, TARGETS["peak_mb"], "MB")
        _print_load("machine load after our runs")
        if args.skip_soffice:
            return
        command = soffice_command(four, work)
        if command is None:
            print("LibreOffice (soffice) not installed: no comparison")
            return
        got = side_by_side(four, work, command, max(7, args.runs))
        lo = got["soffice"]
        print("side by side, taken in turns (medians):")
        print(f"{'  soffice --convert-to pdf of our DOCX':<48} {lo:8.3f} s")
        print(f"{'  ours, photos already scaled (same input)':<48} {got['scaled']:8.3f} s")
        print(f"{'  ours, cold e-mail (12-MP photos scaled too)':<48} {got['email']:8.3f} s")
        print(f"{'  ours, cold print':<48} {got['print']:8.3f} s")
        report("ratio ours (same input) / LibreOffice", got["scaled"] / lo, TARGETS["ratio"], "x")
        print(f"{'ratio ours (cold e-mail) / LibreOffice':<48} {got['email'] / lo:8.3f} x")
        print(f"{'ratio ours (cold print) / LibreOffice':<48} {got['print'] / lo:8.3f} x")


if __name__ == "__main__":
    main()
