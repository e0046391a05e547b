"""Typed results shared by every pipeline stage.

Spans are half-open character offsets into ``Document.text`` (as in spaCy's ``start_char`` /
``end_char``), so every claim can be highlighted exactly in the text the tool read.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: Version of the JSON output; bump the major part on any breaking change.
SCHEMA_VERSION = "1.5"

ClaimKind = Literal["direct", "indirect", "according_to", "passive"]
Polarity = Literal["asserted", "denied"]
ActorKind = Literal["person", "organization", "group", "unnamed", "media"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(_Frozen):
    """One document as the tool holds it; all offsets point into ``text``."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = Field(default=None, description="File the document was read from.")
    line: int | None = Field(default=None, description="1-based line number in a JSONL file.")


class Skipped(_Frozen):
    """An input (file, JSONL line or document) that could not be used, and why."""

    source: str
    reason: str


class Span(_Frozen):
    """A half-open character range ``[start, end)`` of a document's text."""

    start: int
    end: int


class Actor(_Frozen):
    """A speaker resolved across titles, surnames, roles and pronouns."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


class Claim(_Frozen):
    """An attributed statement: who said what, where exactly, and how."""

    id: str
    doc: str
    actor: str
    actor_id: str
    text: str = Field(description="Claim content; split quotes are joined with a space.")
    start: int = Field(description="Offset of the first character of the content.")
    end: int = Field(description="Offset just past the last character of the content.")
    segments: tuple[Span, ...] = Field(
        description="Content pieces; more than one for a quote split around its speaker."
    )
    sentence_start: int
    sentence_end: int
    cue: str = Field(description="Speech verb or phrase as written, e.g. 'told reporters'.")
    cue_lemma: str
    kind: ClaimKind
    polarity: Polarity
    proposition: str = Field(description="What is asserted or, for a denial, what is denied ('a meeting took place').")
    raw: Span = Field(description="Attribution and content together, e.g. 'denied that ...'.")
    speaker: str = Field(description="The speaker as written here: 'he', 'the minister'.")
    speaker_span: Span | None = None
    time: str | None = Field(default=None, description="Stated time of the statement.")
    refers_to: str | None = Field(
        default=None,
        description="For a denial that names its target only by a noun ('denied the allegations'): "
        "the id of the earlier claim it denies, whose proposition it takes.",
    )


class ClaimsResult(_Frozen):
    """Everything extraction produced for a set of documents."""

    schema_version: str = SCHEMA_VERSION
    documents: tuple[Document, ...]
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    skipped: tuple[Skipped, ...] = ()

    def claims_by_actor(self) -> dict[str, list[Claim]]:
        """Group claims by actor id, in order of first appearance."""
        grouped: dict[str, list[Claim]] = {}
        for claim in self.claims:
            grouped.setdefault(claim.actor_id, []).append(claim)
        return grouped


ContradictionReason = Literal[
    "explicit_denial", "negation", "conflicting_numbers", "conflicting_dates", "opposite_predicates", "nli"
]


class NLIScores(_Frozen):
    """NLI probabilities for one direction of a pair."""

    entailment: float
    neutral: float
    contradiction: float


class Contradiction(_Frozen):
    """Two claims that cannot both be true, with the evidence for it."""

    id: str
    key: str = Field(
        default="",
        description="Stable across runs: the same two claims get the same key whatever else is checked "
        "with them, so a reviewer's decisions can be kept.",
    )
    claim_a: str = Field(description="Id of the earlier claim.")
    claim_b: str = Field(description="Id of the later claim.")
    score: float = Field(ge=0.0, le=1.0, description="Calibrated probability of a contradiction.")
    reason: ContradictionReason
    explanation: str = Field(description="One line a fact-checker can read.")
    evidence: tuple[str, ...] = Field(default=(), description="Every typed signal that fired.")
    nli_ab: NLIScores = Field(description="NLI with claim A as premise, claim B as hypothesis.")
    nli_ba: NLIScores = Field(description="NLI with claim B as premise, claim A as hypothesis.")
    same_as: str | None = Field(
        default=None,
        description="Id of the highest-scoring contradiction between the same two statements by the same two "
        "actors (the same words, reprinted in other documents); null for that one.",
    )


class Update(_Frozen):
    """A later statement by the same actor that revises an earlier one: not a contradiction."""

    claim_a: str
    claim_b: str
    explanation: str


class ModelInfo(_Frozen):
    """Which models produced a result, so reports can be reproduced."""

    spacy: str
    embedder: str
    nli: str
    #: How the embedder and NLI model computed: "bf16", "fp32" or "int8".
    precision: str = "fp32"


class CheckResult(ClaimsResult):
    """Claims plus the contradictions found among them."""

    contradictions: tuple[Contradiction, ...] = ()
    updates: tuple[Update, ...] = ()
    threshold: float = 0.5
    candidate_pairs: int = Field(default=0, description="Pairs sent to the judge.")
    models: ModelInfo | None = None
