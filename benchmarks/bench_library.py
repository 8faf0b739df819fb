"""Library speed: open + list, full-text search with snippets, load and save one edition.

Builds (once, cached) a library of 1,000 editions with 30,000 paragraphs and 500 photos,
then measures each figure in fresh processes and prints medians against the targets.
"first save" is the first save of a process (what the first edit after start costs, any
import included); "save" the median of the saves after it. Each save changes the lead of
an edition (re-indexing it, as typing does) and is durable when it returns:

    python benchmarks/bench_library.py [--library PATH] [--runs 9] [--rebuild]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

EDITIONS = 1_000
PARAGRAPHS_PER_EDITION = 30  # 30,000 in all
PHOTOS = 500
QUERIES = {
    "common word": "gemeente",
    "rare word": "coöperatie",
    "two words": "regionale samenwerking",
    "prefix": "duurza",
}
SEARCH_REPEATS = 5  # per process; the process's median goes into the overall median
SAVE_REPEATS = 5  # saves after the first one, per process
#: A save is a small part of the window's budget of 500 ms from the last key to durable.
TARGETS_MS = {
    "open + list": 30.0,
    "search": 10.0,
    "load edition": 20.0,
    "first save": 100.0,
    "save": 50.0,
}

_WORDS = (
    "gemeente raad college wethouder burgemeester begroting jeugdzorg wonen energie "
    "regionale samenwerking provincie bestuur leden vergadering voorstel besluit "
    "financiën middelen inwoners dienstverlening veiligheid klimaat duurzaamheid "
    "mobiliteit arbeidsmarkt onderwijs cultuur erfgoed water dijken polder kust "
    "toerisme ondernemers netwerk overleg agenda motie amendement zienswijze "
    "gemeenschappelijke regeling uitvoering toezicht participatie digitalisering"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
    if rng.random() < 0.002:  # a word that occurs in about one article in ten
        words[rng.randrange(len(words))] = "coöperatie"
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 5)))


def _photo(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    size = rng.choice([(320, 240), (240, 320), (300, 300)])
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        box = sorted(rng.randrange(size[0]) for _ in range(2))
        ys = sorted(rng.randrange(size[1]) for _ in range(2))
        draw.rectangle(
            (box[0], ys[0], box[1], ys[1]), fill=tuple(rng.randrange(256) for _ in "rgb")
        )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def build(path: Path) -> None:
    """Fill a new library at ``path`` (a temporary name first, renamed when complete)."""
    from vnhg_desk.model import Article, Edition, PhotoRef, PullQuote, SidebarBox
    from vnhg_desk.store import Library

    rng = random.Random(2020)
    partial = path.with_name(path.name + ".bouwen")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with Library.open(partial) as library:
        hashes = [library.add_photo(_photo(rng), f"foto-{n}.jpg") for n in range(PHOTOS)]
        day = date(2000, 1, 7)
        for number in range(EDITIONS):
            articles = []
            for part in range(3):
                count = PARAGRAPHS_PER_EDITION // 3
                body = []
                for index in range(count):
                    if index and index % 4 == 0:
                        body.append("## " + rng.choice(_WORDS).capitalize())
                    body.append(_paragraph(rng))
                photos = []
                if part == 0 and number < PHOTOS:
                    photos = [PhotoRef(hashes[number], caption=_sentence(rng), credit="Foto: VNHG")]
                articles.append(
                    Article(
                        kicker="VERSLAG",
                        headline=" ".join(rng.choice(_WORDS) for _ in range(4)).upper(),
                        lead=_sentence(rng),
                        # the lead counts as one of the 30 paragraphs
                        body="\n\n".join(body[1:]) if body else "",
                        quotes=[PullQuote(_sentence(rng), "wethouder")],
                        photos=photos,
                    )
                )
            edition = Edition(
                date=day + timedelta(days=7 * number),
                place=rng.choice(["Alkmaar", "Haarlem", "Hoorn", "Den Helder", "Zaandam"]),
                highlights=[_sentence(rng) for _ in range(4)],
                content=[*articles, SidebarBox("HUISHOUDELIJK", "Besluiten", _paragraph(rng))],
            )
            library.save(edition)
    partial.replace(path)
    print(f"built {path} in {time.perf_counter() - started:.1f} s ({path.stat().st_size >> 20} MB)")


def _usable(path: Path) -> bool:
    """Whether a cached library opens with this version of the program (else rebuild)."""
    from vnhg_desk.errors import LibraryError
    from vnhg_desk.store import Library

    if not path.exists():
        return False
    try:
        Library.open(path, create=False).close()
    except LibraryError:
        return False
    return True


def measure(path: Path) -> dict[str, float]:
    """One fresh process: open + list, then each search, then one load (milliseconds)."""
    from vnhg_desk.store import Library

    figures: dict[str, float] = {}
    started = time.perf_counter()
    library = Library.open(path, create=False)
    listing = library.list_documents()
    figures["open + list"] = (time.perf_counter() - started) * 1000
    assert len(listing) == EDITIONS
    for name, query in QUERIES.items():
        times = []
        for _ in range(SEARCH_REPEATS):
            started = time.perf_counter()
            hits = library.search(query)
            times.append((time.perf_counter() - started) * 1000)
            assert hits and all(hit.snippet for hit in hits), query
        figures[f"search: {name}"] = statistics.median(times)
    doc_id = listing[len(listing) // 2].id
    started = time.perf_counter()
    edition = library.load(doc_id)
    figures["load edition"] = (time.perf_counter() - started) * 1000
    assert len(edition.content) == 4
    times = []
    for number in range(1 + SAVE_REPEATS):
        edition.articles[0].lead = f"Bijgewerkt in run {os.getpid()}, bewaring {number}."
        started = time.perf_counter()
        library.save(edition)
        times.append((time.perf_counter() - started) * 1000)
    figures["first save"] = times[0]
    figures["save"] = statistics.median(times[1:])
    library.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / "vnhg-desk-bench" / "bibliotheek-1000.vnhg-desk"
    parser.add_argument("--library", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure-once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_once:
        print(json.dumps(measure(args.library)))
        return
    args.library.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not _usable(args.library):
        args.library.unlink(missing_ok=True)
    if not args.library.exists():
        build(args.library)
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--library", str(args.library), "--measure-once"],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    print(f"\nLibrary: {args.library} — {EDITIONS} editions, {EDITIONS * PARAGRAPHS_PER_EDITION}")
    print(f"paragraphs, {PHOTOS} photos; medians of {args.runs} fresh processes")
    print(f"(machine load average while measuring: {os.getloadavg()[0]:.1f})\n")
    print(f"{'measure':<28}{'median ms':>10}{'min ms':>9}{'target ms':>11}{'ratio':>8}")
    print("-" * 66)
    for name in runs[0]:
        values = [run[name] for run in runs]
        target = TARGETS_MS["search" if name.startswith("search") else name]
        median = statistics.median(values)
        print(
            f"{name:<28}{median:>10.2f}{min(values):>9.2f}{target:>11.0f}"
            f"{median / target:>8.2f}{'  OVER' if median > target else ''}"
        )


if __name__ == "__main__":
    main()
