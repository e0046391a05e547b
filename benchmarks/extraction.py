"""Claim extraction quality on the labelled fixtures: recall, precision, speaker accuracy, and
the share of speakers split into several actors.

    python benchmarks/extraction.py [--verbose] [--json]

Prints one row per part (dev, test). Tune on dev only; test is reported.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from consistency import ClaimExtractor
from consistency.evaluation import (
    ExtractionScore,
    load_fixture_documents,
    load_gold_claims,
    score_extraction,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"


def evaluate_part(part: str, extractor: ClaimExtractor) -> ExtractionScore:
    """Score the extractor on one part of the fixtures (``dev`` or ``test``)."""
    folder = FIXTURES / part
    documents = load_fixture_documents(folder)
    gold = load_gold_claims(folder, documents)
    return score_extraction(extractor.extract(documents), gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--parts", nargs="+", default=["dev", "test"])
    args = parser.parse_args()
    extractor = ClaimExtractor()
    rows = {}
    for part in args.parts:
        started = time.perf_counter()
        score = evaluate_part(part, extractor)
        rows[part] = {**score.as_dict(), "seconds": round(time.perf_counter() - started, 2)}
        if args.verbose:
            for title, items in (
                ("MISSED", score.misses),
                ("FALSE ALARM", score.false_alarms),
                ("WRONG SPEAKER", score.wrong_speakers),
                ("SPLIT ACTOR", score.split_actors),
            ):
                for item in items:
                    print(f"[{part}] {title}: {item}")
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'part':<6}{'gold':>6}{'pred':>6}{'recall':>9}{'precision':>11}{'speaker':>9}{'split':>7}")
    for part, row in rows.items():
        print(
            f"{part:<6}{row['claims_gold']:>6}{row['claims_predicted']:>6}{row['recall']:>9.3f}"
            f"{row['precision']:>11.3f}{row['speaker_accuracy']:>9.3f}{row['actors_split']:>7.3f}"
        )


if __name__ == "__main__":
    main()
