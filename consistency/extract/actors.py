"""Resolve speaker mentions to canonical actors.

A mention is the noun phrase that heads an attribution ("U.S. President Donald Trump", "Trump",
"the president", "he", "a Kremlin official", "the ministry"). :class:`ActorResolver` keeps, per
document, every actor seen so far with titles and aliases, plus the order in which they were
mentioned, so that surnames, roles and pronouns resolve to the right earlier actor. The small spaCy
model's entity labels are used as a hint only: titles and organisation words decide first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..types import Actor, ActorKind
from .first_names import gender_of_first_name
from .lexicon import (
    AGE_WORD,
    ANONYMOUS_HEADS,
    BUSINESS_NAME_WORDS,
    DEMONYM_ADJECTIVES,
    DEMONYM_NOUNS,
    EPITHET_HEADS,
    EVIDENCE_NOUNS,
    FAME_EPITHETS,
    GENDERED_NOUNS,
    GENDERED_PRONOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    MEMBER_WORDS,
    ORG_NAME_WORDS,
    ORG_ROLE_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_WORDS,
    TIME_ZONES,
    TITLE_WORDS,
    WEEKDAYS,
)

#: Role words that say someone leads, not what office they hold.
_GENERIC_HEADS = frozenset({"leader", "chief", "head", "boss"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_NAME_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "bin",
        "al",
        "el",
        "ibn",
        "abu",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "del",
        "la",
        "le",
        "ter",
        "ten",
        "jr.",
        "jr",
        "sr.",
        "ii",
        "iii",
        "-",
    }
)
_PLACEHOLDER_ORG = frozenset({"it", "its"})
#: A romanised East Asian given name: 'Min-jun', 'Wing-hong', 'Hye-rin'.
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: How readily a mention is taken up by a later pronoun: a speaker or a subject of the narrative,
#: a subject inside what someone said, any other mention.
_SUBJECT, _REPORTED, _MENTIONED = 2, 1, 0
_SLUG = re.compile(r"[^a-z0-9]+")
#: People who speak for an organisation: their words are the organisation's position.
#: Letters written after a person's name: 'Alison Beck KC', 'Sue Hart MP', 'Ed Lamb Jr.'.
_POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MSP", "MEP", "Jr", "Sr", "OBE", "MBE", "CBE"})
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: Documents that speak for whoever issued them ('datum' is spaCy's lemma of 'data').
_DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "document", "filing", "letter", "memo", "release", "survey", "study", "post", "video"}
    | {"figure", "data", "datum", "analysis", "poll", "review", "audit", "statistic"}
    | {"email", "e-mail", "message", "note", "estimate", "forecast", "projection", "bulletin"}
    | {"screenshot", "footage", "recording", "count", "tally", "timeline", "judgment", "ruling"}
)


@dataclass
class ActorEntry:
    """An actor being built while a document is read."""

    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    #: Named as where a group works ('analysts at Berenberg'): an organisation, whatever the
    #: tagger later calls the bare name.
    employer: bool = False
    #: "m" or "f" once a pronoun near the person's name has said so, else "": 'she said' then
    #: skips a man.
    gender: str = ""

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_title(self, title: str) -> None:
        """Keep a new title unless it is part of one already known ('France' of 'President of France')."""
        if title and not any(title.lower() in known.lower() for known in self.titles):
            self.titles = [known for known in self.titles if known.lower() not in title.lower()]
            self.titles.append(title)

    def has_role_title(self, role: str) -> bool:
        """Whether a title ends in ``role``: 'port operator' is an operator."""
        return any(title.lower().split()[-1:] == [role] for title in self.titles)

    @property
    def surname(self) -> str:
        """The family name: the last word, or the one before an East Asian given name written
        with a lower-case hyphenated part ('Kim Min-jun', 'Vincent Tsang Wing-hong')."""
        return _family_name(self.name.split()).lower()

    def to_actor(self, actor_id: str) -> Actor:
        return Actor(
            id=actor_id, name=self.name, kind=self.kind, aliases=tuple(self.aliases), titles=tuple(self.titles)
        )


@dataclass(frozen=True)
class Mention:
    """A parsed speaker phrase: the name part, the title part and what kind of phrase it is."""

    text: str
    name: str
    title: str
    form: str  # "name" | "role" | "pronoun" | "group" | "unnamed" | "media"
    head_lemma: str
    entity_label: str
    #: What a role set beside the name says it is ("ORG" for 'Lumora, the smart home company,').
    described_as: str = ""
    #: The roles set off after the name: 'Edmund Pryce, the trust's chairman,' -> "trust's chairman".
    apposed_roles: tuple[str, ...] = ()


def speaker_head(head: Token) -> Token:
    """The token that names the speaker: 'His lawyer, Martin Sheehan,' -> Sheehan;
    'a spokesman for the ministry' -> ministry; 'chief financial officer Raj Patel' -> Patel."""
    lemma = head.lemma_.lower()
    if head.pos_ in {"NOUN", "PRON"} or lemma in PERSON_ROLE_NOUNS:
        for child in head.rights:
            if (
                child.dep_ in {"appos", "compound", "flat", "npadvmod", "nmod"}
                and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON")
                # ('One former director of nursing at a hospital in north Georgia': the place ends
                # the phrase's prepositions, however the parser hung it)
                and not (
                    child.ent_type_ in {"GPE", "LOC"} and any(c.dep_ == "prep" and c.i < child.i for c in head.rights)
                )
            ):
                return child
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                # 'Her former student, the conductor Amara Okonjo,': the name set beside the role
                named = (g for g in child.children if g.dep_ in {"appos", "flat"} and g.ent_type_ == "PERSON")
                if (name := next(named, None)) is not None:
                    return name
        if (named := _appositive_after_prep(head)) is not None:
            return named
        if (named := _name_after_place(head)) is not None:
            return named
        if (named := _name_closing_phrase(head)) is not None:
            return named
        if (named := _name_between_commas(head)) is not None:
            return named
    if lemma in GROUP_NOUNS and head.tag_ == "NNS":
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"at", "from"}), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if target is not None and target.pos_ == "PROPN":
            return target  # "analysts at Jefferies" speak for Jefferies
    if lemma in _VOICE_NOUNS or lemma in _DOCUMENT_NOUNS:
        # "a spokesman for the ministry", "a statement from the ministry", "a report by Amnesty"
        preps = {"for", "of"} if lemma in _VOICE_NOUNS else {"from", "by", "of"}
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in preps), None)
        if prep is None and lemma in _DOCUMENT_NOUNS:
            # "data compiled by Bloomberg", "a report published by the agency"
            made = (c for c in head.rights if c.dep_ == "acl")
            prep = next((a for c in made for a in c.children if a.dep_ == "agent"), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if target is not None and target.ent_type_ in {"DATE", "TIME"}:
            target = None  # 'the press release of 2 June': when, not whose
        if target is not None and prep.lower_ == "of" and _bare_plural(target):
            # 'a study of nearly 310,000 patients', 'an agreed statement of facts': what it is of,
            # not whose
            target = None
        if target is not None and lemma in _VOICE_NOUNS and target.ent_type_ == "PERSON":
            return head  # 'a spokesperson for Dana Voss' is not Voss, who may say otherwise
        if target is not None:
            return speaker_head(target)  # 'shared by the newsletter Plated Daily' -> Plated Daily
        if lemma in _VOICE_NOUNS and (owner := _organisation_voiced(head)) is not None:
            return owner
    if lemma in _DOCUMENT_NOUNS:
        # "its own figures", "their report": the owner, resolved like any pronoun; "a foreign
        # ministry statement": the body named before the document.
        owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None) or next(
            (c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() in ORG_ROLE_NOUNS - {"court"}), None
        )
        if owner is not None:
            return owner
        issued = head.head if head.dep_ == "dobj" else None
        if issued is not None and issued.lemma_.lower() in _ISSUING_VERBS:
            # 'Kellaway's office released a statement which read: "..."', 'Denise appeared to take
            # a swipe, sharing a cryptic post that read: "..."': whoever issued it
            while issued.dep_ in {"advcl", "xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in issued.children):
                issued = issued.head
            issuer = next((c for c in issued.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if issuer is not None:
                return speaker_head(issuer)
    return head


#: Verbs by which someone puts out a document that then speaks for them.
_ISSUING_VERBS = frozenset({"release", "issue", "publish", "send", "circulate", "post", "share", "tweet"})


def _organisation_voiced(voice: Token) -> Token | None:
    """The organisation a spokesperson is named after: 'a Corvane spokeswoman' -> Corvane,
    "the company's spokesman" -> company, 'a club spokesman' -> club, 'its spokeswoman' -> its.
    The tagger often reads such a name as a person's, so the resolver decides: a person's
    spokesperson ('a Trump spokesman') speaks for someone who may say otherwise."""
    for child in reversed(list(voice.lefts)):
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return child if child.lower_ == "its" else None
        if child.dep_ not in {"poss", "compound"}:
            continue
        return child if child.lemma_.lower() in ORG_ROLE_NOUNS or child.pos_ == "PROPN" else None
    return None


def joint_speakers(head: Token) -> list[Token]:
    """'President Tomas Rehn and Prime Minister Irina Vasko said P', 'Alder Air and Brightwing
    said': the other names joined to a named speaker by 'and', in text order (not words of one
    organisation's name, 'Procter & Gamble'); they speak together. The parser joins them as
    conjuncts or makes each a subject of the verb."""
    according = head.dep_ == "pobj" and head.head.head.lower_ in {"according", "per"}
    if head.dep_ not in {"nsubj", "nsubjpass"} and not according:
        # a headline's 'Nell Harlow on Quitting the Road, ... and the Album', an interview's
        # 'spoke to Grace Okonkwo and Tom Aldous' name no joint speaker
        return []
    joined, node = [], head
    while (conj := next((c for c in node.rights if c.dep_ == "conj"), None)) is not None:
        joined.append(conj)
        node = conj
    if not according and head.head.i != head.i:
        joined += [s for s in head.head.children if s.dep_ == head.dep_ and s.i != head.i]
    # 'Mayor Lin Okada and her deputy, Raj Bhatt, both said': the name set beside a role speaks
    joined = [next((c for c in w.children if c.dep_ == "appos" and _named_speaker(c)), w) for w in joined]
    words = sorted([head, *joined], key=lambda t: t.i)
    linked = any(c.dep_ == "cc" and c.lower_ == "and" for w in words[:-1] for c in w.children)
    if not (joined and linked) or not all(_named_speaker(w) for w in words):
        return []
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if entity is not None and any(entity.start <= w.i < entity.end for w in joined):
        return []
    return sorted(joined, key=lambda t: t.i)


def _named_speaker(token: Token) -> bool:
    """A name, not a title ('Finance Minister and Free Liberals leader Jonas Brandauer')."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL", "LAW", "WORK_OF_ART"}
        and token.lower_ not in TITLE_WORDS
        and token.lemma_.lower() not in PERSON_ROLE_NOUNS
    )


def _name_between_commas(head: Token) -> Token | None:
    """'Another witness, taxi driver Imran Haq, said': a title and a name set off by commas right
    after a person noun, which the parser may hang anywhere; the name speaks."""
    doc = head.doc
    if head.lemma_.lower() not in PERSON_ROLE_NOUNS | GROUP_NOUNS or head.i + 2 >= len(doc):
        return None
    if doc[head.i + 1].text != ",":
        return None
    words = []
    for token in doc[head.i + 2 : head.i + 9]:
        if token.text == ",":
            break
        words.append(token)
    else:
        return None
    if not words or not all(t.pos_ in {"NOUN", "PROPN"} for t in words) or words[-1].pos_ != "PROPN":
        return None
    return words[-1] if words[-1].is_title and words[-1].ent_type_ in {"PERSON", ""} else None


def _name_closing_phrase(head: Token) -> Token | None:
    """'In Mbuyuni, a fishing village of about 3,000 people on the lake shore, elder Samwel Obura
    Lukoye, 74, said': the parser makes the place the subject and hangs the name deep inside it;
    a person's name set off at the very end of the subject phrase is who speaks."""
    if head.lemma_.lower() in PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS | GROUP_NOUNS:
        return None
    return next(
        (
            t
            for t in head.subtree
            if t.dep_ == "appos"
            and t.ent_type_ == "PERSON"
            and t.head.i != head.i
            and t.right_edge.i == head.right_edge.i
        ),
        None,
    )


def _name_after_place(head: Token) -> Token | None:
    """'President of France Emmanuel Macron said': the parser reads 'France Emmanuel Macron' as one
    name under 'of'; the place belongs to the title and Macron speaks ('the lawyer of Jane Doe'
    has no place and is the lawyer)."""
    if head.lemma_.lower() not in PERSON_ROLE_NOUNS:
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"):
            if any(c.dep_ == "compound" and c.ent_type_ in {"GPE", "NORP"} for c in name.children):
                return name
    return None


def _appositive_after_prep(head: Token) -> Token | None:
    """'The U.N. envoy for Sudan, Ramtane Lamamra, said': the parser hangs the name on 'Sudan';
    a comma-set proper name right after a role's 'for'/'to'/'of'/'at'/'in' phrase names the role
    holder."""
    if head.lemma_.lower() not in PERSON_ROLE_NOUNS:
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"for", "to", "of", "at", "in"}):
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            for child in target.rights:
                # ('MSP for Ardvale and Kirkmuir, Craig Dunlop,': the name read as a third place;
                # 'A reader in Mellow Bay, Anna Strand,' but not 'a resident in Kestrel, Greenwich,')
                apposed = (child.dep_ == "appos" and (prep.lower_ != "in" or child.ent_type_ == "PERSON")) or (
                    child.dep_ == "conj" and child.ent_type_ == "PERSON"
                )
                if apposed and child.pos_ == "PROPN" and child.doc[child.left_edge.i - 1].text == ",":
                    return child
    return None


def mention_span(head: Token) -> Span:
    """The speaker phrase around a subject head: its left modifiers and the head itself.

    Plural groups keep a following 'in'/'of' phrase ('diplomats in Geneva').
    """
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if (
            child.dep_
            in {"compound", "amod", "nmod", "det", "poss", "nummod", "prep", "case", "punct", "quantmod", "npadvmod"}
            and child.left_edge.i < start
            and child.lower_ not in WEEKDAYS  # 'On Monday Lomax said': the day is no part of the name
            and child.lower_ not in {"based", "headquartered"}  # 'Hamburg-based Nordlicht' is Nordlicht
        ):
            start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.i != end or not _keeps_right(head, child):
            break
        end = child.right_edge.i + 1
    # The parser splits hyphenated words ('Molina-Reyes', 'co-worker') and may hang the second
    # part anywhere: glue it back on.
    while end + 1 < len(doc) and _hyphen_joins(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    # 'a pal of Demi's': a double genitive the parser split off the phrase.
    if doc[end - 1].lower_ == "of" and end + 1 < len(doc) and doc[end].pos_ == "PROPN" and doc[end + 1].tag_ == "POS":
        end += 2
    if _surname_read_as_modifier(head, end):
        end += 1  # 'Labour TD Pádraig Kiely said': 'Kiely' read as an adverb of 'said'
    if _nickname(doc[end - 1]) and end + 1 < len(doc) and doc[end].text in _QUOTE_MARKS:
        following = doc[end + 1]
        if following.is_title and following.pos_ in {"PROPN", "NOUN"}:
            end += 2  # 'Tom "Tommy" Reyes': the parser ends the name at the nickname
    # '... familiar with the owners' thinking, who asked not to be named ...': the relative clause
    # says something about the speaker; it is not part of what they are called.
    commas = (t for t in doc[head.i + 1 : end] if t.text == "," and t.i + 1 < len(doc))
    end = next((t.i for t in commas if doc[t.i + 1].lower_ in RELATIVE_WORDS or _opens_appositive(doc[t.i + 1])), end)
    # An organisation's name runs to the end of its entity ("the Bank of England").
    if head.ent_type_ == "ORG":
        entity_end = head.i + 1
        while entity_end < len(doc) and doc[entity_end].ent_iob_ == "I":
            entity_end += 1
        end = max(end, entity_end)
        while end - 1 > head.i and (
            doc[end - 1].dep_ == "case" or _outside_the_name(doc[end - 1], head) or doc[end - 1].pos_ == "ADP"
        ):
            # "the Polar Observation Agency's satellite": the possessive is no part of the name;
            # nor is 'on' in 'released by the ministry on Friday', which the tagger ran into it
            end -= 1
    # The parser splits hyphenated names ("Okafor-Strand"): glue capitalised words back on.
    while start > head.sent.start and _glued_left(doc[start - 1], doc[start]):
        start -= 1
    # A dateline ("LINDEN, Oct 22 - Northway Motors") or a line break ends the phrase.
    for token in doc[start : head.i]:
        spaced_dash = token.text == "-" and bool(token.whitespace_)
        # ('11.05 GMT Network Rail said': a live page's timestamp)
        if spaced_dash or token.text in {"—", "–", ":", ";", *TIME_ZONES} or "\n" in token.text:
            start = token.i + 1
        elif token.text in {"Q.", "Q"} and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws):
            start = token.i + 1  # an interview's question: 'Q. Jess said she thought ...'

    if head.lemma_.lower() in _DOCUMENT_NOUNS:
        # 'an agreed statement of facts filed with the court': where it was filed or published
        # is no part of what it is called
        end = next((t.i for t in doc[head.i + 1 : end] if t.dep_ == "acl" and t.tag_ == "VBN"), end)
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > max(start, head.i) and doc[end - 1].is_punct and doc[end - 1].text not in {")", "]", "."}:
        end -= 1  # 'The mayor of Castleford,' before an apposed name
    return doc[start:end]


def _hyphen_joins(left: Token, hyphen: Token, right: Token) -> bool:
    """'Molina' '-' 'Reyes', 'co' '-' 'worker': two parts of one word written with a hyphen."""
    return (
        hyphen.text == "-"
        and not left.whitespace_
        and not hyphen.whitespace_
        and right.is_alpha
        and left.is_alpha
        and right.text[:1].isupper() == left.text[:1].isupper()
    )


def _opens_appositive(token: Token) -> bool:
    """The first word of a descriptive appositive inside a speaker phrase ('a senior official of
    Komeito, the LDP's junior coalition partner,'): it describes what the phrase names and is no
    part of it."""
    phrase = token
    while phrase.dep_ != "appos" and phrase.head.i != phrase.i and phrase.head.left_edge.i == token.i:
        phrase = phrase.head
    return phrase.dep_ == "appos" and phrase.pos_ != "PROPN"  # an apposed name ('..., Dr. Mirela Vance,') stays


def _glued_left(left: Token, right: Token) -> bool:
    """Whether ``left`` continues the name that ``right`` starts: a hyphen or name glued to it,
    or a capitalised word directly before it."""
    if left.text == "-" and not left.whitespace_ and left.i > 0 and not left.doc[left.i - 1].whitespace_:
        return True
    if right.text == "-" and not left.whitespace_:
        return True
    return (
        left.pos_ == "PROPN"
        and right.pos_ == "PROPN"
        and left.lower_ not in WEEKDAYS
        and left.whitespace_ == " "
        and not (left.is_sent_start and left.lower_ in {"meanwhile", "however", "still"})
    )


def _surname_read_as_modifier(head: Token, end: int) -> bool:
    """A capitalised word between a name and its verb that the parser hung on the verb."""
    doc = head.doc
    if head.pos_ != "PROPN" or end + 1 >= len(doc) or head.head.i != end + 1:
        return False
    word = doc[end]
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.head.i == end + 1 and word.dep_ == "advmod"


#: Nouns for people, one or many: 'a Democratic aide on the Senate committee'.
_PEOPLE_NOUNS = PERSON_ROLE_NOUNS | GROUP_NOUNS


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no article or owner: 'facts', '310,000 patients'."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _counted(noun: Token) -> bool:
    """'310,000 patients', 'nearly 2,000 adults': a plural with a count, which a study is of."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)


def _keeps_right(head: Token, child: Token) -> bool:
    """Right-hand words that belong to a speaker phrase: 'Secretary of State', 'diplomats in
    Geneva', 'an aide to Orbán', 'two people familiar with the talks', 'two people with knowledge
    of the negotiations'."""
    lemma = head.lemma_.lower()
    if child.dep_ in {"compound", "flat"}:
        return True
    if child.dep_ == "appos" and child.ent_type_ in {"GPE", "LOC"} and child.doc[child.left_edge.i - 1].pos_ != "PUNCT":
        return True  # 'a director of nursing at a hospital in north Georgia': the parser's appositive
    if lemma in MEMBER_WORDS and child.dep_ == "prep" and child.lower_ == "of":
        return True  # 'one of them', 'another of the officials'
    if child.dep_ == "prep" and child.lower_ == "of" and lemma in TITLE_WORDS:
        return True
    if (
        child.dep_ == "prep"
        and child.lower_ == "for"
        and lemma in TITLE_WORDS
        and child.right_edge.ent_type_ == "PERSON"
    ):
        return True  # 'Minister for Housing Declan Furlong'
    if child.dep_ == "prep" and child.lower_ in {"of", "for"} and head.ent_type_ == "ORG":
        # "the Pilots' Guild of Britain", "the Office for National Statistics", "the U.N. Office
        # for the Coordination of Humanitarian Affairs": an organisation named after a place or field
        return any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or (c.is_title and c.ent_type_ == "ORG")) for c in child.children
        )
    if lemma in _DOCUMENT_NOUNS and child.lower_ == "of" and any(_counted(c) for c in child.children):
        return False  # 'a study of 310,000 patients': what the study is of, not who made it
    # ('Attorneys for the company argued': a plural the tagger read as a name at a sentence start)
    group = (head.tag_ == "NNS" and lemma in GROUP_NOUNS) or (
        head.lower_[:-1] in GROUP_NOUNS and head.lower_[-1:] == "s"
    )
    if group and child.dep_ == "prep" and child.lower_ in {"in", "of", "from", "for"}:
        return True
    unnamed = any(
        c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "two", "three", "several", "some"}
        for c in head.lefts
    ) or (group and not any(c.dep_ in {"det", "poss"} for c in head.lefts))  # 'sources close to the player'
    # ('a Democratic aide on the Senate committee'; not 'a spokesman on Tuesday')
    on_a_body = (
        child.lower_ == "on"
        and lemma in _PEOPLE_NOUNS
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree)
    )
    return unnamed and (
        (
            child.dep_ == "prep"
            and (child.lower_ in {"to", "for", "of", "close", "with", "in", "at", "from"} or on_a_body)
        )
        or child.dep_ == "amod"
    )


def _outside_the_name(token: Token, head: Token) -> bool:
    """'The University of Amberley later said': the tagger ran the entity into the verb's adverb."""
    return token.dep_ == "advmod" and token.head.i != head.i and token.text.islower()


def _office_taken(name: Token) -> str:
    """The office a name is said to take: 'Lee Seung-woo would serve as acting chairman', 'Maria
    Lopez was appointed chief executive' -> 'acting chairman', 'chief executive'; '' otherwise."""
    verb = name.head
    if name.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in _TAKING_OFFICE:
        return ""
    if verb.lemma_.lower() in {"serve", "act"} and verb.tag_ == "VBD":
        return ""  # 'who served as finance minister until 2019': an office held before
    as_role = (
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"
    )
    role = next(as_role, None) or next((c for c in verb.children if c.dep_ in {"oprd", "attr"}), None)
    if role is None or role.lemma_.lower() not in PERSON_ROLE_NOUNS:
        return ""
    words = [t for t in name.doc[role.left_edge.i : role.i + 1] if t.dep_ not in {"det", "poss", "case"}]
    return " ".join(t.text for t in words)


#: Verbs by which someone takes an office: 'will serve as', 'was appointed', 'was named'.
_TAKING_OFFICE = frozenset({"serve", "act", "appoint", "name", "elect", "install", "promote"})


def _acronym_after(span: Span) -> str:
    """'Emergency Management Agency (EMA)': the short form given in brackets after a name, which
    a later 'the EMA' uses."""
    doc = span.doc
    end = span.end
    if span.root.ent_type_ != "ORG" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return ""
    short = doc[end + 1].text
    return short if short.isupper() and 2 <= len(short) <= 8 else ""


def _initials(name: str) -> str:
    """'WHO' for 'World Health Organization', 'EMA' for 'Emergency Management Agency': the first
    letters of a name of three words or more, without its linking words ('of', 'for', 'and')."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _LINKING_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


#: Words inside an organisation's name that its initials leave out.
_LINKING_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


def _in_brackets(token: Token, span: Span) -> bool:
    """Whether a word of the phrase stands in brackets, as an acronym after a name does."""
    opened = [t.i for t in span if t.text == "(" and t.i < token.i]
    closing = token.doc[token.i + 1 : token.sent.end]  # the ')' may hang outside the phrase
    return bool(opened) and any(t.text == ")" for t in closing) and token.text not in "()"


#: The pronoun a possessive or an object speaks as: '"...," her statement said' is spoken by
#: 'she', and 'Tass quoted him as saying' by 'he'.
_SUBJECT_FORMS = {"his": "he", "him": "he", "her": "she", "their": "they", "them": "they", "its": "it"}


def _address_in_title(token: Token) -> bool:
    """A form of address that is no part of a title ('Smt.', 'Mr'); 'Dr.' and 'Prof.' say what the
    person is."""
    return honorific(token) and token.lower_ not in {"dr", "dr.", "prof", "prof."}


def honorific(token: Token) -> bool:
    """'Smt.' in 'District Collector Smt. Priya Raghavan' (its full stop may be a token of its own)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in HONORIFICS or (
        following is not None and following.text == "." and f"{token.lower_}." in HONORIFICS
    )


#: Jobs on a team, each with the titles that name the same job ('the Portuguese coach' is the
#: manager named before; 'the skipper' the captain).
_TEAM_ROLES = {
    **dict.fromkeys(("coach", "manager", "boss"), frozenset({"coach", "manager", "boss"})),
    **dict.fromkeys(("skipper", "captain"), frozenset({"skipper", "captain"})),
}


def _who_follows(head: Token) -> bool:
    """Whether a relative clause opened by 'who' describes the phrase ('Reyes, who chairs ...')."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children) for c in head.rights
    )


def _named_before_letters(tokens: list[Token]) -> bool:
    """Whether the letters ending a phrase follow a person's name: 'Alison Beck KC' (which the
    tagger may call a place), but not 'the Labour MP', whose letters are the role."""
    before = tokens[-2]
    return before.ent_type_ == "PERSON" or (
        before.pos_ == "PROPN" and tokens[-3].pos_ == "PROPN" and tokens[-1].text.rstrip(".") not in _ROLE_LETTERS
    )


#: Post-nominal letters that also name a role on their own: 'the Labour MP said'.
_ROLE_LETTERS = frozenset({"MP", "MSP", "MEP"})


def parse_mention(span: Span) -> Mention:
    """Split a speaker phrase into title and name and decide what kind of phrase it is."""
    if (office := _OFFICE_BEFORE_NAME.match(span.text)) is not None:
        # 'Leader of the Opposition Shahida Khokhar': an office with 'of' in it, then the name
        rest = next((t.i for t in span if t.idx >= span.start_char + office.end()), span.end)
        named = parse_mention(span.doc[rest : span.end]) if rest < span.end else None
        if named is not None and named.form == "name":
            title = " ".join(t for t in (office.group("office"), named.title) if t)
            return replace(named, text=span.text.strip(), title=title)
    tokens = [
        t
        for t in span
        if (
            not t.is_punct
            or t.text in {".", "-", "&"}
            or _possessive_in_name(t)
            or (t.text == "," and _inside_org_name(t))
        )
        and not _in_brackets(t, span)  # 'National Association of Road Hauliers (ANTRAC)'
    ]
    # 'Alison Beck KC', 'Martin Luther King Jr.': letters after a name are no part of it
    while len(tokens) > 2 and tokens[-1].text.rstrip(".") in _POST_NOMINALS and _named_before_letters(tokens):
        tokens.pop()
    head = span.root if span.root in tokens or not tokens else tokens[-1]
    if _hyphen_prefix(head) and tokens:
        head = tokens[-1]  # 'Ex-minister Dana Rolle', parsed with 'Ex' as the subject
    # '"...," her statement said': the statement's owner speaks, as 'she' would
    lower = _SUBJECT_FORMS.get(head.lower_, head.lower_) if len(span) == 1 else head.lower_
    text = span.text.strip()
    described = _described_as(span.root)
    # ('Paulo Reyes, who chairs the residents' association,': 'who' speaks of a person, however
    # the tagger labelled the name)
    label = described or ("PERSON" if _who_follows(span.root) else span.root.ent_type_) or _camel_case_org(span.root)
    if lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower in _PLACEHOLDER_ORG:
        return Mention(text, "", "", "pronoun", lower, label)
    if (royal := royal_style(span)) is not None:  # 'His Majesty' is the King
        return Mention(text, "", royal, "role", royal, "PERSON")
    name_tokens = _trailing_name(tokens)
    # 'Spokesperson Dana Voss' is Voss, and so is 'Minister for Housing Declan Furlong'; 'a
    # spokesperson for Dana Voss' is not
    titled_person = (
        head.lower_ in TITLE_WORDS
        and bool(name_tokens)
        and name_tokens[-1].ent_type_ == "PERSON"
        and not (head.lemma_.lower() in _VOICE_NOUNS and any(t.dep_ == "prep" and head.i < t.i for t in span))
    )
    if name_tokens and all(t.i != head.i for t in name_tokens) and not titled_person:
        name_tokens = []  # 'doctors in the town of Carrowby': the name belongs to a place, not the speaker
    title_tokens = tokens[: len(tokens) - len(name_tokens)]
    title = _join(
        [t for t in title_tokens if t.lower_ not in _DETERMINERS and t.dep_ != "case" and not _address_in_title(t)]
    ).replace(" 's", "'s")
    if name_tokens:
        # 'Salvatore "Sal" Iannotti' goes by 'Sal Iannotti', as news sites name him after.
        nickname = next((k for k, t in enumerate(name_tokens) if _nickname(t)), None)
        name = _join(name_tokens[nickname:] if nickname is not None else name_tokens)
        roles = tuple(_appositive_roles(head)) + _role_apposed_to(head)
        return Mention(text, name, title, "name", head.lemma_.lower(), label, described, roles)
    first = tokens[0].lower_ if tokens else ""
    lemma = head.lemma_.lower()
    if head.text.lower() in {"reports", "media"}:
        return Mention(text, "", title, "media", lemma, label)
    if first in {"a", "an", "one"} or (head.tag_ in {"NNS", "NNPS"} and lemma in GROUP_NOUNS):
        return Mention(text, "", title, "unnamed" if first in {"a", "an", "one"} else "group", lemma, label)
    if lemma in GROUP_NOUNS and head.tag_ == "NNS":
        return Mention(text, "", title, "group", lemma, label)
    return Mention(text, "", title, "role", lemma, label)


#: Offices whose names hold 'of', written before the holder's name.
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?P<office>(?:Deputy\s+)?(?:Leader|Speaker|President)\s+of\s+the\s+(?:Opposition|House|Senate|Assembly)"
    r"|Minister\s+of\s+State|Chief\s+of\s+(?:the\s+)?(?:Defence\s+|General\s+)?Staff)\s+(?=[A-Z])"
)


def _media_source(span: Span) -> str:
    """Who some media or reports are, where the phrase says: 'Spanish media', 'Chinese state
    media', 'inspection reports' ('' for plain 'media' or 'reports', and for 'earlier reports')."""
    before = [t for t in span if t.i < span.root.i and t.lower_ not in {"media", "reports"}]
    if any(t.lower_ == "media" for t in span):
        words = [t for t in before if t.dep_ in {"amod", "compound", "nmod"}]
        return f"{_join(_with_hyphens(words))} media" if words else ""
    words = [t for t in before if t.dep_ == "compound" and t.pos_ in {"NOUN", "PROPN"}]
    return f"{_join(_with_hyphens(words))} reports" if words else ""


def _with_hyphens(words: list[Token]) -> list[Token]:
    """The words with the hyphens that join them ('Hebrew-language')."""
    if not words:
        return words
    doc = words[0].doc
    return [t for t in doc[words[0].i : words[-1].i + 1] if t in words or (t.text == "-" and not t.whitespace_)]


def _trailing_name(tokens: list[Token]) -> list[Token]:
    """The proper-noun run at the end of a phrase, without title words in front of it."""
    run: list[Token] = []
    for token in reversed(tokens):
        # Names are capitalised: a lower-case word the tagger calls PROPN ("foreign ministry") is not.
        is_name = (
            token.text[:1].isupper()
            and token.pos_ in {"PROPN", "NOUN", "X"}
            and (bool(run) or not _capitalised_by_position(token))
        ) or _hyphenated_name_part(token)
        glued = (token.text == "-" and bool(run) and not token.whitespace_) or (token.text == "&" and bool(run))
        # "Bank of England", "Pilots' Guild": linking words inside one organisation's name.
        linking = (
            bool(run) and (_possessive_in_name(token) or _of_between_names(token, run[0]) or _genitive_name(token, run))
        ) or (_inside_org_name(token) and (not run or _inside_org_name(run[0])))
        if is_name or glued or linking or (run and token.lower_ in _NAME_PARTICLES):
            run.insert(0, token)
        else:
            break
    if not any(t.text[:1].isupper() for t in run):
        return []  # "the city's transport department": lower-case words inside an entity name nobody
    if run and (run[-1].lower_ in ORG_NAME_WORDS or run[-1].lower_ in ORG_ROLE_NOUNS):
        return run  # "State Department", "Foreign Ministry": the capitalised words are the name
    if any(_inside_org_name(t) and t.is_lower for t in run):
        return run  # "Organization for Security and Co-operation": one name, whatever words it holds
    # Titles written in capitals ("Foreign Minister", "Liberal MP") sit in front of the name.
    titles = [i for i, token in enumerate(run[:-1]) if token.lower_ in TITLE_WORDS]
    if titles and run[titles[-1] + 1].lower_ not in _NAME_PARTICLES:
        run = run[titles[-1] + 1 :]
    # A particle opening the run begins a surname ('De Wit said', 'Minister van Dijk'): it stays.
    while run and run[0].lower_ in TITLE_WORDS and (len(run) > 1 or run[0].lower_ in PERSON_ROLE_NOUNS):
        run.pop(0)
    if run and run[-1].dep_ == "case":
        run.pop()
    # 'Minister for Housing Declan Furlong', 'Chief Executive Vincent Tsang Wing-hong': where the
    # tagger marks the person, the words before the name belong to the title.
    starts = [k for k, token in enumerate(run) if token.ent_type_ == "PERSON" and token.ent_iob_ == "B"]
    person = starts[-1] if starts and run[-1].ent_type_ == "PERSON" else 0
    title = run[:person]
    # ('Dr Naveed Ahmad Qureshi': after a form of address every word is the name)
    addressed = run and run[0].i > 0 and honorific(run[0].doc[run[0].i - 1])
    # ('President María Fernanda Ortiz Villalba' where the tagger's person starts at 'Fernanda':
    # a first name is part of the name)
    if (
        title
        and not addressed
        and len(run) - person >= 2
        and not any(t.ent_type_ == "PERSON" or t.lower_ in _NAME_PARTICLES for t in title)
        and not (title[-1].lower_ not in TITLE_WORDS and gender_of_first_name(title[-1].text))
    ):
        run = run[person:]
    # "Foreign Minister of Ukraine Dmytro Kuleba": the place belongs to the title, not the name.
    places = {"GPE", "NORP", "LOC"}
    while len(run) > 1 and run[0].ent_type_ in places and run[-1].ent_type_ not in places and run[0].i > 0:
        if run[0].doc[run[0].i - 1].lower_ != "of" and run[-1].ent_type_ != "PERSON":
            break
        run.pop(0)
    return run


def _hyphen_prefix(token: Token) -> bool:
    """'Ex' in 'Ex-minister', 'Super' in 'Super-agent': a word glued to a hyphen after it."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_


def _hyphenated_name_part(token: Token) -> bool:
    """'hong' in 'Tsang Wing-hong': a lower-case part glued by a hyphen to a capitalised name; not
    'agent' in 'Super-agent Lorenzo Fabbri', a word in front of the name."""
    doc = token.doc
    if token.i < 2 or not token.is_alpha or not token.is_lower:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON" and doc[token.i + 1].ent_iob_ == "B":
        return False
    hyphen, before = doc[token.i - 1], doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ and before.text[:1].isupper()


def _capitalised_by_position(token: Token) -> bool:
    """'Organisers', 'Residents' opening a sentence: a plural common noun, capitalised only because
    it comes first, so a later 'the organisers' is the same group (as the last word of a name,
    'Doctors Without Borders' is untouched)."""
    return token.is_sent_start and token.tag_ == "NNS" and not token.ent_type_


def _possessive_in_name(token: Token) -> bool:
    """The apostrophe of a plural possessive inside a name ("Pilots' Guild")."""
    return token.dep_ == "case" and token.text in {"'", "’"} and token.head.pos_ == "PROPN"


def _genitive_name(token: Token, run: list[Token]) -> bool:
    """The "'s" inside an organisation's name: 'The Alzheimer's Foundation', 'Boston Children's
    Hospital'; not 'Britain's Foreign Office' (a place's) nor 'Apple's Tim Cook' (a person)."""
    owner = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.dep_ == "case"
        and token.lower_ in {"'s", "’s"}
        and owner is not None
        and owner.text[:1].isupper()
        and owner.ent_type_ not in {"GPE", "NORP", "LOC", "PERSON", "ORG"}
        and run[-1].lower_ in ORG_NAME_WORDS
    )


def _of_between_names(token: Token, after: Token) -> bool:
    """'of' joining two capitalised names of an organisation ('Guild of Britain', 'Bank of Japan')."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.lower_ == "of"
        and after.pos_ == "PROPN"
        and before is not None
        and before.pos_ == "PROPN"
        and (before.ent_type_ == "ORG" or after.ent_type_ == "ORG")
    )


def _inside_org_name(token: Token) -> bool:
    """A word inside an organisation entity, after its first word ('of' in 'Bank of England',
    'operation' in 'Co-operation'): part of the name however it is written."""
    return token.ent_type_ == "ORG" and token.ent_iob_ == "I"


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _nickname(token: Token) -> bool:
    """A name word in quotation marks inside a name: 'Tommy' in 'Tom "Tommy" Reyes'."""
    doc = token.doc
    return (
        1 < token.i < len(doc) - 1
        and token.is_title
        and doc[token.i - 1].text in _QUOTE_MARKS
        and doc[token.i + 1].text in _QUOTE_MARKS
        and doc[token.i - 2].is_title
    )


def _join(tokens: list[Token]) -> str:
    """The words as written, with a space where the phrase skips punctuation between two of them
    ('Salvatore "Sal" Iannotti' has no space between 'Sal' and 'Iannotti')."""
    out = ""
    for token, after in itertools.zip_longest(tokens, tokens[1:]):
        gap = after is not None and after.i > token.i + 1 and not token.whitespace_
        out += token.text + (" " if gap else token.whitespace_)
    return out.strip()


def _described_as(head: Token) -> str:
    """'SkyLink, Europe's third-largest budget airline,' and 'the country's Auditor General, Lucía
    Ferrand,': the role set beside the name says what it is, whatever the tagger called it."""
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and _AGE.fullmatch(c.text) for c in head.rights):
        return "PERSON"  # 'Marrow, 63,'
    appositive = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appositive is None and head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"}:
        appositive = head.head
    if appositive is None:
        return ""
    lemma = appositive.lemma_.lower()
    return "ORG" if lemma in ORG_ROLE_NOUNS else ("PERSON" if lemma in PERSON_ROLE_NOUNS else "")


#: An age set off after a name.
_AGE = re.compile(r"1[6-9]|[2-9]\d|1[01]\d")


def _describes_a_name(head: Token) -> bool:
    """A common-noun phrase set off after a name says what the name is ('Lumora, the London-based
    smart home company,'), even where the tagger marks it as an organisation of its own."""
    return (
        head.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.head.pos_ == "PROPN"
        and head.left_edge.i > 0
        and head.doc[head.left_edge.i - 1].text == ","
    )


def _camel_case_org(head: Token) -> str:
    """'SkyLink', 'OpenAI': a capital inside one word marks a brand ('McAdams', 'DeSantis' are names)."""
    return "ORG" if _CAMEL_CASE.match(head.text) and not _NAME_PREFIX.match(head.text) else ""


_CAMEL_CASE = re.compile(r"^[A-Z][a-z]+[A-Z]")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")


def slugify(name: str) -> str:
    """A stable id from a name: 'Donald Trump' -> 'donald-trump'."""
    return _SLUG.sub("-", name.lower()).strip("-") or "actor"


class ActorResolver:
    """Per-document registry that maps mentions to actors and remembers who was mentioned when."""

    def __init__(self) -> None:
        self.entries: list[ActorEntry] = []
        # (char offset, entry index, salience): who was mentioned when, for references.
        self._recent: list[tuple[int, int, int]] = []
        #: One-word names the text also uses as places ('Officials in Velsk'): 'Velsk agrees' is
        #: its government speaking, never a 'he' or 'she'.
        self.places: set[str] = set()
        #: Entries that have spoken so far, in text order.
        self._speakers: list[int] = []

    def observe(
        self, span: Span, offset: int = 0, *, subject: bool = False, reported: bool = False, known_only: bool = False
    ) -> int | None:
        """Register a named mention seen anywhere (not only as a speaker) for later references.

        Only subjects make an actor the antecedent of a later "he" or "she"; a subject inside what
        someone said ('Solsky said Kyiv would keep shipping grain') only when no other will do. A
        role ('the chairman') counts when it is a subject outside what someone said. With
        ``known_only`` a name counts only when it names an actor already known ('Malloy flatly
        rejected that.', where the tagger marked no name).
        """
        if _describes_a_name(span.root):
            return None  # 'Lumora, the London-based smart home company,': what Lumora is, not who
        if _epithet(span):
            return None  # 'the Welshman', tagged as a name: someone already named (see resolve)
        mention = parse_mention(span)
        salience = (_REPORTED if reported else _SUBJECT) if subject else _MENTIONED
        if known_only and (_described_as(span.root) == "PERSON" or _titled_name(mention)):
            # 'Marrow, 63, a former finance minister, conceded', 'Governor Ana Ruiz visited the
            # district' (the tagger marked no name): someone new, whom 'the governor' means later
            known_only = False
        if known_only:
            # 'Malloy flatly rejected that', 'Brightwater's Ruiz was less sanguine'.
            index = self._known(mention.name) if mention.name else None
            index = self._known(span.root.text) if index is None else index
            if index is not None:
                self._touch(index, span.start_char + offset, salience)
                return index
        if _aged(span) and subject and not reported:
            return self._resolve_described(span.start_char + offset)  # 'The 52-year-old lawmaker insisted'
        if mention.form == "role" and subject and not reported:
            # 'The chairman put the figure lower: ..., he said': the known holder of the role is
            # who 'he' means next; a role with no known holder stays unresolved, except a royal
            # one ('The Queen has withdrawn ...', 'Her Majesty thanked ...'): there is one of them.
            found = self._resolve_role(mention, span, span.start_char + offset)
            if found is None and (name := _royal_name(span)):
                found = self._named_entry(name, "unnamed", span.start_char + offset)
            return found
        if mention.form != "name" or known_only:
            return None
        index = self._resolve_name(mention, span.start_char + offset, salience=salience)
        if acronym := _acronym_after(span):
            self.entries[index].add_alias(acronym)
        if office := _office_taken(span.root):
            self.entries[index].add_title(office)  # 'Lee would serve as acting chairman': 'the acting chairman'
        return index

    def spoke(self, index: int, position: int | None = None) -> None:
        """Note that an entry has said something: 'the company' may mean it from now on. A
        ``position`` away from where the speaker is named (an interview's answer) makes them the
        one a later 'she said' means."""
        if index not in self._speakers:
            self._speakers.append(index)
        if position is not None:
            self._touch(index, position)

    def note_gender(self, index: int, gender: str) -> None:
        """Record what a pronoun said of a person's or an unnamed source's gender; the first
        evidence stands. A name the tagger took for an organisation ('Farrow-Adair') that 'his' or
        'she' follows is a person."""
        entry = self.entries[index]
        if gender and entry.kind == "organization" and not entry.employer and _could_be_person(entry.name):
            entry.kind = "person"
        if gender and entry.kind in {"person", "unnamed"} and not entry.gender:
            entry.gender = gender

    def _known(self, name: str) -> int | None:
        """The actor a name already refers to: by full name or alias, or a person by surname."""
        lowered = name.lower()
        for index, entry in enumerate(self.entries):
            if lowered in {entry.name.lower(), *(a.lower() for a in entry.aliases)}:
                return index
            if entry.kind == "person" and entry.surname == lowered:
                return index
        return None

    def resolve(self, span: Span, offset: int = 0, *, gender: str = "") -> int:
        """Resolve a speaker phrase to an entry index, creating the actor when it is new. A role
        ('the councillor') held by several people goes to the one of ``gender`` where the text
        gives it ('The councillor said she ...')."""
        mention = parse_mention(span)
        position = span.start_char + offset
        if mention.form == "role" and (team_role := _TEAM_ROLES.get(span.root.lemma_.lower())) and _epithet(span):
            # 'said the Portuguese coach': the latest person whose title names that job
            found = self._latest(
                lambda e: e.kind == "person" and any(w in team_role for t in e.titles for w in t.lower().split()),
                position,
            )
            if found is not None:
                return found
        elif (_aged(span) or (mention.form in {"role", "name"} and _epithet(span))) and (
            found := self._resolve_described(position)
        ) is not None:
            return found  # 'The 52-year-old insisted', 'the 64-year-old Republican', 'the Danish forward'
        if span.root.lower_ in MEMBER_WORDS:
            return self._resolve_member(span, position)
        known = self._known(span.root.text) if mention.form != "name" and span.root.text[:1].isupper() else None
        if known is not None:  # '"...," Valadares recalls', the surname tagged as a common noun
            self._touch(known, position)
            return known
        if mention.form == "name":
            return self._resolve_name(mention, position)
        if mention.form == "pronoun":
            found = self._resolve_pronoun(mention.head_lemma, position)
            if found is not None:
                return found
            return self._add(ActorEntry(name=mention.text, kind="unnamed"), position)
        if mention.form == "media":
            return self.resolve_media(position, _media_source(span))
        if mention.form == "role":
            found = self._resolve_role(mention, span, position, gender)
            if found is None and _former_office(span):
                # 'the former director' after 'One former director of nursing at ...', else the
                # person last spoken of ('the former minister' no one is titled)
                described = f"former {span.root.lower_}"
                found = self._latest(lambda e: e.kind == "unnamed" and described in e.name.lower(), position)
                found = self._resolve_described(position) if found is None else found
            if found is not None:
                return found
        if mention.form == "group" and span[0].lower_ == "the":
            found = self._resolve_group(span.root.lower_, position)
            if found is not None:
                return found
        if (
            span[0].lower_ == "the"
            and mention.head_lemma in ANONYMOUS_HEADS | EVIDENCE_NOUNS
            and span.root.tag_ == "NN"
        ):
            # 'A source close to the presidency said A. The source said B': one source; 'according
            # to a study of 310,000 patients ... The study also found': one study
            found = self._latest(lambda e: e.kind == "unnamed" and mention.head_lemma in _role_words(e)[:4], position)
            if found is not None:
                return found
        kind: ActorKind = "group" if mention.form == "group" else "unnamed"
        if mention.form == "role" and mention.head_lemma in ORG_ROLE_NOUNS:
            kind = "organization"
        return self._named_entry(_royal_name(span) or _role_name(span), kind, position)

    def resolve_named_role(self, phrase: Span, named: Span, offset: int = 0, *, gender: str = "") -> int:
        """Resolve a speaker phrase whose name sits apart from its head ('The U.N. envoy for Sudan,
        Ramtane Lamamra,'): the name decides who it is and the role becomes a title, so a later
        'the U.N. envoy' finds the same person."""
        described = _epithet(phrase) or (_aged(phrase) and named.root.i == phrase.root.i)
        if described and (found := self._resolve_described(phrase.start_char + offset)) is not None:
            return found  # 'The Spaniard, who was appointed in the summer,', 'The 64-year-old Republican'
        mention = parse_mention(named)
        # 'Analysts at Jefferies': the firm speaks, and the group's words are no title of it; nor is
        # 'a spokesman for' a title of the Northern League or of Putin, whose words they are.
        employer = phrase.root.lower_ in GROUP_NOUNS and phrase.root.tag_ == "NNS"
        voice = _speaks_for(phrase, named)
        if mention.form != "name":
            index = self.resolve(named, offset, gender=gender)
            if voice:  # 'a club spokesman': the club, also known by the spokesman's words
                self.entries[index].add_alias(_role_name(phrase))
            if acronym := _acronym_after(named):  # 'The U.N. Office for ... (OCHA)'
                self.entries[index].add_alias(acronym)
            return index
        titled = not employer and not voice
        if titled and phrase.start < named.start < phrase.end:  # 'President of France Emmanuel Macron'
            # ('A spokeswoman for the state DOT, Kim Arroyo': no article, no comma)
            lead = phrase.doc[phrase.start : named.start].text.strip(" ,;:—–-")
            lead = re.sub(r"^(?:an?|the)\s+", "", lead, flags=re.IGNORECASE)
            mention = replace(mention, title=" ".join(t for t in (lead, mention.title) if t))
        elif (
            titled
            and phrase.root.i != named.root.i
            and phrase.root.lemma_.lower() in (PERSON_ROLE_NOUNS - _VOICE_NOUNS) | ORG_ROLE_NOUNS
        ):  # 'His lawyer, Martin Sheehan,'; 'The port operator, Maasport NV,'
            mention = replace(mention, title=" ".join(t for t in (parse_mention(phrase).title, mention.title) if t))
        voiced = voice and named.root.dep_ in {"poss", "compound"}
        # ('a spokeswoman for Greenfold' after 'Greenfold Catering denied': a short form of it)
        found = self._organisation_named(mention.name, named.start_char + offset, exact=voiced) if voice else None
        index = self._resolve_name(mention, named.start_char + offset) if found is None else found
        entry = self.entries[index]
        if voiced and entry.kind == "person" and not _bare_name(entry):
            # 'a Trump spokesman' after 'President Donald Trump': not Trump's own words
            return self._named_entry(_role_name(phrase), "unnamed", phrase.start_char + offset)
        if (employer or voiced) and _bare_name(entry):
            entry.kind, entry.employer = "organization", True
        if acronym := _acronym_after(named):
            entry.add_alias(acronym)
        if voice:
            entry.add_alias(_role_name(phrase))
        return index

    def _organisation_named(self, name: str, position: int, *, exact: bool) -> int | None:
        """The entry a spokesperson's words show to be an organisation: 'A Corvane spokeswoman'
        after 'Corvane Packaging said', which the tagger took for a person's name; with ``exact``
        also one of that very name ('a spokesperson for Dana Voss' is no sign of it)."""
        for index, entry in enumerate(self.entries):
            named = (exact and entry.name == name) or short_form(name, entry.name)
            if entry.kind != "group" and not entry.gender and named:
                entry.kind = "organization"
                entry.add_alias(name)
                self._touch(index, position)
                return index
        return None

    def _resolve_member(self, span: Span, position: int) -> int:
        """'One of them', 'another': one member of the group that spoke last ('Two officials
        said'), an unnamed actor of its own named after the group."""
        group = self._latest(lambda entry: entry.kind == "group", position)
        if group is None:
            return self._named_entry(span.text, "unnamed", position)
        members = self.entries[group].name
        members = members if members[:4].lower() == "the " else "the " + members[:1].lower() + members[1:]
        index = self._named_entry(f"{span.root.lower_} of {members}", "unnamed", position)
        self.entries[index].add_alias(span.text)
        return index

    def resolve_joint(self, members: Sequence[int], position: int) -> int:
        """The actor several named speakers make together, named after them: 'Tomas Rehn and
        Irina Vasko'. Each member stays an actor of its own for what it says alone."""
        names = [self.entries[m].name for m in dict.fromkeys(members)]
        if len(names) == 1:
            return members[0]
        return self._named_entry(", ".join(names[:-1]) + " and " + names[-1], "group", position)

    def resolve_media(self, position: int, source: str = "") -> int:
        """The collective speaker of passive attributions ('it was widely reported that ...'), or
        the media or reports a phrase names ('Spanish media reported ...')."""
        return self._named_entry(source or "media reports", "media", position)

    # -- resolution rules -------------------------------------------------------------------

    def _namesake(self, mention: Mention, position: int, salience: int) -> int | None:
        """Which of two people with one surname a bare surname means: the one whose title it
        repeats ('Dr. Menon' after 'Minister K. Ravindranath Menon' and 'Dr. Anand Menon'), else
        the one mentioned last; None unless the surname is shared."""
        if " " in mention.name:
            return None
        surname = mention.name.lower()
        people = [
            i
            for i, e in enumerate(self.entries)
            if e.kind == "person"
            and e.surname == surname
            and " " in e.name
            and all(w[:1].isupper() for w in e.name.split())
        ]
        if len(people) < 2:
            return None
        title = mention.title.lower()
        # 'Mrs Telfer' after 'Aaron Telfer' and 'Denise Telfer': the title says which
        words = mention.text.lower().replace(".", "").split()
        if gender := next((GENDERED_NOUNS[w] for w in words if w in GENDERED_NOUNS), ""):
            people = [
                i for i in people if gender_of_first_name(self.entries[i].name.split()[0]) in {gender, ""}
            ] or people
        titled = [
            i for i in people if title and any(title in known.lower().split() for known in self.entries[i].titles)
        ]
        latest = next((i for _, i, _ in reversed(self._recent) if i in people), people[-1])
        chosen = titled[-1] if len(titled) == 1 else latest
        self._touch(chosen, position, salience)
        return chosen

    def _resolve_name(self, mention: Mention, position: int, *, salience: int = _SUBJECT) -> int:
        kind = self._name_kind(mention)
        name = mention.name
        if kind == "organization" and (owner := _owner(mention)):
            # "Dalmoria's Defence Ministry" and "Kestria's Defence Ministry" are two ministries
            index = self._resolve_name(
                replace(mention, name=f"{owner}'s {name}", title=""), position, salience=salience
            )
            self.entries[index].add_alias(name)
            return index
        if kind == "organization":
            owned = [i for i, e in enumerate(self.entries) if e.name.lower().endswith(f"'s {name.lower()}")]
            if len(owned) == 1:  # then 'the Defence Ministry said': the one named so far
                self.entries[owned[0]].add_alias(name)
                self._touch(owned[0], position, salience)
                return owned[0]
        lowered = name.lower()
        if kind == "person" and (namesake := self._namesake(mention, position, salience)) is not None:
            return namesake
        # 'Lin' after 'Lin Jiawen': a family name written first, and 'Rojas' after 'Gabriela Rojas
        # Ibáñez': the first of two family names, when no one has it as a last name
        family_first = (
            kind == "person"
            and " " not in name
            and not any(e.kind == "person" and e.name.lower().split()[-1] == lowered for e in self.entries)
        )
        first_surname = family_first and not gender_of_first_name(name)
        for index, entry in enumerate(self.entries):
            known = [entry.name.lower(), *(a.lower() for a in entry.aliases)]
            if entry.kind == "organization" and name == _initials(entry.name):
                # 'the WHO' after 'the World Health Organization', with no '(WHO)' to say so
                entry.add_alias(name)
                self._touch(index, position, salience)
                return index
            if (
                entry.kind == "organization" and (short_form(name, entry.name) or _without_place(name, entry.name))
            ) or (kind == "organization" and (short_form(entry.name, name) or _without_place(entry.name, name))):
                # "Helix" and "Helix Therapeutics" are one organisation, named in full.
                if len(name) > len(entry.name):
                    entry.add_alias(entry.name)
                    entry.name = name
                else:
                    entry.add_alias(name)
                entry.kind = "organization"
                _add_apposed_roles(entry, mention)
                self._touch(index, position, salience)
                return index
            # 'Trump' first (which the tagger may not call a person), then 'Donald Trump': one man.
            surname_first = (
                kind == "person" and _bare_name(entry) and not entry.employer and entry.name == name.split()[-1]
            )
            if (
                lowered in known
                or surname_first
                or (kind == "person" and entry.kind == "person" and _same_person(name, entry.name))
                or (family_first and entry.kind == "person" and entry.name.lower().split()[0] == lowered)
                or (first_surname and entry.kind == "person" and _first_of_two_surnames(entry.name) == lowered)
            ):
                if extra := _words_before_name(entry.name, name):
                    # 'Fisherman Owen Tully', then 'Owen Tully': the name is the shorter one
                    entry.add_alias(entry.name)
                    entry.name = name
                    entry.add_title(extra)
                elif extra := _words_before_name(name, entry.name):
                    entry.add_alias(name)
                    entry.add_title(extra)
                elif len(name.split()) > len(entry.name.split()) and kind == "person":
                    entry.add_alias(entry.name)
                    entry.name = name
                else:
                    entry.add_alias(name)
                if mention.title:
                    entry.add_title(mention.title)
                # 'Trump' tagged as an organisation, then 'Donald Trump'; a lone word the tagger
                # once calls a person ('Ashbury were cruising') stays the team it was.
                full = len(name.split()) > 1 or bool(mention.title) or entry.kind != "organization"
                if entry.kind != "person" and kind == "person" and not entry.employer and full:
                    entry.kind = "person"
                elif mention.described_as == "ORG" and entry.kind == "person" and _bare_name(entry):
                    entry.kind = "organization"  # 'Lumora', tagged as a person, then 'Lumora, the company,'
                _add_apposed_roles(entry, mention)
                self._touch(index, position, salience)
                return index
        entry = ActorEntry(name=name, kind=kind)
        if mention.title:
            entry.add_title(mention.title)
        _add_apposed_roles(entry, mention)
        return self._add(entry, position, salience)

    def _name_kind(self, mention: Mention) -> ActorKind:
        if mention.name.lower() in GROUP_NOUNS:  # 'Prosecutors', capitalised as a sentence's first word
            return "group"
        if mention.name in self.places:
            return "organization"
        words = {w.lower().strip(".,") for w in mention.name.split()}
        title_words = {w.lower() for w in mention.title.split()}
        if title_words & PERSON_ROLE_NOUNS or mention.name.split()[0].lower() in HONORIFICS:
            return "person"  # ('Begum Khokhar', which the small model may tag as an organisation)
        if _GIVEN_NAME.fullmatch(mention.name.split()[-1]) and not words & ORG_NAME_WORDS:
            return "person"  # 'Hsu Pei-ling', which the small model may tag as an organisation
        if words & ORG_NAME_WORDS or mention.entity_label in {"ORG", "GPE", "NORP", "FAC"}:
            # The small model tags some people as ORG: trust a known person with that surname.
            surname = mention.name.split()[-1].lower()
            if any(e.kind == "person" and e.surname == surname for e in self.entries) and not (words & ORG_NAME_WORDS):
                return "person"
            return "organization"
        if mention.entity_label == "PERSON" or len(mention.name.split()) >= 2:
            return "person"
        return "person" if mention.head_lemma not in ORG_ROLE_NOUNS else "organization"

    def _resolve_pronoun(self, pronoun: str, position: int) -> int | None:
        wanted: set[str] = (
            {"person"}
            if pronoun in PERSON_PRONOUNS
            else ({"organization", "group"} if pronoun in PLURAL_PRONOUNS else {"organization"})
        )
        gender = GENDERED_PRONOUNS.get(pronoun, "")
        for least in (_SUBJECT, _REPORTED):
            chosen = next(self._antecedents(wanted, gender, least), None)
            if chosen is None:
                continue
            self._touch(chosen, position)
            self.note_gender(chosen, gender)  # 'he says' of Okafor: a later 'she' is someone else
            return chosen
        # The small model misses some entity types ("Smith" as ORG, "Gazprom" untagged); when no
        # antecedent of the right kind exists, the pronoun settles what the latest name was.
        for _, index, salience in reversed(self._recent):
            entry = self.entries[index]
            if salience == _MENTIONED:
                continue
            if "person" in wanted and entry.kind == "organization" and _could_be_person(entry.name):
                entry.kind = "person"
            elif wanted == {"organization"} and entry.kind == "person" and _bare_name(entry):
                entry.kind = "organization"
            else:
                continue
            self._touch(index, position)
            return index
        return None

    def _antecedents(self, wanted: set[str], gender: str, least: int) -> Iterator[int]:
        """Entries a pronoun can refer to, latest first: of the wanted kind, as salient as
        ``least``, and not of the other gender."""
        for _, index, salience in reversed(self._recent):
            entry = self.entries[index]
            # "the chief executive ... she said": an unnamed holder of a person's role is a person.
            # So is one a pronoun has shown to be a man or a woman ('A former engineer, who asked
            # not to be identified because she still works in the industry').
            role_holder = entry.kind == "unnamed" and (
                entry.name.lower().rsplit(" ", 1)[-1] in PERSON_ROLE_NOUNS or bool(entry.gender)
            )
            if gender and entry.gender and entry.gender != gender:
                continue
            # 'A spokeswoman for the authority said P. She said Q': she speaks for it again.
            voiced = "person" in wanted and entry.kind == "organization" and bool(gender) and _voiced_by(entry, gender)
            if salience >= least and (entry.kind in wanted or ("person" in wanted and role_holder) or voiced):
                yield index

    def _resolve_role(self, mention: Mention, span: Span, position: int, gender: str = "") -> int | None:
        """'the president' -> the latest person titled president; 'the ministry' -> an org."""
        role = mention.head_lemma
        modifiers = {t.lower_ for t in span if t.i != span.root.i and t.lower_ not in _DETERMINERS and not t.is_punct}
        if royal_style(span) is not None:
            modifiers = set()
        if role in _MONARCHS:  # 'the monarch': the King or the Queen the text is about
            return next(
                (
                    found
                    for title in _MONARCHS[role]
                    if (found := self._latest_unnamed_role(title, position)) is not None
                ),
                None,
            )
        if role in PERSON_ROLE_NOUNS and span.root.tag_ not in {"NNS", "NNPS"}:  # 'its producers' are not one

            def titled(entry: ActorEntry, strict: bool) -> bool:
                titles = _title_words(entry)
                if entry.kind != "person" or role not in titles:
                    return False
                if strict:
                    return all(m in titles or m.rstrip("'s") in titles for m in modifiers)
                # 'the Turkish minister' may be Foreign Minister Hakan Fidan, but 'the Prime
                # Minister' is not Housing Minister Eleanor Marsh: a rank names another office.
                return not {t.lower_ for t in span.root.lefts} & _RANKS - set(titles.split())

            def leads_that_side(entry: ActorEntry) -> bool:
                return entry.kind == "person" and bool(modifiers & {w for t in entry.titles for w in t.lower().split()})

            def same_unnamed_role(entry: ActorEntry) -> bool:
                words = _role_words(entry)
                return entry.kind == "unnamed" and words[-1:] == [role] and _compatible_roles(modifiers, words[:-1])

            # Prefer a person whose titles carry every modifier ("the Ukrainian president"),
            # then the latest person with the role at all ("the U.N. envoy" for "U.N. envoy").
            # "the union leader" for "union state secretary Fiona Brennan", "the opposition leader"
            # for "opposition candidate Irina Dovlat": a generic head says only whose side they lead.
            # "the diplomat" after "a senior European diplomat" said something.
            tests = [lambda e: titled(e, True), lambda e: titled(e, False)]
            if not modifiers:
                # 'the president' is President Lucía Ramos before 'the tribunal's president'
                tests.insert(0, lambda e: e.kind == "person" and any(_without_article(t) == role for t in e.titles))
            if role in _VOICE_NOUNS:  # 'A Corvane spokeswoman said ... The spokeswoman added'
                tests.insert(0, lambda e: any(role in alias.lower().split() for alias in e.aliases))
            if role in _GENERIC_HEADS and modifiers:
                tests.append(leads_that_side)
            tests.append(same_unnamed_role)
            if gender:  # one known to be of that gender, then one not known to be of the other
                tests = [
                    lambda e, test=test, genders=genders: test(e) and e.gender in genders
                    for genders in ({gender}, {gender, ""})
                    for test in tests
                ] + tests
            for test in tests:
                if (found := self._latest(test, position)) is not None:
                    return found
        if role in ORG_ROLE_NOUNS:
            names = {t.lower_ for t in span if t.i != span.root.i and t.pos_ == "PROPN"}

            def holds_role(entry: ActorEntry, strict: bool) -> bool:
                words = " ".join([entry.name, *entry.titles]).lower()
                if role in _OUTLET_ROLES and entry.kind == "organization" and _outlet_name(entry):
                    return True  # 'The Hallam Courier reported ... the newspaper corrected'
                named_so = role in entry.name.lower() or bool(
                    _NAMED_AS.get(role, set()) & set(entry.name.lower().split())
                )
                if not (entry.kind == "organization" and (named_so or entry.has_role_title(role))):
                    return False
                if strict:
                    return all(m in words for m in modifiers)
                # 'the Russian news agency' after 'the Interfax news agency' is the same agency;
                # 'the Yonhap news agency' or 'the military intelligence agency' after 'the state
                # news agency' is not: a name of its own, or nothing said of it in common.
                present = set(words.split())
                return not names - present and (not modifiers or bool(modifiers & present))

            # 'The hospitality group' is Bellandi Hospitality Group, not the labour group named since.
            for strict in (True, False):
                if (found := self._latest(lambda e, strict=strict: holds_role(e, strict), position)) is not None:
                    return found
            if role in _TRADING_ROLES and not modifiers:
                return self._only_trading_speaker(position)
        return None

    def _only_trading_speaker(self, position: int) -> int | None:
        """'Corvane denied that any exit had been locked. A spokeswoman for the company said ...':
        the one business that has spoken so far, where no sentence calls it a company. With two
        or more, which is meant the text does not say."""
        trading = [index for index in self._speakers if _trading_name(self.entries[index])]
        if not trading:  # 'about 140 people were working, according to the company': the one named so far
            trading = list({index for _, index, _ in self._recent if _business_name(self.entries[index])})
        if len(trading) != 1:
            return None
        self._touch(trading[0], position)
        return trading[0]

    def _latest_unnamed_role(self, role: str, position: int) -> int | None:
        return self._latest(lambda e: e.kind == "unnamed" and _role_words(e)[-1:] == [role], position)

    def _resolve_described(self, position: int) -> int | None:
        """'the 48-year-old' -> the person the text was last about: an age describes someone
        already introduced, never a new speaker."""
        return self._latest(lambda entry: entry.kind == "person", position, least=_SUBJECT)

    def _resolve_group(self, noun: str, position: int) -> int | None:
        """'the officials' -> the latest group of officials ('Two officials familiar with the talks')."""
        return self._latest(lambda entry: entry.kind == "group" and noun in entry.name.lower().split(), position)

    def _latest(self, test: Callable[[ActorEntry], bool], position: int, least: int = _MENTIONED) -> int | None:
        """The latest entry mentioned at least as saliently as ``least`` that passes ``test``,
        noted as mentioned again at ``position``."""
        for _, index, salience in reversed(self._recent):
            if salience >= least and test(self.entries[index]):
                self._touch(index, position)
                return index
        return None

    def named_later(self) -> dict[int, int]:
        """Role-only speakers whose name the article gives later ('the operator said ...', then
        'The port operator, Maasport NV, said ...'): entry index -> the named entry, where exactly
        one named actor carries that role as a title."""
        merged: dict[int, int] = {}
        for index, entry in enumerate(self.entries):
            role = entry.name.lower().split()[-1]
            # ('its chief executive said', then 'Ofgen Chief Executive Harriet Mallory'; 'police
            # said', then 'Northshire Police said')
            bare_police = entry.name.lower() == "police"
            if entry.kind not in {"unnamed", "organization", "group"} or not (
                entry.name.lower().startswith(("the ", "its ")) or bare_police
            ):
                continue
            if role not in ORG_ROLE_NOUNS | PERSON_ROLE_NOUNS:
                continue
            # 'the Prime Minister' is not 'the prisons minister, Daniel Okoro'.
            modifiers = entry.name.lower().split()[1:-1]
            named = [
                other
                for other, candidate in enumerate(self.entries)
                if other != index
                and not candidate.name.lower().startswith(("the ", "a ", "an "))
                and (
                    (
                        candidate.has_role_title(role)
                        and any(_compatible_roles(modifiers, t.lower().split()[:-1]) for t in candidate.titles)
                    )
                    or (bare_police and candidate.kind == "organization" and candidate.name.lower().endswith(" police"))
                )
            ]
            if len(named) == 1:
                merged[index] = named[0]
        return merged

    # -- bookkeeping ------------------------------------------------------------------------

    def _named_entry(self, name: str, kind: ActorKind, position: int) -> int:
        key = _without_article(name)
        for index, entry in enumerate(self.entries):
            if _without_article(entry.name) == key:  # 'Organisers ...' and later 'the organisers'
                self._touch(index, position)
                return index
        return self._add(ActorEntry(name=name, kind=kind), position)

    def _add(self, entry: ActorEntry, position: int, salience: int = _SUBJECT) -> int:
        self.entries.append(entry)
        index = len(self.entries) - 1
        self._touch(index, position, salience)
        return index

    def _touch(self, index: int, position: int, salience: int = _SUBJECT) -> None:
        self._recent.append((position, index, salience))
        self._recent.sort(key=lambda item: item[0])


def _owner(mention: Mention) -> str:
    """The place or body an organisation's name is owned by: "Dalmoria's Defence Ministry" ->
    Dalmoria, '' for 'Defence Ministry' or 'Lumora chief executive'."""
    owner = mention.title
    if not owner or " " in owner or not owner[:1].isupper():
        return ""
    return owner if re.search(rf"\b{re.escape(owner)}['’]s\s", mention.text) else ""


def _titled_name(mention: Mention) -> bool:
    """'Governor Ana Ruiz': a title word before a name that is no title itself ('House Minority
    Whip' is all title, 'whose Arden' no title at all)."""
    title, name = mention.title.split(), mention.name.split()
    return (
        mention.form == "name"
        and bool(title)
        and title[-1][:1].isupper()
        and title[-1].lower() in TITLE_WORDS
        and bool(name)
        and not any(word.lower() in TITLE_WORDS for word in name)
    )


#: Names a public body goes by that a later 'the agency' or 'the regulator' refers back to: the Food
#: and Drug Administration is 'the agency', the Financial Conduct Authority 'the regulator'.
_PUBLIC_BODY_NAMES = frozenset(
    {"administration", "agency", "authority", "commission", "service", "bureau", "office", "board", "inspectorate"}
)
_NAMED_AS = {
    "agency": _PUBLIC_BODY_NAMES | {"centers", "centre", "center", "institute", "directorate"},
    "regulator": _PUBLIC_BODY_NAMES,
    "watchdog": _PUBLIC_BODY_NAMES,
    "ministry": frozenset({"department"}),
    "department": frozenset({"ministry"}),
}

#: Roles of the firm or club a story is about, which news gives it without saying so:
#: 'Corvane Packaging' is 'the company', 'Westmoor Rovers' 'the club'.
_TRADING_ROLES = frozenset(
    {"company", "firm", "business", "carrier", "airline", "manufacturer", "retailer", "insurer", "lender"}
    | {"operator", "club", "team", "side", "outfit", "utility", "chain", "maker", "developer", "supplier"}
)
#: Words that name a newspaper, agency, index or campaign rather than a business a story is about.
_NOT_TRADING = frozenset(
    {"journal", "times", "post", "news", "herald", "gazette", "tribune", "telegraph", "guardian", "digest"}
    | {"review", "press", "media", "radio", "tv", "reuters", "bloomberg", "index", "directorate"}
    | {"intelligence", "action", "group"}
)
#: Words of a company's own name that say nothing of what it does ('Corvane Chemical Co.').
_COMPANY_WORDS = frozenset({"company", "co.", "co", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc"})
_COMPANY_WORDS |= {"holdings", "limited", "&"}


def _trading_name(entry: ActorEntry) -> bool:
    """An organisation with a name of its own and no word calling it a ministry, police force,
    court, union or other body that 'the company' cannot be."""
    words = {word.lower() for word in entry.name.split()}
    return (
        entry.kind == "organization"
        and not entry.name.lower().startswith(("the ", "a ", "an "))
        and not words & (ORG_ROLE_NOUNS | ORG_NAME_WORDS | _NOT_TRADING) - _COMPANY_WORDS - BUSINESS_NAME_WORDS
    )


def _voiced_by(entry: ActorEntry, gender: str) -> bool:
    """Whether an organisation has spoken through a spokesman or spokeswoman of that gender."""
    noun = {"f": "spokeswoman", "m": "spokesman"}.get(gender)
    return noun is not None and any(noun in alias.lower().split() for alias in entry.aliases)


#: Words that make a title another office: the prime minister, the vice president, the deputy mayor.
_RANKS = frozenset({"prime", "vice", "deputy", "assistant", "junior", "shadow", "acting", "interim"})


def _outlet_name(entry: ActorEntry) -> bool:
    """A name that says it is a newspaper or broadcaster ('the Hallam Courier', 'Radio Kestria')."""
    return not _name_words(entry).isdisjoint(_OUTLET_NAME_WORDS)


#: Roles that name the outlet a story quotes: 'the newspaper' is the Hallam Courier.
_OUTLET_ROLES = frozenset({"newspaper", "broadcaster", "outlet"})
_OUTLET_NAME_WORDS = frozenset(
    {"times", "post", "news", "herald", "gazette", "tribune", "telegraph", "guardian", "courier", "chronicle"}
    | {"observer", "mail", "express", "mirror", "echo", "journal", "examiner", "inquirer", "dispatch", "radio"}
    | {"tv", "television", "broadcasting", "daily", "weekly", "bulletin", "sentinel", "argus", "advertiser"}
)


def _business_name(entry: ActorEntry) -> bool:
    """A trading name that says it is a business ('Calloway Polymers', 'Corvane Packaging Ltd'),
    unlike a product, a department or a club, which news also names without saying what it is."""
    return _trading_name(entry) and bool(_name_words(entry) & (BUSINESS_NAME_WORDS | _COMPANY_WORDS))


def _name_words(entry: ActorEntry) -> set[str]:
    """The words of an entry's name, lower-cased, without the punctuation that ends them."""
    return {word.lower().strip(".,") for word in entry.name.split()}


def _compatible_roles(modifiers: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two phrases for one role can name one holder: 'the provincial governor' and
    'Governor', but not 'the Prime Minister' and 'the prisons minister'."""
    ours = set(modifiers) - _DETERMINERS
    theirs = set(others) - _DETERMINERS
    return not ours or not theirs or bool(ours & theirs)


def _add_apposed_roles(entry: ActorEntry, mention: Mention) -> None:
    """Keep the roles set beside a name that fit what it names, so that a later 'the chairman'
    or 'the company' finds it."""
    roles = PERSON_ROLE_NOUNS if entry.kind == "person" else ORG_ROLE_NOUNS
    for role in mention.apposed_roles:
        if role.split()[-1].lower() in roles:
            entry.add_title(role)


def _role_apposed_to(name: Token) -> tuple[str, ...]:
    """The role a name is set beside as its apposition: 'Her son, Yusuf, 15,' -> 'son'."""
    role = name.head
    if name.dep_ != "appos" or role.lemma_.lower() not in PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS:
        return ()
    return (" ".join(t.text for t in mention_span(role) if t.dep_ not in {"det", "poss", "case"}),)


def _appositive_roles(name: Token) -> list[str]:
    """Roles set off after a name: 'Edmund Pryce, the trust's chairman,' -> "trust's chairman"."""
    return [
        re.sub(r"^(?:the|a|an)\s+", "", mention_span(role).text, flags=re.IGNORECASE)
        for role in name.rights
        if role.dep_ == "appos"
        and role.lemma_.lower() in PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS
        and role.left_edge.i > 0
        and role.doc[role.left_edge.i - 1].text == ","
    ]


def _without_article(name: str) -> str:
    lowered = name.lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


def _could_be_person(name: str) -> bool:
    """One to three capitalised words with no organisation word ('Smith', 'Ramtane Lamamra')."""
    words = name.split()
    lowered = {w.lower().strip(".,") for w in words}
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)  # 'NATS' is an acronym
        and not lowered & (ORG_NAME_WORDS | ORG_ROLE_NOUNS | GROUP_NOUNS)  # not "Prosecutors"
    )


def _speaks_for(phrase: Span, named: Span) -> bool:
    """'a spokesman for the Northern League', 'a Kremlin spokesman': the name is what the
    spokesman speaks for, not the spokesman's own name ('spokesman Dmitry Peskov')."""
    if phrase.root.lemma_.lower() not in _VOICE_NOUNS:
        return False
    if named.root.head.i == phrase.root.i and named.root.dep_ in {"poss", "compound"}:
        return True  # 'a Corvane spokeswoman'
    prep = named.root.head
    return named.root.dep_ == "pobj" and prep.lower_ in {"for", "of"} and prep.head.i == phrase.root.i


def _bare_name(entry: ActorEntry) -> bool:
    """A one-word name with no title or other form: 'Gazprom' may as well be an organisation."""
    return len(entry.name.split()) == 1 and not entry.titles and not entry.aliases


def short_form(short: str, full: str) -> bool:
    """'Helix' is a short form of 'Helix Therapeutics': the full name starts with it and goes on
    with capitalised words only."""
    head, rest = short.split(), full.split()
    return (
        0 < len(head) < len(rest)
        and [w.lower() for w in rest[: len(head)]] == [w.lower() for w in head]
        and all(w[:1].isupper() for w in rest[len(head) :])
    )


def family_name_first(words: list[str]) -> bool:
    """Whether a name is written family name first, before a romanised given name with a
    lower-case hyphenated part ('Jung Tae-yang', 'Kim Min-jun')."""
    return len(words) >= 2 and bool(_GIVEN_NAME.fullmatch(words[-1]))


def _without_place(short: str, full: str) -> bool:
    """'Met Service' is 'Corran Met Service' without the place in front: the full name ends with
    the short one, of two words or more, after one or two capitalised words."""
    head, rest = short.lower().split(), full.split()
    extra = rest[: len(rest) - len(head)]
    return (
        len(head) >= 2
        and 1 <= len(extra) <= 2
        and [w.lower() for w in rest[len(extra) :]] == head
        and all(w[:1].isupper() for w in extra)
    )


def _family_name(words: list[str]) -> str:
    """The last word of a name, or the one before an East Asian given name written with a
    lower-case hyphenated part ('Kim Min-jun', 'Vincent Tsang Wing-hong')."""
    if family_name_first(words):
        return words[-2]
    return words[-1] if words else ""


def _same_person(a: str, b: str) -> bool:
    """'Trump' / 'Donald Trump' / 'Donald J. Trump' name one person: same surname, compatible;
    so do 'Fisherman Owen Tully' and 'Owen Tully'."""
    ta, tb = a.lower().split(), b.lower().split()
    if _words_before_name(a, b) or _words_before_name(b, a):
        return True
    # 'Arrieta Gowland' / 'Tomás Arrieta Gowland': both family names without the given one
    shorter, longer = sorted((ta, tb), key=len)
    if 2 <= len(shorter) < len(longer) and longer[-len(shorter) :] == shorter and not gender_of_first_name(shorter[0]):
        return True
    if ta[-1] != tb[-1]:
        # 'Tsang' / 'Vincent Tsang Wing-hong': a family name before a romanised given name
        family_a, family_b = _family_name(a.split()).lower(), _family_name(b.split()).lower()
        return family_a == family_b and (len(ta) == 1 or len(tb) == 1)
    # A surname keeps its particles: 'De Wit' is 'Pieter de Wit', 'Van der Berg' is 'Anna van der Berg'.
    firsts_a, firsts_b = _given_names(ta), _given_names(tb)
    return not firsts_a or not firsts_b or firsts_a[0] == firsts_b[0]


def _first_of_two_surnames(name: str) -> str:
    """'rojas' for 'Gabriela Rojas Ibáñez' and 'ortiz' for 'María Fernanda Ortiz Villalba': the
    word before the last of a name of three words or more, which Spanish and Portuguese names
    give alone ('Rojas said'); '' where that word is a first name or particle ('Mary Ann Smith')."""
    words = name.lower().split()
    if len(words) < 3 or words[-2] in _NAME_PARTICLES or gender_of_first_name(words[-2]) or "-" in words[-1]:
        return ""
    return words[-2]


def _words_before_name(longer: str, name: str) -> str:
    """'Fisherman' for ('Fisherman Owen Tully', 'Owen Tully'): capitalised words in front of a
    full name of two words or more, which a sentence-opening job or an unlisted title puts there
    (a first name there makes a fuller name: 'Ana Maria Lopez')."""
    words, full = longer.split(), name.split()
    extra = words[: len(words) - len(full)]
    if len(full) < 2 or not extra or [w.lower() for w in words[len(extra) :]] != [w.lower() for w in full]:
        return ""
    if full[0].lower() in _NAME_PARTICLES:
        return ""  # 'Von Hallstein' is the surname of 'Friederike von Hallstein'
    if any(not w[:1].isupper() or gender_of_first_name(w) for w in extra):
        return ""
    return " ".join(extra)


def _given_names(words: list[str]) -> list[str]:
    """The words before a lower-cased name's surname and its particles."""
    end = len(words) - 1
    while end > 0 and words[end - 1] in _NAME_PARTICLES:
        end -= 1
    return words[:end]


def _former_office(span: Span) -> bool:
    """'the former minister': a past office describes someone already introduced, as an age does."""
    words = [t.lower_ for t in span if not t.is_punct]
    return len(words) >= 3 and words[0] == "the" and words[1] == "former" and span.root.tag_ == "NN"


def _aged(span: Span) -> bool:
    """'The 52-year-old', 'the 64-year-old Republican', 'the 52-year-old lawmaker': an age describes
    someone already introduced; not 'the 19-year-old victim's mother', who is someone else."""
    return AGE_WORD.fullmatch(span.root.text) is not None or (
        _AGED_LEAD.match(span.text) is not None
        and span.root.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ == "poss" for c in span.root.children)
    )


_AGED_LEAD = re.compile(r"the \d+-(?:year|month|week)-old\s", re.IGNORECASE)


def _epithet(span: Span) -> bool:
    """'the Spaniard', 'the Danish forward', 'the 29-year-old Australian', 'the Grammy-winning
    singer': a nationality or a claim to fame that describes someone already named, as an age does."""
    words = [t.lower_ for t in span if not t.is_punct and not AGE_WORD.fullmatch(t.text)]
    if words[:1] != ["the"]:
        return False
    described = " ".join(words[1:])
    if described in DEMONYM_NOUNS:
        return True
    if len(words) >= 3 and span.root.lemma_.lower() in FAME_EPITHETS:
        return True  # 'the "Paper Planes" hitmaker', 'the Oscar-nominated actress'
    if len(words) == 2 and span.end < len(span.doc):  # 'forward' in 'The Danish forward' read as an adverb
        words.append(span.doc[span.end].lower_)
    return len(words) == 3 and words[1] in DEMONYM_ADJECTIVES and words[2] in EPITHET_HEADS


def _title_words(entry: ActorEntry) -> str:
    """An entry's titles in lower case, with the roles their short and formal forms stand for
    ('Sen.' -> senator, 'Mrs Justice' -> judge), so that 'the senator' finds 'Sen. Maria Lopez'."""
    words = " ".join(entry.titles).lower()
    return " ".join([words, *(role for short, role in _TITLE_ROLES.items() if re.search(short, words))])


#: Title forms (patterns over lower-case titles) and the roles a later reference may use for them.
_TITLE_ROLES = {
    r"\bsen\.": "senator lawmaker",
    r"\bsenator\b": "lawmaker",
    r"\brep\.|\brepresentative\b": "representative congressman congresswoman lawmaker",
    r"\bgov\.": "governor",
    r"\batty\.": "attorney",
    r"\bamb\.": "ambassador",
    r"\bpres\.": "president",
    r"\bsupt\.": "superintendent",
    r"\binsp\.": "inspector",
    r"\bdet\.": "detective",
    r"\bsgt\.": "sergeant",
    r"\bgen\.": "general",
    r"\badm\.": "admiral",
    r"\bcapt\.": "captain",
    r"\bcol\.": "colonel",
    r"\bmaj\.": "major",
    r"\bprof\.": "professor",
    r"\bjustice\b|\bmagistrate\b|\brecorder\b": "judge",
    r"\bmp\b|\bmep\b|\bcongress(?:man|woman)\b|\bassembly(?:man|woman|member)\b": "lawmaker",
    r"\bprime minister\b": "premier",
}


def _role_words(entry: ActorEntry) -> list[str]:
    """The words of an unnamed entry's role: a royal's up to the title ('the Prince of Wales' ->
    ['the', 'prince'], so that a later 'the Prince' finds him), any other's all of them ('the chief
    executive of Meridian Labs' is not every later 'the chief executive')."""
    words = entry.name.lower().split()
    of = words.index("of") if "of" in words[1:] else 0
    return words[:of] if of and words[of - 1] in _TITLED_BY_PLACE else words


def royal_style(span: Span) -> str | None:
    """The role a royal style names: 'His Majesty' -> 'king', 'Her Royal Highness' -> 'princess'."""
    words = [t.lower_ for t in span if t.lower_ != "royal"]
    if len(words) == 2 and words[0] in {"his", "her"} and words[1] in _ROYAL_STYLES:
        return _ROYAL_STYLES[words[1]][words[0] == "her"]
    return None


def _royal_name(span: Span) -> str:
    """How a report names a royal without a name: 'His Majesty' -> 'the King'; 'The Queen' ->
    'the Queen'; '' for other roles."""
    if (royal := royal_style(span)) is not None:
        return f"the {royal.capitalize()}"
    words = [t for t in span if not t.is_punct]
    if len(words) == 2 and words[0].lower_ == "the" and words[1].text in _ROYAL_TITLES:
        return f"the {words[1].text}"
    return ""


#: Styles and the roles they name, for a man and a woman.
_ROYAL_STYLES = {"majesty": ("king", "queen"), "highness": ("prince", "princess")}
#: Capitalised titles that name one person without a name: 'The Queen'.
_ROYAL_TITLES = frozenset({"King", "Queen"})
#: Royal titles held 'of' a place: 'the Prince of Wales', 'the Duchess of Kent'.
_TITLED_BY_PLACE = frozenset({"prince", "princess", "duke", "duchess"})
#: Roles that name whichever of these the text is about.
_MONARCHS = {"monarch": ("king", "queen"), "sovereign": ("king", "queen")}


def _role_name(span: Span) -> str:
    """Canonical text of a role or unnamed speaker: 'The Ministry' -> 'the ministry'; 'the
    organiser's own data' -> "the organiser's data"."""
    text = re.sub(r"\s+own\b", "", span.text.strip(" ,;:-—"), flags=re.IGNORECASE)
    first = span[0]
    if first.lower_ == "whose" and (owner := _antecedent_of_whose(first)) is not None:
        # 'Switzerland, whose foreign ministry said': Switzerland's foreign ministry
        return f"{owner}'s{text[len(first.text) :]}"
    if first.lower_ in _POSSESSIVE_PRONOUNS and span.root.lemma_.lower() in ORG_ROLE_NOUNS | _VOICE_NOUNS:
        return "the" + text[len(first.text) :]  # 'its defence ministry': whose, the name cannot say
    if first.lower_ in _DETERMINERS:
        text = first.lower_ + text[len(first.text) :]
    elif (
        span.root.lemma_.lower() in ORG_ROLE_NOUNS
        and span.root.tag_ == "NN"
        and first.text[:1].islower()
        and first.pos_ in {"NOUN", "ADJ"}
    ):
        text = "the " + text  # 'a government spokesperson' speaks for 'the government'
    return text


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "whose"})


def _antecedent_of_whose(whose: Token) -> str | None:
    """The name a 'whose' clause hangs on: 'Switzerland, whose foreign ministry said' -> Switzerland."""
    clause = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ != "PROPN":
        return None
    return clause.head.text
