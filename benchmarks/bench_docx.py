"""Word export speed and memory: the demo edition, and 40 articles with 40 12-MP photos.

Prints medians (and the reference targets they are compared with):

- the demo edition, in-process, renditions not cached yet ("cold"): < 1.5 s
- the same again with renditions cached ("warm"): < 0.4 s
- 40 articles with 40 12-MP photos, cold, whole process: < 20 s, peak memory < 400 MB
- the size of the 40-photo file: < 8 MB (photos at ~150 ppi)

    python benchmarks/bench_docx.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"cold": 1.5, "warm": 0.4, "forty": 20.0, "peak_mb": 400.0, "forty_mb": 8.0}

# One process: 40 articles, each with one 12-MP JPEG, exported once; prints JSON.
_CHILD = r"""
import hashlib, io, json, resource, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from vnhg_desk.export.docx import write_docx
from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import Article, Edition, HouseStyle, PhotoRef
photos = MemoryPhotoSource()
articles = []
for path in sorted(Path({folder!r}).glob("photo-*.jpg")):
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    photos.add(digest, PhotoInfo(4000, 3000, "image/jpeg"), data)
    body = "\n\n".join(["Een alinea over regionale samenwerking en de begroting."] * 8)
    articles.append(Article(headline=f"Artikel {{path.stem}}", lead="Intro.", body=body,
                            photos=[PhotoRef(digest, caption="Bijschrift", alt_text="Foto")]))
out = Path({folder!r}) / "veertig.docx"
write_docx(Edition(content=articles), HouseStyle(), photos, out)
print(json.dumps({{"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "size_mb": out.stat().st_size / 1e6}}))
"""


def _photo(seed: int) -> bytes:
    from PIL import Image

    gradient = Image.linear_gradient("L").resize((4000, 3000))
    radial = Image.radial_gradient("L").resize((4000, 3000))
    noise = Image.effect_noise((4000, 3000), 40 + seed)
    image = Image.merge("RGB", (gradient, radial, noise))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _demo_times(runs: int) -> tuple[list[float], list[float]]:
    from vnhg_desk.demo import add_demo
    from vnhg_desk.export.docx import write_docx
    from vnhg_desk.store.library import Library

    cold, warm = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            library = Library.open(Path(folder) / f"demo-{run}.vnhg-desk")
            edition_id, _ = add_demo(library)
            edition, style = library.load(edition_id), library.house_style()
            for times in (cold, warm):
                start = time.perf_counter()
                write_docx(edition, style, library, io.BytesIO())
                times.append(time.perf_counter() - start)
            library.close()
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cold, warm = _demo_times(args.runs)
    print(
        f"demo edition, cold: median {statistics.median(cold):.3f} s (target < {TARGETS['cold']} s)"
    )
    print(
        f"demo edition, warm: median {statistics.median(warm):.3f} s (target < {TARGETS['warm']} s)"
    )
    with tempfile.TemporaryDirectory() as folder:
        for n in range(40):
            (Path(folder) / f"photo-{n:02d}.jpg").write_bytes(_photo(n))
        results = []
        for _ in range(max(1, args.runs // 2)):
            code = _CHILD.format(root=str(ROOT), folder=folder)
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            results.append(json.loads(done.stdout))
    seconds = statistics.median(r["seconds"] for r in results)
    peak = statistics.median(r["peak_mb"] for r in results)
    size = statistics.median(r["size_mb"] for r in results)
    print(
        f"40 articles, 40 12-MP photos, cold process: median {seconds:.2f} s "
        f"(target < {TARGETS['forty']} s), peak {peak:.0f} MB "
        f"(target < {TARGETS['peak_mb']:.0f} MB), file {size:.1f} MB "
        f"(target < {TARGETS['forty_mb']} MB)"
    )


if __name__ == "__main__":
    main()
