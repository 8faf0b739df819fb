"""A shared library on PostgreSQL: several editors saving at once, and list/search times.

Builds (once, cached) a library file of 10,000 editions, copies it to a database of a
throw-away PostgreSQL cluster (or of ``--server``, a superuser's URL) with
``library copy``'s code, then:

- runs 5 editor processes that each save an edition every 200 ms for ``--duration``
  seconds, all on the same 10 editions: every save adds a word of its own, a conflict
  reloads and adds it again. Afterwards every word reported saved must be in the
  edition: a missing word is a lost or silently overwritten save;
- prints save latency (median, p95), conflicts, lost saves, and the list and search
  times of the shared library next to those of the same library as a file (the
  queries of bench_library.py).

    python benchmarks/bench_shared.py [--duration 60] [--editors 5] [--rebuild]
"""

from __future__ import annotations

import argparse
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

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "tests")]

from bench_library import _WORDS, QUERIES, _paragraph, _sentence  # noqa: E402

EDITIONS = 10_000
SHARED_POOL = 10  # the editions all editors work on at once
REPEATS = 7


def build(path: Path, editions: int) -> None:
    """A library file of ``editions`` editions (3 articles of 3 paragraphs and a box)."""
    from vnhg_desk.model import Article, Edition, SidebarBox
    from vnhg_desk.store import Library

    rng = random.Random(2026)
    partial = path.with_name(path.name + ".bouwen")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with Library.open(partial) as library:
        day = date(1990, 1, 5)
        for number in range(editions):
            articles = [
                Article(
                    kicker="VERSLAG",
                    headline=" ".join(rng.choice(_WORDS) for _ in range(4)).upper(),
                    lead=_sentence(rng),
                    body="\n\n".join(_paragraph(rng) for _ in range(3)),
                )
                for _ in range(3)
            ]
            edition = Edition(
                title=f"Verslag {number + 1}",
                date=day + timedelta(days=3 * number),
                place=rng.choice(["Alkmaar", "Haarlem", "Hoorn", "Den Helder", "Zaandam"]),
                highlights=[_sentence(rng)],
                content=[*articles, SidebarBox("HUISHOUDELIJK", "Besluiten", _sentence(rng))],
            )
            library.save(edition)
    partial.replace(path)
    print(f"built {path.name}: {editions} editions in {time.perf_counter() - started:.0f} s")


def editor(address: str, number: int, pool: list[int], duration: float, interval: float) -> dict:
    """One editor process: save every ``interval`` s; returns latencies and words saved."""
    from vnhg_desk.errors import ConflictError
    from vnhg_desk.store import Library

    rng = random.Random(number)
    saved: dict[int, list[str]] = {}
    latencies: list[float] = []
    conflicts = 0
    with Library.open(address, create=False) as library:
        library.list_documents()
        open_docs = {doc_id: library.load(doc_id) for doc_id in pool}
        end = time.monotonic() + duration
        tick = time.monotonic()
        count = 0
        while time.monotonic() < end:
            doc_id = rng.choice(pool)
            word = f"e{number}s{count}"
            count += 1
            doc = open_docs[doc_id]
            while True:
                doc.highlights.append(word)
                started = time.perf_counter()
                try:
                    library.save(doc)
                except ConflictError:  # someone else saved it: take theirs, add ours again
                    conflicts += 1
                    doc = open_docs[doc_id] = library.load(doc_id)
                    continue
                latencies.append((time.perf_counter() - started) * 1000)
                saved.setdefault(doc_id, []).append(word)
                break
            tick += interval
            time.sleep(max(0.0, tick - time.monotonic()))
    return {"latencies": latencies, "saved": saved, "conflicts": conflicts}


def _median_ms(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def read_figures(target: str | Path) -> dict[str, float]:
    """Open + list, and each search of bench_library.py, in milliseconds (medians)."""
    from vnhg_desk.store import Library

    figures: dict[str, float] = {}
    started = time.perf_counter()
    library = Library.open(target, create=False)
    listing = library.list_documents()
    figures["open + list"] = (time.perf_counter() - started) * 1000
    assert len(listing) >= EDITIONS or listing
    figures["list (open library)"] = _median_ms(library.list_documents)
    for name, query in QUERIES.items():
        library.search(query)  # warm
        figures[f"search: {name}"] = _median_ms(lambda q=query: library.search(q))
        assert library.search(query), query
    figures["load edition"] = _median_ms(lambda: library.load(listing[len(listing) // 2].id))
    library.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / "vnhg-desk-bench" / "bibliotheek-10000.vnhg-desk"
    parser.add_argument("--library", type=Path, default=default)
    parser.add_argument("--editions", type=int, default=EDITIONS)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--editors", type=int, default=5)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between saves")
    parser.add_argument("--server", help="a PostgreSQL superuser's URL (default: throw-away)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--editor", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.editor:
        address, number = args.editor
        pool = json.loads(os.environ["BENCH_POOL"])
        result = editor(address, int(number), pool, args.duration, args.interval)
        print(json.dumps(result))
        return
    args.library.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild:
        args.library.unlink(missing_ok=True)
    if not args.library.exists():
        build(args.library, args.editions)

    import pg_cluster

    cluster = pg_cluster.Cluster(args.server) if args.server else pg_cluster.start()
    database = cluster.create_database()
    try:
        run(args, cluster.url(database))
    finally:
        cluster.drop_database(database)
        cluster.stop()


def run(args: argparse.Namespace, address: str) -> None:
    from vnhg_desk.store import Library
    from vnhg_desk.store.copying import copy_library

    started = time.perf_counter()
    with Library.open(args.library, create=False) as source, Library.open(address) as target:
        copy_library(source, target)
    copied = time.perf_counter() - started
    sqlite_figures = read_figures(args.library)
    shared_figures = read_figures(address)
    with Library.open(address, create=False) as library:
        pool = [summary.id for summary in library.list_documents()[:SHARED_POOL]]
        before = {doc_id: len(library.load(doc_id).highlights) for doc_id in pool}
    environment = dict(os.environ, BENCH_POOL=json.dumps(pool))
    command = [sys.executable, __file__, "--duration", str(args.duration)]
    command += ["--interval", str(args.interval)]
    editors = [
        subprocess.Popen(
            [*command, "--editor", address, str(n)],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for n in range(args.editors)
    ]
    results = [json.loads(process.communicate()[0]) for process in editors]
    latencies = sorted(ms for result in results for ms in result["latencies"])
    conflicts = sum(result["conflicts"] for result in results)
    lost = 0
    with Library.open(address, create=False) as library:
        for doc_id in pool:
            stored = library.load(doc_id).highlights
            words = [w for result in results for w in result["saved"].get(str(doc_id), [])]
            lost += sum(1 for word in words if word not in stored)
            extra = len(stored) - before[doc_id] - len(words)
            lost += abs(extra)  # a word stored twice or from nowhere is as wrong
    print(f"\n{args.editions} editions; copied file -> PostgreSQL in {copied:.0f} s")
    print(
        f"{args.editors} editors saving every {args.interval * 1000:.0f} ms for "
        f"{args.duration:.0f} s on the same {SHARED_POOL} editions "
        f"(machine load average: {os.getloadavg()[0]:.1f})\n"
    )
    print(f"saves                 {len(latencies)}")
    print(f"conflicts (reloaded)  {conflicts}")
    print(f"lost or overwritten   {lost}")
    print(f"save latency median   {statistics.median(latencies):.1f} ms")
    print(f"save latency p95      {latencies[int(len(latencies) * 0.95) - 1]:.1f} ms\n")
    print(f"{'measure (median ms)':<28}{'SQLite file':>12}{'PostgreSQL':>12}{'ratio':>8}")
    print("-" * 60)
    for name, value in sqlite_figures.items():
        shared = shared_figures[name]
        print(f"{name:<28}{value:>12.2f}{shared:>12.2f}{shared / value:>8.2f}")
    if lost:
        raise SystemExit(f"{lost} saves were lost or overwritten")


if __name__ == "__main__":
    main()
