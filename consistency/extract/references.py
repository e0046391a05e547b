"""Claims linked to the earlier claims they deny (``Claim.refers_to``) or revise.

'Hale denied the allegations' denies an earlier claim of the same article, not the words 'the
allegations'. The earlier claim is the nearest one by another speaker that fits the noun (an
allegation is made by 'alleged' or 'accused'), that is about the denier, or that belongs to a
named owner ('the regulator's figures'); the denial then takes over its proposition, so it is
judged against what was actually alleged. 'X said P, a claim Y denied' is linked by the syntax,
and 'denied a newspaper report that P' to the article's one fitting report. A revision ('later
revised the figure to 9,800') restates the speaker's last figure with the new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Claim
from .lexicon import REVISING_VERBS, TALLY_VERBS

#: A denial whose content is only a referring noun phrase: 'the allegations', 'these reports'.
_REFERENCE = re.compile(
    r"^(?:(?:the|these|those|this|that|such|his|her|their|its|all|any|some)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>claim|allegation|accusation|report|charge|count|suggestion|assertion|rumou?r|account|version|figure"
    r"|characteri[sz]ation|story|stories|statement|assessment|estimate|description|conclusion|finding|criticism"
    r"|argument|interpretation|narrative|portrayal|theory|theories)s?\b",
    re.IGNORECASE,
)

#: Cue verbs that make each kind of referent.
_MADE_BY: dict[str, frozenset[str]] = {
    "allegation": frozenset({"allege", "accuse", "charge", "claim"}),
    "accusation": frozenset({"accuse", "allege", "charge"}),
    "charge": frozenset({"charge", "accuse", "allege"}),
    "claim": frozenset({"claim", "say", "insist", "assert", "allege", "maintain"}),
    "assertion": frozenset({"assert", "claim", "say", "insist"}),
    "report": frozenset({"report"}),
    "criticism": frozenset({"criticise", "criticize", "accuse", "complain", "attack", "condemn", "blame"}),
    "argument": frozenset({"argue", "submit", "contend", "claim", "insist", "maintain"}),
}
#: Cue verbs that make a referent only when no cue above made one: 'rejected the criticism' answers
#: an accusation before any plain 'said'.
_ALSO_MADE_BY: dict[str, frozenset[str]] = {"criticism": frozenset({"say", "argue"}), "argument": frozenset({"say"})}


def referent_noun(claim: Claim) -> str | None:
    """The referring noun of a denial that names its target only by it, else None."""
    if claim.polarity != "denied" or len(claim.text.split()) > 8:
        return None
    match = _REFERENCE.match(claim.text)
    return match.group("noun").lower() if match else None


def link_apposed_denials(claims: Sequence[Claim], denials: dict[str, int]) -> list[Claim]:
    """'X said P, a claim Y denied': Y's claim (id -> start of X's claim in ``denials``) denies
    X's and states what X's states."""
    by_start = {claim.start: claim for claim in claims}
    linked = list(claims)
    for i, claim in enumerate(claims):
        target = by_start.get(denials.get(claim.id, -1))
        if target is not None:
            linked[i] = claim.model_copy(update={"refers_to": target.id, "proposition": target.proposition})
    return linked


def link_referential_denials(
    claims: Sequence[Claim], speakers: Sequence[int], names: Sequence[set[str]]
) -> list[Claim]:
    """Claims of one article in text order, with each referential denial linked to what it denies.

    ``speakers[i]`` identifies the actor of ``claims[i]`` within the article and ``names[i]`` holds
    that actor's lower-cased names (full name, aliases, surname). A wrong link would report a
    confident 'explicit denial', so links are made only on clear evidence and otherwise left out."""
    linked = list(claims)
    for i, claim in enumerate(claims):
        if claim.refers_to is not None or claim.polarity != "denied":
            continue
        others = [j for j in range(len(claims)) if speakers[j] != speakers[i] and claims[j].polarity == "asserted"]
        noun = referent_noun(claim)
        if noun is not None:
            earlier = [j for j in reversed(others) if j < i]
            target = _antecedent(claim, noun, earlier, claims, names, names[i])
            if target is not None:
                linked[i] = claim.model_copy(update={"proposition": target.proposition, "refers_to": target.id})
        elif (target := _reported(claim, [claims[j] for j in others], [names[j] for j in others])) is not None:
            linked[i] = claim.model_copy(update={"refers_to": target.id})  # it keeps its own words
    return linked


def _reported(claim: Claim, others: list[Claim], names: list[set[str]]) -> Claim | None:
    """What 'denied a newspaper report that P' denies: the one claim of the article made by
    reporting, before or after it ('El Diario reported that ...'); none when there are several."""
    match = _CUE_NOUN.search(claim.cue)
    if match is None:
        return None
    noun = match.group("noun").lower()
    # 'denied a BBC report': the one claim whose speaker the cue names.
    source = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", claim.cue[: match.start()])} - _CUE_WORDS
    named = [
        other
        for other, known in zip(others, names, strict=True)
        if source & {w for name in known for w in re.findall(r"[a-z]+", name)}
    ]
    if len(named) == 1:
        return named[0]
    fitting = [other for other in others if noun in _MADE_BY and _fits(noun, other)]
    return fitting[0] if len(fitting) == 1 else None


#: A denial cue naming what kind of claim it denies: 'denied a newspaper report', 'rejected claims'.
_CUE_NOUN = re.compile(r"\b(?P<noun>report|allegation|accusation|charge)s?\b", re.IGNORECASE)
#: Words of a denial cue that do not name whose claim it denies.
_CUE_WORDS = frozenset(
    {"denied", "denies", "deny", "rejected", "rejects", "reject", "disputed", "disputes", "dismissed"}
)


def _antecedent(
    claim: Claim, noun: str, earlier: list[int], claims: Sequence[Claim], names: Sequence[set[str]], denier: set[str]
) -> Claim | None:
    """The claim a referring denial points back to, nearest first."""
    owner = _POSSESSOR.match(claim.text)
    if owner is not None:  # "the regulator's figures": only a claim by the regulator will do
        word = owner.group("owner").lower()
        return next((claims[j] for j in earlier if _said_by(claims[j], names[j], word)), None)
    if noun in _MADE_BY:
        made = next((claims[j] for j in earlier if _fits(noun, claims[j]) or _mentions(claims[j], denier)), None)
        weaker = (claims[j] for j in earlier if claims[j].cue_lemma in _ALSO_MADE_BY.get(noun, ()))
        return made or next(weaker, None)
    # "disputed the figures", "rejected that account": the claim just before, if it fits; 'that
    # assessment' points at it, if it was made just before.
    if earlier and (
        _mentions(claims[earlier[0]], denier)
        or (noun in {"figure", "estimate"} and _has_number(claims[earlier[0]]))
        or (_DEMONSTRATIVE.match(claim.text) and _only_claim_just_before(claim, earlier, claims))
    ):
        return claims[earlier[0]]
    return None


def _only_claim_just_before(claim: Claim, earlier: list[int], claims: Sequence[Claim]) -> bool:
    """Whether one claim of another speaker, and one only, was made just before: 'that
    assessment' is then it; after two ('the oil has not reached the coast', 'booms would be
    deployed') it may be either."""
    return sum(claim.start - claims[j].end < _JUST_BEFORE for j in earlier) == 1


_DEMONSTRATIVE = re.compile(r"^(?:this|that|these|those)\s", re.IGNORECASE)
#: How far back (in characters) 'that assessment' can point: the sentence or two before.
_JUST_BEFORE = 400


#: "the regulator's figures", "Hale's claims": whose claim is denied.
_POSSESSOR = re.compile(r"^(?:the\s+)?(?P<owner>[\w.-]+)(?:'s|’s|s'|s’)\s")


def _said_by(claim: Claim, names: set[str], word: str) -> bool:
    return word in names or word in claim.speaker.lower().split()


def _fits(noun: str, earlier: Claim) -> bool:
    if noun == "report" and earlier.kind in {"passive", "according_to"}:
        return True
    return earlier.cue_lemma in _MADE_BY[noun]


def _has_number(claim: Claim) -> bool:
    return any(ch.isdigit() for ch in claim.text)


def _mentions(earlier: Claim, names: set[str]) -> bool:
    words = {w.strip(".,;:'’\"").lower() for w in earlier.text.split()}
    return bool(words & names)


def link_revisions(claims: Sequence[Claim], speakers: Sequence[int]) -> list[Claim]:
    """Claims of one article in text order, with each revision ('it revised the figure to 9,800')
    stating the figure its speaker gave last in the new figure ('12,400 ballots had been spoiled'
    -> '9,800 ballots had been spoiled'), so that the two are judged as one figure revised; so too
    a figure put anew without saying what it counts ('later put the number at 41').
    ``speakers[i]`` identifies the actor of ``claims[i]`` within the article."""
    linked = list(claims)
    for i, claim in enumerate(claims):
        if claim.cue_lemma in REVISING_VERBS:
            # Only a figure put without a clause of its own ('the figure to 9,800'): a revision
            # told in full ('saying five soldiers had now been killed') is judged as it stands.
            what, to, figure = claim.text.rpartition(" to ")
            new = _figures(figure) if to and not _CLAUSE_WORDS.search(what) else []
        elif claim.cue_lemma in TALLY_VERBS and _BARE_FIGURE.match(claim.text):  # 'later put the number at 41'
            new = _figures(claim.text.rpartition(" at ")[2])
        else:
            continue
        if not new:
            continue
        earlier = [j for j in range(i - 1, -1, -1) if speakers[j] == speakers[i] and _figures(claims[j].proposition)]
        # ('revised the number of trapped workers to 27': the figure for trapped workers, not the
        # 'two other shafts' said in between)
        counted = _counted_words(claim.text)
        named = [j for j in earlier if counted and counted & _stems(claims[j].proposition)]
        if found := (named or earlier):
            stated = claims[found[0]].proposition
            start, end = _figures(stated)[0].span()
            linked[i] = claim.model_copy(update={"proposition": stated[:start] + new[0].group() + stated[end:]})
    return linked


def _counted_words(revision: str) -> set[str]:
    """Stems of what a revision says it counts: 'the number of trapped workers to 27' -> trap, worker."""
    found = _COUNTED.search(revision)
    return _stems(found.group("what")) if found else set()


def _stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower())}


#: Words that make a revision's text a clause of its own rather than what it revised.
_CLAUSE_WORDS = re.compile(r"\b(?:had|has|have|was|were|is|are|been|be|would|will|could|did|does|do)\b", re.I)
#: 'the number of trapped workers to 27', 'its estimate of the crowd to 40,000'.
_COUNTED = re.compile(
    r"\b(?:number|count|tally|total|estimate|figure)\s+(?:of|for)\s+(?P<what>.+?)\s+(?:to|at)\s", re.I
)


def _figures(text: str) -> list[re.Match[str]]:
    """The figures of a text, leaving out clock times and years ('after 11 p.m.', 'in 2024')."""
    return [
        match
        for match in _FIGURE.finditer(text)
        if not _CLOCK_OR_YEAR.match(text, match.start()) and not _CLOCK_OR_YEAR.match(text[match.end() :])
    ]


#: A figure that does not say what it counts ('the number at 41', not 'the number of men at 41').
_BARE_FIGURE = re.compile(r"^(?:the|its|their|his|her|that|this)\s+(?:number|figure|total|tally|count)\s+at\s", re.I)
#: A figure as written, with its scale ('2.1 million') but not its unit ('4.8 metres'); in words
#: from two ('one' is as often a pronoun).
_FIGURE = re.compile(
    r"\b\d[\d,.]*\d(?:\s(?:million|billion|thousand))?\b|\b\d\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)
#: A year ('2024'), or what follows a clock time (' p.m.', ':30').
_CLOCK_OR_YEAR = re.compile(r"(?:1[89]|20)\d\d\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|:\d)|[.:]\d\d\s?(?:a\.m|p\.m)")
