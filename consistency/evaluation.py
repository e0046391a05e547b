"""Score extraction and contradiction output against the gold files in ``fixtures/``.

A predicted span matches a gold span when at least half of the gold span is covered AND at least
half of the predicted span lies inside the gold span, so whole-sentence or one-word spans earn
nothing. Matching is one-to-one, best overlap first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .types import Claim, ClaimsResult, Document

_DETERMINERS = ("the ", "a ", "an ")


@dataclass(frozen=True)
class GoldClaim:
    """A gold claim located in its document."""

    doc: str
    actor: str
    aliases: tuple[str, ...]
    start: int
    end: int
    polarity: str
    optional: bool


@dataclass
class ExtractionScore:
    """Claim recall, precision and speaker accuracy over a set of documents, and whether each
    gold actor's claims went to one predicted actor: a speaker named right claim by claim ('the
    company', 'Corvane' and 'a Corvane spokeswoman' all stand in the gold aliases) can still be
    split into several actors, which hides a speaker's own earlier claims from the checker."""

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    speaker_correct: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)
    #: (document, gold actor) -> (actor id, actor name) of each of its claims matched with the
    #: right speaker.
    actor_groups: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched_gold if self.matched_gold else 0.0

    @property
    def split_actors(self) -> list[str]:
        """Gold actors with two or more matched claims whose claims went to several actors."""
        return [
            f"{doc}: gold {actor!r} as " + ", ".join(sorted({repr(name) for _, name in found}))
            for (doc, actor), found in sorted(self.actor_groups.items())
            if len({actor_id for actor_id, _ in found}) > 1
        ]

    @property
    def actor_split_rate(self) -> float:
        """Share of gold actors with two or more matched claims that were split."""
        groups = sum(len(found) > 1 for found in self.actor_groups.values())
        return len(self.split_actors) / groups if groups else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "claims_gold": self.gold,
            "claims_predicted": self.predicted,
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "speaker_accuracy": round(self.speaker_accuracy, 3),
            "actors_split": round(self.actor_split_rate, 3),
        }


def span_match(a_start: int, a_end: int, g_start: int, g_end: int) -> bool:
    """The benchmark's span rule: half of gold covered and half of prediction inside gold."""
    overlap = min(a_end, g_end) - max(a_start, g_start)
    if overlap <= 0:
        return False
    return overlap >= 0.5 * (g_end - g_start) and overlap >= 0.5 * (a_end - a_start)


def locate(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th exact occurrence of ``needle`` in ``text``."""
    position = -1
    for _ in range(occurrence + 1):
        position = text.find(needle, position + 1)
        if position == -1:
            raise ValueError(f"gold text not found: {needle[:60]!r}")
    return position, position + len(needle)


def load_fixture_documents(folder: Path) -> list[Document]:
    """Every ``NAME.txt`` with a ``NAME.gold.json`` beside it, as a document with id NAME."""
    documents = []
    for path in sorted(folder.glob("*.txt")):
        if path.with_suffix(".gold.json").is_file():
            documents.append(Document(id=path.stem, text=path.read_text(encoding="utf-8"), path=str(path)))
    return documents


def load_gold_claims(folder: Path, documents: Sequence[Document]) -> list[GoldClaim]:
    """Gold claims of every document, located by their exact text."""
    gold = []
    for document in documents:
        data = json.loads((folder / f"{document.id}.gold.json").read_text(encoding="utf-8"))
        for item in data.get("claims", []):
            start, end = locate(document.text, item["text"], item.get("occurrence", 0))
            gold.append(
                GoldClaim(
                    doc=document.id,
                    actor=item["actor"],
                    aliases=tuple(item.get("actor_aliases", ())),
                    start=start,
                    end=end,
                    polarity=item.get("polarity", "asserted"),
                    optional=bool(item.get("optional")),
                )
            )
    return gold


def score_extraction(result: ClaimsResult, gold: Iterable[GoldClaim]) -> ExtractionScore:
    """Score predicted claims against gold claims, one-to-one by best overlap."""
    gold = list(gold)
    actors = {actor.id: actor for actor in result.actors}
    texts = {document.id: document.text for document in result.documents}
    score = ExtractionScore(gold=sum(not g.optional for g in gold))
    candidates = []
    for p_index, claim in enumerate(result.claims):
        for g_index, item in enumerate(gold):
            if item.doc == claim.doc and span_match(claim.start, claim.end, item.start, item.end):
                overlap = min(claim.end, item.end) - max(claim.start, item.start)
                candidates.append((overlap, p_index, g_index))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, p_index, g_index in sorted(candidates, reverse=True):
        if p_index in used_p or g_index in used_g:
            continue
        used_p.add(p_index)
        used_g.add(g_index)
        item, claim = gold[g_index], result.claims[p_index]
        if item.optional:
            continue
        score.matched_gold += 1
        score.matched_predicted += 1
        names = [claim.actor, *actors[claim.actor_id].aliases]
        if speaker_matches(names, item.actor, item.aliases):
            score.speaker_correct += 1
            score.actor_groups.setdefault((item.doc, item.actor), []).append((claim.actor_id, claim.actor))
        else:
            score.wrong_speakers.append(
                f"{item.doc}: gold {item.actor!r}, got {claim.actor!r}: "
                f"{_snippet(texts[item.doc], item.start, item.end)}"
            )
    optional_hits = sum(
        1 for p in used_p if any(gold[g].optional for _, pp, g in candidates if pp == p and g in used_g)
    )
    score.predicted = len(result.claims) - optional_hits
    score.misses = [
        f"{g.doc} [{g.actor}]: {_snippet(texts[g.doc], g.start, g.end)}"
        for i, g in enumerate(gold)
        if i not in used_g and not g.optional
    ]
    score.false_alarms = [
        f"{c.doc} [{c.actor}]: {_snippet(texts[c.doc], c.start, c.end)}"
        for i, c in enumerate(result.claims)
        if i not in used_p
    ]
    return score


def claim_matches_gold(claim: Claim, doc: str, start: int, end: int) -> bool:
    """Whether a predicted claim matches a gold span under the benchmark rule."""
    return claim.doc == doc and span_match(claim.start, claim.end, start, end)


def speaker_matches(predicted_names: Iterable[str], gold: str, gold_aliases: Iterable[str] = ()) -> bool:
    """Same actor: equal names or aliases (ignoring case and articles), or a shared surname."""
    wanted = {_normal(name) for name in (gold, *gold_aliases)}
    got = {_normal(name) for name in predicted_names}
    if wanted & got:
        return True
    surnames = {name.split()[-1] for name in wanted if len(name.split()) >= 2}
    return any(
        name.split() and name.split()[-1] in surnames and name[:1].isalpha() for name in got if len(name.split()) <= 3
    )


def _normal(name: str) -> str:
    name = " ".join(name.lower().replace("’", "'").split())
    for det in _DETERMINERS:
        if name.startswith(det):
            name = name[len(det) :]
    return name


def _snippet(text: str, start: int, end: int) -> str:
    body = " ".join(text[start:end].split())
    return body if len(body) < 110 else body[:107] + "..."


@dataclass(frozen=True)
class GoldPair:
    """A gold contradiction or hard negative: two located claim spans."""

    doc: str
    a: tuple[int, int]
    b: tuple[int, int]
    kind: str  # "contradiction" | "hard_negative"
    label: str  # reason of a contradiction, "why" of a hard negative


def load_gold_pairs(folder: Path, documents: Sequence[Document]) -> list[GoldPair]:
    """Gold contradictions and hard negatives of every document, located by exact text."""
    pairs = []
    for document in documents:
        data = json.loads((folder / f"{document.id}.gold.json").read_text(encoding="utf-8"))
        for kind, key, label in (
            ("contradiction", "contradictions", "reason"),
            ("hard_negative", "hard_negatives", "why"),
        ):
            for item in data.get(key, []):
                spans = [
                    locate(document.text, side["text"], side.get("occurrence", 0)) for side in (item["a"], item["b"])
                ]
                pairs.append(
                    GoldPair(doc=document.id, a=spans[0], b=spans[1], kind=kind, label=str(item.get(label, "")))
                )
    return pairs


def pair_matches(a: Claim, b: Claim, gold: GoldPair) -> bool:
    """Each claim matches one gold claim by the span rule, in either order."""
    if a.doc != gold.doc or b.doc != gold.doc:
        return False
    straight = claim_matches_gold(a, gold.doc, *gold.a) and claim_matches_gold(b, gold.doc, *gold.b)
    crossed = claim_matches_gold(a, gold.doc, *gold.b) and claim_matches_gold(b, gold.doc, *gold.a)
    return straight or crossed


@dataclass
class PairScore:
    """Contradiction precision, recall and F1, and the share of hard negatives flagged."""

    predicted: int = 0
    true_positive: int = 0
    gold: int = 0
    gold_found: int = 0
    hard_negatives: int = 0
    hard_negatives_flagged: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def hard_negative_rate(self) -> float:
        return self.hard_negatives_flagged / self.hard_negatives if self.hard_negatives else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "hard_negatives": self.hard_negatives,
            "hard_negatives_flagged": round(self.hard_negative_rate, 3),
        }


def score_pairs(predicted: Sequence[tuple[Claim, Claim]], gold: Sequence[GoldPair]) -> PairScore:
    """Score predicted contradiction pairs against gold contradictions and hard negatives."""
    contradictions = [g for g in gold if g.kind == "contradiction"]
    negatives = [g for g in gold if g.kind == "hard_negative"]
    score = PairScore(predicted=len(predicted), gold=len(contradictions), hard_negatives=len(negatives))
    score.true_positive = sum(any(pair_matches(a, b, g) for g in contradictions) for a, b in predicted)
    score.gold_found = sum(any(pair_matches(a, b, g) for a, b in predicted) for g in contradictions)
    score.hard_negatives_flagged = sum(any(pair_matches(a, b, g) for a, b in predicted) for g in negatives)
    return score
