"""NLI inference speed on CPU for short pairs (< 64 tokens).

Usage: python benchmarks/nli_speed.py [--model M] [--n 1024] [--threads 2]
Prints pairs per second for: fp32 in input order (no length sorting), then with the scorer's
length-sorted dynamic batches in each precision: fp32, bf16 (what ``auto`` runs where the CPU has
bf16 in hardware) and dynamic int8 (fastest, but a pair's scores depend on its batch mates).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "fixtures/nli/news_claims.test.jsonl",
    ROOT / "fixtures/nli/news_claims.dev.jsonl",
    ROOT.parent / "shared/data/nli/test/snli_esnli.test.jsonl",
    ROOT.parent / "shared/data/nli/test/rte_nltk.test.jsonl",
]


def short_pairs(tokenizer, n: int, seed: int = 0) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Up to n (premise, hypothesis) pairs of fewer than 64 tokens, mixed from the available files."""
    pairs: list[tuple[str, str]] = []
    for path in SOURCES:
        if path.is_file():
            with path.open() as fh:
                pairs += [(r["premise"], r["hypothesis"]) for r in map(json.loads, fh)]
    random.Random(seed).shuffle(pairs)
    out = []
    for p, h in pairs:
        if len(tokenizer(p, h)["input_ids"]) < 64:
            out.append((p, h))
        if len(out) == n:
            break
    return out


def unsorted_rate(scorer, pairs: list[tuple[str, str]], batch_size: int = 32) -> float:  # type: ignore[no-untyped-def]
    """Pairs/s with batches in input order (padding to the longest pair of each batch)."""
    import torch

    start = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(pairs), batch_size):
            batch = pairs[i : i + batch_size]
            enc = scorer.tokenizer(
                [p for p, _ in batch], [h for _, h in batch], padding=True, truncation=True, return_tensors="pt"
            )
            scorer.model(**enc)
    return len(pairs) / (time.perf_counter() - start)


def sorted_rate(scorer, pairs: list[tuple[str, str]]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    scorer.predict(pairs)
    return len(pairs) / (time.perf_counter() - start)


def main() -> None:
    from consistency.nli import NLIScorer
    from consistency.precision import resolve

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--n", type=int, default=1024)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    fp32 = NLIScorer(args.model, num_threads=args.threads, batch_size=args.batch_size, precision="fp32")
    pairs = short_pairs(fp32.tokenizer, args.n)
    lengths = [len(fp32.tokenizer(p, h)["input_ids"]) for p, h in pairs]
    print(
        f"model {fp32.name}; {len(pairs)} pairs, mean {sum(lengths) / len(lengths):.1f} tokens (max {max(lengths)});"
        f" {args.threads} threads; batch {args.batch_size}; auto = {resolve('auto')} here"
    )
    fp32.predict(pairs[:64])  # warm-up
    print(f"fp32, input order:        {unsorted_rate(fp32, pairs, args.batch_size):7.1f} pairs/s")
    for precision in ("fp32", "bf16", "int8"):
        scorer = NLIScorer(args.model, num_threads=args.threads, batch_size=args.batch_size, precision=precision)
        scorer.predict(pairs[:64])
        print(f"{precision}, length-sorted:      {sorted_rate(scorer, pairs):7.1f} pairs/s   (precision={precision!r})")


if __name__ == "__main__":
    main()
