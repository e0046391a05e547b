"""The main job: claims -> embeddings -> candidate pairs -> judgement -> contradictions.

:class:`Checker` loads its models once and checks any number of documents; :func:`check` in the
package root is the one-call entry point.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .embed import ClaimEmbedder
from .evidence import (
    PairEvidence,
    Proposition,
    analyse,
    document_names,
    pair_evidence,
    proposition_of,
    story_entities,
)
from .extract import ClaimExtractor
from .extract.boilerplate import boilerplate_ranges
from .extract.lexicon import CORRECTING_CUES
from .judge import JudgeModel, clashes, explain, nli_scores, pair_features
from .pair import CandidatePair, candidate_pairs, mark_closest_denials, partner_ranks, statement
from .registry import DEFAULT_EMBEDDER, DEFAULT_NLI_MODEL, DEFAULT_SPACY_MODEL
from .types import CheckResult, Claim, ClaimsResult, Contradiction, Document, ModelInfo, Skipped, Update

#: NLI outputs at the two ends of what the model can say: sure contradiction (read either way
#: round when a denial flips entailment into a clash) and sure agreement.
_NLI_CLASH = np.array([1.0, 0.0, 1.0], dtype=np.float32)
_NLI_AGREE = np.array([0.0, 1.0, 0.0], dtype=np.float32)
#: How alike two claims of one speaker must be for a change announced in the later to update the earlier.
_CHANGE_SIMILARITY = 0.3


@dataclass(frozen=True)
class ParseNotes:
    """What the extraction parse already tells the later stages, so they need not parse again."""

    #: Claim id -> proposition, for the claims stated in one stretch of text; the rest (split
    #: quotes, denials restated in new words) are parsed again.
    propositions: dict[str, Proposition] = field(default_factory=dict)
    #: Document id -> the names its text mentions outside boilerplate, to tell which documents
    #: report one story.
    names: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class JudgedPair:
    """A candidate pair with everything the judge computed (kept for calibration and debugging)."""

    pair: CandidatePair
    evidence: PairEvidence
    features: dict[str, float]
    nli_ab: np.ndarray
    nli_ba: np.ndarray
    score: float


class Checker:
    """Finds claims that cannot both be true. Load once, check many documents.

    ``processes`` spaCy parsers share the parsing of multi-document inputs (the result does not
    depend on it); the NLI model and the embedder use ``torch``'s threads either way.
    """

    def __init__(
        self,
        *,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        embedder: str = DEFAULT_EMBEDDER,
        nli_model: str = DEFAULT_NLI_MODEL,
        judge: JudgeModel | None = None,
        threshold: float | None = None,
        per_claim: int = 8,
        precision: str = "auto",
        processes: int = 1,
    ) -> None:
        if threshold is not None:
            valid_threshold(threshold)  # before minutes of model loading
        from transformers.utils import logging as transformers_logging

        from .nli import NLIScorer

        transformers_logging.disable_progress_bar()  # the CLI shows its own spinner while loading

        self.extractor = ClaimExtractor(spacy_model, processes=processes)
        # bf16 (where the CPU has it) or fp32: a claim's scores do not depend on what else is
        # checked with it, as they did with int8 (see consistency.precision).
        self.embedder = ClaimEmbedder(embedder, precision=precision)
        self.nli = NLIScorer(nli_model, precision=precision)
        self.judge = judge or JudgeModel.load()
        self.threshold = self.judge.threshold if threshold is None else threshold
        self.per_claim = per_claim
        self.models = ModelInfo(spacy=spacy_model, embedder=embedder, nli=self.nli.name, precision=self.nli.precision)

    def with_threshold(self, threshold: float) -> Checker:
        """The same loaded models reporting pairs that score at least ``threshold``."""
        other = copy.copy(self)
        other.threshold = valid_threshold(threshold)
        return other

    def check(
        self,
        documents: Iterable[Document],
        *,
        skipped: Iterable[Skipped] = (),
        progress: Callable[[int], None] | None = None,
        stage: Callable[[str], None] | None = None,
    ) -> CheckResult:
        """Extract claims from the documents and report the contradictions among them;
        ``progress`` counts documents extracted, ``stage`` hears what the checker does next."""
        if stage is not None:
            stage("Extracting claims")
        claims, notes = self.extract(documents, skipped=skipped, progress=progress)
        return self.check_claims(claims, notes=notes, stage=stage)

    def extract(
        self,
        documents: Iterable[Document],
        *,
        skipped: Iterable[Skipped] = (),
        progress: Callable[[int], None] | None = None,
    ) -> tuple[ClaimsResult, ParseNotes]:
        """The claims of the documents, and what their parse already tells the judging stages."""
        notes = ParseNotes()
        excluded: dict[str, list[tuple[int, int]]] = {}

        def keep(claim: Claim, tokens: SpacySpan) -> None:
            if (proposition := proposition_of(claim, tokens)) is not None:
                notes.propositions[claim.id] = proposition

        def read(document: Document, start: int, doc: Doc) -> None:
            if document.id not in excluded:
                excluded[document.id] = boilerplate_ranges(document.text)
            local = [(s - start, e - start) for s, e in excluded[document.id]]
            notes.names.setdefault(document.id, set()).update(document_names(doc, local))

        claims = self.extractor.extract(documents, skipped=skipped, progress=progress, on_claim=keep, on_parse=read)
        return claims, notes

    def check_claims(
        self,
        result: ClaimsResult,
        *,
        notes: ParseNotes | None = None,
        stage: Callable[[str], None] | None = None,
    ) -> CheckResult:
        """Judge the claims of an extraction result (for callers who extracted already);
        ``notes`` holds what the extraction parse told (see :meth:`extract`)."""
        dated = document_dates(result.documents)
        judged, propositions = self.judge_pairs(result.claims, notes=notes, stage=stage, dates=dated)
        claims = result.claims
        contradictions, updates = [], []
        for item in judged:
            a, b = claims[item.pair.a], claims[item.pair.b]
            # Reports put the earlier claim first: text order, or the documents' dates where they differ.
            swapped = _said_before(b, a, dated)
            first, then = (b, a) if swapped else (a, b)
            if (note := self._update_note(item, then)) is not None:
                updates.append(Update(claim_a=first.id, claim_b=then.id, explanation=f"{then.actor} {note}."))
                continue
            if item.score < self.threshold or not clashes(item.features):
                continue
            reason = self.judge.reason(item.features)
            contradictions.append(
                Contradiction(
                    id="",
                    key=pair_key(a, b),
                    claim_a=first.id,
                    claim_b=then.id,
                    score=round(item.score, 4),
                    reason=reason,
                    explanation=explain(
                        reason,
                        a,
                        b,
                        item.evidence,
                        propositions[item.pair.a],
                        propositions[item.pair.b],
                        item.features["nli_contradiction"],
                    ),
                    evidence=_fired(item.features),
                    nli_ab=nli_scores(item.nli_ba if swapped else item.nli_ab),
                    nli_ba=nli_scores(item.nli_ab if swapped else item.nli_ba),
                )
            )
        contradictions.sort(key=lambda c: -c.score)
        numbered = _grouped_repeats(
            [c.model_copy(update={"id": f"x{i}"}) for i, c in enumerate(contradictions, start=1)],
            {claim.id: claim for claim in claims},
        )
        return CheckResult(
            **result.model_dump(exclude={"schema_version"}),
            contradictions=numbered,
            updates=tuple(updates),
            threshold=self.threshold,
            candidate_pairs=len(judged),
            models=self.models,
        )

    def _update_note(self, item: JudgedPair, then: Claim) -> str | None:
        """Why a pair is its speaker's update rather than a contradiction: a figure revised, a
        change announced ('it had been postponed to Friday'), or a correction of what clashes
        with the earlier word ('Brandt corrected herself, saying ...'); None for any other pair."""
        if item.evidence.number_update:
            return "revised a figure given earlier"
        if item.evidence.announced_change and item.pair.similarity >= _CHANGE_SIMILARITY:
            return "announced a change to what was said earlier"
        clash = item.score >= self.threshold and clashes(item.features)
        if clash and item.evidence.same_actor and then.cue_lemma in CORRECTING_CUES:
            return "corrected an earlier statement"
        return None

    def _nli(
        self, claims: Sequence[Claim], pairs: Sequence[CandidatePair], evidence: Sequence[PairEvidence]
    ) -> tuple[np.ndarray, np.ndarray]:
        """NLI in both directions for the pairs that can be flagged; the rest stay uninformative
        (1/3 each). The direction the score leans on goes first (asserted -> denied for a denial,
        else a -> b), and the other is run only where the pair can still reach the threshold:
        most pairs are ruled out by one direction, and every flagged pair has both."""
        ab = np.full((len(pairs), 3), 1 / 3, dtype=np.float32)
        ba = ab.copy()
        chosen = [i for i, (p, e) in enumerate(zip(pairs, evidence, strict=True)) if self.can_flag(p, e)]
        lead_is_ba = {i for i in chosen if evidence[i].denied_side == "a"}
        self._run_nli(claims, pairs, [(i, i in lead_is_ba) for i in chosen], ab, ba)
        scored = {i: (None, ba[i]) if i in lead_is_ba else (ab[i], None) for i in chosen}
        rest = [(i, i not in lead_is_ba) for i in chosen if self.can_flag(pairs[i], evidence[i], *scored[i])]
        self._run_nli(claims, pairs, rest, ab, ba)
        return ab, ba

    def _run_nli(
        self,
        claims: Sequence[Claim],
        pairs: Sequence[CandidatePair],
        todo: Sequence[tuple[int, bool]],
        ab: np.ndarray,
        ba: np.ndarray,
    ) -> None:
        """Fill ``ab``, or ``ba`` where the pair's flag says b -> a, for the listed pairs."""
        if not todo:
            return
        ends = [(pairs[i].b, pairs[i].a) if reverse else (pairs[i].a, pairs[i].b) for i, reverse in todo]
        probs = self.nli.predict([(claims[p].proposition, claims[h].proposition) for p, h in ends])
        for (i, reverse), row in zip(todo, probs, strict=True):
            (ba if reverse else ab)[i] = row

    def can_flag(
        self,
        pair: CandidatePair,
        evidence: PairEvidence,
        nli_ab: np.ndarray | None = None,
        nli_ba: np.ndarray | None = None,
    ) -> bool:
        """Whether some NLI output in the directions not yet scored (None) could lift the pair over
        the threshold. The score is monotone in the NLI features, so the two extremes bound it;
        pairs that cannot be flagged skip the model."""
        return any(
            self.judge.score(
                features := pair_features(
                    evidence,
                    nli_ab if nli_ab is not None else nli,
                    nli_ba if nli_ba is not None else nli,
                    pair.similarity,
                )
            )
            >= self.threshold
            and clashes(features)
            for nli in (_NLI_CLASH, _NLI_AGREE)
        )

    def pair(
        self, claims: Sequence[Claim], *, notes: ParseNotes | None = None
    ) -> tuple[list[CandidatePair], list[Proposition]]:
        """The candidate pairs worth judging, and every claim's proposition."""
        notes = notes or ParseNotes()
        propositions = analyse(self.extractor.nlp, claims, known=notes.propositions, processes=self.extractor.processes)
        embeddings = self.embedder.encode([c.proposition for c in claims])
        pairs = candidate_pairs(claims, propositions, embeddings, per_claim=self.per_claim, names=notes.names)
        return pairs, propositions

    def judge_pairs(
        self,
        claims: Sequence[Claim],
        *,
        notes: ParseNotes | None = None,
        stage: Callable[[str], None] | None = None,
        dates: Mapping[str, date] | None = None,
    ) -> tuple[list[JudgedPair], list[Proposition]]:
        """Candidate pairs with features, NLI in both directions and calibrated scores; ``dates``
        gives documents' dates (see :func:`document_dates`)."""
        if stage is not None:
            stage(f"Pairing {len(claims):,} claims")
        pairs, propositions = self.pair(claims, notes=notes)
        if not pairs:
            return [], propositions
        if stage is not None:
            stage(f"Judging {len(pairs):,} candidate pairs")
        stories = story_entities(claims, propositions)
        evidence = mark_closest_denials(
            pairs,
            [
                pair_evidence(claims[p.a], claims[p.b], propositions[p.a], propositions[p.b], stories, dates)
                for p in pairs
            ],
        )
        nli_ab, nli_ba = self._nli(claims, pairs, evidence)
        features = [
            pair_features(found, ab, ba, pair.similarity)
            for pair, found, ab, ba in zip(pairs, evidence, nli_ab, nli_ba, strict=True)
        ]
        # Only pairs with some sign of a clash compete for their claims' partners.
        alone = [self.judge.score(f) if clashes(f) else 0.0 for f in features]
        ranks = partner_ranks(claims, pairs, alone)
        judged = [
            JudgedPair(pair, found, f, ab, ba, self.judge.score(f, int(rank)))
            for pair, found, f, ab, ba, rank in zip(pairs, evidence, features, nli_ab, nli_ba, ranks, strict=True)
        ]
        return judged, propositions


def _grouped_repeats(ranked: Sequence[Contradiction], claims: Mapping[str, Claim]) -> tuple[Contradiction, ...]:
    """Point each contradiction that repeats a higher-ranked one (the same two actors making the
    same two statements, as when one wire story is reprinted by many outlets) at it by ``same_as``."""
    first: dict[tuple, str] = {}
    grouped = []
    for contradiction in ranked:
        sides = (claims[contradiction.claim_a], claims[contradiction.claim_b])
        key = tuple(sorted((claim.actor_id, *statement(claim)) for claim in sides))
        head = first.setdefault(key, contradiction.id)
        grouped.append(
            contradiction if head == contradiction.id else contradiction.model_copy(update={"same_as": head})
        )
    return tuple(grouped)


def valid_threshold(threshold: float) -> float:
    """A score threshold in [0, 1]; scores are probabilities, so anything else flags all or nothing."""
    if not 0.0 <= threshold <= 1.0:  # (NaN fails this too)
        raise ValueError(f"threshold must be between 0 and 1, not {threshold}")
    return threshold


def pair_key(a: Claim, b: Claim) -> str:
    """A key for two claims that does not depend on their order or on what else was checked:
    each claim's document, span and words."""
    sides = sorted(f"{c.doc}\x1f{c.start}\x1f{c.end}\x1f{c.text}" for c in (a, b))
    return hashlib.sha1("\x1e".join(sides).encode("utf-8")).hexdigest()[:12]


def document_dates(documents: Iterable[Document]) -> dict[str, date]:
    """Each document's date where it is given in ISO form ('2025-03-02', '2025-03-02T10:00Z')."""
    dated = {}
    for document in documents:
        try:
            dated[document.id] = date.fromisoformat((document.date or "")[:10])
        except ValueError:
            continue
    return dated


def _said_before(a: Claim, b: Claim, dated: Mapping[str, date]) -> bool:
    """Whether claim ``a`` comes before ``b``: earlier in one document (a transcript's answers are
    numbered after the reporting around them), or from a document dated before ``b``'s."""
    if a.doc == b.doc:
        return a.start < b.start
    return a.doc in dated and b.doc in dated and dated[a.doc] < dated[b.doc]


def _fired(features: dict[str, float]) -> tuple[str, ...]:
    typed = ("denial", "negation", "numbers", "dates", "opposite", "hedged", "conditional", "update")
    return tuple(name for name in typed if features.get(name, 0.0) > 0)
