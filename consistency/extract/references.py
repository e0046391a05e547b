"""Denials that name what they deny only by a noun: 'Hale denied the allegations'.

Such a claim denies an earlier claim of the same article, not the words 'the allegations'. The
earlier claim is the nearest one by another speaker that fits the noun (an allegation is made by
'alleged' or 'accused', figures hold a number) or that is about the denier; the denial then takes
over its proposition, so it is judged against what was actually alleged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Claim

#: A denial whose content is only a referring noun phrase: 'the allegations', 'these reports'.
_REFERENCE = re.compile(
    r"^(?:(?:the|these|those|this|that|such|his|her|their|its|all|any|some)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>claim|allegation|accusation|report|charge|suggestion|assertion|rumou?r|account|version|figure"
    r"|characteri[sz]ation|story|stories|statement)s?\b",
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
}


def referent_noun(claim: Claim) -> str | None:
    """The referring noun of a denial that names its target only by it, else None."""
    if claim.polarity != "denied" or len(claim.text.split()) > 8:
        return None
    match = _REFERENCE.match(claim.text)
    return match.group("noun").lower() if match else None


def link_referential_denials(
    claims: Sequence[Claim], speakers: Sequence[int], names: Sequence[set[str]]
) -> list[Claim]:
    """Claims of one article in text order, with each referential denial linked to what it denies.

    ``speakers[i]`` identifies the actor of ``claims[i]`` within the article and ``names[i]`` holds
    that actor's lower-cased names (full name, aliases, surname)."""
    linked = list(claims)
    for i, claim in enumerate(claims):
        noun = referent_noun(claim)
        if noun is None:
            continue
        for j in range(i - 1, -1, -1):
            earlier = claims[j]
            if speakers[j] == speakers[i] or earlier.polarity != "asserted":
                continue
            if _fits(noun, earlier) or _mentions(earlier, names[i]):
                linked[i] = claim.model_copy(update={"proposition": earlier.proposition, "refers_to": earlier.id})
                break
    return linked


def _fits(noun: str, earlier: Claim) -> bool:
    if noun == "figure":
        return any(ch.isdigit() for ch in earlier.text)
    if noun == "report" and earlier.kind in {"passive", "according_to"}:
        return True
    return earlier.cue_lemma in _MADE_BY.get(noun, frozenset())


def _mentions(earlier: Claim, names: set[str]) -> bool:
    words = {w.strip(".,;:'’\"").lower() for w in earlier.text.split()}
    return bool(words & names)
