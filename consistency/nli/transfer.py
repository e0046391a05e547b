"""Transfer pairs for distillation: the claim pairs the checker judges, labelled by a teacher.

A teacher NLI model too large to ship passes on most where the product uses it: on pairs of
claims that the checker pairs up in news articles. The pairs come from folders of our own
articles (never from a test folder), in both orders. The teacher finds most of them unrelated, so
all pairs it reads as entailed or contradictory are kept and only a seeded sample of the rest.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from consistency.nli.scorer import NLI_LABELS, NLIScorer
from consistency.types import Document

if TYPE_CHECKING:
    from consistency.checker import Checker

#: A pair is kept whole when the teacher gives entailment or contradiction more than this.
INFORMATIVE = 0.2


def claim_pair_texts(documents: Sequence[Document], checker: Checker) -> list[tuple[str, str]]:
    """(premise, hypothesis) for every candidate pair of the documents' claims, in both orders,
    sorted so that a seeded sample is the same on every run."""
    result, notes = checker.extract(documents)
    claims = result.claims
    pairs, _ = checker.pair(claims, notes=notes)
    texts = set()
    for pair in pairs:
        a, b = claims[pair.a].proposition, claims[pair.b].proposition
        texts.update({(a, b), (b, a)})
    return sorted(texts)


def select_transfer_pairs(
    texts: Sequence[tuple[str, str]], probs: np.ndarray, *, others: int = 20_000, seed: int = 18
) -> list[dict]:
    """Training pairs labelled by the teacher: every informative pair and ``others`` of the rest.

    Each pair's ``label`` is the teacher's most likely class and ``soft`` its probabilities
    (entailment, neutral, contradiction); ``source`` is ``claims_transfer``."""
    informative = [i for i, row in enumerate(probs) if max(row[0], row[2]) > INFORMATIVE]
    rest = [i for i, row in enumerate(probs) if max(row[0], row[2]) <= INFORMATIVE]
    chosen = informative + random.Random(seed).sample(rest, min(others, len(rest)))
    return [
        {
            "premise": texts[i][0],
            "hypothesis": texts[i][1],
            "label": NLI_LABELS[int(np.argmax(probs[i]))],
            "source": "claims_transfer",
            "origin": "teacher",
            "soft": [round(float(x), 4) for x in probs[i]],
        }
        for i in chosen
    ]


def transfer_pairs(
    folders: Sequence[Path], teacher: str, *, device: str = "cpu", others: int = 20_000, seed: int = 18
) -> list[dict]:
    """Teacher-labelled claim pairs of every folder (each folder is checked as one corpus; its
    articles are read as ``consistency check`` reads a directory). Raises
    :class:`consistency.ingest.InputError` when a folder holds no readable article."""
    from consistency import Checker
    from consistency.ingest import read_inputs

    checker = Checker()
    scorer = NLIScorer(teacher, device=device, batch_size=256)
    chosen: list[dict] = []
    for folder in folders:
        texts = claim_pair_texts(read_inputs([folder]).documents, checker)
        if texts:
            chosen += select_transfer_pairs(texts, scorer.predict(texts), others=others, seed=seed)
    return chosen
