"""Turn documents into claims per actor: the extraction stage's orchestration."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice, pairwise

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..ingest import unique_ids
from ..registry import DEFAULT_SPACY_MODEL
from ..types import Actor, Claim, ClaimsResult, Document, Skipped, Span
from .actors import (
    ActorEntry,
    ActorResolver,
    family_name_first,
    honorific,
    joint_speakers,
    mention_span,
    short_form,
    slugify,
    speaker_head,
)
from .boilerplate import boilerplate_ranges, credit_ranges, headline_ranges
from .first_names import gender_of_first_name
from .interviews import interview_answers, question_ranges
from .lexicon import (
    AGE_WORD,
    CLOCK_SUFFIXES,
    FIRST_PERSON_PRONOUNS,
    GENDERED_PRONOUNS,
    MONTHS,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    WEEKDAYS,
)
from .mentions import gender_of, logical_subject, unmarked_subjects
from .quotes import Quote, find_quotes, parser_text
from .references import link_apposed_denials, link_referential_denials, link_revisions
from .speech import HEARSAY_VERBS, Attribution, find_attributions

#: Texts are parsed in pieces of at most this many characters, cut at paragraph breaks, so memory
#: stays bounded on very long inputs.
CHUNK_CHARS = 20_000
_PARAGRAPH_BREAK = re.compile(r"\n")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, after a dateline ("JEDDAH, Sept. 9 (Wire) -") and
    after a unit that ends a sentence ("winds of 185 km/h. Gusts"), so headlines, datelines,
    paragraphs and sentences never join one parse (the parser keeps sentence starts already set)."""
    paragraph_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            paragraph_start = token.i
        elif (
            _ends_dateline(doc, previous, paragraph_start)
            or _unit_ends_sentence(previous, token)
            or _clock_time_ends_sentence(previous, token)
            or _reported_after_semicolon(previous, token)
        ):
            token.is_sent_start = True
    return doc


def _reported_after_semicolon(semicolon: Token, following: Token) -> bool:
    """'... three people had been arrested on Tuesday; on Thursday, he said, the number had risen
    to 11': a clause after a semicolon with its own speech verb is its own report."""
    if semicolon.text != ";":
        return False
    for token in following.doc[following.i : following.i + 12]:
        if token.text in {";", ".", "!", "?"} or "\n" in token.text:
            return False
        if token.lower_ in _REPORTING_FORMS and token.tag_ in {"VBD", "VBZ", "VBP", "VBN"}:
            return True
    return False


#: Past and present forms of the commonest speech verbs (tags are set here, lemmas are not yet).
_REPORTING_FORMS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "insisted", "insists", "warned", "warns", "denied", "denies"}
    | {"claimed", "claims", "argued", "argues", "stated", "states", "announced", "announces", "reported"}
)


def _unit_ends_sentence(unit: Token, following: Token) -> bool:
    """'185 km/h. Gusts': the tokenizer keeps the full stop on a unit ('h.'), so the parser reads
    one sentence on; abbreviations that precede names ('Dr.', 'U.S.') are never units."""
    return (
        unit.text[:-1].lower() in _UNITS
        and unit.text.endswith(".")
        and following.is_title
        and unit.i > 0
        and (unit.doc[unit.i - 1].text == "/" or unit.doc[unit.i - 1].like_num)
    )


def _clock_time_ends_sentence(time: Token, following: Token) -> bool:
    """'shortly after 2 a.m. He was a father of two': the full stop of 'a.m.' also ends the
    sentence when a capitalised word follows ('Under cross-examination, ...'), other than a day,
    month or time zone ('2 p.m. Tuesday' and '9 a.m. Eastern' go on)."""
    return (
        time.lower_ in CLOCK_SUFFIXES
        and following.is_title
        and following.lower_ not in WEEKDAYS | MONTHS | _ZONE_WORDS
        and following.text not in TIME_ZONES
    )


#: Words that name a time zone after a clock time ('9 a.m. Eastern', '3 p.m. local time').
_ZONE_WORDS = frozenset({"eastern", "central", "pacific", "mountain", "atlantic", "local", "et", "pt", "ct", "mt"})
_UNITS = frozenset({"h", "km", "kph", "mph", "m", "cm", "mm", "kg", "g", "lb", "lbs", "ft", "mi", "kw", "mw", "gw"})


def _dateline_place(ent: SpacySpan) -> bool:
    """'NORTHGATE, Nov 12 - ...': the place a dateline opens a paragraph with, in capitals; the
    tagger may take it for an organisation."""
    doc = ent.doc
    opens = ent.start == 0 or "\n" in doc[ent.start - 1].text
    return opens and ent.text.isupper() and ent.end < len(doc) and doc[ent.end].text == ","


def _ends_dateline(doc: Doc, token: Token, paragraph_start: int) -> bool:
    """A spaced dash early in a paragraph that opens with a place name in capitals or with an
    agency's credit, or an agency's credit in brackets after a place and a comma ('Rewa, Jun 14
    (PTI) Chief Minister ...')."""
    first = doc[paragraph_start]
    if token.i - paragraph_start >= 16:
        return False
    if token.text in {"-", "--", "—", "–"}:
        # 'ORAVA, March 4 - ...', or an agency's credit alone: '(Bloomberg) -- Halvorsen Group ...'
        credit = first.text == "(" and token.i == paragraph_start + 3 and doc[token.i - 1].text == ")"
        # ('AL-NAHRA — ...': the place's first word may be hyphenated)
        word = next(iter(doc.text[first.idx : token.idx].split(maxsplit=1)), "").strip(",")
        return bool(token.whitespace_) and ((word.isupper() and len(word) > 2) or credit)
    return (
        token.text == ")"
        and token.i - paragraph_start >= 4
        and doc[token.i - 2].text == "("
        and doc[token.i - 1].text[:1].isupper()
        and first.text[:1].isupper()
        and doc[paragraph_start + 1].text == ","
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text[:1].isupper()
    )


@cache
def load_spacy(name: str = DEFAULT_SPACY_MODEL) -> Language:
    """Load a spaCy pipeline once per process, with line breaks as sentence boundaries."""
    nlp = spacy.load(name)
    nlp.tokenizer.token_match = AGE_WORD.fullmatch
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _relayed_in_questions(attributions: list[Attribution], questions: list[tuple[int, int]]) -> list[Attribution]:
    """An interviewer's question claims nothing itself, but what it says another party said is that
    party's claim ('Q: The ministry told us the task force has met four times. Is that true?');
    what it puts to the interviewee ('You have said that P') or says as the outlet is not."""
    return [
        a
        for a in attributions
        if not any(s <= a.start < e for s, e in questions)
        or (a.speaker is not None and a.speaker.lower_ not in FIRST_PERSON_PRONOUNS | {"you"})
    ]


class ClaimExtractor:
    """Finds attributed claims and resolves their speakers; load once, use for many documents."""

    def __init__(self, spacy_model: str = DEFAULT_SPACY_MODEL, *, processes: int = 1) -> None:
        self.nlp = load_spacy(spacy_model)
        self.spacy_model = spacy_model
        #: Parser processes for multi-document inputs; parsing is most of extraction's time and
        #: spaCy runs it on one core, so a corpus on N cores extracts up to N times faster.
        self.processes = max(1, processes)

    def extract(
        self,
        documents: Iterable[Document],
        *,
        skipped: Iterable[Skipped] = (),
        progress: Callable[[int], None] | None = None,
        on_claim: Callable[[Claim, SpacySpan], None] | None = None,
        on_parse: Callable[[Document, int, Doc], None] | None = None,
    ) -> ClaimsResult:
        """Extract claims from every document; actors are merged across documents by name.

        ``on_claim`` sees each claim stated in one stretch of text with its tokens while the parse
        is still in memory, so later stages can reuse the parse instead of parsing the claim again;
        ``on_parse`` sees each parsed piece of a document with the offset it starts at.
        """
        documents = unique_ids(documents)
        pieces = [list(_chunks(d.text, CHUNK_CHARS)) for d in documents]
        # Quotes are read off the text as written (curly marks say which way they face), once
        # for the parser's text and the attributions both.
        quotes = [[find_quotes(d.text[s:e]) for s, e in spans] for d, spans in zip(documents, pieces, strict=True)]
        texts = (
            parser_text(d.text[s:e], found)
            for d, spans, in_pieces in zip(documents, pieces, quotes, strict=True)
            for (s, e), found in zip(spans, in_pieces, strict=True)
        )
        # Pieces are parsed lazily, in batches of about CHUNK_CHARS characters: batching short
        # articles parses them about 15% faster, while batching 20,000-character pieces would
        # triple peak memory for no gain.
        count = sum(map(len, pieces))
        processes = self.processes if count >= 2 * self.processes else 1
        parsed = self.nlp.pipe(texts, batch_size=_batch_size(documents, count), n_process=processes)
        claims: list[Claim] = []
        actors = _ActorTable()
        for document, spans, in_pieces in zip(documents, pieces, quotes, strict=True):
            docs = zip((s for s, _ in spans), islice(parsed, len(spans)), in_pieces, strict=True)
            claims.extend(self._document_claims(document, docs, actors, on_claim, on_parse))
            if progress is not None:
                progress(1)
        return ClaimsResult(
            documents=tuple(documents), actors=tuple(actors.actors()), claims=tuple(claims), skipped=tuple(skipped)
        )

    def _document_claims(
        self,
        document: Document,
        parsed: Iterable[tuple[int, Doc, list[Quote]]],
        actors: _ActorTable,
        on_claim: Callable[[Claim, SpacySpan], None] | None = None,
        on_parse: Callable[[Document, int, Doc], None] | None = None,
    ) -> Iterator[Claim]:
        """Claims of one document from its parsed pieces (each with its start offset and quotes)."""
        text = document.text
        excluded = boilerplate_ranges(text) + headline_ranges(text)
        credits = credit_ranges(text)
        questions = question_ranges(text)
        resolver = ActorResolver()
        pending: list[tuple[Claim, int]] = []
        denials: dict[str, int] = {}  # claim id -> start of the claim it denies by apposition
        tokens: dict[str, SpacySpan] = {}
        for start, doc, quotes in parsed:
            if on_parse is not None:
                on_parse(document, start, doc)
            local_excluded = [(s - start, e - start) for s, e in excluded]
            attributions = find_attributions(doc, quotes, local_excluded)
            attributions = _relayed_in_questions(attributions, [(s - start, e - start) for s, e in questions])
            attributions += interview_answers(doc)
            speakers = _resolve_speakers(
                doc, start, attributions, resolver, [(s - start, e - start) for s, e in credits]
            )
            for attribution, entry in zip(attributions, speakers, strict=True):
                claim = self._claim(document, attribution, start, doc, len(pending) + 1)
                pending.append((claim, entry))
                if attribution.denies is not None:
                    denials[claim.id] = attribution.denies[0] + start
                if on_claim is not None and len(claim.segments) == 1:
                    span = doc.char_span(claim.start - start, claim.end - start)
                    if span is not None:
                        tokens[claim.id] = span
        later = resolver.named_later()
        entries = [resolver.entries[later.get(entry, entry)] for _, entry in pending]
        names = [{entry.name.lower(), entry.surname, *(a.lower() for a in entry.aliases)} for entry in entries]
        apposed = link_apposed_denials([claim for claim, _ in pending], denials)
        linked = link_referential_denials(apposed, [entry for _, entry in pending], names)
        linked = link_revisions(linked, [entry for _, entry in pending])
        # Actors are named once the whole document is read ("Trump" may become "Donald Trump").
        for claim, entry in zip(linked, entries, strict=True):
            actor = actors.add(entry)
            claim = claim.model_copy(update={"actor": actor.name, "actor_id": actor.id})
            if claim.id in tokens:
                on_claim(claim, tokens[claim.id])  # type: ignore[misc]
            yield claim

    @staticmethod
    def _claim(document: Document, attribution: Attribution, offset: int, doc: Doc, number: int) -> Claim:
        """Build a claim from an attribution found in the piece of text starting at ``offset``;
        its actor fields are filled in when the document is finished."""
        text = document.text
        segments = tuple(Span(start=s + offset, end=e + offset) for s, e in attribution.segments)
        content = join_segments(text, segments)
        sentence = doc.char_span(attribution.start, attribution.start + 1, alignment_mode="expand")
        sent = sentence.sent if sentence is not None else doc[:]
        cue_start = attribution.cue_span[0] if attribution.cue_span[0] >= 0 else attribution.start
        raw_start = min(cue_start + offset, segments[0].start)
        raw_end = max(segments[-1].end, cue_start + offset)
        speaker = attribution.speaker
        speaker_span = None
        speaker_text = "it was reported" if attribution.media else ""
        if speaker is not None:
            phrase = mention_span(speaker)
            if partners := joint_speakers(speaker):  # 'Rehn and Vasko said': every name
                spans = [phrase, *(mention_span(p) for p in partners)]
                phrase = doc[min(s.start for s in spans) : max(s.end for s in spans)]
            speaker_text = phrase.text
            speaker_span = Span(start=phrase.start_char + offset, end=phrase.end_char + offset)
        return Claim(
            id=f"{document.id}:c{number}",
            doc=document.id,
            actor="",
            actor_id="",
            text=content,
            start=segments[0].start,
            end=segments[-1].end,
            segments=segments,
            sentence_start=sent.start_char + offset,
            sentence_end=sent.end_char + offset,
            cue=attribution.cue,
            cue_lemma=attribution.cue_lemma,
            kind=attribution.kind,  # type: ignore[arg-type]
            polarity=attribution.polarity,  # type: ignore[arg-type]
            proposition=_proposition(content, attribution),
            raw=Span(start=raw_start, end=raw_end),
            speaker=speaker_text,
            speaker_span=speaker_span,
            time=attribution.time,
        )


def join_segments(text: str, segments: tuple[Span, ...]) -> str:
    """The words of a claim's segments as one text. A segment that ends one sentence of a split
    quote ('... for the sake of a photograph,” he said. “A meeting of leaders ...') gets its full
    stop back, so the NLI model reads two sentences rather than one run-on."""
    content = text[segments[0].start : segments[0].end]
    for before, after in pairwise(segments):
        ended = content.rstrip("”\"'’ ").endswith((".", "?", "!"))
        if not ended and _ends_sentence(text[before.end : after.start]):
            content = content.rstrip(",;: ") + "."
        content += " " + text[after.start : after.end]
    return content


def _ends_sentence(gap: str) -> bool:
    """Whether the words between two segments of a quote end a sentence: '”, Lavrov said. “',
    not '”, said Mr. Smith, “' or '” the U.S. envoy said, “'."""
    return any(not (word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())) for word in _STOP_AFTER.findall(gap))


_STOP_AFTER = re.compile(r"(\w*)[.?!](?=\s)")
_ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr", "Rev"}
)


def _proposition(content: str, attribution: Attribution) -> str:
    """What the claim states, as a sentence the NLI model can read."""
    if attribution.polarity == "denied":
        return denied_proposition(content)
    if attribution.cue_lemma == "accuse" and attribution.kind == "indirect":  # 'accused Y of Z', not a quote
        return accused_proposition(content)
    if attribution.tally:
        return tally_proposition(content)
    return attribution.restated or content


def tally_proposition(content: str) -> str:
    """'put the death toll at 40' states that 'the death toll was 40', and 'revised the figure to
    9,800' that 'the figure was 9,800'."""
    for word in (" at ", " to "):
        figure, at, value = content.rpartition(word)
        if at:
            return f"{figure} was {value}"
    return content


def accused_proposition(content: str) -> str:
    """What an accusation states: 'accused the mayor of Linden of taking bribes' states that
    'the mayor of Linden was guilty of taking bribes'."""
    match = _ACCUSED.match(content) or _ACCUSED_OF_NOUN.match(content)
    if match is None:
        return content
    who = match.group("who")
    subject = _SUBJECT_FORMS.get(who.lower(), who)
    verb = "were" if subject.lower() in {"they", "we", "you"} else "was"
    return f"{subject} {verb} guilty of {match.group('what')}"


#: 'Y of doing X' (the first 'of' before a gerund), else 'Y of X' at the last 'of'.
_ACCUSED = re.compile(r"^(?P<who>.+?) of (?P<what>\w+ing\b.*)$", re.DOTALL)
_ACCUSED_OF_NOUN = re.compile(r"^(?P<who>.+) of (?P<what>.+)$", re.DOTALL)
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}


def denied_proposition(content: str) -> str:
    """What a denial rejects, as a plain statement: 'denied that any money had ever been paid'
    rejects 'some money had been paid'. The words that only fit under the negation ('any',
    'ever', 'at all') are rewritten so the NLI model reads a well-formed assertion."""
    text = _NPI_DROP.sub("", content)
    text = _NPI_ANY.sub(lambda m: ("S" if m.group(1) == "A" else "s") + "ome" + m.group(2), text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,")


#: Negative-polarity words a denied proposition drops or rewrites.
_NPI_DROP = re.compile(r",?\s*\b(?:at all|ever|whatsoever)\b", re.IGNORECASE)
_NPI_ANY = re.compile(r"\b([Aa])ny(one|body|thing|where|)\b")


def _name_gender(entry: ActorEntry) -> str:
    """The gender a person's first name clearly has ('Ruth Okonkwo-Blake' -> 'f'), else ''; a
    family name written first ('Jung Tae-yang') tells none."""
    words = entry.name.split()
    if entry.kind != "person" or len(words) < 2 or (len(words) == 2 and family_name_first(words)):
        return ""
    return gender_of_first_name(words[0])


#: Words that open what someone was asked: 'asked whether ...', 'asked about ...'.
_ASKED = frozenset({"whether", "if", "about", "why", "how", "when"})


def _asked_about(token: Token) -> bool:
    """'Asked whether the chancellor had been overruled, she replied: ...': who the question names
    is no more who 'she' means than someone named in what was said."""
    return any(
        a.lemma_.lower() == "ask"
        and (
            (a.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children))
            # 'Belonogov, asked whether Putin and Zelensky could meet, said ...'
            or (
                0 < a.i < token.i
                and a.doc[a.i - 1].text == ","
                and a.i + 1 < len(a.doc)
                and a.doc[a.i + 1].lower_ in _ASKED
            )
        )
        for a in token.ancestors
    )


def _resolve_speakers(
    doc: Doc,
    offset: int,
    attributions: list[Attribution],
    resolver: ActorResolver,
    credits: list[tuple[int, int]],
) -> list[int]:
    """Walk the text in order: register named mentions and resolve each speaker where it stands.

    Resolving in text order lets "he" and "the president" find the right earlier actor; names in
    photo ``credits`` ('(Rivermouth Echo/Staff)') are no one's.
    Returns the actor entry of each attribution, in the order given.
    """
    events: list[tuple[int, int, int]] = []  # (char offset, 0 = mention / 1 = speaker, index)
    # ('Magistrate Helen Pappas': the tagger may make the title an organisation of its own)
    named = [
        ent
        for ent in doc.ents
        if ent.label_ in {"PERSON", "ORG"}
        and ent.text.lower() not in TITLE_WORDS
        and not _dateline_place(ent)
        and not _inside_a_longer_name(ent)
        and not _title_before_a_name(ent)
        and not any(start <= ent.start_char < end for start, end in credits)
    ]
    resolver.places.update(
        ent.text
        for ent in doc.ents
        if ent.label_ in {"GPE", "LOC"} and " " not in ent.text and ent.root.head.lower_ in {"in", "near", "outside"}
    )
    mentions = named + unmarked_subjects(doc)
    events.extend((ent.start_char, 0, i) for i, ent in enumerate(mentions))
    for i, attribution in enumerate(attributions):
        # (an interview's answer is resolved where it stands, not where its speaker was introduced)
        speaker = attribution.speaker if attribution.cue_lemma != "answer" else None
        events.append((speaker.idx if speaker is not None else attribution.start, 1, i))
    # A name inside what someone said ('Solsky said Kyiv would keep shipping grain') is who a
    # following 'he said' refers to only when no speaker or narrative subject fits.
    contents = [segment for a in attributions for segment in a.segments]
    speakers = {a.speaker.i for a in attributions if a.speaker is not None}
    resolved = [0] * len(attributions)
    issued: dict[str, tuple[int, int]] = {}  # 'statement' -> (attribution, entry) last 'in a statement'
    for _, kind, index in sorted(events):
        if kind == 0:
            head = mentions[index].root
            said = any(start <= head.idx < end for start, end in contents) or _asked_about(head)
            subject = logical_subject(head)
            found = resolver.observe(
                mention_span(head),
                offset,
                subject=subject,
                reported=said,
                known_only=index >= len(named) and head.text[:1].isupper(),
            )
            # Only a subject's gender is read: 'Dunsany of Varnholm, who stood with her arms
            # folded' says nothing of Varnholm, nor 'Asked about Korvath's plan, she said' of Korvath.
            if found is not None and subject and not said:
                named_gender = _name_gender(resolver.entries[found])
                resolver.note_gender(found, gender_of(mentions[index], contents, speakers, named_gender))
            if found is not None:  # where the text gives none, the first name may: 'Tobias Grenfell'
                resolver.note_gender(found, _name_gender(resolver.entries[found]))
            continue
        attribution = attributions[index]
        if attribution.speaker is None:
            # 'it was reported that P' passes on the media's report; 'it is understood that P'
            # and 'It was announced that P' an unnamed source's
            source = "" if attribution.cue_lemma in HEARSAY_VERBS else "unnamed sources"
            resolved[index] = resolver.resolve_media(attribution.start + offset, source)
        elif (document := _the_document(attribution.speaker)) in issued and index - issued[document][0] <= 3:
            # 'X said in a statement that P. "...," the statement said': X's statement speaks for X.
            resolved[index] = issued[document][1]
        else:
            named_as = mention_span(speaker_head(attribution.speaker))
            # ('The councillor, who voted against, said she ...': of two councillors, the woman)
            role_gender = gender_of(named_as, contents, speakers) if named_as.root.pos_ == "NOUN" else ""
            resolved[index] = resolver.resolve_named_role(
                mention_span(attribution.speaker), named_as, offset, gender=role_gender
            )
            if named_as.root.lower_ not in GENDERED_PRONOUNS:
                named_gender = _name_gender(resolver.entries[resolved[index]])
                resolver.note_gender(resolved[index], gender_of(named_as, contents, speakers, named_gender))
            if partners := joint_speakers(attribution.speaker):
                members = [
                    resolved[index]
                    if word.i == attribution.speaker.i
                    else resolver.resolve_named_role(mention_span(word), mention_span(word), offset)
                    for word in sorted([attribution.speaker, *partners], key=lambda t: t.i)
                ]
                resolved[index] = resolver.resolve_joint(members, attribution.speaker.idx + offset)
        answered = attribution.start + offset if attribution.cue_lemma == "answer" else None
        resolver.spoke(resolved[index], answered)
        issued.update(dict.fromkeys(_documents_issued(doc, attribution), (index, resolved[index])))
    return resolved


def _title_before_a_name(ent: SpacySpan) -> bool:
    """'District Collector Smt. Priya Raghavan': the tagger made the title and honorific before a
    name an organisation of its own."""
    return ent.label_ == "ORG" and honorific(ent[-1])


def _inside_a_longer_name(ent: SpacySpan) -> bool:
    """'the Coordination of Humanitarian Affairs' in 'the U.N. Office for the Coordination of
    Humanitarian Affairs (OCHA)': the tagger's second entity is the end of the first's name."""
    prep = ent.root.head
    return (
        ent.label_ == "ORG"
        and ent.root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.ent_type_ == "ORG"
        and mention_span(prep.head).end >= ent.end > prep.i
    )


#: What a speaker issues and a later 'the statement said' refers back to.
_ISSUED = frozenset({"statement", "letter", "filing", "release", "email", "post", "note", "memo"})


def _the_document(speaker: Token | None) -> str:
    """'statement' for a speaker phrase that is just 'the statement', else ''."""
    if speaker is None or speaker.lemma_.lower() not in _ISSUED:
        return ""
    modifiers = [c for c in speaker.children if c.dep_ != "punct"]
    return speaker.lemma_.lower() if [c.lower_ for c in modifiers] == ["the"] else ""


def _documents_issued(doc: Doc, attribution: Attribution) -> list[str]:
    """Documents the speaker issued in the words around the cue: 'said in a statement',
    'wrote in a letter', 'issued a statement saying'."""
    if attribution.speaker is None or attribution.cue_span[0] < 0:
        return []
    cue = doc.char_span(attribution.cue_span[0], attribution.cue_span[1], alignment_mode="expand")
    if cue is None:
        return []
    return [
        t.lemma_.lower()
        for t in cue.sent
        if t.lemma_.lower() in _ISSUED
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        and not any(c.lower_ == "joint" for c in t.children)  # several issued it, not one speaker
        and (cue.root.i in {t.head.i, t.head.head.i} or cue.root.head.i == t.i)
    ]


class _ActorTable:
    """Actors across documents, merged by canonical name, with stable slug ids."""

    def __init__(self) -> None:
        self._by_key: dict[str, Actor] = {}

    def add(self, entry: ActorEntry) -> Actor:
        key = self._key(entry)
        known = self._by_key.get(key)
        if known is None:
            ids = {a.id for a in self._by_key.values()}
            actor_id = slugify(entry.name)
            suffix = 2
            while actor_id in ids:
                actor_id, suffix = f"{slugify(entry.name)}-{suffix}", suffix + 1
            known = entry.to_actor(actor_id)
        elif known.name.lower() != entry.name.lower():
            known = known.model_copy(
                update={
                    "aliases": tuple(dict.fromkeys([*known.aliases, entry.name, *entry.aliases])),
                }
            )
        else:
            known = known.model_copy(
                update={
                    "aliases": tuple(dict.fromkeys([*known.aliases, *entry.aliases])),
                    "titles": tuple(dict.fromkeys([*known.titles, *entry.titles])),
                }
            )
        self._by_key[key] = known
        return known

    def actors(self) -> list[Actor]:
        return list(self._by_key.values())

    def _key(self, entry: ActorEntry) -> str:
        """A person named by surname only in one document ("Trump") joins the one known person
        with that surname from another document ("Donald Trump"); an organisation's short form
        ("Helix") joins the one organisation it starts ("Helix Therapeutics"), and an acronym one
        document defined ("the Varda Disaster Management Agency (VDMA)") its organisation."""
        key = entry.name.lower()
        if key in self._by_key or entry.kind not in {"person", "organization"}:
            return key
        matches = [
            k
            for k, actor in self._by_key.items()
            if (actor.kind == "person" and " " not in key and k.split()[-1] == key)
            or (
                actor.kind == "organization"
                and (entry.kind == "organization" or " " not in key)
                and (short_form(entry.name, actor.name) or _same_acronym(entry.name, entry.aliases, actor))
            )
        ]
        return matches[0] if len(matches) == 1 else key


def _same_acronym(name: str, aliases: Sequence[str], known: Actor) -> bool:
    """One organisation's acronym is the other's name ('VDMA' / 'Varda Disaster Management Agency',
    which had '(VDMA)' after it)."""
    mine = {a for a in (name, *aliases) if a.isupper() and len(a) >= 2}
    return bool(mine & {known.name, *known.aliases})


def _batch_size(documents: list[Document], pieces: int) -> int:
    """How many pieces to parse together so a batch holds about CHUNK_CHARS characters."""
    mean_chars = sum(len(d.text) for d in documents) / max(pieces, 1)
    return max(1, min(16, int(CHUNK_CHARS // max(mean_chars, 1))))


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into ``[start, end)`` pieces of about ``size`` characters at line breaks."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, end
        start = end
