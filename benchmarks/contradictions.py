"""Contradiction detection quality on the labelled fixtures.

    python benchmarks/contradictions.py [--verbose] [--threshold X]

Prints precision, recall and F1 per part (dev, test), the share of hard negatives flagged, and
where the founding case (announced meeting preparations vs "no such meeting is planned") ranks in
its article. A predicted pair matches a gold pair when each claim matches one gold claim by the
extraction benchmark's span rule, in either order. Thresholds are tuned on dev only.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from consistency import Checker
from consistency.evaluation import (
    load_fixture_documents,
    load_gold_pairs,
    pair_matches,
    score_pairs,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "contradictions"
#: The founding case, in an extraction fixture and in the dev fixtures: (file, A text, B text).
MEETING_CASES = [
    (
        ROOT / "fixtures/extraction/test/putin_zelensky_meeting.txt",
        "preparations were underway for a face-to-face meeting",
        "no meeting between President",
    ),
    (
        FIXTURES / "dev/diplomacy_summit_preparations.txt",
        "preparations were under way for a meeting",
        "No such meeting is planned",
    ),
]


def evaluate_part(checker: Checker, part: str, verbose: bool) -> dict:
    folder = FIXTURES / part
    documents = load_fixture_documents(folder)
    gold = load_gold_pairs(folder, documents)
    started = time.perf_counter()
    result = checker.check(documents)
    seconds = time.perf_counter() - started
    claims = {c.id: c for c in result.claims}
    predicted = [(claims[x.claim_a], claims[x.claim_b]) for x in result.contradictions]
    score = score_pairs(predicted, gold)
    if verbose:
        for x, (a, b) in zip(result.contradictions, predicted, strict=True):
            hit = any(pair_matches(a, b, g) for g in gold if g.kind == "contradiction")
            print(f"[{part}] {'HIT ' if hit else 'FALSE'} {x.score:.2f} {x.reason}: {a.text[:60]!r} || {b.text[:60]!r}")
        for g in gold:
            if g.kind == "contradiction" and not any(pair_matches(a, b, g) for a, b in predicted):
                text = next(d.text for d in documents if d.id == g.doc)
                print(f"[{part}] MISSED {g.label}: {text[g.a[0] : g.a[1]][:60]!r} || {text[g.b[0] : g.b[1]][:60]!r}")
    return {**score.as_dict(), "candidate_pairs": result.candidate_pairs, "seconds": round(seconds, 1)}


def meeting_rank(checker: Checker, path: Path, a_text: str, b_text: str) -> int | None:
    """1-based rank of the meeting contradiction among its article's contradictions."""
    from consistency import Document

    result = checker.check([Document(id=path.stem, text=path.read_text(encoding="utf-8"))])
    claims = {c.id: c for c in result.claims}
    for rank, x in enumerate(result.contradictions, start=1):
        texts = {claims[x.claim_a].text, claims[x.claim_b].text}
        if any(a_text in t for t in texts) and any(b_text in t for t in texts):
            return rank
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--parts", nargs="+", default=["dev", "test"])
    args = parser.parse_args()
    checker = Checker(threshold=args.threshold)
    rows = {part: evaluate_part(checker, part, args.verbose) for part in args.parts}
    ranks = {path.stem: meeting_rank(checker, path, a, b) for path, a, b in MEETING_CASES}
    if args.json:
        print(json.dumps({"parts": rows, "meeting_case_rank": ranks, "threshold": checker.threshold}, indent=2))
        return
    print(f"threshold {checker.threshold:.3f} (nli: {checker.nli.name})")
    print(
        f"{'part':<6}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'f1':>7}{'hard-neg flagged':>18}{'pairs':>7}"
    )
    for part, row in rows.items():
        print(
            f"{part:<6}{row['gold']:>6}{row['predicted']:>6}{row['precision']:>11.3f}"
            f"{row['recall']:>8.3f}{row['f1']:>7.3f}{row['hard_negatives_flagged']:>18.3f}"
            f"{row['candidate_pairs']:>7}"
        )
    for name, rank in ranks.items():
        print(f"meeting case in {name}: {'not found' if rank is None else f'rank {rank}'}")


if __name__ == "__main__":
    main()
