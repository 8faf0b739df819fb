"""Spell check speed: a 2,000-word edition (cold and warm word cache) and one paragraph.

Targets (issue 15): the whole edition <= 100 ms, re-checking the edited paragraph <= 5 ms.
The dictionary itself is loaded once per program run (timed separately).
"""

from __future__ import annotations

import statistics
import time

from vnhg_desk.demo import demo_edition
from vnhg_desk.model.richtext import parse_body
from vnhg_desk.spelling import MUNICIPALITIES, SpellChecker, known_words, load_engine

RUNS = 9


def edition_text(words: int = 2000) -> list[str]:
    """Paragraphs of the demo edition, repeated up to about ``words`` words (a real edition
    repeats its words too; the cold run starts with an empty word cache)."""
    edition = demo_edition([f"{n:064x}" for n in range(4)])
    paragraphs = []
    for article in edition.articles:
        paragraphs += [article.headline, article.lead]
        for block in parse_body(article.body):
            text = "".join(span.text for span in getattr(block, "spans", []))
            if text:
                paragraphs.append(text)
    out, count, index = [], 0, 0
    while count < words:
        text = paragraphs[index % len(paragraphs)]
        out.append(text)
        count += len(text.split())
        index += 1
    return out


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    start = time.perf_counter()
    load_engine("nl")
    print(f"load Dutch dictionary (once per run): {(time.perf_counter() - start) * 1000:.0f} ms")
    paragraphs = edition_text()
    words = sum(len(p.split()) for p in paragraphs)
    distinct = len({w.lower() for p in paragraphs for w in p.split()})
    extra = known_words(MUNICIPALITIES)

    def cold() -> None:
        checker = SpellChecker("nl", extra)
        for paragraph in paragraphs:
            checker.misspelled_spans(paragraph)

    warm_checker = SpellChecker("nl", extra)
    for paragraph in paragraphs:
        warm_checker.misspelled_spans(paragraph)

    def warm() -> None:
        for paragraph in paragraphs:
            warm_checker.misspelled_spans(paragraph)

    longest = max(paragraphs, key=len)
    edited = longest + " gemeenteraadsverkiezingsuitslag"

    def paragraph() -> None:
        warm_checker.misspelled_spans(edited)
        warm_checker._cache.pop("gemeenteraadsverkiezingsuitslag", None)

    cold_ms, warm_ms, para_ms = median_ms(cold), median_ms(warm), median_ms(paragraph)
    print(f"edition of {words} words ({distinct} distinct), empty word cache: {cold_ms:.1f} ms")
    print("  (target <= 100 ms)")
    print(f"edition of {words} words, warm word cache:  {warm_ms:.1f} ms (target <= 100 ms)")
    print(
        f"edited paragraph ({len(edited.split())} words, one new compound): "
        f"{para_ms:.2f} ms (target <= 5 ms)"
    )
    exact = []
    for _ in range(RUNS):
        checker = SpellChecker("nl", extra)
        checker.is_correct("gemeenteraadsverkiezingsuitslag")
        start = time.perf_counter()
        checker.resolve_pending(budget_s=1)
        exact.append((time.perf_counter() - start) * 1000)
    print(
        f"exact Hunspell answer for that compound, taken when typing pauses: "
        f"{statistics.median(exact):.1f} ms"
    )
    print(f"ratio cold/target {cold_ms / 100:.2f}, paragraph/target {para_ms / 5:.2f}")


if __name__ == "__main__":
    main()
