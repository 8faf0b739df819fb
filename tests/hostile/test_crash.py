"""Crash safety: a process saving edits in a loop is killed (SIGKILL) at random moments.

Afterwards the library passes SQLite's integrity check, opens normally, and every save the
child reported ("saved ...", printed only after ``save`` returned) is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import REPO, need, open_library

ROUNDS = 30
#: Stop adding rounds after this many seconds (the machine may be busy); at least
#: MIN_ROUNDS are always run.
BUDGET_SECONDS = 75.0
MIN_ROUNDS = 10

_WRITER = r"""
import sys
from datetime import date
from vnhg_desk.model import Article, Edition, PullQuote
from vnhg_desk.store import Library

path, round_no = sys.argv[1], int(sys.argv[2])
library = Library.open(path)
summaries = [s for s in library.list_documents() if s.title == "Teller"]
if summaries:
    counter = library.load(summaries[0].id)
else:
    counter = Edition(title="Teller", content=[Article(headline="0")])
    library.save(counter)
print("ready", flush=True)
body = "\n\n".join(f"Alinea {i} van ronde {round_no}: " + "tekst " * 40 for i in range(12))
n = 0
while True:
    n += 1
    title = f"r{round_no}-s{n}"
    edition = Edition(
        title=title,
        date=date(2026, 9, 18),
        content=[Article(headline=title, body=body, quotes=[PullQuote(title)])],
    )
    library.save(edition)
    print(f"saved {title} {edition.id}", flush=True)
    counter.content[0].headline = f"{round_no}.{n}"
    library.save(counter)
    print(f"counted {round_no}.{n}", flush=True)
    if n % 4 == 0:
        photo = library.add_photo(bytes.fromhex(sys.argv[3]) + title.encode(), title + ".bmp")
        print(f"photo {photo}", flush=True)
"""


def _tiny_bmp_prefix() -> str:
    """A BMP whose trailing bytes (the title, appended) make each photo unique."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 120, 40)).save(buffer, "BMP")
    return buffer.getvalue().hex()


def test_killed_writer_never_loses_a_reported_save(tmp_path: Path) -> None:
    need("vnhg_desk.store", "Library")
    path = tmp_path / "crash.vnhg-desk"
    open_library(path).close()
    rng = random.Random(20260918)
    saved: dict[str, int] = {}
    counted: list[tuple[int, int]] = []
    photos: list[str] = []
    start = time.monotonic()
    rounds = 0
    bmp = _tiny_bmp_prefix()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    while rounds < ROUNDS and (rounds < MIN_ROUNDS or time.monotonic() - start < BUDGET_SECONDS):
        rounds += 1
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(rounds), bmp],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        if ready != "ready":
            child.kill()
            pytest.fail(f"writer did not start: {ready!r} {child.communicate()[1]}")
        # The clock starts at the round's first save: a busy machine can take longer than
        # the longest pause to load what the first save needs, and a kill before it tests
        # nothing.
        first = child.stdout.readline()
        if not first.startswith("saved "):
            child.kill()
            pytest.fail(f"writer did not save: {first!r} {child.communicate()[1]}")
        time.sleep(rng.uniform(0.0, 0.8))
        os.kill(child.pid, signal.SIGKILL)
        out, _err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        lines = [first, *out.splitlines()]
        for line in lines:
            kind, value, *rest = line.split()
            if kind == "saved":
                saved[value] = int(rest[0])
            elif kind == "counted":
                round_no, n = value.split(".")
                counted.append((int(round_no), int(n)))
            elif kind == "photo":
                photos.append(value)

    assert len(saved) > rounds, "the writer hardly ever got past its first save"
    print(f"\n  {rounds} kills, {len(saved)} reported saves, {len(photos)} photos")

    # The main file alone is a complete library (what a user copies or mails), and the
    # file in place too (SQLite rolls back a journal a kill left behind).
    alone = tmp_path / "alleen" / path.name
    alone.parent.mkdir()
    alone.write_bytes(path.read_bytes())
    for candidate in (path, alone):
        with sqlite3.connect(candidate) as check:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        check.close()
        _check_saves(candidate, saved, counted, photos)
    assert sorted(p.name for p in alone.parent.iterdir()) == [path.name], "side files left"


def _check_saves(
    path: Path, saved: dict[str, int], counted: list[tuple[int, int]], photos: list[str]
) -> None:
    with open_library(path) as library:
        titles = {s.title: s.id for s in library.list_documents()}
        for title, doc_id in saved.items():
            assert titles.get(title) == doc_id, f"reported save {title} is missing"
            assert library.load(doc_id).content[0].headline == title
        counter = library.load(titles["Teller"])
        last = max(counted) if counted else (0, 0)
        stored = tuple(int(part) for part in counter.content[0].headline.split("."))
        assert stored >= last, f"counter {stored} is older than the reported {last}"
        for photo in photos:
            assert library.has_photo(photo), f"reported photo {photo[:12]} is missing"
        assert library.search("Alinea") is not None
