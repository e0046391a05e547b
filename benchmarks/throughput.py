"""End-to-end speed on 2 cores: model load, articles/s and claims/s, peak memory, pairing scale.

    python benchmarks/throughput.py [--repeat 3] [--pairing-claims 10000]

Single articles are checked one call at a time (the interactive case); the corpus is every
fixture article in one call. The pairing run builds a synthetic set of claims and counts the
candidate pairs sent to the NLI model against the number of all pairs.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

import numpy as np

from consistency import Checker, Document
from consistency.evidence import analyse, pair_evidence, story_entities
from consistency.nli.scorer import default_num_threads
from consistency.pair import candidate_pairs
from consistency.types import Claim, Span

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def articles() -> list[Document]:
    return [Document(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*/*/*.txt"))]


def synthetic_claims(n: int, seed: int = 7) -> list[Claim]:
    """News-like claims from templates over many actors, places and quantities."""
    rng = random.Random(seed)
    subjects = [
        "the ministry",
        "the company",
        "the union",
        "police",
        "the club",
        "rebels",
        "the government",
        "the regulator",
        "the mayor",
        "the army",
        "the opposition",
    ]
    events = [
        "talks were held in {p}",
        "the plant in {p} will close",
        "{n} people were injured in {p}",
        "sales in {p} rose {n} percent",
        "troops withdrew from {p}",
        "the vote in {p} was fair",
        "a meeting in {p} is planned",
        "prices in {p} fell {n} percent",
        "the bridge in {p} is safe",
        "{n} jobs will be cut in {p}",
    ]
    places = [
        f"{a}{b}"
        for a in ("Nor", "Val", "Kes", "Bra", "Lin", "Ost", "Mar", "Tor", "Ard", "Sel")
        for b in ("ton", "ia", "burg", "ville", "stad", "grad", "mouth", "field", "heim", "polis")
    ]
    claims = []
    for i in range(n):
        text = rng.choice(events).format(p=rng.choice(places), n=rng.randint(2, 900))
        if rng.random() < 0.3:
            text = "no " + text if text.startswith("a ") else text.replace(" was ", " was not ", 1)
        actor = rng.choice(subjects)
        claims.append(
            Claim(
                id=f"s:c{i}",
                doc=f"s{i // 20}",
                actor=actor,
                actor_id=actor.replace(" ", "-"),
                text=text,
                start=0,
                end=len(text),
                segments=(Span(start=0, end=len(text)),),
                sentence_start=i,
                sentence_end=i + 1,
                cue="said",
                cue_lemma="say",
                kind="indirect",
                polarity="asserted",
                proposition=text,
                raw=Span(start=0, end=len(text)),
                speaker=actor,
            )
        )
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--pairing-claims", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=default_num_threads(), help="parsers for the corpus run")
    args = parser.parse_args()

    started = time.perf_counter()
    checker = Checker()
    load = time.perf_counter() - started
    documents = articles()
    words = sum(len(d.text.split()) for d in documents)
    checker.check(documents[:1])  # warm-up

    started = time.perf_counter()
    claims = 0
    for _ in range(args.repeat):
        for document in documents:
            claims += len(checker.check([document]).claims)
    single = time.perf_counter() - started
    runs = args.repeat * len(documents)

    long_articles = [d for d in documents if len(d.text.split()) >= 500]
    started = time.perf_counter()
    for _ in range(args.repeat):
        for document in long_articles:
            checker.check([document])
    long_seconds = time.perf_counter() - started
    long_words = sum(len(d.text.split()) for d in long_articles) / max(1, len(long_articles))

    corpus_runs = []
    for processes in sorted({1, args.processes}):
        checker.extractor.processes = processes
        for subset in (documents, long_articles):
            checker.embedder.clear_cache()  # nothing is served from the runs before
            started = time.perf_counter()
            corpus = checker.check(subset)
            corpus_runs.append((processes, time.perf_counter() - started, corpus))

    print(f"model load             {load:.1f} s")
    print(f"articles               {len(documents)} fixture articles, {words / len(documents):.0f} words on average")
    print(
        f"single articles        {runs / single:.2f} articles/s, {claims / single:.1f} claims/s, "
        f"{args.repeat * words / single:.0f} words/s"
    )
    print(
        f"articles >= 500 words  {len(long_articles)} of them, {long_words:.0f} words on average: "
        f"{args.repeat * len(long_articles) / long_seconds:.2f} articles/s one per call"
    )
    for processes, seconds, corpus in corpus_runs:
        n = len(corpus.documents)
        print(
            f"corpus in one call     {n} articles, {sum(len(d.text.split()) for d in corpus.documents) / n:.0f} words "
            f"on average: {n / seconds:.2f} articles/s, {len(corpus.claims) / seconds:.1f} claims/s, "
            f"{corpus.candidate_pairs} pairs judged ({processes} parser process{'es' if processes > 1 else ''})"
        )

    synthetic = synthetic_claims(args.pairing_claims)
    started = time.perf_counter()
    propositions = analyse(checker.extractor.nlp, synthetic)
    embeddings = checker.embedder.encode([c.proposition for c in synthetic])
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    pairs = candidate_pairs(synthetic, propositions, embeddings)
    pairing = time.perf_counter() - started
    stories = story_entities(synthetic, propositions)
    to_nli, texts = 0, set()  # the model scores each distinct pair of texts once
    for p in pairs:
        found = pair_evidence(synthetic[p.a], synthetic[p.b], propositions[p.a], propositions[p.b], stories)
        if checker.can_flag(p, found):
            to_nli += 1
            texts.add((synthetic[p.a].proposition, synthetic[p.b].proposition))
    n = len(synthetic)
    all_pairs = n * (n - 1) // 2
    partners = np.bincount([p.a for p in pairs] + [p.b for p in pairs], minlength=n)
    print(
        f"pairing {n} claims     {len(pairs)} candidate pairs ({len(pairs) / n:.1f} per claim, "
        f"{100 * len(pairs) / all_pairs:.3f}% of {all_pairs} pairs), max {partners.max()} partners/claim, "
        f"{to_nli} of them can reach the threshold and go to the NLI model ({to_nli / n:.1f} per claim; "
        f"{len(texts)} distinct text pairs, {len(texts) / n:.1f} per claim); "
        f"analyse+embed {prepared:.1f} s, pairing {pairing:.1f} s"
    )
    print(f"peak memory            {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
