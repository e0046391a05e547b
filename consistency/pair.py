"""Candidate pairs: claims about the same thing, found without comparing all pairs.

Within one article every two claims are compared (an article has tens of claims, and a terse
denial such as "any money had been paid" shares neither words nor much similarity with the
"20 million crowns" it denies). Across articles, and inside very long texts, two sources feed the
candidates, each bounded per claim so the number of pairs grows linearly: shared rare content
words (an inverted index over lemmas: entities, event nouns, and the noun that a referring
expression such as "no such meeting" points back to), and nearest neighbours in embedding space
(hnswlib). Cosine similarity alone is not a usable gate. Claims that repeat one statement word
for word (a wire story in thirty outlets) share one place in that search, so the copies never
crowd out the claim that contradicts them, and every copy is paired with the first copy of each
statement found for it (the pairs grow with the copies, not with their product).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .evidence import PairEvidence, Proposition, story_entities, story_overlap
from .extract.lexicon import REVISING_VERBS
from .extract.references import referent_noun
from .types import Claim

#: Above this many claims, neighbours come from an hnswlib index instead of a dense product.
ANN_THRESHOLD = 2_000
#: Documents with at most this many claims have all their pairs compared.
ALL_PAIRS_PER_DOCUMENT = 60


@dataclass(frozen=True)
class CandidatePair:
    """Indices of two claims (``a`` before ``b``), their similarity and shared words."""

    a: int
    b: int
    similarity: float
    shared: tuple[str, ...]


def candidate_pairs(
    claims: Sequence[Claim],
    propositions: Sequence[Proposition],
    embeddings: np.ndarray,
    *,
    per_claim: int = 8,
    min_similarity: float = 0.3,
    min_story: float = 0.05,
    names: Mapping[str, Iterable[str]] | None = None,
) -> list[CandidatePair]:
    """Pairs worth judging: all pairs within a short document; otherwise at most ``2 * per_claim``
    partner statements per statement (every copy of one paired with the other's first copy), and
    across documents only when the two stories share at least ``min_story`` of the names their
    claims mention, or their texts share most of the names they mention (``names``: document id ->
    the names its text mentions)."""
    n = len(claims)
    if n < 2:
        return []
    copies = _copies(claims)
    firsts = [members[0] for members in copies]
    partners: dict[tuple[int, int], set[str]] = defaultdict(set)
    for x, y, words in _shared_word_pairs([propositions[i] for i in firsts], per_claim):
        for i, j in _between(copies[x], copies[y]):
            partners[(i, j)].update(words)
    for x, y in _neighbour_pairs(embeddings[firsts], per_claim, min_similarity):
        for i, j in _between(copies[x], copies[y]):
            partners.setdefault((i, j), set())
    for i, j in _within_document_pairs(claims):
        partners.setdefault((i, j), set())
    stories = story_entities(claims, propositions)
    narratives = {doc: frozenset(mentioned) for doc, mentioned in (names or {}).items()}
    pairs = []
    judgeable = [_judgeable(c) for c in claims]
    for (i, j), words in partners.items():
        if not (judgeable[i] and judgeable[j]) or _same_statement(claims[i], claims[j]):
            continue
        similarity = float(embeddings[i] @ embeddings[j])
        if not (
            _same_story(claims[i], claims[j], stories, min_story, similarity)
            or _same_narrative(claims[i], claims[j], narratives)
        ):
            continue
        pairs.append(CandidatePair(a=i, b=j, similarity=similarity, shared=tuple(sorted(words))))
    return sorted(pairs, key=lambda p: (p.a, p.b))


def _copies(claims: Sequence[Claim]) -> list[list[int]]:
    """Claims grouped by the statement they make: the same words with the same polarity."""
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        groups[statement(claim)].append(index)
    return list(groups.values())


def statement(claim: Claim) -> tuple[str, tuple[str, ...]]:
    """What a claim states, whoever says it where: its polarity and the words of its proposition."""
    return claim.polarity, tuple(re.findall(r"\w+", claim.proposition.lower()))


def _between(left: list[int], right: list[int]):
    """Pairs that give every copy of one statement a partner among the copies of the other: each
    copy with the other's first copy, so the pairs grow with the copies, not with their product."""
    for j in right:
        yield min(left[0], j), max(left[0], j)
    for i in left[1:]:
        yield min(i, right[0]), max(i, right[0])


def _shared_word_pairs(propositions: Sequence[Proposition], per_claim: int):
    """Pairs that share rare content words, best ``per_claim`` per claim by summed IDF."""
    n = len(propositions)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, proposition in enumerate(propositions):
        for lemma in proposition.lemmas:
            postings[lemma].append(index)
    max_df = max(25, int(0.02 * n))
    idf = {lemma: math.log(1 + n / len(ids)) for lemma, ids in postings.items()}
    for index, proposition in enumerate(propositions):
        scores: dict[int, float] = defaultdict(float)
        words: dict[int, list[str]] = defaultdict(list)
        for lemma in proposition.lemmas:
            ids = postings[lemma]
            if len(ids) > max_df:
                continue
            for other in ids:
                if other != index:
                    scores[other] += idf[lemma]
                    words[other].append(lemma)
        best = sorted(scores, key=lambda other: -scores[other])[:per_claim]
        for other in best:
            yield min(index, other), max(index, other), words[other]


def _within_document_pairs(claims: Sequence[Claim]):
    """Every pair of claims inside a document of at most ALL_PAIRS_PER_DOCUMENT claims."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_document[claim.doc].append(index)
    for indices in by_document.values():
        if len(indices) <= ALL_PAIRS_PER_DOCUMENT:
            for position, i in enumerate(indices):
                for j in indices[position + 1 :]:
                    yield i, j


def _neighbour_pairs(embeddings: np.ndarray, per_claim: int, min_similarity: float):
    n = len(embeddings)
    k = min(per_claim + 1, n)
    if n <= ANN_THRESHOLD:
        similarities = embeddings @ embeddings.T
        neighbours = np.argsort(-similarities, axis=1)[:, :k]
        scores = np.take_along_axis(similarities, neighbours, axis=1)
    else:
        import hnswlib

        index = hnswlib.Index(space="cosine", dim=embeddings.shape[1])
        index.init_index(max_elements=n, ef_construction=200, M=16, random_seed=13)
        index.add_items(embeddings, np.arange(n))
        index.set_ef(max(50, 2 * k))
        neighbours, distances = index.knn_query(embeddings, k=k)
        scores = 1.0 - distances
    for i in range(n):
        for j, score in zip(neighbours[i], scores[i], strict=True):
            if int(j) != i and score >= min_similarity:
                yield min(i, int(j)), max(i, int(j))


def _same_story(a: Claim, b: Claim, stories: dict[str, frozenset[str]], minimum: float, similarity: float) -> bool:
    """Within a document always; across documents when the stories share at least two names and
    ``minimum`` of all the names they mention, or one name and the claims say nearly the same
    thing (two outlets' short items on the Valden floods share only 'Valden', but '23 dead' and
    'at least 31 people had died' score 0.70)."""
    if a.doc == b.doc:
        return True
    shared, share = story_overlap(stories[a.doc], stories[b.doc])
    return share >= minimum and (shared >= 2 or (shared == 1 and similarity >= SAME_STORY_SIMILARITY))


def _same_narrative(a: Claim, b: Claim, narratives: Mapping[str, frozenset[str]]) -> bool:
    """Two documents whose texts name the same people, organisations and places: two outlets'
    items on one strike may name the firm and the town only in their narrative, not in the claims.
    Unrelated stories share a capital or a ministry, so most of the names must be shared."""
    shared, share = story_overlap(narratives.get(a.doc, frozenset()), narratives.get(b.doc, frozenset()))
    return shared >= NARRATIVE_NAMES and share >= NARRATIVE_SHARE


#: Names two documents' texts must share, in number and as a share of all they mention, to be
#: one story without their claims saying so (unrelated fixture articles share at most 0.18).
NARRATIVE_NAMES = 3
NARRATIVE_SHARE = 0.3
#: Claim similarity that, with one shared name, puts two documents' claims in one story.
SAME_STORY_SIMILARITY = 0.6


def _judgeable(claim: Claim) -> bool:
    """A denial that names its target only by a noun ('denied the allegations') and could not be
    linked to it states nothing that another claim could contradict, nor does an appeal ('urged
    both governments to show restraint')."""
    if claim.cue_lemma in _APPEALS:
        return False
    return claim.refers_to is not None or referent_noun(claim) is None


#: Cues of a call to act, which asks for something rather than saying what is so (of the
#: extractor's speech verbs; 'implore', 'exhort' and 'beg' are none of them).
_APPEALS = frozenset({"urge"})


def _same_statement(a: Claim, b: Claim) -> bool:
    """Two claims from one sentence by one speaker ('said A and accused Y of B') are one act,
    unless one revises a figure ('had initially said 21 ... but later corrected the figure to 23'),
    and the same words asserted (or denied) twice, by anyone, repeat each other."""
    one_sentence = a.doc == b.doc and a.actor_id == b.actor_id and a.sentence_start == b.sentence_start
    if one_sentence and REVISING_VERBS.isdisjoint({a.cue_lemma, b.cue_lemma}):
        return True
    return statement(a) == statement(b)


def mark_closest_denials(pairs: Sequence[CandidatePair], evidence: Sequence[PairEvidence]) -> list[PairEvidence]:
    """Flag, for each denial, the pair with the other speaker's claim most like what is denied.

    A denial in a news story answers one claim, usually the one it restates most closely, while
    the other claims paired with it share only the story. Closeness is ranked per denial, so it
    holds however differently the two speakers word it: on the dev articles the closest claim was
    the denied one for half of the denials, the third closest or farther for 1% of the pairs."""
    closest: dict[int, int] = {}
    for index, (pair, found) in enumerate(zip(pairs, evidence, strict=True)):
        if not found.denied_side or found.same_actor or not found.stance_mismatch:
            continue
        denial = pair.a if found.denied_side == "a" else pair.b
        best = closest.get(denial)
        if best is None or pair.similarity > pairs[best].similarity:
            closest[denial] = index
    chosen = set(closest.values())
    return [replace(found, closest_to_denial=True) if i in chosen else found for i, found in enumerate(evidence)]


def partner_ranks(claims: Sequence[Claim], pairs: Sequence[CandidatePair], scores: Sequence[float]) -> np.ndarray:
    """For each pair, how many of its claims' other partners score higher, on the side with more
    (pairs scoring 0 take part in nothing). A news claim usually answers one or two others, and a
    claim that seems to clash with many is more often one sweeping word ('without any warning')
    than many contradictions. Copies of one statement count as one partner, so a wire claim
    reprinted thirty times does not push its own clash down."""
    better: dict[int, dict[tuple, float]] = defaultdict(dict)
    for pair, score in zip(pairs, scores, strict=True):
        if score > 0:
            for side, other in ((pair.a, pair.b), (pair.b, pair.a)):
                key = statement(claims[other])
                better[side][key] = max(better[side].get(key, 0.0), score)
    ranks = np.zeros(len(pairs), dtype=int)
    for index, (pair, score) in enumerate(zip(pairs, scores, strict=True)):
        if score > 0:
            ranks[index] = max(sum(s > score for s in better[side].values()) for side in (pair.a, pair.b))
    return ranks
