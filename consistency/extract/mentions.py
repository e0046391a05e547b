"""Mentions of people and organisations outside the speaker slots: subjects the tagger missed,
who counts as a subject, and what the text says of a person's gender. The resolver uses them so
that a later 'he', 'she' or 'the chairman' finds the right actor."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .lexicon import GENDERED_NOUNS, GENDERED_PRONOUNS, KINSHIP_NOUNS, LISTENER_NOUNS, PERSON_ROLE_NOUNS

#: Verbs of asking: their agent puts the question, the answer is someone else's.
_QUESTIONING = frozenset({"ask", "question", "press", "challenge", "quiz"})


def unmarked_subjects(doc: Doc) -> list[SpacySpan]:
    """Subjects that may name an actor the tagger did not mark as one: a role ('The chairman put
    the figure lower') or a bare name, untagged or tagged as something else ('Malloy flatly
    rejected that.', 'Tallis pauses', 'Olivares, 54, ...' read as a common noun)."""
    return [
        doc[token.left_edge.i : token.i + 1]
        for token in doc
        if token.dep_ in {"nsubj", "nsubjpass"}
        and (
            (
                (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title))
                # 'Brightwater's Ruiz', 'Governor Ana Ruiz'
                and all(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in token.lefts)
                and token.ent_type_ not in {"PERSON", "ORG"}
            )
            or (
                not token.ent_type_
                and token.lemma_.lower() in PERSON_ROLE_NOUNS
                and any(
                    (c.dep_ == "det" and c.lower_ == "the")
                    or (c.dep_ == "poss" and token.lemma_.lower() in KINSHIP_NOUNS)  # 'Her son looks up'
                    for c in token.children
                )
            )
        )
    ]


def verb_misread_as_modifier(name: Token) -> Token | None:
    """'Opposition lawmaker Gabriela Montes, who chairs the committee, called for ...': the parser
    reads the sentence as one long noun phrase with the verb as a modifier of the name; with no
    main verb left, that verb is the sentence's and the name its subject."""
    if name.dep_ != "ROOT" or name.pos_ not in {"PROPN", "NOUN"}:
        return None
    return next(
        (c for c in name.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.doc[c.i - 1].text == ","),
        None,
    )


def logical_subject(token: Token) -> bool:
    """A subject, the agent of a passive ('was echoed by the police spokesman, Colonel Teodor
    Baranyi-Okoth'), or a name set beside either; not whoever asked ('Asked by an analyst
    whether ..., he said': 'he' is not the analyst)."""
    # ('A spokeswoman for the state DOT, Kim Arroyo, disputed it': the parser may set the name
    # beside 'DOT', so it is also checked where it stands)
    named = token
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head.lemma_.lower() not in _QUESTIONING
    return (
        token.dep_ in {"nsubj", "nsubjpass"}
        or verb_misread_as_modifier(token) is not None
        or _topic(token)
        or _owns_the_subject(token)
        or _set_beside_the_subject(named)
    )


def _set_beside_the_subject(token: Token) -> bool:
    """'Okafor's opponent in next month's election, city councilwoman Therese Bankole, has seized
    on it': a name set off by commas between the subject and its verb is the subject, however the
    parser attached it (here to 'in')."""
    if token.ent_type_ != "PERSON" or token.dep_ in {"nsubj", "nsubjpass"}:
        return False
    doc = token.doc
    left, right = token.i - 1, token.i + 1
    while left >= 0 and (doc[left].ent_type_ == "PERSON" or doc[left].dep_ in {"compound", "amod", "det"}):
        left -= 1
    if left < 1 or right + 1 >= len(doc) or doc[left].text != "," or doc[right].text != ",":
        return False
    verb = doc[right + 1].head if doc[right + 1].dep_ in {"aux", "auxpass", "neg"} else doc[right + 1]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < left]
    return any(s.left_edge.i <= left - 1 <= s.right_edge.i for s in subjects) and not _inside_a_clause(token)


def _inside_a_clause(token: Token) -> bool:
    """Whether a name hangs on a clause of the subject's rather than on the subject's own phrase
    ('Pryor, who milks cows near Leominster, Herefordshire, said': the county is no subject)."""
    node = token
    while node.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _owns_the_subject(token: Token) -> bool:
    """'Ferreira-Lund's recordings remain in print. She ...': a person whose thing is the subject
    is who the sentence is about."""
    return token.dep_ == "poss" and token.ent_type_ == "PERSON" and token.head.dep_ in {"nsubj", "nsubjpass"}


def _topic(token: Token) -> bool:
    """'For Carol Vesey-Dunn, the numbers are beside the point. She said ...': a person named in
    the phrase that opens a sentence is who it is about."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and token.ent_type_ == "PERSON"
        and prep.lower_ == "for"
        and prep.i == token.sent.start
        and any(t.text == "," for t in token.doc[token.right_edge.i + 1 : token.right_edge.i + 2])
    )


def gender_of(mention: SpacySpan, contents: list[tuple[int, int]], speakers: set[int], named: str = "") -> str:
    """A person's gender as the text gives it: a title or a noun set beside the name ('Mrs Holm',
    'Her husband, Colin,', 'Colin, her husband,'), else a pronoun after it. ``named`` is the
    gender the first name gives, which outweighs a pronoun inside what the person said ('Judge
    Paul Renn said she had shown no remorse' is about the defendant)."""
    root = mention.root
    nouns = [t.lower_ for t in mention if t.i != root.i]
    nouns += [c.lemma_.lower() for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head.lemma_.lower())
    # 'whose brother Itai': the noun right before the name, however the parser attached it; 'Mr'
    # before a name the tagger marked without it
    if mention.start > 0 and (before := mention.doc[mention.start - 1]).pos_ in {"NOUN", "PROPN"}:
        nouns.append(before.lower_)
    for noun in nouns:
        if noun in GENDERED_NOUNS:
            return GENDERED_NOUNS[noun]
    gender = _gender_after(mention, contents, speakers, named)
    # 'Her producer, Tobias Wren, who has worked with her since her debut': a person named for
    # their tie to a woman; the 'her' that follows is most likely still about her.
    roles = _apposed_above(root) or [c for c in root.children if c.dep_ == "appos"]
    related = {GENDERED_PRONOUNS.get(c.lower_, "") for role in roles for c in role.children if c.dep_ == "poss"}
    return "" if gender in related else gender


def _apposed_above(token: Token) -> list[Token]:
    """The nouns a name is set beside, nearest first: 'Her partner, the engineer Tobias Grenfell'
    -> engineer, partner (the parser may make both nouns subjects of the verb)."""
    chain = []
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
        chain.append(token)
    comma = token.left_edge.i - 1
    if comma > 0 and token.doc[comma].text == "," and token.doc[comma - 1].pos_ == "NOUN":
        chain.append(token.doc[comma - 1])
    return chain


def _gender_after(mention: SpacySpan, contents: list[tuple[int, int]], speakers: set[int], named: str = "") -> str:
    """The gender a pronoun after a person's name gives them, in the same sentence and before
    any other person is named: 'Maureen Tallis pins a watch to her tunic', 'Sandhu says she does
    not blame the nurses'. Inside what someone said only the pronoun opening the first claim
    after the name counts, which is mostly the speaker ('said she would resign'), not 'said he
    had fled' of a suspect nor 'said the operation went well but that he would not race'. A
    pronoun that is itself a speaker ('Asked whether SkyLink would pay, she said') is whom the
    resolver is looking for, no evidence."""
    after = mention.end_char
    first = min((start for start, _ in contents if start >= after), default=-1)
    for token in mention.doc[mention.end : mention.sent.end]:
        if token.ent_type_ == "PERSON" or _told_someone(token):
            # 'Judge Colclough told the defendant that he had struck ...': whom 'he' means is open
            return ""
        # An object ('would like her to') is someone else; a subject, possessive or reflexive is not.
        own = token.dep_ in {"nsubj", "nsubjpass", "poss"} or token.lower_.endswith("self")
        gender = GENDERED_PRONOUNS.get(token.lower_, "") if own and token.i not in speakers else ""
        reported = any(start <= token.idx < end for start, end in contents)
        if gender and reported and token.idx == first and named and named != gender:
            return named
        if gender and (token.idx == first or not reported):
            return gender
    return ""


def _told_someone(token: Token) -> bool:
    """A person told something: 'the defendant' in 'told the defendant that ...'."""
    return token.dep_ in {"dobj", "dative"} and (
        token.lemma_.lower() in PERSON_ROLE_NOUNS or token.lemma_.lower() in LISTENER_NOUNS
    )
