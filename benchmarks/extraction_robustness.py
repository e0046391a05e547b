"""Claim extraction on the labelled fixtures rewritten the ways real copy differs from ours.

    python benchmarks/extraction_robustness.py [--parts dev test]

Each variant changes the text one character for one, so every gold span keeps its offsets:
curly quotation marks and apostrophes, single quotation marks as a house style, every
paragraph break removed (an article pasted as one line), and no-break spaces where web pages put
them. Prints recall, precision and speaker accuracy per part and variant.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from consistency import ClaimExtractor, Document
from consistency.evaluation import load_fixture_documents, load_gold_claims, score_extraction

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"


def _marks(text: str, double: tuple[str, str]) -> str:
    """Straight double quotes turned to ``double`` (alternating open, close within a paragraph)
    and apostrophes turned curly."""
    lines = []
    for line in text.split("\n"):
        chars, opening = list(line), True
        for i, char in enumerate(chars):
            if char == '"':
                chars[i], opening = double[0] if opening else double[1], not opening
            elif char == "'":
                chars[i] = "‘" if (i == 0 or chars[i - 1] in " (—") and double[0] == "“" else "’"
        lines.append("".join(chars))
    return "\n".join(lines)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "curly marks": lambda text: _marks(text, ("“", "”")),
    "single marks": lambda text: _marks(text, ("‘", "’")),
    "one line": lambda text: text.replace("\n\n", "  ").replace("\n", " "),
    "no-break spaces": lambda text: text.replace(" said", "\u00a0said").replace("Mr ", "Mr\u00a0"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", nargs="+", default=["dev", "test"])
    args = parser.parse_args()
    extractor = ClaimExtractor()
    print(f"{'part':6} {'variant':16} {'gold':>5} {'recall':>7} {'precision':>9} {'speaker':>8}")
    for part in args.parts:
        folder = FIXTURES / part
        documents = load_fixture_documents(folder)
        gold = load_gold_claims(folder, documents)
        for name, rewrite in VARIANTS.items():
            rewritten = [Document(id=d.id, text=rewrite(d.text)) for d in documents]
            score = score_extraction(extractor.extract(rewritten), gold)
            print(
                f"{part:6} {name:16} {score.gold:5d} {score.recall:7.3f} {score.precision:9.3f} "
                f"{score.speaker_accuracy:8.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
