"""Typed evidence about a pair of claims: denial, negation, numbers, opposite predicates, hedges.

Each claim's proposition is parsed once into a :class:`Proposition` (content lemmas, negation,
hedging, numbers attached to what they count). :func:`pair_evidence` compares two of them. These
signals do not rest on the NLI model, which is small and has seen little news text.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extract.lexicon import MONTHS
from .extract.quotes import parser_text
from .extract.speech import subtree_text
from .types import Claim
from .wordnet import antonyms, person_nouns

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "none", "nothing", "nobody", "neither", "nor", "cannot"})
_HEDGES = re.compile(
    r"\b(not aware|no knowledge|unaware|as far as (i|we|he|she) know|cannot be ruled out|"
    r"could not (confirm|say)|not (yet )?(confirm|determin)\w*|declined to|unclear|(?-i:may)|might|"
    r"possibly|(it|that) (is|was) possible|perhaps|likely|unlikely|(?<!what )(appears?|seems?) to|no information|"
    r"too early)\b",  # ('in what appears to be the largest breach' describes; it does not hedge)
    re.IGNORECASE,
)
#: A claim made under a condition ('would only join if', 'could resume once the board ...') or
#: stating readiness rather than fact ('ready to meet', 'willing to host such a meeting'): it does
#: not say the event happens, so it cannot clash with 'no meeting is planned'. Plain 'would' is
#: left out: reported speech uses it for the future ('said the plant would close').
_CONDITIONS = re.compile(
    # 'if', 'unless', 'only if' set a condition ('only after' and 'only once': see _ONLY_WHEN).
    r"\b(if|unless|only if|provided that|as long as|on condition that|"
    r"(ready|willing|prepared|eager|keen) (for|to)|open (for|to)(?! (?:the public|traffic|business|visitors|"
    r"shipping|vehicles|cars|passengers|pedestrians|customers|fans)\b)|wants? to|hopes? to|would like to)\b"
    # 'he hoped Amankwah would be back for the derby': a hope says nothing happens
    r"|\bhop(?:e|es|ed|ing)\b(?: that)? \w+(?: \w+)? (?:would|will|could|can)\b"
    # 'no video would be made public until the interviews end': a precondition, not a refusal;
    # a past 'had not been switched on until after' states a fact and stays out.
    r"|\b(no|not|never|nobody|nothing|none)\b[^.;]*\b(would|will|could|can|going)\b[^.;]*\buntil\b"
    r"|\b(would|will|could|can)( not|n't)\b[^.;]*\buntil\b|\bwon't\b[^.;]*\buntil\b",
    re.IGNORECASE,
)
_WISH = re.compile(r"\b(?:wants?|wanted|hopes?|hoped|would like) to\b", re.IGNORECASE)
#: A time a thing waits for ('would resume only after the inspection', 'only once the board
#: approves'), a condition where the claim is about what will or would happen; of what did happen
#: it is a fact ('was told only after journalists had called', 'had met only once').
_ONLY_WHEN = re.compile(
    r"\b(only (after|when|until)|only once(?!\s*(?:[,.;:)\"”]|$|(?:on|in|at|during|since|before|"
    r"this|that|last|a|per|every|so far|to date)\b)))\b",
    re.IGNORECASE,
)
#: Negations that rule the event out altogether: "no talks have ever taken place".
_ABSOLUTE = re.compile(
    r"\b(ever|never|no such|nothing of the kind|at all|whatsoever|not a single|none)\b", re.IGNORECASE
)
_UPDATE_WORDS = frozenset(
    {"rise", "risen", "rose", "climb", "increase", "raise", "revise", "update", "now", "reach", "jump", "grow", "toll"}
)
_WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian scales: 'six lakh homes' (600,000), 'Rs 2 crore' (20 million)
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
#: Scales news abbreviates after a sum of money: '£48m', '$2.5bn', '€1.2 tn'.
_MONEY_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000}
#: A figure with its scale written on: '48million', '2.5bn' (the short scales only after a sign).
_GLUED_SCALE = re.compile(r"(\d+(?:\.\d+)?)(million|billion|trillion|mn|m|bn|tn)")
#: Currency signs, read as the currency a sum is counted in: '£48m' counts pounds.
_CURRENCY_SIGNS = {"£": "pound", "$": "dollar", "€": "euro", "¥": "yen", "₹": "rupee"}
#: Currencies written as a word before the figure: 'Rs 2 crore', 'INR 450'.
_CURRENCY_WORDS = {"rs": "rupee", "rs.": "rupee", "inr": "rupee"}
_NUMBER_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_STOP_HEADS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "time", "times"}
)

#: Predicates that cannot both hold of the same thing (lemmas, both directions).
_OPPOSITES = [
    ("rise", "fall"),
    ("rise", "drop"),
    ("rise", "decline"),
    ("increase", "decrease"),
    ("increase", "fall"),
    ("grow", "shrink"),
    ("grow", "fall"),
    ("gain", "lose"),
    ("win", "lose"),
    ("open", "close"),
    ("reopen", "close"),
    ("reopen", "closed"),
    ("open", "closed"),
    ("endorse", "reject"),
    ("remain", "sack"),
    ("remain", "leave"),
    ("stay", "leave"),
    ("stay", "sack"),
    ("remain", "fire"),
    ("stay", "close"),
    ("approve", "reject"),
    ("accept", "reject"),
    ("guilty", "innocent"),
    ("meet", "miss"),
    ("higher", "lower"),
    ("more", "less"),
    ("expand", "cut"),
    ("hire", "fire"),
    ("climb", "fall"),
    ("succeed", "fail"),
    ("alive", "dead"),
    ("support", "oppose"),
    ("allow", "ban"),
    ("begin", "end"),
    ("start", "end"),
    ("withdraw", "remain"),
    ("withdraw", "stay"),
    ("safe", "unsafe"),
    ("up", "down"),
    ("recapture", "escape"),
    ("capture", "escape"),
    ("profit", "loss"),
    ("surplus", "deficit"),
    ("improve", "worsen"),
    ("strengthen", "weaken"),
    ("ahead", "behind"),
    ("legal", "illegal"),
    ("true", "false"),
    ("present", "absent"),
    ("full", "empty"),
    ("resign", "remain"),
    ("arrive", "leave"),
    ("shrink", "expand"),
    ("peak", "fall"),
    ("large", "small"),
    ("resign", "sack"),
    ("resign", "dismiss"),
    ("resign", "fire"),
    ("resign", "oust"),
    ("quit", "sack"),
    ("quit", "dismiss"),
    ("contain", "spread"),
    ("control", "spread"),
    ("safe", "contaminate"),
    ("clean", "contaminate"),
    ("confirm", "deny"),
    ("acquit", "convict"),
    ("guilty", "acquit"),
    ("shut", "open"),
    ("shut", "reopen"),
    ("lift", "impose"),
    ("raise", "cut"),
    ("raise", "lower"),
    ("release", "detain"),
    ("free", "detain"),
    ("survive", "die"),
    ("alive", "kill"),
    ("pass", "fail"),
    ("approve", "block"),
    ("agree", "refuse"),
    ("allow", "forbid"),
    ("allow", "prohibit"),
    ("win", "defeat"),
    ("advance", "retreat"),
    ("operate", "suspend"),
    ("resume", "suspend"),
    ("resume", "halt"),
    ("continue", "halt"),
    ("continue", "stop"),
    ("approve", "shelve"),
    ("approve", "scrap"),
    ("approve", "veto"),
    ("valid", "expire"),
    ("arm", "unarmed"),  # 'was armed' is lemmatised as the verb
    ("above", "below"),
    ("clear", "suspend"),
    ("clear", "charge"),
    ("clear", "ban"),
    ("undamaged", "collapse"),
    ("undamaged", "destroy"),
    ("intact", "collapse"),
    ("intact", "destroy"),
    ("intact", "damage"),
    ("resume", "closed"),
    ("exceed", "below"),
    ("exceed", "within"),
    ("account", "unaccounted"),
]


def _both_ways(
    pairs: Iterable[tuple[str, str]], known: Mapping[str, frozenset[str]] | None = None
) -> dict[str, frozenset[str]]:
    """Each word of each pair mapped to the words it pairs with, in both directions, added to
    ``known``."""
    related = dict(known or {})
    for left, right in pairs:
        related[left] = related.get(left, frozenset()) | {right}
        related[right] = related.get(right, frozenset()) | {left}
    return related


#: Curated news opposites plus WordNet's antonyms between common senses.
OPPOSITES: dict[str, frozenset[str]] = _both_ways(_OPPOSITES, antonyms())

#: One event told from either side ('sent three warnings' / 'received a warning', 'briefed the
#: ministry' / 'had known of the losses'): lemmas, both directions.
_CONVERSES = [
    ("send", "receive"),
    ("give", "receive"),
    ("pay", "receive"),
    ("serve", "receive"),
    ("deliver", "receive"),
    ("issue", "receive"),
    ("submit", "receive"),
    ("file", "receive"),
    ("lodge", "receive"),
    ("sell", "buy"),
    ("lend", "borrow"),
    ("tell", "know"),
    ("brief", "know"),
    ("inform", "know"),
    ("notify", "know"),
    ("warn", "know"),
]
CONVERSES: dict[str, frozenset[str]] = _both_ways(_CONVERSES)


@dataclass(frozen=True)
class Participant:
    """A noun a predicate is said of (its subject or object), with the words that narrow it."""

    head: str
    #: Compound nouns ('water' in 'water supply'): the participant can be named by them too.
    compounds: frozenset[str] = frozenset()
    #: Adjectives ('global', 'European'): participants whose qualifiers share nothing differ.
    qualifiers: frozenset[str] = frozenset()
    #: How many ('3,000 soldiers'): groups counted differently are different groups.
    count: str = ""

    def same_as(self, other: Participant) -> bool:
        if self.head != other.head:
            return self.head in other.compounds or other.head in self.compounds
        if self.count and other.count and self.count != other.count:
            return False  # '3,000 soldiers were withdrawn' / '20,000 soldiers remained'
        return not (self.qualifiers and other.qualifiers and not self.qualifiers & other.qualifiers)


@dataclass(frozen=True)
class Quantity:
    """A number and the word it counts or measures ('40' + 'people', '64.2' + 'percent').

    ``low``/``high`` bound what the text allows: 'more than 300' is (300, inf), 'below 60' is
    (0, 60), 'about 40' is (34, 46), a plain '40' is 40 give or take rounding.
    """

    value: float
    head: str
    text: str
    low: float
    high: float
    verb: str = ""
    #: Words that narrow what is counted ('European' sales, 'interim' analysis); two quantities
    #: whose qualifiers share nothing measure different things.
    qualifiers: frozenset[str] = frozenset()
    #: The subject the figure is stated of ('sales rose 3 percent' -> 'sale').
    subject: str = ""
    #: The place the counted thing is narrowed to ('turnout in Varna' -> 'varna').
    place: str = ""
    #: Where the event of the figure happened, when the clause says ('evacuated from Millbrook',
    #: 'across the region'); unlike ``place``, compared only when both figures name one.
    area: str = ""
    #: The span of time the figure covers ('in the past twelve months', 'since 2021'); two
    #: figures over different spans are different quantities.
    period: str = ""
    #: What a sum or share is an amount of ('revenue of 3.8 billion pounds' -> revenue,
    #: 'operating profit would be 410 million pounds' -> profit): same unit, different measures.
    amount_of: str = ""
    #: The figure is said of one part 'alone' ('in his municipality alone', 'repairs to the east
    #: ramp alone'): it is at most a total stated for no part.
    alone: bool = False
    #: The things counted are said to be 'among' others ('40,000 business accounts were among those
    #: affected'): part of a larger count.
    among: bool = False

    def compatible(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Proposition:
    """What a claim's content says, reduced to what the comparisons need."""

    lemmas: frozenset[str]
    negated: bool
    negated_heads: frozenset[str]
    #: Content words of the sentences a negator is in: in a quote of several sentences, what the
    #: negation can be about ('This is not a bookkeeping error. It is a pattern').
    negated_lemmas: frozenset[str]
    #: What each verb is done to: its objects and complements with their grading adjectives
    #: ('had received reports' -> receive: report; 'was not in a critical condition' -> be:
    #: condition, {critical}), for negated and other verbs apart.
    negated_objects: dict[str, frozenset[tuple[str, frozenset[str]]]]
    verb_objects: dict[str, frozenset[tuple[str, frozenset[str]]]]
    absolute: bool
    predicates: frozenset[str]
    #: The clause heads no negator bears on ('close' in 'we will not pretend. The wing will close').
    affirmed: frozenset[str]
    entities: frozenset[str]
    #: Content words that can be opposed: all but participles describing a noun ('all detained
    #: fishermen had been returned' says nothing was done by detaining).
    opposable: frozenset[str]
    hedged: bool
    #: Says what the speaker does not know ('not aware of any talks', 'could not confirm'): no
    #: negation of the event, and no assertion of it either.
    disclaims: bool
    #: What it says above all is what the speaker does not know: the main clause is the
    #: disclaimer ('she was not aware of any offer'), not a clause beside an assertion ('we signed
    #: in July, so I don't know what game they are playing').
    disclaims_outright: bool
    #: Said under a condition or as readiness, not as fact ('would only join if', 'ready to meet').
    conditional: bool
    #: Says what someone promised, offered or threatened to do ('had promised to withdraw the
    #: bill'): that it has not been done yet is no clash.
    promised: bool
    #: States what someone wants ('I want to stay', 'hopes to leave') under no other condition.
    wish: bool
    #: Its main verb carries a modal ('will', 'would', 'could'): about what may or is to happen,
    #: not what did ('a summit that would include him' is not modal).
    modal: bool
    quantities: tuple[Quantity, ...]
    dates: frozenset[str]
    #: (event verb, what it was done to, date): 'handed in her letter on Wednesday' -> ('hand',
    #: 'letter', 'wednesday'); the middle is '' when the verb has no object.
    dated_events: frozenset[tuple[str, str, str]] = frozenset()
    #: Days of a state said to go on ('remained trapped on Tuesday'): no event of that day.
    ongoing: frozenset[str] = frozenset()
    #: Calendar periods named, normalised ('last year', 'first quarter of this year', 'march'), not
    #: spans that run on ('for a third month', 'all weekend'): opposite words said of different
    #: periods are two moments.
    periods: frozenset[str] = frozenset()
    #: Days a negation is said of ('did not strike the bridge on Tuesday' -> tuesday), which it
    #: rules out alone; empty for 'had pulled out on Thursday and had never agreed terms'.
    negated_days: frozenset[str] = frozenset()
    #: Who or what each opposable word is said of: lemma -> its participants ('sales rose' ->
    #: 'rise': the sales), so 'global sales rose' and 'European sales fell' do not clash.
    participants: dict[str, tuple[Participant, ...]] = field(default_factory=dict)
    #: Days up to which a negation is said ('no team had arrived by Wednesday evening' ->
    #: wednesday): a later day is outside it ('the team reached the village on Thursday').
    negated_until: frozenset[str] = frozenset()
    #: Nouns a 'no' rules out ('no soldiers were killed' -> soldier): a claim without that noun
    #: ('29 people were killed') is not what the negation is about.
    ruled_out_nouns: frozenset[str] = frozenset()
    #: Every figure the claim states, whatever it counts (years and days too).
    figures: frozenset[float] = frozenset()
    #: Figures the claim says a new one replaces: 'two years, not four', 'up from 17', 'rather
    #: than the $9 billion mentioned earlier' -> {4}, {17}, {9e9}.
    replaced: frozenset[float] = frozenset()
    #: What the claim says was put off, called off or taken up again ('the exchange had been
    #: postponed' -> exchange; ``_PRONOUN`` for 'it had been postponed').
    rescheduled: frozenset[str] = frozenset()
    #: The nouns its clauses are about (subjects and objects).
    arguments: frozenset[str] = frozenset()
    #: Its figures are said to count more or less than the plain count ('1,600 jobs once contract
    #: staff were counted', 'excluding agency staff'): another speaker's plain figure is another count.
    scoped_count: bool = False
    #: Verbs it uses only with a particle, which makes them other verbs ('the meeting had been
    #: called off' says nothing of calling anyone): 'call off'.
    particle_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PairEvidence:
    """Typed signals for one pair of claims; all in [0, 1] or booleans."""

    overlap: float
    #: Share of the shorter claim's content words found in the other: a short restatement inside
    #: a long claim ('the trial did not meet its primary endpoint') scores high.
    containment: float
    #: Which claim is the denial when exactly one is: "a", "b" or "".
    denied_side: str
    #: The denial names the other claim as what it denies ('denied the newspaper report', '..., a
    #: claim the Kremlin rejected'): extraction linked it through ``Claim.refers_to``.
    denies_other: bool
    #: One claim's speaker says the thing happened and the other's says it did not, counting a
    #: denial of a negated proposition as an assertion ('denied that P' agrees with 'not P').
    stance_mismatch: bool
    negation_mismatch: bool
    absolute_negation: bool
    #: One claim is about what will or would happen, the other about what did or does.
    modal_mismatch: bool
    same_predicate: bool
    #: What the negating claim negates occurs in the other ('no offer' / 'had offered'; not
    #: 'never consulted on any offer' / 'had offered').
    negation_hits: bool
    #: The negated verb is done to something else in the other claim ('never received a message'
    #: / 'had received reports'): the negation says nothing of what the other claims.
    negates_another_object: bool
    same_story: float
    hedged: bool
    conditional: bool
    number_conflict: bool
    #: The conflicting figures are stated of the same event or subject, not just the same noun.
    number_exact: bool
    number_update: bool
    #: Figures for one kind of thing in areas one of which takes in the other ('2,300 evacuated
    #: from Orrick' / '5,000 from Orrick and nearby villages'): they differ as their scopes do.
    figures_apart: bool
    #: Both claims give one figure for the same thing, written differently ('six lakh homes' /
    #: '600,000 homes', 'Rs 2 crore' / 'Rs 20 million'): the NLI model misreads such figures.
    figures_agree: bool
    #: The negating claim rules out the very existence of what the other says has ended or was put
    #: off ('there are no talks' / 'the talks broke down', 'never took place' / 'was postponed'):
    #: they agree, though the NLI model reads a clash.
    ruled_out_after_end: bool
    #: The negation rules out a kind of people the other claim does not name ('no soldiers were
    #: killed' / '29 people had been killed'): the NLI model reads it as ruling out all.
    rules_out_others: bool
    #: A state on one day and the same state going on another ('were trapped on Monday' /
    #: 'remained trapped on Tuesday'): the days differ as the state lasts.
    days_apart: bool
    #: Different events on different days ('two hostages had been handed over on Monday' / 'talks
    #: had collapsed on Sunday night'): the NLI model's clash is between two moments.
    events_apart: bool
    date_conflict: bool
    #: The same event verb is dated to different days ('handed in on Wednesday' / 'on Monday').
    date_exact: bool
    opposite: tuple[str, str] | None
    #: The opposite words are said of the same named thing on both sides ('waiting lists had
    #: fallen' / 'the waiting list rose'), not of a pronoun or a bare clause.
    opposite_exact: bool
    same_actor: bool
    #: Of every other speaker's claim paired with the denial, this one is the most like what is
    #: denied: the claim the denial most likely answers (set by ``pair.mark_closest_denials``).
    closest_to_denial: bool = False
    #: The later of one speaker's two claims says the thing the earlier one was about was put off,
    #: called off or taken up again ('would take place on Tuesday' / 'it had been postponed'): an
    #: update, whatever the NLI model makes of the pair.
    announced_change: bool = False
    #: One claim says, above all, what its speaker does not know ('not aware of any offer'): it
    #: takes no stance on what the other says happened, whatever the NLI model reads.
    disclaimed: bool = False

    @property
    def polarity_mismatch(self) -> bool:
        """Exactly one of the two claims is a denial."""
        return bool(self.denied_side)


def analyse(
    nlp: Language,
    claims: Sequence[Claim],
    *,
    known: Mapping[str, Proposition] | None = None,
    batch_size: int = 64,
    processes: int = 1,
) -> list[Proposition]:
    """The proposition of every claim: taken from ``known`` (claim id -> proposition, from
    :func:`proposition_of` on the extraction parse) where given, else parsed here in one pass over
    the short texts; ``processes`` parsers share the work when there are enough claims to pay for
    starting them."""
    known = known or {}
    todo = [c.proposition for c in claims if c.id not in known]
    processes = processes if len(todo) >= 4 * batch_size else 1
    texts = (parser_text(text) for text in todo)
    parsed = (_proposition(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    return [known[c.id] if c.id in known else next(parsed) for c in claims]


def proposition_of(claim: Claim, tokens: Span) -> Proposition | None:
    """The claim's proposition read off its tokens in the document's own parse (the sentence
    around a claim helps the parser), or None when the proposition is not those words as written
    (a denial, tally or charge restated as a plain assertion)."""
    if parser_text(claim.proposition) != tokens.text:
        return None
    doc = tokens.as_doc()
    for token in doc:
        if token.head.i == token.i:  # the clause was attached to the speech verb outside the span
            token.dep_ = "ROOT"
    return _proposition(doc)


def _proposition(doc: Doc) -> Proposition:
    text = doc.text
    lemmas = _content_lemmas(doc)
    found = [
        t
        for t in doc
        if (t.dep_ == "neg" or t.lower_ in _NEGATORS)
        and not _bound_word(t)
        and not _describes_people(t)
        and not _set_against(t)
    ]
    negators = [t for t in found if not _knowing_word(t)]
    negated_heads = frozenset(h for t in negators for h in _negated(t))
    # Clause heads; a conjoined noun ('the council and the club') is a participant, not a predicate.
    heads = [
        t
        for t in doc
        if (t.dep_ in {"ROOT", "ccomp", "xcomp"} and t.pos_ in {"VERB", "NOUN", "ADJ"})
        or (t.dep_ == "conj" and t.pos_ in {"VERB", "ADJ"})
    ]
    predicates = frozenset(t.lemma_.lower() for t in heads)
    # A clause head no negator sits on, nor on one of its nouns ('no bacteria had been found').
    under_negation = {t.head.i for t in negators} | {
        t.head.head.i for t in negators if t.head.pos_ in {"NOUN", "PROPN", "PRON"}
    }  # ('people are dying because we do not have enough blood': the dying is affirmed)
    dated = _point_dates(doc)
    negated_days, negated_until = _days_of_negation(doc, negators)
    terms = _terms_of_a_deal(doc)
    in_terms = {t.i for marker in terms for t in marker.head.subtree}
    modal = any(t.tag_ == "MD" and t.head.dep_ == "ROOT" for t in doc) or _forecast(doc)
    return Proposition(
        lemmas=lemmas,
        negated=bool(negators),
        negated_heads=negated_heads,
        negated_lemmas=frozenset().union(*(_content_lemmas(sentence) for sentence in {t.sent for t in negators})),
        negated_objects={t.head.lemma_.lower(): _objects(t.head) for t in negators if t.head.pos_ in {"VERB", "AUX"}},
        verb_objects={
            t.lemma_.lower(): _objects(t) for t in doc if t.pos_ in {"VERB", "AUX"} and t.i not in under_negation
        },
        absolute=bool(negators) and bool(_ABSOLUTE.search(text)),
        predicates=predicates,
        affirmed=frozenset(t.lemma_.lower() for t in heads if t.i not in under_negation),
        entities=frozenset(t.lemma_.lower() for t in doc if t.pos_ == "PROPN"),
        # (nor the words of a term: 'on condition that it kept the plant open' says nothing is open)
        opposable=_content_lemmas(
            t for t in doc if not (t.dep_ == "amod" and t.tag_ in {"VBN", "VBG"}) and t.i not in in_terms
        ),
        hedged=bool(_HEDGES.search(text)),
        disclaims=len(negators) < len(found),
        disclaims_outright=any(t.head.dep_ == "ROOT" for t in found if t not in negators),
        conditional=bool(_CONDITIONS.search(_without_terms(doc, terms)))
        or (modal and bool(_ONLY_WHEN.search(text)))
        or _advice(doc),
        modal=modal,
        promised=_promised(doc),
        wish=bool(_WISH.search(text)) and not _CONDITIONS.search(_WISH.sub("", text)),
        quantities=tuple(_quantities(doc)),
        # A clock time alone ('at 9 p.m.') dates events within a day: two of them clash only for
        # one event (see _date_exact), not as the days two claims are about.
        dates=frozenset(date for *_, date in dated if not _CLOCK.search(date)),
        dated_events=frozenset(dated),
        ongoing=frozenset(_day(e.text) for e in doc.ents if e.label_ == "DATE" and _goes_on(_clause_of(e.root))) - {""},
        periods=frozenset(period for e in doc.ents if e.label_ == "DATE" and (period := _named_period(e.text))),
        rescheduled=frozenset(_rescheduled(doc)),
        arguments=frozenset(_arguments_of_clauses(doc)),
        particle_verbs=_particle_verbs(doc),
        scoped_count=bool(_SCOPED_COUNT.search(text)),
        negated_days=negated_days,
        negated_until=negated_until,
        participants=_participants(doc),
        ruled_out_nouns=frozenset(
            t.head.lemma_.lower() for t in negators if t.lower_ == "no" and t.dep_ == "det" and t.head.pos_ == "NOUN"
        ),
        figures=frozenset(value for token in doc if (value := _figure(token)) is not None),
        replaced=frozenset(value for token in doc if (value := _figure(token)) is not None and _replaced(token)),
    )


def _days_of_negation(doc: Doc, negators: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """The days a negation is said of ('did not strike the bridge on Tuesday' -> tuesday), and the
    days it is said up to ('no team had arrived by Wednesday evening' -> wednesday); 'after
    Tuesday' is neither."""
    clauses = {_clause_of(t).i for t in negators}
    on, until = set(), set()
    for ent in doc.ents:
        if ent.label_ != "DATE" or _clause_of(ent.root).i not in clauses or not (day := _day(ent.text)):
            continue
        before = doc[ent.start - 1].lower_ if ent.start else ""
        if before in _UNTIL_WORDS:
            until.add(day)
        elif before not in _RANGE_WORDS:
            on.add(day)
    return frozenset(on), frozenset(until)


#: Words before a day that a negation runs up to (all of them are also range words).
_UNTIL_WORDS = frozenset({"by", "before", "until", "till"})


def _terms_of_a_deal(doc: Doc) -> list[Token]:
    """The markers of conditions that are terms of something promised, offered or granted: 'had
    received a subsidy on condition that it kept the plant open' and 'had promised to withdraw the
    bill if her party abstained' state a grant and a promise as fact; 'the union would strike if
    talks failed' keeps its condition."""
    return [
        marker
        for marker in doc
        if (
            (marker.lower_ in {"if", "unless"} and marker.dep_ == "mark")
            or (marker.lower_ == "condition" and marker.head.lower_ == "on")
        )
        and _binding_deed(marker.head.head)
    ]


def _without_terms(doc: Doc, terms: list[Token]) -> str:
    """The text with the markers of terms blanked out, so no condition is read in them."""
    text = doc.text
    for marker in terms:
        text = text[: marker.idx] + " " * len(marker.text) + text[marker.idx + len(marker.text) :]
    return text


def _binding_deed(verb: Token) -> bool:
    """Whether ``verb`` is, or is the content of, a promise, offer or grant that was made (no
    modal on the way: 'would only agree to pay if' is still a condition)."""
    node = verb
    while True:
        if any(c.tag_ == "MD" for c in node.children):
            return False
        if node.lemma_.lower() in _BINDING_VERBS:
            return True
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head


#: Verbs whose conditions are terms of what they bind: a promise or grant made on terms is a fact.
_BINDING_VERBS = frozenset(
    {"promise", "pledge", "vow", "offer", "agree", "grant", "award", "receive", "sign", "accept", "approve"}
)


def _promised(doc: Doc) -> bool:
    """A claim that someone undertook to do something: 'had promised to withdraw the bill',
    'pledged to cut fees', 'threatened to strike'."""
    return any(
        t.dep_ == "ROOT" and t.lemma_.lower() in _UNDERTAKING and any(c.dep_ == "xcomp" for c in t.children)
        for t in doc
    )


#: Verbs of undertaking to do something later.
_UNDERTAKING = frozenset({"promise", "pledge", "vow", "threaten", "offer", "undertake"})


def _forecast(doc: Doc) -> bool:
    """A claim about what is expected, as a modal says: 'gusts were expected to reach 80 km/h',
    'the plant is set to close', 'inflation is forecast to fall', 'is likely to rise'."""
    return any(
        t.dep_ == "ROOT" and t.lemma_.lower() in _FORECASTING and any(c.dep_ == "xcomp" for c in t.children)
        for t in doc
    )


#: Words of what is expected, before the infinitive they govern: 'expected to reach'.
_FORECASTING = frozenset({"expect", "forecast", "predict", "project", "set", "likely", "poise", "due", "unlikely"})


def _figure(token: Token) -> float | None:
    """The figure a number token states, read at its scale word ('four million' at 'million',
    'six lakh' at 'lakh') or at the word a number spelled out hangs on ('one hundred and
    forty-two' at 'hundred'); None for any other token."""
    words = _spelled_out(token)
    if len(words) > 1:
        inside = {t.i for t in words}
        root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[-1])
        return _spelled_value(words) if token.i == root.i else None
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _SCALES:
        return None
    return _value(token)


def _spelled_out(token: Token) -> list[Token]:
    """The number words of a number spelled out that ``token`` is part of ('twenty-five', 'one
    hundred and forty-two', 'two thousand five hundred', 'two dozen'), joined by hyphens or 'and';
    [] when it is no number word. Two words join only as a number's parts do ('two one-hour
    sessions' are two numbers)."""
    if not _number_word(token):
        return []
    doc = token.doc
    words = [token]
    while (left := _joined(doc, words[0], -1)) is not None:
        words.insert(0, left)
    while (right := _joined(doc, words[-1], 1)) is not None:
        words.append(right)
    return words


def _joined(doc: Doc, word: Token, step: int) -> Token | None:
    """The number word next to ``word`` (before it for ``step`` -1, after it for +1) that is part
    of one number with it, across a hyphen or an 'and' after a scale word ('hundred and forty'),
    if any."""
    i = word.i + step
    if 0 <= i + step < len(doc) and doc[i].lower_ in {"-", "and"}:
        if doc[i].lower_ == "and" and (word if step > 0 else doc[i + step]).lower_ not in _SCALES:
            return None  # 'between two and three hundred'
        i += step
    if not 0 <= i < len(doc) or not _number_word(doc[i]):
        return None
    return doc[i] if _parts_of_one_number(*((word, doc[i]) if step > 0 else (doc[i], word))) else None


def _number_word(token: Token) -> bool:
    return token.lower_ in _WORD_NUMBERS or token.lower_ in _SCALES


def _parts_of_one_number(left: Token, right: Token) -> bool:
    """'forty' 'two', 'one' 'hundred', 'hundred' 'forty', 'two' 'dozen'; not 'two' 'one'."""
    scale = right.lower_ in _SCALES or right.lower_ == "dozen"
    tens_then_unit = _WORD_NUMBERS.get(left.lower_, 0) in range(20, 100, 10) and _WORD_NUMBERS.get(right.lower_, 0) < 10
    return scale or (left.lower_ in _SCALES and right.lower_ not in _SCALES) or tens_then_unit


def _spelled_value(words: list[Token]) -> float:
    """'one hundred and forty-two' -> 142, 'two thousand five hundred' -> 2500, 'two dozen' -> 24."""
    total = current = 0.0
    for word in words:
        text = word.lower_
        if text in _SCALES and text != "hundred":
            total += max(current, 1.0) * _SCALES[text]
            current = 0.0
        elif text in {"hundred", "dozen"}:
            current = max(current, 1.0) * (100 if text == "hundred" else 12)
        else:
            current += _WORD_NUMBERS[text]
    return total + current


def _replaced(token: Token) -> bool:
    """Whether a figure is the one a new figure replaces: 'two years, not four', 'not the $9
    billion', 'up from 17', 'rather than 40', 'instead of 40'."""
    start = token.i
    while start > 0 and (token.doc[start - 1].like_num or token.doc[start - 1].lower_ in {"the", "$", "£", "€", "₹"}):
        start -= 1
    before = " ".join(t.lower_ for t in token.doc[max(0, start - 2) : start])
    return before.endswith((", not", "up from", "down from", "rather than", "instead of")) or before == "not"


def _participants(doc: Doc) -> dict[str, tuple[Participant, ...]]:
    """For each word with an opposite, the nouns it is said of; pronouns and bare clauses give none."""
    found: dict[str, tuple[Participant, ...]] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in OPPOSITES:
            found[lemma] = found.get(lemma, ()) + tuple(_participant(n) for n in _arguments(token))
    return found


def _arguments(token: Token) -> list[Token]:
    """The nouns a predicate word is about: the noun an adjective modifies, else the subject and
    object of its clause, looking through conjoined and complement clauses for a shared subject."""
    if token.dep_ == "amod":
        return [token.head] if token.head.pos_ in {"NOUN", "PROPN"} else []
    clause = token if token.pos_ in {"VERB", "AUX"} else _clause_of(token)
    while True:
        nouns = [c for c in clause.children if c.dep_ in _ARGUMENT_DEPS and c.pos_ in {"NOUN", "PROPN"}]
        if nouns or clause.dep_ not in {"conj", "xcomp"} or clause.head.i == clause.i:
            return nouns
        clause = clause.head


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _participant(noun: Token) -> Participant:
    # 'Marco remains our head coach': the subject can be named by what the clause says it is.
    said_to_be = noun.head.children if noun.dep_ == "nsubj" else ()
    described = [c for c in said_to_be if c.dep_ in {"attr", "oprd"} and c.pos_ == "NOUN"]
    return Participant(
        head=noun.lemma_.lower(),
        compounds=frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
        | frozenset(c.lemma_.lower() for c in described),
        qualifiers=frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and not c.like_num),
        count=next((c.text for c in noun.children if c.dep_ == "nummod"), ""),
    )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m[:3]: m for m in MONTHS}
#: Months in calendar order, to tell which of two dates comes first.
_MONTH_ORDER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CALENDAR_WORDS = frozenset(_WEEKDAYS) | frozenset(_MONTHS) | frozenset(_MONTHS.values())
#: Words before a date that make it a range or a bound, not the day something happened.
_RANGE_WORDS = frozenset(
    {"since", "until", "till", "by", "before", "after", "from", "between", "within", "over", "for"}
)


def _set_against(token: Token) -> bool:
    """'will close at the end of September, not at the end of June', '..., not the chairman', 'on
    Friday, and not on Thursday': a 'not' after a comma (or a comma and 'and') that sets a phrase
    against the one before corrects it; the clause stands."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after_comma = before == "," or (before in {"and", "but"} and token.i > 1 and doc[token.i - 2].text == ",")
    return token.lower_ == "not" and after_comma and token.head.pos_ in {"ADP", "NOUN", "PROPN", "NUM", "ADJ", "ADV"}


def _bound_word(token: Token) -> bool:
    """'no' in 'no more than 14' bounds a figure; it does not negate the clause."""
    following = token.doc[token.i + 1 : token.i + 3]
    return token.lower_ == "no" and len(following) == 2 and following[1].lower_ == "than"


def _content_lemmas(tokens: Iterable[Token]) -> frozenset[str]:
    """The lower-cased lemmas of the content words, the words claims are compared on."""
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop and len(t.text) > 1)


def _advice(doc: Doc) -> bool:
    """'Patients should not stop taking their medicine': the first sentence tells what ought to
    be done, not what is so."""
    root = next(iter(doc.sents)).root if len(doc) else None
    return root is not None and any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in root.children)


_DEONTIC = frozenset({"should", "must", "ought"})  # ("shouldn't" is 'should' + "n't")


def _describes_people(token: Token) -> bool:
    """'not' in 'I will serve those who did not vote for me' tells which people are meant; it does
    not negate what the claim says of them."""
    clause = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
    return clause.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in clause.children)


def _knowing_word(token: Token) -> bool:
    """'not' in 'was not aware of any talks', 'could not confirm', 'had no knowledge of', 'did not
    say whether' says what the speaker knows, not that the event did not happen ('no talks have
    ever taken place')."""
    head = token.head
    complements = [c for c in head.children if c.dep_ in {"acomp", "attr"}] if head.lemma_ == "be" else []
    return any(word.lemma_.lower() in _KNOWING for word in (head, *complements)) or _asks_whether(head)


def _asks_whether(verb: Token) -> bool:
    """'did not show whether the vehicles were there', 'could not say if he would stay': an open
    question, no stance on either answer."""
    return any(
        clause.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in clause.children)
        for clause in verb.children
    )


def _point_dates(doc: Doc) -> list[tuple[str, str, str]]:
    """Days on which something is said to have happened, normalised ('on Wednesday morning' ->
    'wednesday', 'on Oct. 9' -> 'oct 9'), with the verb of the event and what it was done to;
    ranges are left out."""
    found = []
    for ent in map(_before_a_span_of_time, doc.ents):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        end = _term_end(ent)
        if end is not None:
            if day := _day(ent.text):
                found.append(("end", end, day))
            continue
        if ent.start and doc[ent.start - 1].lower_ in _RANGE_WORDS:
            continue
        if _ruled_out_day(ent):
            continue
        if _goes_on(_clause_of(ent.root)):  # 'remained trapped on Tuesday' dates no new event
            continue
        day = _day(ent.text)
        if day:
            event = _news_reaching(ent.root) or _occurrence(ent.root) or (_verb(ent.root), _theme(ent.root))
            found.append((*event, day))
    return found


def _before_a_span_of_time(ent: Span) -> Span:
    """A day the tagger ran into the span of time after it ('July 19, a week before the Games'),
    without that span; any other entity as it is."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start or not any(t.lower_ in _DURATION_WORDS for t in ent):
        return ent
    return Span(ent.doc, ent.start, comma, label=ent.label)


def _ruled_out_day(day: Span) -> bool:
    """A day set aside as not the one: 'on Friday, and not on Thursday as he had said'."""
    before = [t.lower_ for t in day.doc[max(day.start - 2, 0) : day.start]]
    return bool(before) and (before[-1] in {"not", "never"} or (before[-1] in {"on", "in"} and before[:1] == ["not"]))


def _term_end(date: Span) -> str | None:
    """What a date says ends then: 'the contract runs until June 2027' and 'the contract expires
    in June 2025' both date the contract's end, so they clash however worded; None otherwise."""
    doc = date.doc
    clause = _clause_of(date.root)
    lemma = clause.lemma_.lower()
    before = doc[date.start - 1].lower_ if date.start else ""
    if not (lemma in _ENDING_VERBS or (lemma in _LASTING_VERBS and before in {"until", "till", "through", "to"})):
        return None
    # ('contract' in "Quillan's contract runs until ..." can be parsed as a compound of the verb)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "compound"}), None)
    return subject.lemma_.lower() if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


#: Verbs whose date is when a term ends, and verbs of a term that runs on until a date.
_ENDING_VERBS = frozenset({"expire", "lapse", "end"})
_LASTING_VERBS = frozenset({"run", "last", "continue", "remain", "be"})


def _rescheduled(doc: Doc) -> Iterable[str]:
    """What a claim says was put off, called off or taken up again: what such a verb is done to
    ('had postponed the exchange', 'the exchange had been postponed', 'the talks had resumed'),
    ``_PRONOUN`` for 'it' or 'they' ('it had been postponed to Friday')."""
    for verb in doc:
        if verb.pos_ != "VERB" or not (
            verb.lemma_.lower() in _RESCHEDULING or (verb.lemma_.lower(), _particle(verb)) in _RESCHEDULING_PHRASES
        ):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        done_to = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or [
            c for c in verb.children if c.dep_ == "nsubj"
        ]
        for thing in done_to:
            if thing.pos_ in {"NOUN", "PROPN"}:
                yield thing.lemma_.lower()
            elif thing.lower_ in {"it", "they"}:
                yield _PRONOUN


def _particle_verbs(doc: Doc) -> frozenset[str]:
    """Lemmas of the verbs a claim uses with a particle ('called off', 'carried out') and never
    without one."""
    verbs = [t for t in doc if t.pos_ == "VERB"]
    particles = {t.i: _particle(t, _MEANING_PARTICLES) for t in verbs}
    plain = {t.lemma_.lower() for t in verbs if not particles[t.i]}
    return frozenset(
        f"{t.lemma_.lower()} {particles[t.i]}" for t in verbs if particles[t.i] and t.lemma_.lower() not in plain
    )


def _particle(verb: Token, among: frozenset[str] | None = None) -> str:
    """The particle a verb takes ('off' in 'called off'), of ``among`` where given, or ''."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" and (among is None or c.lower_ in among)), "")


#: Particles that make a verb another verb ('call off', 'carry out', 'turn down'); 'over' in 'handed
#: over' is as often read as a preposition, so the two readings must compare alike.
_MEANING_PARTICLES = frozenset({"off", "out", "up", "down"})


def _phrasal_only(mine: Proposition, other: Proposition) -> set[str]:
    """Verbs ``mine`` uses only with a particle ``other`` does not give them ('called off' /
    'call'): as words they are not the other's verb."""
    return {verb.split()[0] for verb in mine.particle_verbs - other.particle_verbs}


def _arguments_of_clauses(doc: Doc) -> Iterable[str]:
    """The nouns a claim's clauses are about: subjects and objects ('the exchange would take place'
    -> exchange)."""
    for token in doc:
        if token.dep_ in _ARGUMENT_DEPS and token.pos_ in {"NOUN", "PROPN"}:
            yield token.lemma_.lower()


#: A count said to take in more or less than the plain one.
_SCOPED_COUNT = re.compile(
    r"\b(?:once|when|if)\b[^.;]{0,60}\b(?:are|were|is|was|be|been)\s+(?:counted|included|added)\b"
    r"|\b(?:not counting|excluding|leaving out|leaving aside)\b"
    r"|\b(?:in all|in total|all told|altogether),? including\b",
    re.IGNORECASE,
)
#: What 'it' or 'they' stands for among the things a claim says were rescheduled: any of them.
_PRONOUN = "~pronoun"
#: Verbs that change what was planned or stopped: a speaker who says so updates an earlier word.
_RESCHEDULING = frozenset(
    {"postpone", "reschedule", "defer", "delay", "cancel", "resume", "restart", "reopen", "suspend", "scrap"}
)
_RESCHEDULING_PHRASES = frozenset(
    {("call", "off"), ("put", "off"), ("put", "back"), ("push", "back"), ("break", "off")}
)


def _goes_on(clause: Token) -> bool:
    """A state said to go on ('remained trapped', 'were still missing', 'continued to burn'), or
    a level read on a day ('was 15 percent contained on Tuesday', 'stood at 5.1 percent in March',
    'was at 4.2 metres on Monday'): on another day it may be another."""
    clauses = [clause, clause.head] if clause.dep_ in {"acomp", "xcomp", "oprd"} else [clause]
    return any(
        c.lemma_.lower() in {"remain", "stay", "continue"}
        or any(child.dep_ == "advmod" and child.lower_ == "still" for child in c.children)
        or _level(c)
        for c in clauses
    )


def _level(clause: Token) -> bool:
    """A clause that reads a level: 'was 15 percent contained', 'stood at 5.1 percent'."""
    if clause.dep_ == "acl" and clause.head.lemma_.lower() == "percent":
        return True
    return clause.lemma_.lower() in {"stand", "be"} and any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in prep.children)
        for prep in clause.children
    )


def _occurrence(token: Token) -> tuple[str, str] | None:
    """('occur', what) where the clause says an event happened: 'the meeting took place on ...',
    'the meeting was held on ...', 'the attack happened on ...', 'the strike was carried out on
    ...' date one event however worded."""
    clause = _clause_of(token)
    lemma = clause.lemma_.lower()
    children = list(clause.children)
    passive = any(c.dep_ == "nsubjpass" for c in children)
    if not (
        lemma in {"happen", "occur"}
        or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in children))
        or (lemma in {"hold", "conduct", "stage", "launch"} and passive)
        # 'the strike was carried out on Saturday'
        or (lemma == "carry" and passive and any(c.dep_ == "prt" and c.lower_ == "out" for c in children))
    ):
        return None
    subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}), None)
    return ("occur", subject.lemma_.lower()) if subject is not None else None


def _news_reaching(token: Token) -> tuple[str, str] | None:
    """('learn', who) where the clause dates when news reached someone: 'the federation had been
    informed on August 2', 'the agency notified the federation on July 19', 'the ministry first
    learned of the abduction on April 30', 'it received formal notification on May 3', 'we wrote
    to Velora on March 14' all date one event, the receiver's learning, however worded. Who is
    the receiver's common noun, or '' for a name or pronoun, which may stand for any ('the
    company' and 'Velora')."""
    clause = _clause_of(token)
    while clause.head.pos_ == "ADP" and clause.head.i != clause.i:  # ('notified them in writing on July 19')
        clause = _clause_of(clause.head)
    lemma = clause.lemma_.lower()
    children = list(clause.children)
    if lemma in _TELLING:
        passive = any(c.dep_ == "nsubjpass" for c in children)
        receivers = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    elif lemma == "write":
        receivers = [
            g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
    elif lemma in _LEARNING or (
        lemma == "receive" and any(c.dep_ == "dobj" and c.lemma_.lower() in _NEWS for c in children)
    ):
        receivers = [c for c in children if c.dep_ == "nsubj"]
    else:
        return None
    if not receivers:
        return None
    return ("learn", receivers[0].lemma_.lower() if receivers[0].pos_ == "NOUN" else "")


#: Verbs of passing news to someone, of coming to know it, and what is received as news.
_TELLING = frozenset({"inform", "notify", "tell", "alert", "warn", "brief", "advise"})
_LEARNING = frozenset({"learn", "hear", "discover", "find"})
_NEWS = frozenset(
    {"notification", "notice", "word", "warning", "alert", "call", "letter", "report", "email", "message"}
)


def _theme(token: Token) -> str:
    """What the event of a date was done to: 'two hostages were handed over on Monday' ->
    'hostage', '4 million dollars were handed over on Saturday' -> 'dollar'."""
    clause = _clause_of(token)
    theme = next((c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}), None)
    return theme.lemma_.lower() if theme is not None else ""


def _day(text: str) -> str:
    """A normalised day: weekday, or month and day (and year), or a clock time; '' if none (a
    span of time such as '14 hours' or 'a 30-minute target' is no day)."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if _DURATION_WORDS.intersection(words):
        return ""
    for word in words:
        if word in _WEEKDAYS:
            return word
    months = [w[:3] for w in words if w[:3] in _MONTHS and (w in _MONTHS.values() or len(w) <= 4)]
    numbers = [w for w in words if w.isdigit()]
    if months and numbers:
        return " ".join([months[0], *numbers])
    return _normal(text) if numbers and not months and not any(w in {"year", "years"} for w in words) else ""


#: Units that make a number a span of time, not a day: '14 hours', '45 days in advance'.
_DURATION_WORDS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight"}
)
#: A clock time: '9 p.m.', '7:40', '11 pm'.
_CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?\s?m\b")


#: Words for knowing: negated, they say what the speaker knows ('not aware of any talks').
_KNOWING = frozenset({"aware", "know", "knowledge", "sure", "certain", "confirm", "verify", "recall", "remember"})
#: Prepositions that put an event in a place, and words for a whole area ('across the region').
_AREA_PREPOSITIONS = frozenset({"in", "from", "across", "throughout"})
_WHOLE_AREAS = frozenset({"region", "country", "nation", "province", "state", "county", "continent", "world"})
_WHOLE_AREA_ADVERBS = {"nationwide": "country", "countrywide": "country", "statewide": "state", "worldwide": "world"}
#: Places named by a common noun ('in the capital', 'in other cities'): rivals of each other's
#: figures only, since 'the town' may be the Millbrook another claim names.
_SETTLEMENTS = frozenset({"capital", "city", "town", "village", "suburb", "district", "borough", "municipality"})
_UNNAMED = "~"
_ELSEWHERE = "~other "
#: Verbs that say whether a thing exists or is to be ('no such meeting is planned', 'received no
#: complaints', 'no agreement was reached'): the negated noun itself is what is ruled out.
_EXISTENCE_VERBS = frozenset(
    {
        "be", "have", "exist", "happen", "occur", "take", "plan", "schedule", "arrange", "expect",
        "hold", "find", "receive", "make", "give", "get", "reach", "set", "sign", "issue", "offer",
        "record", "report", "see", "show", "agree", "announce", "propose", "submit", "pay",
    }
)  # fmt: skip


def _negated(token: Token) -> set[str]:
    """What a negator negates: its verb ('would not close' -> close), or the noun it determines
    ('no such meeting is planned' -> meeting) or that noun's verb ('no officer had been
    suspended' -> suspend)."""
    head = token.head
    found = {head.lemma_.lower()}
    if head.pos_ in {"NOUN", "PROPN"} and head.head.i != head.i:
        verb = head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            found.add(verb.lemma_.lower())
        elif verb.lemma_.lower() not in _EXISTENCE_VERBS:
            # 'no officer had been suspended' negates the suspending, not that officers exist:
            # 'four officers attended' is no clash
            found = {verb.lemma_.lower()}
        # 'no such meeting is planned' rules the meeting out, not every plan ('part of its plans')
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        # 'there had never been any offer': what is said not to exist
        found |= {c.lemma_.lower() for c in head.children if c.dep_ in {"attr", "nsubj"}}
    return found


def _objects(verb: Token) -> frozenset[tuple[str, frozenset[str]]]:
    """The nouns a verb takes as object or complement, with the adjectives that grade them ('had
    never received a message from the school' -> message; 'was not in a critical condition' ->
    condition, {critical}; 'had not been told about any cold medicine' -> medicine), not dates or
    pronouns."""
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    nouns += [
        g
        for c in verb.children
        if c.dep_ == "prep" and (verb.lemma_ == "be" or c.lower_ in {"about", "of"})
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return frozenset(
        (n.lemma_.lower(), frozenset(c.lemma_.lower() for c in n.children if c.dep_ == "amod"))
        for n in nouns
        if n.pos_ in {"NOUN", "PROPN"} and n.ent_type_ not in {"DATE", "TIME"}
    )


def _same_object(mine: tuple[str, frozenset[str]], theirs: tuple[str, frozenset[str]]) -> bool:
    """One noun, not graded apart: 'a critical condition' is not 'a serious condition'."""
    (noun, grades), (other, other_grades) = mine, theirs
    return noun == other and (not grades or not other_grades or bool(grades & other_grades))


def _quantities(doc: Doc) -> Iterable[Quantity]:
    date_tokens = {t.i for ent in doc.ents if ent.label_ in {"DATE", "TIME"} for t in ent}
    for token in doc:
        if token.i in date_tokens or (value := _figure(token)) is None or _not_a_single(token):
            continue
        if _is_partitive_total(token) or _is_change_within_a_count(token) or _every_one(token):
            continue
        if token.i > 1 and _set_against(doc[token.i - 1]):
            continue  # '31 prisoners on each side, not 24': the figure set aside is not claimed
        currency = _currency(token)
        head, verb = _number_of(token) or (currency or _counted(token), _verb(token))
        if head and head not in _STOP_HEADS:
            low, high = _bounds(token, value, head)
            subject, qualifiers, place, area = _measured(token)
            yield Quantity(
                value=value,
                head=head,
                text=_phrase(token),
                low=low,
                high=high,
                verb=verb,
                qualifiers=qualifiers,
                place=place,
                area=area,
                subject=subject,
                period=_period(token),
                amount_of=_amount_of(token, currency),
                alone=_of_a_part_alone(token),
                among=_among_others(token),
            )
    for token in doc:
        # "there had been no violations", "not a single parcel": zero of that thing.
        if token.head.pos_ != "NOUN" or token.head.lemma_.lower() in _STOP_HEADS:
            continue
        if (token.lower_ == "no" and token.dep_ == "det") or _not_a_single(token):
            head = token.head.lemma_.lower()
            yield Quantity(
                value=0.0,
                head=head,
                text=doc[token.i : token.head.i + 1].text,
                low=0.0,
                high=0.0,
                verb=_verb(token),
                area=_area(_clause_of(token)),
                period=_period(token),  # ('no school will close before the end of the year')
            )


def _number_of(token: Token) -> tuple[str, str] | None:
    """(head, verb) of a figure a number's level gives: 'the number of people arrested had risen
    to five' counts people arrested, as 'had arrested three people' does."""
    prep = _counted_node(token).head
    clause = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in {"to", "at"} or clause.lemma_.lower() not in _LEVEL_CHANGES:
        return None
    number = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in _COUNT_NOUNS), None)
    if number is None and not any(c.dep_ == "nsubj" for c in clause.children):
        # 'the number of wounded treated at the hospital had risen to 30': the parser gives the
        # count to 'treated' and leaves 'risen' with no subject
        before = clause.doc[clause.sent.start : clause.i]
        number = next((t for t in reversed(before) if t.dep_ == "nsubj" and t.lemma_.lower() in _COUNT_NOUNS), None)
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None) if number else None
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if counted is not None and counted.lower_ in _CASUALTY_GROUPS:
        return "people", counted.lemma_.lower()  # 'the number of wounded treated had risen to 30'
    if counted is None or counted.pos_ != "NOUN":
        return None
    deed = next((c for c in counted.children if c.dep_ in {"acl", "amod"} and c.tag_ == "VBN"), None)
    return counted.lemma_.lower(), deed.lemma_.lower() if deed is not None else ""


#: Verbs that give a count's new level ('had risen to five', 'stood at 40'), and the counts.
_LEVEL_CHANGES = frozenset({"rise", "climb", "increase", "reach", "grow", "jump", "stand", "fall", "drop", "go"})
_COUNT_NOUNS = frozenset({"number", "count", "total", "tally"})


def _amount_of(token: Token, currency: str = "") -> str:
    """The noun a sum of money or a share measures: 'revenue of about 3.8 billion pounds' and
    'a fee of 55 million euros' hang it on 'of'; 'operating profit would be 410 million pounds'
    states it of the subject, and 'a £48m bid' is a bid. '' for counts of things and where the
    clause names none."""
    node = _counted_node(token)
    if token.ent_type_ not in {"MONEY", "PERCENT"} and node.lemma_.lower() not in CURRENCIES and not currency:
        return ""  # ('38,400 pounds' may be tagged a quantity)
    if currency and node.i != token.i and node.pos_ == "NOUN" and node.lower_.rstrip(".") not in _MONEY_SCALES:
        return _measure(node.lemma_.lower())
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        return _measure(node.head.head.lemma_.lower())
    # '38,400 pounds in rent' / '4,200 pounds in travel expenses'; '3 million euros for the site';
    # 'spent £38,400 in rent' hangs what it was spent on on the verb
    spent = node.head if currency and node.dep_ == "dobj" else None
    spent_on = [
        g
        for prep in (*node.children, *(spent.children if spent is not None else ()))
        if prep.dep_ == "prep" and prep.lower_ in {"in", "on", "for"}
        for g in prep.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in _STOP_HEADS
    ]
    if spent_on:
        return _measure(spent_on[0].lemma_.lower())
    if node.dep_ in {"attr", "acomp"} and node.head.lemma_ == "be":
        subject = next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return _measure(subject.lemma_.lower()) if subject is not None else ""
    return ""


def _measure(lemma: str) -> str:
    """One name for what a sum measures where news uses two: a bid for a player is an offer."""
    return _SAME_MEASURE.get(lemma, lemma)


_SAME_MEASURE = {"bid": "offer", "valuation": "value"}
CURRENCIES = frozenset({"pound", "euro", "dollar", "crown", "franc", "yen", "rupee", "peso", "rand", "shilling"})


def _not_a_single(token: Token) -> bool:
    """'not a single parcel', 'had not delayed a single parcel', 'not one soldier'."""
    if token.lower_ not in {"single", "one"}:
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ == "not":
        return True
    verb = token.head.head
    return (token.lower_ == "single" or token.doc[token.i - 1].lower_ == "not") and any(
        c.dep_ == "neg" for c in verb.children
    )


#: Verbs of counting only what could be checked, which gives a floor: 'had verified 97 deaths'.
_VERIFYING = frozenset({"verify", "document"})
_LOWER_BOUND = frozenset({"least", "more", "over", "above", "exceed", "exceeded", "beyond"})
_UPPER_BOUND = frozenset({"below", "under", "less", "fewer", "most", "within"})
_APPROXIMATE = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "close", "estimated"}
)
#: Words of a phrase that bounds or rounds the number after it: 'no more than', 'at least', 'up to'.
_BOUND_PHRASE_WORDS = _LOWER_BOUND | _UPPER_BOUND | _APPROXIMATE | {"no", "not", "at", "than", "up", "to", "of", "just"}


def _bounds(token: Token, value: float, head: str) -> tuple[float, float]:
    """The range of values a number phrase allows, from the words just before it (up to the
    first other word: 'under' in 'the proposal under discussion involved 31' bounds nothing)."""
    before: set[str] = set()
    start = token.i
    while start > 0 and (token.doc[start - 1].like_num or token.doc[start - 1].is_currency):
        start -= 1  # 'at least one million', 'up to $4': the number's own words come first
    for word in reversed(token.doc[max(0, start - 3) : start]):
        if word.lower_ not in _BOUND_PHRASE_WORDS:
            break
        before.add(word.lower_)
    # 'no more than 14' is at most 14, and so is 'had never offered more than 3 percent'; 'no
    # fewer than 14' is at least 14
    ruled_out = "no" in before or any(c.dep_ == "neg" for c in _clause_of(_counted_node(token)).children)
    if ruled_out and before & (_LOWER_BOUND | _UPPER_BOUND):
        return (0.0, value) if before & _LOWER_BOUND else (value, math.inf)
    if before & _LOWER_BOUND or _clause_of(_counted_node(token)).lemma_.lower() in _VERIFYING or _counts_remains(token):
        # ('the UN had verified 97 deaths', 'received the bodies of 14': those it could count, at least)
        return value, math.inf
    if before & _UPPER_BOUND or "up to" in token.doc[max(0, token.i - 3) : token.i].text.lower():
        return 0.0, value
    if head == "percent":
        # a point either way for turnouts and shares ('61.4' fits '61'), a tenth of the figure
        # for small rates ('2.5 per cent' is not '4 per cent')
        slack = min(1.0, 0.1 * value) if not before & _APPROXIMATE else min(3.0, 0.3 * value)
        return value - slack, value + slack
    if before & _APPROXIMATE:
        slack = 0.15
    elif value.is_integer() and value % 10:
        slack = 0.0  # '168 passengers' is no rounded figure: '182' is another count
    else:
        slack = 0.05  # '1,200' and '4.8 metres' may be rounded
    return value * (1 - slack), value * (1 + slack)


def _phrase(token: Token) -> str:
    if len(words := _spelled_out(token)) > 1:
        return token.doc[words[0].i : words[-1].i + 1].text  # 'one hundred and forty-two'
    start = token.i
    while start > 0 and (
        token.doc[start - 1].like_num
        or token.doc[start - 1].text in {"$", "€", "£"}
        or token.doc[start - 1].lower_ in _WORD_NUMBERS
    ):
        start -= 1
    while start > 0 and token.doc[start - 1].lower_ in (_LOWER_BOUND | _UPPER_BOUND | _APPROXIMATE | {"than", "at"}):
        start -= 1
    end = token.i + 1
    if end < len(token.doc) and token.doc[end].lower_.rstrip(".") in {"%", "percent", *_SCALES, *_MONEY_SCALES}:
        end += 1
    elif end + 1 < len(token.doc) and token.doc[end].lower_ == "per" and token.doc[end + 1].lower_ == "cent":
        end += 2
    return token.doc[start:end].text.removesuffix(".") if end > token.i + 1 else token.doc[start:end].text  # ("£48m.")


def _value(token: Token) -> float | None:
    """The number a token stands for, with its scale word: '4.2', 'Forty', 'four million'."""
    if token.lower_ in _SCALES:
        modifiers = [c for c in token.children if c.i < token.i and _plain(c) is not None]
        if not modifiers and token.i > 0 and _plain(token.nbor(-1)) is not None:
            modifiers = [token.nbor(-1)]  # 'six lakh homes': both hang on the noun
        return (_plain(modifiers[-1]) if modifiers else 1.0) * _SCALES[token.lower_]
    base = _plain(token)
    if base is None:
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in _SCALES:
        base *= _SCALES[following.lower_]
    elif following is not None and _currency(token) and following.lower_.rstrip(".") in _MONEY_SCALES:
        base *= _MONEY_SCALES[following.lower_.rstrip(".")]  # '£30 m'
    return base


def _plain(token: Token) -> float | None:
    text = token.lower_.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if (glued := _GLUED_SCALE.fullmatch(text)) is not None:
        number, scale = glued.groups()
        if scale in _SCALES:
            return float(number) * _SCALES[scale]
        # a short scale only on a sum of money: '£30m', '3bn euros' ('6.2m' may be metres)
        after = token.doc[token.i + 1].lemma_.lower() if token.i + 1 < len(token.doc) else ""
        sum_of_money = bool(_currency(token)) or after in CURRENCIES
        return float(number) * _MONEY_SCALES[scale] if sum_of_money else None
    return float(_WORD_NUMBERS[text]) if text in _WORD_NUMBERS else None


def _currency(token: Token) -> str:
    """The currency a sign before a figure names ('£48m', 'US$2.5 billion'), or ''."""
    start = token.i
    while start > 0 and token.doc[start - 1].like_num:
        start -= 1  # '$2.5 billion' is read at 'billion'
    before = token.doc[start - 1].text if start > 0 else ""
    return _CURRENCY_SIGNS.get(before[-1:], "") or _CURRENCY_WORDS.get(before.lower(), "")


def _verb(token: Token) -> str:
    """The event a number belongs to: '40 people were injured' -> 'injure'; 'received the bodies of
    14 civilians' -> 'die'."""
    if _counts_remains(token):
        return "die"
    node = _clause_of(token)
    if node.dep_ in {"aux", "auxpass"} and node.head.pos_ == "VERB":
        node = node.head  # the parser hung the subject on 'had' in '300 workers had downed tools'
    if node.pos_ == "AUX":  # '31 people were unaccounted for': the state is the event
        state = next((c for c in node.children if c.dep_ == "acomp"), None)
        return state.lemma_.lower() if state is not None else ""
    if node.pos_ != "VERB":
        return ""
    lemma = node.lemma_.lower()
    state = next((c for c in node.children if c.dep_ in {"oprd", "acomp"} and c.lemma_.lower() in _STATES), None)
    if state is not None:
        return state.lemma_.lower()  # '212 people had been confirmed dead': a count of the dead
    words = {c.lemma_.lower() for c in node.children if c.dep_ in {"dobj", "prt", "advmod"}}
    if lemma == "have" and (done := _participle_object(node)) is not None:
        lemma, words = done  # 'had downed tools' read as having tools that are downed
    words |= {g.lemma_.lower() for c in node.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    if (lemma == "take" and "part" in words) or (lemma == "join" and words & _STOPPAGES):
        return "take part"
    on_strike = "strike" in words and lemma in {"go", "be", "come", "stay", "remain"}  # not 'killed in the strike'
    if (lemma == "down" and "tool" in words) or (lemma == "walk" and "out" in words) or on_strike:
        return "strike"  # 'downed tools', 'walked out', 'went on strike'
    return lemma


def _counts_remains(token: Token) -> bool:
    """'the bodies of 14 civilians': a count of the dead someone has found or received, which is at
    least that many dead, not all of them."""
    counted = _counted_node(token)
    return counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lemma_.lower() in _REMAINS


#: What is left of the dead: 'the bodies of 14 civilians' counts the dead.
_REMAINS = frozenset({"body", "corpse", "remains"})
#: States a count of people is declared in ('confirmed dead', 'reported missing').
_STATES = frozenset({"dead", "missing", "injured", "wounded", "unaccounted"})


def _participle_object(have: Token) -> tuple[str, set[str]] | None:
    """(verb, {object}) when the parser read a past perfect as 'have' with a participle modifying
    its object ('had [downed tools]'), else None."""
    for obj in (c for c in have.children if c.dep_ == "dobj"):
        participle = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < obj.i), None)
        if participle is not None:
            return participle.lemma_.lower(), {obj.lemma_.lower()}
    return None


#: What people join when they stop work or protest: 'joined the walkout'.
_STOPPAGES = frozenset({"strike", "walkout", "stoppage", "protest", "rally", "march", "demonstration"})


def _of_a_part_alone(token: Token) -> bool:
    """Whether a figure's clause narrows it to one part 'alone' ('in Ravani alone')."""
    clause = _clause_of(_counted_node(token))
    return any(
        word.lower_ == "alone"
        and word.dep_ == "advmod"
        # (the parser hangs it on the noun or, after one, on the verb: 'lost in his town alone')
        and (word.head.pos_ in {"NOUN", "PROPN"} or (word.i > 0 and word.nbor(-1).dep_ == "pobj"))
        for word in clause.subtree
        if _clause_of(word.head).i == clause.i
    )


def _among_others(token: Token) -> bool:
    """Whether a figure's clause says the things counted are among others: '40,000 accounts were
    among those affected', '12 children were among the injured', 'of those, 23 had died'."""
    clause = _clause_of(_counted_node(token))
    if any(c.dep_ == "prep" and c.lower_ == "among" for c in clause.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _THOSE for g in c.children)
        for c in (*token.children, *clause.children)
    )


#: Words that point back at a whole a part is taken from: 'of those', 'of them', 'of whom'.
_THOSE = frozenset({"those", "them", "these", "whom"})


def _clause_of(token: Token) -> Token:
    """The nearest verb or auxiliary above ``token`` (the root when there is none)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _counted_node(token: Token) -> Token:
    """The word a number phrase attaches to: '40' in '40 people' -> 'people'."""
    node = token
    while node.dep_ in {"nummod", "quantmod", "compound"} and node.head.i != node.i:
        node = node.head
    return node


def _measured(token: Token) -> tuple[str, frozenset[str], str, str]:
    """(subject, qualifiers, place, area) of a figure: the subject noun of its clause, the
    modifiers of the counted noun or, for a measure ('3 percent'), of that subject, the place that
    noun is narrowed to ('turnout in Varna'), and the place its clause puts the event in."""
    node = _counted_node(token)
    clause = _clause_of(node)
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
    subject = subjects[0] if subjects else None
    counted = node if node.pos_ in {"NOUN", "PROPN"} and node.i != token.i and node.lemma_ != "percent" else subject
    qualifiers = frozenset(
        c.lemma_.lower()
        for c in (counted.children if counted is not None else ())
        if c.dep_ in {"amod", "compound"}
        and not c.like_num
        and c.lower_ not in _WORD_NUMBERS
        and c.lower_ != "per"  # 'per cent' is one word written as two
        and c.i != token.i
    )
    places = [
        g.lemma_.lower()
        for c in (counted.children if counted is not None else ())
        if c.dep_ == "prep" and c.lower_ in {"in", "among"}
        for g in c.children
        if g.dep_ == "pobj"
        and (
            g.ent_type_ in {"GPE", "LOC"}
            or g.pos_ == "PROPN"
            or c.lower_ == "among"
            or g.lemma_.lower() in _SETTLEMENTS | _COMPASS  # 'turnout in the capital city', 'in the south'
        )
    ]
    subject_lemma = subject.lemma_.lower() if subject is not None else ""
    area = _area(clause) or ("country" if qualifiers & _NATIONAL else "")  # 'national turnout'
    return subject_lemma, qualifiers, places[0] if places else "", area


#: Parts of a country named by where they lie: 'turnout in the south'.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
#: Qualifiers of a figure for the whole country: 'national turnout', 'the nationwide toll'.
_NATIONAL = frozenset({"national", "nationwide", "countrywide"})


def _area(clause: Token) -> str:
    """The place a clause puts its event in: a named place or a whole region ('4,000 were
    evacuated from Millbrook' -> 'millbrook', '11,000 across the region' -> 'region'), so that a
    town's figure is no rival of the region's."""
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ in _AREA_PREPOSITIONS:
            for place in prep.children:
                if place.dep_ == "pobj" and (
                    place.ent_type_ in {"GPE", "LOC"} or place.pos_ == "PROPN" or place.lemma_.lower() in _WHOLE_AREAS
                ):
                    # 'from Orrick and nearby villages' is more than 'from Orrick'
                    return "+".join(sorted({place.lemma_.lower(), *(c.lemma_.lower() for c in place.conjuncts)}))
                if place.dep_ == "pobj" and place.lemma_.lower() in _SETTLEMENTS | _COMPASS:
                    other = any(c.lower_ in {"other", "several", "many"} for c in place.children)
                    return _UNNAMED + ("other " if other else "") + place.lemma_.lower()
    for word in clause.children:
        if word.dep_ == "advmod" and (whole := _WHOLE_AREA_ADVERBS.get(word.lower_)):
            return whole  # '$1.2 billion nationwide'
    return ""


def _period(token: Token) -> str:
    """The span of time a figure covers, from the date phrases of its clause that name one
    ('rose 14 percent in the past twelve months' -> 'the past twelve months', 'since 2021', 'in
    the first 24 hours'), or the span it is counted per ('6 million euros a year' -> 'per year');
    days of an event ('on Tuesday', 'between Friday and Monday') are left to the date evidence."""
    if rate := _per_span(token):
        return rate
    clause = _clause_of(_counted_node(token))
    named = [
        ent
        for ent in token.doc.ents
        if ent.label_ in {"DATE", "TIME"}
        and _clause_of(ent.root).i == clause.i
        # ('by midday' is a moment in the day's count, 'by Nov 30' a deadline)
        and (_PERIOD.search(ent.text) or (ent.label_ == "DATE" and ent.root.head.lower_ in _BOUNDING_PREPOSITIONS))
        and ent.root.dep_ not in {"compound", "amod", "nmod", "nummod", "poss"}  # (the 1974 record)
    ]
    spans = [
        f"{ent.root.head.lower_} {ent.text}" if ent.root.head.lower_ in _BOUNDING_PREPOSITIONS else ent.text
        for ent in named
    ]
    # the parser's entities miss many spans: 'before the end of the academic year', 'in the first 24 hours'
    covered = {t.i for ent in named for t in ent}
    phrases = (
        # ('before the end of the year' keeps its preposition: it bounds the figure)
        f"{prep.lower_ if prep.lower_ in _WINDOW_PREPOSITIONS else ''} {subtree_text(span)}"
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in _SPAN_PREPOSITIONS
        for span in prep.children
        if span.dep_ == "pobj" and span.i not in covered
    )
    spans += [phrase for phrase in phrases if _PERIOD.search(phrase)]
    return " ".join(sorted({_normal(span.strip().removeprefix("the ")) for span in spans}))


def _per_span(token: Token) -> str:
    """'per year' for a figure counted per span ('6 million euros a year', '£300,000 per week')."""
    after = token.doc[token.i + 1 : token.i + 6]
    for first, second in itertools.pairwise(after):
        if first.is_punct or first.pos_ == "VERB":
            break
        if first.lower_ in {"a", "an", "per", "each", "every"} and second.lemma_.lower() in _SPANS:
            return f"per {second.lemma_.lower()}"
    return ""


_SPANS = frozenset({"year", "month", "week", "day", "season", "quarter", "hour"})
_SPAN_PREPOSITIONS = frozenset({"in", "over", "during", "within", "since", "before", "by", "until", "through"})


def _window(period: str) -> bool:
    """Whether a figure holds only up to a time ('no school will close before the end of the year')."""
    return period.startswith(tuple(_WINDOW_PREPOSITIONS))


_WINDOW_PREPOSITIONS = frozenset({"before", "until", "by"})
#: Words that make any date bound a span: 'since Monday', 'by Nov 30'.
_BOUNDING_PREPOSITIONS = _WINDOW_PREPOSITIONS | {"since"}


def _rate(period: str) -> bool:
    """Whether a figure is counted per span of time ('6 million euros a year'), not in total."""
    return period.startswith("per ")


#: Date phrases that name a span of time: a year, or months or years counted back.
_PERIOD = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:year|years|month|months|week|weeks|days|hours|decade|season|quarter|half)\b"
    r"|\b(?:end|start|beginning|close) of\b",
    re.IGNORECASE,
)

#: A span that bounds a count apart from the story's whole: one before it ('last year', 'the
#: previous season', 'in 2019') or the current one alone ('no deaths this week' / 'two patients
#: have died').
_BOUNDED_PERIOD = re.compile(
    r"\b(?:last|previous|prior|earlier)\b|\b(?:1[89]|20)\d\d\b|\bthis (?:week|month|year|quarter)\b", re.IGNORECASE
)


def _set_apart(a: Quantity, b: Quantity) -> bool:
    """Figures the words around them set apart, whatever they count: qualifiers with nothing in
    common ('global' vs 'European' sales), a smaller figure said to be among others ('40,000
    accounts were among those affected' / '3.4 million accounts'), one on top of the other ('an
    additional 5,000'), two kinds of people ('40 fighters' / '15 civilians' killed), a place
    ('turnout in Varna' is part of 'turnout'), or another span of time ('since 2021'; 'a 3 percent
    rise last year' vs 'offered 2.5 percent')."""
    part_of_whole = _whole_of_part(a, b) is not None  # ('losses in Ravani alone' / 'damage nationwide')
    return (
        bool(a.qualifiers and b.qualifiers and not a.qualifiers & b.qualifiers)
        or bool((a.qualifiers | b.qualifiers) & _ON_TOP)
        or any(q.among and q.value < other.value for q, other in ((a, b), (b, a)))
        or (a.head != b.head and {a.head, b.head} <= _PEOPLE_SIDES)
        # 'no soldiers were killed' says nothing of how many others were: '29 people were killed'
        or any(
            q.value == 0 and q.head in _PEOPLE_SIDES and other.head not in _PEOPLE_SIDES
            for q, other in ((a, b), (b, a))
        )
        or (a.place != b.place and not part_of_whole)
        or bool(a.area and b.area and a.area != b.area and a.area.startswith(_UNNAMED) == b.area.startswith(_UNNAMED))
        # the nation's figure and the south's
        or bool(a.area and b.area and a.area != b.area and {a.area, b.area} & _WHOLE_AREAS)
        or (a.area != b.area and _ELSEWHERE in f"{a.area} {b.area}")  # '30,000 also marched in other cities'
        # ('received 187,300 votes' / 'her winning margin was 30,550 votes')
        or _a_difference(a) != _a_difference(b)
        or _rate(a.period) != _rate(b.period)
        or _window(a.period) != _window(b.period)
        or (
            a.period != b.period
            and (bool(a.period and b.period) or bool(_BOUNDED_PERIOD.search(f"{a.period} {b.period}")))
        )
    )


def _a_difference(quantity: Quantity) -> bool:
    """Whether the figure is a difference between two counts ('a margin of 30,550 votes')."""
    return bool({quantity.subject, quantity.amount_of} & _DIFFERENCE_NOUNS)


_DIFFERENCE_NOUNS = frozenset({"margin", "lead", "gap", "difference", "majority"})


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Same counted thing: same head noun, or same event verb ('40 people were injured' and
    'more than 300 were injured'), unless qualifiers or a place set them apart ('global' vs
    'European' sales, turnout vs turnout in Varna)."""
    if _set_apart(a, b):
        return False
    measures = {a.amount_of, b.amount_of}
    # ('would pay $42 a share for the firm' / 'received an offer of $38 a share': one price)
    offered = any(_PAID_AS.get(q.amount_of, frozenset()) & {other.verb} for q, other in ((a, b), (b, a)))
    if a.amount_of and b.amount_of and len(measures) == 2 and not measures & {a.verb, b.verb} and not offered:
        # 'revenue of 3.8 billion pounds' / 'operating profit would be 410 million pounds'; but
        # 'offered a rise of 2.5 per cent' and 'the offer was 4 per cent' are one offer
        return False
    if a.head == b.head == "percent" and a.subject and b.subject:
        # 'sales rose 3 percent' vs 'profits fell 8 percent'; 'offered 2.5 per cent' and 'the offer
        # was 4 per cent' are one offer
        return a.subject == b.subject or a.subject == b.verb or b.subject == a.verb or _one_change(a, b)
    if _is_toll(a) or _is_toll(b):  # 'the toll had risen to 19' is no rival of 'had risen 4.2 metres'
        return same_headcount(a, b)
    if bool(a.verb and a.verb == b.verb) or same_headcount(a, b):
        return a.head == b.head or a.head in _GENERIC_HEADS or b.head in _GENERIC_HEADS or (_people(a) and _people(b))
    if headcount_kind(a) or headcount_kind(b):  # the dead and the injured are two counts
        return False
    if _people(a) and _people(b):
        # '1,200 residents were moved out' / 'fewer than 400 people had left': the same people
        # in other words; the judge weighs such figures by how close the claims are.
        return True
    if a.head in _GENERIC_HEADS or b.head in _GENERIC_HEADS:
        return False
    return a.head == b.head


def _one_change(a: Quantity, b: Quantity) -> bool:
    """A change told once by its verb and once by its noun: 'the economy would grow 1.2 percent' /
    'expected growth of 1.4 percent', 'growth would reach 2.5 percent' ('wage growth' is another)."""
    return any(
        (change := _CHANGE_NOUNS.get(mine.amount_of) or _CHANGE_NOUNS.get(mine.subject))
        and change == theirs.verb
        and not mine.qualifiers
        for mine, theirs in ((a, b), (b, a))
    )


#: Nouns that name a change as its verb does.
#: Nouns for an amount put forward to pay, with the verbs that pay it.
_PAID_AS = dict.fromkeys(("offer", "bid"), frozenset({"pay", "offer", "bid"}))
_CHANGE_NOUNS = {
    "growth": "grow",
    "increase": "increase",
    "rise": "rise",
    "fall": "fall",
    "decline": "decline",
    "drop": "drop",
    "gain": "gain",
    "loss": "lose",
    "cut": "cut",
    "contraction": "contract",
}


def _people(quantity: Quantity) -> bool:
    """Whether a figure counts people ('workers', 'residents', 'people', 'the crew')."""
    return quantity.head in _PEOPLE_GROUPS or quantity.head in person_nouns()


#: Group nouns counted as people: '40 people', 'a crew of 12'.
_PEOPLE_GROUPS = frozenset({"people", "crew", "personnel", "workforce"})
#: Words that make a figure come on top of another: 'an additional 5,000 euros', 'a further 200'.
_ON_TOP = frozenset({"additional", "extra", "further", "more", "another", "other"})
#: Kinds of people a report counts apart: the fighters killed are not the civilians killed.
_PEOPLE_SIDES = frozenset(
    {
        "civilian", "fighter", "rebel", "soldier", "militant", "insurgent", "troop", "officer",
        "policeman", "police", "child", "adult", "woman", "man", "passenger", "pedestrian", "driver",
        "patient", "student", "teacher", "prisoner", "guard", "firefighter", "resident", "tourist",
    }
)  # fmt: skip


def same_headcount(a: Quantity, b: Quantity) -> bool:
    """Counts of the same people however they are worded: 'a death toll of 40', '65 people died'
    and '12 were killed' all count the dead; 'injured', 'wounded' and 'hurt' the injured; 'missing'
    and 'unaccounted for' the missing; 'put the crowd at 12,000', '60,000 people took part', '8,000
    protesters marched' and '300 workers went on strike' the people taking part."""
    kind = headcount_kind(a)
    return bool(kind) and kind == headcount_kind(b)


def headcount_kind(quantity: Quantity) -> str:
    """'dead', 'injured', 'missing' or 'crowd' for a count of people, else ''."""
    if _is_toll(quantity):
        return "dead"
    if quantity.subject in _CROWDS:
        return "crowd"
    if kind := _HEADCOUNTS.get(quantity.verb):
        return kind
    kind = _HEADCOUNTS.get(quantity.head, "")
    # '14 protesters were treated in hospital' counts the hurt among the crowd, not the crowd
    return "" if kind == "crowd" and quantity.verb not in _BEING_THERE else kind


def _is_toll(quantity: Quantity) -> bool:
    """'The death toll rose to 19', 'put the toll at 40', 'the toll had risen to 19 people dead'."""
    return quantity.subject == "toll" and (not quantity.qualifiers or bool(quantity.qualifiers & {"death", "dead"}))


_CROWDS = frozenset({"crowd", "attendance"})
#: Verbs that count a crowd by its being there: '8,000 protesters gathered', 'there were 500'.
_BEING_THERE = frozenset({"", "be", "gather", "join", "turn", "come", "assemble", "fill", "line", "block", "occupy"})
_HEADCOUNTS = {
    "miss": "missing",
    "missing": "missing",
    "unaccounted": "missing",
    "strike": "crowd",
    "take part": "crowd",
    "march": "crowd",
    "attend": "crowd",
    "rally": "crowd",
    "demonstrate": "crowd",
    "protester": "crowd",
    "demonstrator": "crowd",
    "marcher": "crowd",
    "participant": "crowd",
    "die": "dead",
    "kill": "dead",
    "dead": "dead",
    "death": "dead",
    "injure": "injured",
    "injured": "injured",
    "wound": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "injury": "injured",
}


def exact_quantity(a: Quantity, b: Quantity) -> bool:
    """Same counted thing stated of the same event or subject: '40 people hospitalised' and '112
    people hospitalised', 'turnout was 64.2 percent' and 'turnout was below 60 percent'."""
    if not same_quantity(a, b):
        return False
    if a.head == "percent":
        return bool(a.subject and a.subject == b.subject) or bool(a.verb and a.verb == b.verb) or _one_change(a, b)
    if a.amount_of and a.amount_of == b.amount_of:
        return True  # 'a £48m bid' / 'an offer of £30m'
    if a.head != b.head and not (a.head in _GENERIC_HEADS or b.head in _GENERIC_HEADS):
        # 'freeing 20 fighters' / 'seven hostages to be freed': two groups, one event
        return same_headcount(a, b)
    return bool(a.verb and a.verb == b.verb) or same_headcount(a, b)


_GENERIC_HEADS = frozenset(
    {
        "people",
        "person",
        "injure",
        "kill",
        "die",
        "hospitalise",
        "hospitalize",
        "evacuate",
        "arrest",
        "wound",
        "dead",
        "death",
    }
)


def _counted(token: Token) -> str:
    """What a number counts: its head noun, or 'percent', or the verb it is the object of."""
    follower = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if follower is not None and follower.lower_ in {"%", "percent", "per"}:
        return "percent"
    node = _counted_node(token)
    if node.pos_ in {"NOUN", "PROPN"} and node.i != token.i:
        return _head_noun(node)
    if (of := _partitive_whole(node)) is not None and (_verb(token) in _HEADCOUNTS or _owned(of)):
        # '6,200 of the 7,000 workers downed tools' counts strikers, and '300,000 of the bank's
        # customers' counts customers; other parts ('nine of the destroyed homes', 'one of the two
        # officers') are subsets of a group already named, not rival figures.
        return _head_noun(of)
    if node.dep_ in {"pobj", "dobj", "attr", "nsubj", "nsubjpass"}:
        governor = node.head.head if node.dep_ == "pobj" else node.head
        return governor.lemma_.lower()
    return node.head.lemma_.lower() if node.head.i != node.i else ""


def _of_object(number: Token) -> Token | None:
    """The word after 'of' in '6,200 of the mine's 7,000 workers', 'two of the injured', or None."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _partitive_whole(number: Token) -> Token | None:
    """The noun a part is counted out of: 'workers' in '6,200 of the mine's 7,000 workers'."""
    whole = _of_object(number)
    return whole if whole is not None and whole.pos_ == "NOUN" else None


def _owned(whole: Token) -> bool:
    """A whole named by its owner alone ('the bank's customers', 'its workers'): all of them,
    not a group an earlier figure counted."""
    return any(c.dep_ == "poss" for c in whole.children) and not any(
        c.dep_ in {"nummod", "amod"} for c in whole.children
    )


def _is_partitive_total(token: Token) -> bool:
    """'7,000' in '6,200 of the 7,000 workers': the whole a part is counted out of, never a rival
    figure for the part."""
    node = _counted_node(token)
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.like_num


def _is_change_within_a_count(token: Token) -> bool:
    """'two of the injured died overnight': a change within a group already counted, not a rival
    total of the dead."""
    group = _of_object(token)
    return group is not None and group.lower_ in _CASUALTY_GROUPS


_CASUALTY_GROUPS = frozenset({"injured", "wounded", "dead", "missing", "survivors", "victims", "casualties"})


def _every_one(token: Token) -> bool:
    """'every one of those protocols' names no number."""
    return token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ in {"every", "each"}


#: Head nouns news uses interchangeably for one counted group.
_SAME_HEAD = {
    "employee": "worker",
    "staff": "worker",
    "staffer": "worker",
    "household": "home",
    "house": "home",
    "flat": "home",
    "apartment": "home",
    "dwelling": "home",
    "client": "customer",
}


def _head_noun(noun: Token) -> str:
    """A counted noun's lemma, with the group's one name for interchangeable words ('staff')."""
    lemma = noun.lemma_.lower().rstrip(".") or noun.lemma_  # ('6.2m.' ends a sentence)
    return _SAME_HEAD.get(lemma, lemma)


def story_entities(claims: Sequence[Claim], propositions: Sequence[Proposition]) -> dict[str, frozenset[str]]:
    """Per document: the names its claims mention and the named actors who speak, to tell whether
    two documents report the same story. Day and month names and generic speakers ('the
    authorities', 'police') are left out: every story has them."""
    found: dict[str, set[str]] = {}
    for claim, proposition in zip(claims, propositions, strict=True):
        names = {name for name in proposition.entities if name not in _CALENDAR_WORDS}
        if sum(word[:1].isupper() for word in claim.actor.split()) >= 2:
            names.add(claim.actor_id)
        found.setdefault(claim.doc, set()).update(names)
    return {doc: frozenset(names) for doc, names in found.items()}


def document_names(doc: Doc, excluded: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The names of people, organisations and places a parsed text mentions, as lowercased
    lemmas, outside the ``excluded`` character ranges (bylines and credits name no story)."""
    return {
        token.lemma_.lower()
        for token in doc
        if token.ent_type_ in _STORY_NAME_TYPES
        and token.pos_ == "PROPN"
        and not any(start <= token.idx < end for start, end in excluded)
    }


#: Entity types that tell one story from another (dates, figures and titles do not).
_STORY_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"})


def pair_evidence(
    a: Claim,
    b: Claim,
    pa: Proposition,
    pb: Proposition,
    stories: dict[str, frozenset[str]] | None = None,
    dates: Mapping[str, date] | None = None,
) -> PairEvidence:
    """Compare two analysed claims; ``stories`` (from :func:`story_entities`) relates documents,
    ``dates`` dates them."""
    union = pa.lemmas | pb.lemmas
    shared = len(pa.lemmas & pb.lemmas)
    overlap = shared / len(union) if union else 0.0
    shorter = min(len(pa.lemmas), len(pb.lemmas))
    dated_order = _dated_order(a, b, dates or {})
    conflict, exact, update = _number_conflict(a, b, pa, pb, dated_order)
    update = update or _corrects_own_figure(a, b, pa, pb)
    # With one side negated or denied, opposites agree ('nobody believes the lists are falling' /
    # 'the list rose'; 'denied it had opened the gates' / 'the gates had remained closed'); on
    # different days, or one under a condition, they are two moments ('fell on Monday' / 'rose
    # again on Wednesday', 'fell overnight' / 'would rise again if heavy rain continued').
    days_clash = _days_clash(pa.dates, pb.dates)
    # ('rose last year' / 'fell in the first quarter of this year'; forecasts' times are looser)
    times_apart = not (pa.modal or pb.modal) and _days_clash(pa.periods, pb.periods)
    # ('I want to stay' / 'he wants to leave': two wishes for one future clash as two facts do)
    wishes = pa.wish and pb.wish
    apart = days_clash or times_apart or ((pa.conditional or pb.conditional) and not wishes)
    rejects = (a.polarity == "denied") != pa.negated, (b.polarity == "denied") != pb.negated
    opposite = _opposite(pa, pb) if rejects[0] == rejects[1] and not apart else None
    others = pa.negated != pb.negated and _rules_out_others(pa, pb)
    another_object = _negates_another_object(pa, pb) or _negates_in_another_sentence(pa, pb) or others
    hits = _negation_hits(pa, pb) and not another_object
    same_predicate = _same_predicate(pa, pb, hits)
    date_exact = _date_exact(pa, pb)
    # 'I am not aware of any talks' neither negates 'talks were held' nor asserts what 'no talks
    # have ever taken place' negates: it takes no stance on the talks.
    disclaimed = pa.disclaims or pb.disclaims
    # a state read on two days ('15 percent contained on Tuesday' / '30 percent on Wednesday')
    days_apart = bool((pa.ongoing or pb.ongoing) and (pa.dates | pa.ongoing) != (pb.dates | pb.ongoing))
    ended = pa.negated != pb.negated and _ruled_out_after_its_end(pa, pb)
    # 'did not strike the bridge on Tuesday' rules out Tuesday only: 'struck it on Sunday' stands
    negative, positive = (pa, pb) if pa.negated else (pb, pa)
    other_day = pa.negated != pb.negated and (
        _days_clash(negative.negated_days, positive.dates) or _after(positive.dates, negative.negated_until)
    )
    not_yet = pa.negated != pb.negated and _not_yet(pa, pb)
    negation_mismatch = (
        pa.negated != pb.negated
        and not disclaimed
        and not (not hits and _states_others_predicate(pa, pb))
        and not ended
        and not other_day
        and not not_yet
    )
    return PairEvidence(
        overlap=overlap,
        containment=shared / shorter if shorter else 0.0,
        denied_side="" if a.polarity == b.polarity else ("a" if a.polarity == "denied" else "b"),
        denies_other=a.refers_to == b.id or b.refers_to == a.id,
        stance_mismatch=((a.polarity == "denied") != pa.negated) != ((b.polarity == "denied") != pb.negated)
        and not disclaimed
        and not not_yet,
        negation_mismatch=negation_mismatch,
        absolute_negation=(pa.absolute or pb.absolute) and negation_mismatch and not another_object,
        modal_mismatch=pa.modal != pb.modal,
        same_predicate=same_predicate,
        negation_hits=hits,
        negates_another_object=another_object,
        same_story=_same_story(a, b, stories),
        hedged=pa.hedged or pb.hedged,
        conditional=(pa.conditional or pb.conditional) and not wishes,
        number_conflict=conflict and not days_apart and not not_yet,
        number_exact=exact,
        number_update=update,
        figures_apart=not conflict
        and (
            _figures_for_wider_area(pa, pb)
            or (pa.scoped_count != pb.scoped_count and _both_count(pa, pb))
            or any(
                (_risen(qa, qb, dated_order) or _within_the_whole(qa, qb)) and same_quantity(qa, qb)
                for qa in pa.quantities
                for qb in pb.quantities
            )
        ),
        figures_agree=not conflict and _same_figure_in_other_words(pa, pb),
        # ('nobody fired us' against 'had terminated the contract' still leaves the model its say)
        ruled_out_after_end=ended and bool((pa.negated_heads | pb.negated_heads) & _EXISTENCE_VERBS),
        rules_out_others=others,
        days_apart=days_apart,
        events_apart=days_clash and not same_predicate and not date_exact,
        date_conflict=((days_clash and same_predicate) or date_exact) and not days_apart and not other_day,
        date_exact=date_exact,
        opposite=opposite[:2] if opposite else None,
        opposite_exact=bool(opposite and opposite[2]),
        same_actor=a.actor_id == b.actor_id,
        announced_change=_one_party(a, b) and _announces_change(*((pa, pb) if _later(a, b) else (pb, pa))),
        disclaimed=pa.disclaims_outright or pb.disclaims_outright,
    )


def _dated_order(a: Claim, b: Claim, dates: Mapping[str, date]) -> int:
    """-1 when ``a``'s document is dated before ``b``'s, 1 when after, 0 when not known to differ."""
    left, right = dates.get(a.doc), dates.get(b.doc)
    if left is None or right is None or left == right:
        return 0
    return -1 if left < right else 1


def _number_conflict(
    a: Claim, b: Claim, pa: Proposition, pb: Proposition, dated_order: int = 0
) -> tuple[bool, bool, bool]:
    """(conflict, exact, update): figures for the same counted thing that cannot both hold,
    whether they are stated of the same event, and whether the same actor is revising an earlier
    figure ('at least 12 dead', later 'the toll rose to 19'). ``dated_order`` says which claim's
    document is dated first: a toll reported higher on a later day has risen, whoever reports it."""
    later = pb if _later(a, b) else pa
    one_party = _one_party(a, b)
    conflict = exact = False
    # A figure both claims state is agreed on: '185 km/h' on one side is no rival of '226 km/h'
    # on the other when each also states the other's.
    shared = {(q.head, q.value) for q in pa.quantities} & {(q.head, q.value) for q in pb.quantities}
    for qa in pa.quantities:
        for qb in pb.quantities:
            # Figures of different things, or that the words around them set apart, are neither
            # rivals nor one figure revised: 'offered 2.5 percent' and 'a 3 percent rise last year';
            # '42 patients had been infected', then 'three patients had died'.
            if qa.value == qb.value or not same_quantity(qa, qb):
                continue
            if pa.scoped_count != pb.scoped_count and not one_party:
                continue  # '1,150 jobs' / '1,600 jobs once contract staff were counted': two scopes
            if not one_party and _risen(qa, qb, dated_order):
                continue  # '40 dead' on 3 March, '82 dead' on 5 March: the toll rose
            if qb.verb in OPPOSITES.get(qa.verb, ()):
                continue  # '3,000 soldiers were withdrawn' / '20,000 remained': those who left, those who stayed
            if (qa.head, qa.value) in shared or (qb.head, qb.value) in shared:
                continue
            # One speaker giving a new figure revises it ('12 dead', later '19'); going from none
            # to some ('not a single parcel', later '60,000 parcels') is a reversal, not an update.
            # ... but a later figure ruled out ('had offered 4.5 percent', later 'had never offered
            # more than 3 percent') is a reversal, and
            latest = qb if later is pb else qa
            ruled_out = latest.verb in later.negated_heads and not later.lemmas & _UPDATE_WORDS
            if one_party and (pa.conditional or pb.conditional or pa.modal != pb.modal):
                continue  # a forecast ('211 confirmed dead' / 'the toll could rise above 300 if ...')
            if one_party and not ruled_out:
                # two counts of one speaker's with different verbs are two counts ('14
                # children had fallen ill' / 'four children had been admitted'), unless the later
                # says it revises ('the toll had risen to 19').
                # ... or the same kind of thing named alike ('had hired 60 agency nurses' / '85 agency
                # nurses had been brought in')
                alike = qa.head == qb.head and bool(qa.qualifiers) and qa.qualifiers == qb.qualifiers
                recount = qa.verb == qb.verb or exact_quantity(qa, qb) or alike
                if later.lemmas & _UPDATE_WORDS or (qa.value and qb.value and recount):
                    return False, False, True
                if qa.value and qb.value:
                    continue
            if (whole := _whole_of_part(qa, qb, local=True)) is not None:
                # a place's figure 'alone' is at most the whole's: '140 homes lost in his
                # municipality alone' cannot hold beside '32 homes destroyed', but '2,000 from
                # Millbrook alone' can beside '11,000 evacuated'
                part = qb if whole is qa else qa
                if part.low > whole.high:
                    conflict = True
                    exact = exact or qa.head == qb.head or exact_quantity(qa, qb)
            elif not qa.compatible(qb):
                conflict = True
                exact = exact or exact_quantity(qa, qb)
    return conflict, exact, False


def _both_count(pa: Proposition, pb: Proposition) -> bool:
    """Both claims give a figure for one kind of thing."""
    return any(same_quantity(qa, qb) for qa in pa.quantities for qb in pb.quantities)


def _risen(qa: Quantity, qb: Quantity, dated_order: int) -> bool:
    """A count of the dead or injured that is higher in the later-dated report: it rose."""
    return bool(dated_order) and headcount_kind(qa) in _RISING_COUNTS and (qb.value - qa.value) * dated_order < 0


def _within_the_whole(qa: Quantity, qb: Quantity) -> bool:
    """A local count no larger than the whole's ('11 died in Serin' / '82 had died'): part of it."""
    whole = _whole_of_part(qa, qb, local=True)
    if whole is None:
        return False
    part = qb if whole is qa else qa
    return part.low <= whole.high


#: Counts that only grow as a story goes on.
_RISING_COUNTS = frozenset({"dead", "injured"})


def _whole_of_part(a: Quantity, b: Quantity, *, local: bool = False) -> Quantity | None:
    """The figure stated for the whole when the other is stated for a place 'alone' ('in his
    municipality alone', 'in Ravani alone'), or with ``local`` a count of people for where the same
    event happened ('11 people had died in the village of Ostrel'), and this one for no place or a whole
    area ('82 people had died'). ('No complaints from Varna' against '46 complaints' still denies.)"""
    for part, whole in ((a, b), (b, a)):
        local_count = (
            local
            and bool(part.area)
            and part.area not in _WHOLE_AREAS
            and part.low > 0
            and _people(part)
            and (part.verb == whole.verb or headcount_kind(part) == headcount_kind(whole) != "")
        )
        narrowed = part.alone or local_count
        if narrowed and not whole.alone and not whole.place and (not whole.area or whole.area in _WHOLE_AREAS):
            return whole
    return None


def _corrects_own_figure(a: Claim, b: Claim, pa: Proposition, pb: Proposition) -> bool:
    """One party's later claim names the figure of its earlier claim as the one it replaces ('a
    ban of up to four years', later 'the maximum ban was two years, not four')."""
    earlier, later = (pa, pb) if _later(a, b) else (pb, pa)
    return _one_party(a, b) and bool(later.replaced & earlier.figures) and not earlier.replaced


def _one_party(a: Claim, b: Claim) -> bool:
    """One speaker, or one and the office that speaks for them ('Whitfield' / "Whitfield's
    office"): a figure the office later corrects is the speaker's revision."""
    return (
        a.actor_id == b.actor_id
        or _voice_of(a.actor, b.actor)
        or _voice_of(b.actor, a.actor)
        or _named_as_voice_of(a, b.actor)
        or _named_as_voice_of(b, a.actor)
    )


def _named_as_voice_of(claim: Claim, principal: str) -> bool:
    """The speaker is named as the principal's spokesperson or head: 'Lakeshore Rail spokesman
    Dan Kowalski', 'a spokeswoman for Lakeshore Rail', 'Commission chair Marta Velloz'."""
    words = f" {claim.speaker.lower()} "
    owner = principal.lower().removeprefix("the ")
    return any(role in words for role in _SPOKESPEOPLE) and len(owner) > 2 and f" {owner} " in words


_SPOKESPEOPLE = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "chief executive",
    "director general",
)


def _voice_of(voice: str, principal: str) -> bool:
    owner, _, role = voice.removeprefix("the ").partition("'s ")
    return bool(owner) and (owner == principal or principal.endswith(f" {owner}")) and role in _VOICES


#: Who speaks for a person or body: "Whitfield's office", "the ministry's spokesman".
_VOICES = frozenset(
    {"office", "press office", "spokesman", "spokeswoman", "spokesperson", "press secretary", "campaign", "team"}
)


def _figures_for_wider_area(pa: Proposition, pb: Proposition) -> bool:
    """Different figures counting the same noun or event in areas one of which takes in the other
    ('from Orrick' / 'from Orrick and nearby villages', 'in Millbrook' / 'across the region'), or
    for one part alone and the whole ('repairs to the east ramp alone' / 'the repairs')."""
    return any(
        qa.value != qb.value
        and (qa.head == qb.head or bool(qa.verb and qa.verb == qb.verb))
        and (_wider(qa, qb) or _whole_of_part(qa, qb) is not None)
        for qa in pa.quantities
        for qb in pb.quantities
    )


def _same_figure_in_other_words(pa: Proposition, pb: Proposition) -> bool:
    return any(
        qa.text.lower() != qb.text.lower() and qa.compatible(qb) and same_quantity(qa, qb)
        for qa in pa.quantities
        for qb in pb.quantities
    )


def _wider(a: Quantity, b: Quantity) -> bool:
    """Whether one figure's area takes in the other's."""
    if not (a.area and b.area) or a.area == b.area:
        return False
    left, right = set(a.area.split("+")), set(b.area.split("+"))
    return left < right or right < left or bool((left | right) & _WHOLE_AREAS)


def _date_exact(pa: Proposition, pb: Proposition) -> bool:
    """Different days for one event: the same verb, done to the same thing where both say what;
    an event said to have taken place is its verb ('the call had taken place on Friday' / 'Kerr had
    called him on Thursday', 'the meeting was held on Monday' / 'they met on Tuesday')."""
    left_events, right_events = _as_verbs(pa.dated_events), _as_verbs(pb.dated_events)
    for verb, theme in {(verb, theme) for verb, theme, _ in left_events if verb}:
        left = {day for v, t, day in left_events if (v, t) == (verb, theme)}
        right = {day for v, t, day in right_events if v == verb and (not t or not theme or t == theme)}
        if _days_clash(left, right):
            return True
    return False


def _as_verbs(events: frozenset[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """Dated events with an occurrence ('occur', 'meeting') read as the verb of its noun ('meet')."""
    return {
        ("" if not theme else _event_verb(theme), "", day) if verb == "occur" else (verb, theme, day)
        for verb, theme, day in events
    }


def _event_verb(noun: str) -> str:
    """The verb of an event noun: 'call' -> 'call', 'meeting' -> 'meet', 'agreement' -> 'agree'."""
    if noun.endswith("ing") and len(noun) > 5:
        return noun[:-3]
    return _verb_stem(noun) or noun


def _named_period(text: str) -> str:
    """'the first quarter of this year' -> 'first quarter of this year', 'last year', '2023',
    'March'; '' for a span that runs on ('for a third month', 'the past three months', 'all
    weekend') or no calendar period at all."""
    lowered = text.lower().strip()
    if _RUNNING_SPAN.search(lowered) or not _CALENDAR_PERIOD.search(lowered):
        return ""
    return re.sub(r"^(?:the|in|during)\s+", "", lowered)


_CALENDAR_PERIOD = re.compile(
    r"\b(?:last|this|next|previous|coming)\s+(?:year|quarter|month|week)\b|\b(?:first|second|third|fourth)\s+quarter\b"
    r"|\bq[1-4]\b|\b(?:19|20)\d\d\b|\b(?:" + "|".join(MONTHS) + r")\b"
)
_RUNNING_SPAN = re.compile(r"\b(?:for|all|past|since|over|through|throughout|each|every|whole|entire|until|by)\b")


def _after(days: frozenset[str], bounds: frozenset[str]) -> bool:
    """Whether a day comes after the day a negation is bounded by: both weekdays of one week
    ('thursday' after 'wednesday') or both dates ('mar 5' after 'mar 3')."""
    return any(
        (left := _day_order(day)) is not None
        and (right := _day_order(bound)) is not None
        and left[0] == right[0]
        and left > right
        for day in days
        for bound in bounds
    )


def _day_order(day: str) -> tuple[int, ...] | None:
    """A normalised day as something to sort by, weekdays and dates apart ('thursday' -> (0, 3),
    'mar 5' -> (1, 2, 5)); None for a clock time or a day without a number."""
    if day in _WEEKDAYS:
        return (0, _WEEKDAYS.index(day))
    words = day.split()
    if len(words) >= 2 and words[0] in _MONTHS and words[1].isdigit():
        return (1, _MONTH_ORDER.index(words[0]), int(words[1]))
    return None


def _days_clash(left: frozenset[str] | set[str], right: frozenset[str] | set[str]) -> bool:
    """Both sides name days and none of them can be the same day ('mar 3' fits 'mar 3 2021')."""
    return bool(left and right) and not any(
        x == y or x.startswith(y + " ") or y.startswith(x + " ") for x in left for y in right
    )


def story_overlap(left: frozenset[str], right: frozenset[str]) -> tuple[int, float]:
    """Names two stories share: how many, and their share of all the names either mentions."""
    shared = len(left & right)
    union = len(left | right)
    return shared, (shared / union if union else 0.0)


def _same_story(a: Claim, b: Claim, stories: dict[str, frozenset[str]] | None) -> float:
    """1 within a document; across documents, the share of names both stories mention."""
    if a.doc == b.doc:
        return 1.0
    if not stories:
        return 0.0
    return story_overlap(stories.get(a.doc, frozenset()), stories.get(b.doc, frozenset()))[1]


def _same_predicate(pa: Proposition, pb: Proposition, negation_hits: bool) -> bool:
    """Whether the claims talk about one predicate: what one negates (``negation_hits``), or its
    main verb, occurs in the other ('would not close' / 'will close'; 'no such meeting' / 'a
    meeting ... prepared'), or its converse does ('sent a warning' / 'received a warning')."""
    only_a, only_b = _phrasal_only(pa, pb), _phrasal_only(pb, pa)
    return negation_hits or bool(
        _told_either_side(pa.predicates - only_a) & (pb.lemmas - only_b)
        or _told_either_side(pb.predicates - only_b) & (pa.lemmas - only_a)
    )


def _told_either_side(predicates: frozenset[str]) -> set[str]:
    """Predicates with the verbs that tell their event from the other side."""
    return {*predicates, *(converse for lemma in predicates for converse in CONVERSES.get(lemma, ()))}


def _states_others_predicate(pa: Proposition, pb: Proposition) -> bool:
    """Whether the negated side states the other's own predicate unnegated ('We cannot staff the
    ward and we will not pretend otherwise. The wing will close' against 'the wing will close'):
    where its negation hits nothing in the other, it agrees on what the other is about."""
    negated, other = (pa, pb) if pa.negated else (pb, pa)
    return bool(other.predicates & negated.affirmed)


def _ruled_out_after_its_end(pa: Proposition, pb: Proposition) -> bool:
    """Whether the negated side rules out what the other says has ended or was put off: 'the talks
    had broken down on Monday' and 'there are no talks' agree, and so do 'the inspection never
    took place' and 'the inspection had been postponed'."""
    negated, other = (pa, pb) if pa.negated else (pb, pa)
    return bool(other.predicates & _ENDINGS) and not other.negated and not negated.negated_heads & other.predicates


#: Verbs that end a thing or put it off: once talks have collapsed, 'there are no talks' agrees.
_ENDINGS = frozenset(
    {
        "end", "collapse", "break", "stop", "cease", "halt", "suspend", "cancel", "abandon", "scrap", "terminate",
        "postpone", "delay", "defer", "shelve",
    }
)  # fmt: skip


def _not_yet(pa: Proposition, pb: Proposition) -> bool:
    """Whether a negation says only that what the other plans has not happened yet: '24 prisoners
    would be released under the deal' / 'no detainees have been released'. A plan ruled out ('no
    such meeting is planned', 'nothing has been arranged') still clashes."""
    negated, other = (pa, pb) if pa.negated else (pb, pa)
    return (
        ((other.modal and not negated.modal) or other.promised)
        and bool(negated.negated_heads & other.predicates)
        and not negated.negated_heads & (_EXISTENCE_VERBS | _PLANNING_VERBS | _UNDERTAKING)
    )


#: Verbs that make a plan: ruling one out denies what another says will happen.
_PLANNING_VERBS = frozenset({"arrange", "schedule", "plan", "agree", "decide", "approve", "confirm", "organise"})


def _negation_hits(pa: Proposition, pb: Proposition) -> bool:
    """Whether what one side negates occurs in the other, as a word or as the verb a negated noun
    is made from ('no agreement had been reached' / 'a deal has been agreed')."""
    negated = pa.negated_heads if pa.negated else pb.negated_heads
    other = pb if pa.negated else pa
    return bool(negated & (other.lemmas - _phrasal_only(other, pa if other is pb else pb))) or any(
        lemma.startswith(stem) and len(lemma) - len(stem) <= (3 if len(stem) >= 5 else 2)
        for stem in filter(None, map(_verb_stem, negated))
        for lemma in other.predicates
    )


def _verb_stem(noun: str) -> str:
    """The verb stem a noun is made from: 'agreement' -> 'agree', 'closure' -> 'clos'; '' for a
    noun made from no verb, and for a noun in -ing ('a meeting' is more than that two meet)."""
    match = _NOMINAL_SUFFIX.fullmatch(noun)
    return (match.group(1) or match.group(2)) if match else ""


_NOMINAL_SUFFIX = re.compile(r"([a-z]{3,})ment|([a-z]{4,})(?:ation|ition|sion|tion|al|ure)")


def _negates_another_object(pa: Proposition, pb: Proposition) -> bool:
    """Whether the negated verb is done to something else in the other claim: 'had never
    received a message' against 'had received reports', 'was not at home' against 'had been at
    the warehouse'. ('had never agreed terms' still meets 'a deal had been agreed'.)"""
    negating, other = (pa, pb) if pa.negated else (pb, pa)
    return any(
        mine and (theirs := other.verb_objects.get(verb)) and not any(_same_object(m, t) for m in mine for t in theirs)
        for verb, mine in negating.negated_objects.items()
        if verb not in _LIGHT_VERBS
    )


def _rules_out_others(pa: Proposition, pb: Proposition) -> bool:
    """Whether the negation rules out a kind of people the other claim does not name: 'no soldiers
    were killed' against '29 people had been killed' (the dead may all be others)."""
    negating, other = (pa, pb) if pa.negated else (pb, pa)
    return any(noun in _PEOPLE_SIDES and noun not in other.lemmas for noun in negating.ruled_out_nouns)


def _negates_in_another_sentence(pa: Proposition, pb: Proposition) -> bool:
    """Whether the negation sits in a sentence of a quote of several that shares nothing with the
    other claim ('This is not a bookkeeping error. It is a pattern, and the PM has known' / 'the PM
    retained full confidence'): it is about something else."""
    negating, other = (pa, pb) if pa.negated else (pb, pa)
    return (
        pa.negated != pb.negated
        and negating.negated_lemmas < negating.lemmas  # (the claim has sentences with no negation)
        and not negating.negated_lemmas & other.lemmas
    )


#: Verbs whose object says what is done, and is often put in other words: 'had not made any bid'
#: and 'had made an offer' are one thing.
_LIGHT_VERBS = frozenset({"make", "have", "give", "take", "do", "get", "hold", "put"})


def _announces_change(earlier: Proposition, later: Proposition) -> bool:
    """The later claim says what the earlier one was about was put off, called off or resumed:
    the thing itself ('the talks had resumed' after 'the talks had ended') or 'it'. An earlier
    change told as done is no plan to change ('had been postponed' then 'had been cancelled');
    one planned is ('talks would resume on Thursday' then 'postponed to Saturday')."""
    return (
        not (earlier.lemmas & _RESCHEDULING and not earlier.modal)
        and not earlier.negated
        and any(thing == _PRONOUN or thing in earlier.arguments for thing in later.rescheduled)
    )


def _later(a: Claim, b: Claim) -> bool:
    return (b.doc, b.start) >= (a.doc, a.start)


def _opposite(pa: Proposition, pb: Proposition) -> tuple[str, str, bool] | None:
    """Opposite words said of the same thing: 'Holloway resigned' / 'Holloway was sacked', but
    not 'global sales rose' / 'European sales fell'. A side with no noun participant (a pronoun,
    a bare clause) is taken to be about the other's; the flag says whether both sides name it."""
    for lemma in sorted(pa.opposable):  # sorted: the same words are named on every run
        for other in sorted(OPPOSITES.get(lemma, ())):
            if other in pb.opposable and other not in pa.lemmas and lemma not in pb.lemmas:
                left, right = pa.participants.get(lemma, ()), pb.participants.get(other, ())
                shared = any(x.same_as(y) for x in left for y in right)
                if not left or not right or shared:
                    return lemma, other, shared
    return None


def _normal(text: str) -> str:
    return " ".join(text.lower().replace(",", "").split())
