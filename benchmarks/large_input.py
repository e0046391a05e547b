"""Extraction on one very large document: time, claims found and peak memory.

    python benchmarks/large_input.py [--megabytes 5]

The text is built by repeating the fixture articles until it reaches the requested size, so the
numbers are reproducible. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from consistency import ClaimExtractor, Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extraction" / "dev"


def build_text(megabytes: float) -> str:
    articles = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    target = int(megabytes * 1024 * 1024)
    pieces, size = [], 0
    while size < target:
        for article in articles:
            pieces.append(article)
            size += len(article.encode("utf-8"))
    return "\n\n".join(pieces)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    text = build_text(args.megabytes)
    started = time.perf_counter()
    extractor = ClaimExtractor()
    loaded = time.perf_counter()
    result = extractor.extract([Document(id="large", text=text)])
    done = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = len(text.split())
    print(f"input          {len(text.encode('utf-8')) / 2**20:.1f} MB, {words} words")
    print(f"model load     {loaded - started:.1f} s")
    print(f"extraction     {done - loaded:.1f} s ({words / (done - loaded):.0f} words/s)")
    print(f"claims         {len(result.claims)} by {len(result.actors)} actors")
    print(f"peak memory    {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
