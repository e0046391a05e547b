"""Find attributions in a parsed text: direct quotes and reported speech.

Input is a spaCy ``Doc`` plus the quoted passages found in its text; output is a list of
:class:`Attribution` records with character spans, the cue and the speaker's head token. Speaker
resolution happens afterwards (``actors.py``), so this module only answers "which words were said,
and which noun phrase said them".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    AGE_WORD,
    ANONYMOUS_HEADS,
    CLAIM_NOUNS,
    CLOCK_SUFFIXES,
    CORRECTING_CUES,
    CORRECTING_VERBS,
    CUE_NOUNS,
    DENIAL_VERBS,
    EVIDENCE_NOUNS,
    FIRST_PERSON_PRONOUNS,
    GROUP_NOUNS,
    LISTENER_NOUNS,
    MEMBER_WORDS,
    MONTHS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    RELATIVE_WORDS,
    REVISED_NOUNS,
    REVISING_VERBS,
    SPEECH_VERBS,
    TALLY_NOUNS,
    TALLY_VERBS,
    TITLE_WORDS,
    WEEKDAYS,
)
from .mentions import verb_misread_as_modifier
from .quotes import CLOSING, MIN_QUOTE_WORDS, OPENING, Quote

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SPEAKER_NOUNS = (
    PERSON_ROLE_NOUNS
    | ORG_ROLE_NOUNS
    | GROUP_NOUNS
    | {
        "statement",
        "report",
        "study",
        "survey",
        "poll",
        "document",
        "filing",
        "letter",
        "memo",
        "post",
        "ruling",
        "verdict",
        "lawsuit",
        "complaint",
        "indictment",
        "data",
    }
)
_TIME_LABELS = frozenset({"DATE", "TIME"})
_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b|\baged?\b", re.IGNORECASE)
_ASIDE_MARKS = frozenset({"while", "whereas", "although", "though", "even"})
#: Cues whose content is what the speaker undertakes to do: 'pledged to double the permits'.
_PROMISES = frozenset({"pledge", "promise", "vow", "threaten", "agree", "refuse"})
#: Bodies that 'hear' evidence: 'the court heard that P' reports what was put to it.
_HEARING_BODIES = frozenset({"court", "jury", "tribunal", "inquiry", "inquest", "hearing", "committee", "panel"})
#: Words that open a clause of time ('after the result was announced').
_TIME_MARKS = frozenset({"after", "before", "when", "once", "until", "since", "as"})
#: The end of a sentence: a stop followed by a space or the end of the text.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: Content that opens with one of these is a question the speaker was asked or declined to
#: answer ("declined to say whether ..."), not a claim.
_QUESTION_WORDS = frozenset({"what", "whether", "how", "why", "when", "where", "who", "which", "if"})
_STRIP_EDGE = frozenset({"that", "and", "but", "or", ",", ";", ":", "-", "—", "–", "to"})


@dataclass(frozen=True)
class Attribution:
    """Who said which words: spans are character offsets into ``Doc.text``."""

    segments: tuple[tuple[int, int], ...]
    cue: str
    cue_lemma: str
    cue_span: tuple[int, int]
    kind: str
    polarity: str
    speaker: Token | None
    media: bool = False
    time: str | None = None
    #: A figure put at a number ('put the death toll at 40'), stated as 'the death toll was 40'.
    tally: bool = False
    #: The content span of the claim this one denies by apposition ('X said P, a claim Y denied').
    denies: tuple[int, int] | None = None
    #: What the claim states where its words are not a sentence ('called the protests an attempt
    #: to seize power' -> 'the protests were an attempt to seize power').
    restated: str | None = None

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def doc_text(doc: Doc) -> str:
    """The parsed text, read once: spaCy rebuilds ``Doc.text`` from every token on each access,
    which made span cleaning quadratic in the length of a piece."""
    text = doc.user_data.get("consistency_text")
    if text is None:
        text = doc.user_data["consistency_text"] = doc.text
    return text


def find_attributions(doc: Doc, quotes: list[Quote], excluded: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in ``doc``: direct quotes first, then reported speech around them."""
    text = doc_text(doc)
    for sentence in doc.sents:
        _retag_trailing_cue(sentence.root)
    statements = [
        q
        for i, q in enumerate(quotes)
        if (
            _quote_words(doc, q) >= MIN_QUOTE_WORDS
            or _splits_a_sentence(text, q, quotes[i + 1 : i + 2])
            or (i > 0 and _splits_a_sentence(text, quotes[i - 1], [q]) and text[q.start : q.start + 1].islower())
            or _whole_sentence(text, q)
            or _LABEL_LEAD.search(text, max(0, q.open_mark - 40), q.open_mark)
        )
        and not _inside(q.start, excluded)
    ]
    direct = list(_direct_quotes(doc, statements))
    quoted = [(q.start, q.end) for q in statements]
    reported = [a for a in _reported_speech(doc, quoted) if not _inside(a.start, excluded)]
    # 'An external supplier had carried out an update which had "not gone as planned", she added':
    # the cue reports the whole sentence, of which the quote is a fragment.
    # 'She added that P: "Even if ..., a walk is good for your heart."': the sentence quoted after
    # the colon is her words as she said them, and P ends at the colon.
    shown = [d for d in direct if _sentence_after_colon(text, d)]
    reported = [_before_shown_quote(text, a, shown) for a in reported]
    direct = [d for d in direct if d in shown or not any(_quotes_a_fragment(doc, d, a) for a in reported)]
    used_cues = {a.cue_span for a in direct}
    # A cue that introduced a quote can also report words outside it: 'P, Kambare said, "not a
    # selection, not a gesture"'.
    indirect = [
        a
        for a in reported
        if a.cue_span not in used_cues or not any(s < qe and qs < e for s, e in a.segments for qs, qe in quoted)
    ]
    attributions = direct + indirect + _quotes_after_reported_speech(doc, statements, direct, indirect)
    return _drop_nested(_after_other_claims(doc, attributions))


#: Words that open a clause setting another claim against the one before: '..., though the
#: organisers claimed P'.
_COUNTERING = frozenset({"though", "although", "while", "whereas", "but"})

#: Words that open a clause of circumstance: 'as strikes killed at least 19 people'.
_CIRCUMSTANCE = frozenset({"as", "while", "when", "after", "amid"})


def _after_other_claims(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """'Hamas said that A, but Israel's office denied reports that B, as strikes killed at least 19
    people, according to the civil defence agency': a closing 'according to X' vouches for the
    clause after the other speakers' claims ('strikes killed at least 19 people'), not for their
    words, and that clause is no part of what the last of them said. A closing 'according to X'
    after one speaker's words alone ('She revised the figure, saying 85,000 had taken part,
    according to a count by volunteers') names that speaker's source, not another speaker. An
    opening 'according to X' is cut by :func:`_before_other_claims`."""
    out = list(attributions)
    sources_of_speakers: set[int] = set()
    for k, source in enumerate(out):
        if source.kind != "according_to" or len(source.segments) != 1:
            continue
        start, end = source.segments[0]
        if source.cue_span[0] < start:
            out[k] = _before_other_claims(doc, source, out)
            continue
        inner = [j for j, o in enumerate(out) if j != k and o.kind != "according_to" and start <= o.cue_span[0] < end]
        if not inner:
            continue
        last = max(inner, key=lambda j: out[j].end)
        commas = [
            t
            for t in _tokens_between(doc, out[last].cue_span[1], end)
            if t.text == "," and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in _CIRCUMSTANCE
        ]
        if not commas:
            if not _witness(source.speaker):
                sources_of_speakers.add(k)
            continue
        clause = _clean_span(doc, _tokens_between(doc, doc[commas[-1].i + 2].idx, end), shortest=3)
        said = [(s, min(e, commas[-1].idx)) for s, e in out[last].segments if s < commas[-1].idx]
        if clause is None or not said:
            continue
        out[k] = replace(source, segments=(clause,))
        out[last] = replace(out[last], segments=tuple(said))
    return [attribution for k, attribution in enumerate(out) if k not in sources_of_speakers]


def _witness(source: Token) -> bool:
    """Whether an 'according to' source could have heard what another speaker said: people, an
    organisation, unnamed sources ('according to two people who attended'), not a count, a
    record or a page ('according to a count by volunteers'), which only documents it."""
    return (
        source.pos_ in {"PROPN", "PRON"}
        or source.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or source.lemma_.lower() in PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS | GROUP_NOUNS | ANONYMOUS_HEADS
    )


def _before_other_claims(doc: Doc, source: Attribution, attributions: list[Attribution]) -> Attribution:
    """'According to the district police, around 45,000 people attended, though the organisers
    claimed the turnout was well over one lakh': an opening 'according to X' ends where a clause
    reporting someone else's claim begins."""
    start, end = source.segments[0]
    cues = [o.cue_span[0] for o in attributions if o is not source and start <= o.cue_span[0] < end]
    if not cues:
        return source
    clause = _tokens_between(doc, min(cues), min(cues) + 1)[0].left_edge
    # ('According to the official, Mercer signed off after economists warned him that P': a claim
    # told as part of the event stays inside.)
    if clause.lower_ not in _COUNTERING or clause.idx <= start:
        return source
    span = _clean_span(doc, _tokens_between(doc, start, clause.idx), shortest=3)
    return replace(source, segments=(span,)) if span is not None else source


def _sentence_after_colon(text: str, direct: Attribution) -> bool:
    """A direct quote that is a whole sentence right after a colon."""
    if len(direct.segments) != 1:
        return False
    start, end = direct.segments[0]
    inner = text[start:end].strip()
    lead = text[max(0, start - 40) : start].rstrip(" “\"‘'")
    # ('... messages, one of which read: "..."': a quote some other text introduces is not hers)
    introduced = re.search(r"\b(?:read|reads|said|says|wrote|writes|stated|states)\s*:$", lead)
    return (
        lead.endswith(":")
        and introduced is None
        and inner[:1].isupper()
        and inner.rstrip("”\"’'")[-1:] in {".", "!", "?"}
    )


def _before_shown_quote(text: str, report: Attribution, shown: list[Attribution]) -> Attribution:
    """``report`` ending at the colon before a quote it ran into, with the same cue."""
    if len(report.segments) != 1:
        return report
    start, end = report.segments[0]
    for quote in shown:
        if quote.cue_span == report.cue_span and start < quote.segments[0][0] <= end + 1:
            colon = text.rfind(":", start, quote.segments[0][0])
            if colon > start:
                return replace(report, segments=((start, colon),))
    return report


def _quotes_a_fragment(doc: Doc, direct: Attribution, report: Attribution) -> bool:
    """Whether ``report``, by the same cue, is a clause that covers the direct quote and at least
    three words of the writer's before it, or the 'to' of a demand: the quote is a fragment of
    what is reported (unlike a label: 'called the suit "meritless"')."""
    if direct.cue_span != report.cue_span or len(direct.segments) != 1 or len(report.segments) != 1:
        return False
    (start, end), (report_start, report_end) = direct.segments[0], report.segments[0]
    if not (report_start < start and end <= report_end + 1):
        return False
    lead = _tokens_between(doc, report_start, start)
    words = [t for t in lead if not t.is_punct]
    if len(words) >= 2 and words[-1].lower_ == "to" and not any("\n" in t.text for t in lead):
        return True  # 'called on Washington to "match its words with deeds"': the quote ends the demand
    return (
        len(words) >= 3
        and not any("\n" in t.text for t in lead)
        and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in lead)
    )


def _whole_sentence(text: str, quote: Quote) -> bool:
    """'... Poole said, standing beside a truck. "Not ever."', 'the spokesman said: "Yes.
    Absolutely."', '"We go again," Okafor said.': a short quote that opens a sentence and ends
    as one (or at the comma before its attribution) is speech, not a quoted label."""
    inner = text[quote.start : quote.end].strip()
    before = text[paragraph_start(text, quote.open_mark) : quote.open_mark].rstrip()
    return (
        inner[:1].isupper()
        and inner[-1:] in {".", "!", "?", ","}
        and (not before or before.endswith((".", "!", "?", '"', ":")))
    )


def _splits_a_sentence(text: str, quote: Quote, following: list[Quote]) -> bool:
    """'"We will not," she said in a video address, "hand this country back."': a short first part
    that the attribution cuts off mid-sentence, with the rest quoted in the same paragraph."""
    if quote.close_mark is None or not following or text[quote.close_mark - 1] != ",":
        return False
    between = text[quote.close_mark + 1 : following[0].open_mark]
    # '"Never," he said. "Not once."': a short answer whose speaker goes straight on
    return _same_stretch(between) and between.rstrip().endswith((",", "."))


def _same_stretch(between: str) -> bool:
    """Whether the words between two quotes keep them in one sentence's reach: the same
    paragraph, and no more than an attribution's length apart."""
    return "\n" not in between and len(between) <= 150


def _quotes_after_reported_speech(
    doc: Doc, quotes: list[Quote], direct: list[Attribution], indirect: list[Attribution]
) -> list[Attribution]:
    """'Bell said he had lived there for eleven years. "Nobody has tested those detectors."': a
    quote with no cue of its own that opens a sentence right after reported speech, in the same
    paragraph, goes on with that speaker's words (also after 'P, the minister said.')."""
    text = doc_text(doc)
    found = []
    for quote in quotes:
        if any(s <= quote.start < e for a in direct for s, e in a.segments):
            continue
        paragraph = paragraph_start(text, quote.open_mark)
        if not text[paragraph : quote.open_mark].rstrip().endswith((".", "!", "?")):
            continue
        before = [a for a in indirect if a.start >= paragraph and a.end <= quote.open_mark]
        if before:
            last = max(before, key=lambda a: a.end)
            # Past the mark that closes the claim's own words ('"He was lucky," she told ...').
            between = text[last.end : quote.open_mark].lstrip("," + "".join(CLOSING))
            pieces = _paragraph_pieces(text, quote.start, quote.end)
            if (
                len(_SENTENCE_END.findall(between)) == 1
                and not any(mark in between for mark in OPENING)
                and not _only_questions(text, pieces)
            ):
                found.append(_with_segments(last, pieces))
    return found


# -- direct quotes ----------------------------------------------------------------------------


def _direct_quotes(doc: Doc, quotes: list[Quote]) -> Iterator[Attribution]:
    text = doc_text(doc)
    consumed: set[int] = set()
    last: Attribution | None = None
    for index, quote in enumerate(quotes):
        if index in consumed:
            continue
        after = _attribution_after(doc, quote, quotes[index + 1] if index + 1 < len(quotes) else None)
        before = None if after else _attribution_before(doc, quote)
        found = after or before
        segments = _paragraph_pieces(text, quote.start, quote.end)
        if after is not None and index + 1 < len(quotes):
            following = quotes[index + 1]
            if _is_continuation(doc, after, following, quotes[index + 2] if index + 2 < len(quotes) else None):
                continued = _paragraph_pieces(text, following.start, following.end)
                # A question is left out of the claim its answer makes ('"Who told you ...?" he
                # shouted. "Tonight you answered them."').
                segments = continued if _only_questions(text, segments) else segments + continued
                consumed.add(index + 1)
        if found is None:
            if last is not None and _stands_alone(text, quote) and quote.start - last.end < 1200:
                last = _with_segments(last, segments)
                if not _only_questions(text, segments):
                    yield last
            continue
        cue, speaker = found
        if speaker is not None and speaker.lower_ in FIRST_PERSON_PRONOUNS:
            # ('A: I would say, "Come to a performance."': a quote inside another's words, or the
            # writer's own, as with reported speech)
            continue
        last = Attribution(
            segments=tuple(_trim(text, s, e) for s, e in segments),
            cue=_cue_text(cue),
            cue_lemma=cue.lemma_.lower(),
            cue_span=(cue.idx, cue.idx + len(cue.text)),
            kind="direct",
            polarity="denied" if cue.lemma_.lower() in DENIAL_VERBS and not _named_as(text, quote) else "asserted",
            speaker=speaker,
            time=_stated_time(doc, cue, segments),
        )
        if not _only_questions(text, segments):
            yield last


def _named_as(text: str, quote: Quote) -> bool:
    """'dismissed the allegations as "a desperate smear"': the quote is what the speaker calls
    what they deny, said as their own words, not denied."""
    return _AS_BEFORE.search(text, max(0, quote.start - 12), quote.start) is not None


_AS_BEFORE = re.compile(r"\bas\s*[\"“‘']?\s*$")


def _only_questions(text: str, segments: list[tuple[int, int]]) -> bool:
    """'"What are they going to do, fine me for telling the truth?"': a quote that only asks
    claims nothing; it still tells who speaks the quotes that follow."""
    sentences = [s.strip(" \n\"'“”‘’") for s in _QUOTED_SENTENCE.findall(" ".join(text[a:b] for a, b in segments))]
    return bool(sentences) and all(s.endswith("?") and _ASKING.match(s) for s in sentences)


#: How a question opens ('But then I think, who will do it?' states a thought).
_ASKING = re.compile(
    r"(?:who|what|why|how|when|where|which|whose|is|are|was|were|will|would|do|does|did|can|could|should|have|has)\b",
    re.IGNORECASE,
)
#: The sentences of a quote, each with its closing marks.
_QUOTED_SENTENCE = re.compile(r"[^.!?]*\w[^.!?]*[.!?]*[\"'“”‘’]*")


def _attribution_after(doc: Doc, quote: Quote, following: Quote | None) -> tuple[Token, Token | None] | None:
    """'"...," X said' / '"...," said X' / '"...," he told reporters'."""
    if quote.close_mark is None:
        return None
    text = doc_text(doc)
    stop = paragraph_end(text, quote.close_mark)
    if following is not None:
        stop = min(stop, following.open_mark)
    after = _tokens_between(doc, quote.close_mark + 1, stop)
    # '... should "at least be willing to listen" to offers. Nordhaven didn't respond to ...': the
    # sentence the quote stands in ends at its full stop; a cue after it speaks of other things.
    end = next((t.i for t in after[1:] if t.text in {".", "?", "!"}), None)
    if end is not None:
        after = [t for t in after if t.i < end]
    window = after[:14]
    # 'it remained "committed to an outcome" and would make no comment while talks continued':
    # a quoted phrase inside a sentence that goes on is not attributed by the words after it.
    # '... would release more details "in the coming days." Maddox did not respond to ...': a
    # full stop closes the sentence the quote ends; what follows is no attribution of it.
    if window and (window[0].lower_ in {"and", "but", "or"} or window[0].text == "."):
        return None
    if not window or (
        window[0].is_sent_start
        and window[0].text[:1].isupper()
        and (text[quote.close_mark - 1] == "." or not any(_is_cue(t) for t in window[:4]))
    ):
        return None
    for token in window[:10]:
        if _is_cue(token) and not _acts_or_asks(token):
            own = _content(token)[0]
            # ('"The evidence will show," she said, "that he lied."': what it reports is the rest
            # of the quote)
            rest_of_quote = following is not None and own and own[0].idx > following.open_mark
            if own and own[0].i > token.i and not _absolute_phrase(token, own) and not rest_of_quote:
                return None  # the cue reports something else: '..." He accused Y of Z'
            speaker = _speaker_of(token)
            if speaker is not None and quote.open_mark < speaker.idx < quote.close_mark:
                speaker = None  # a name inside the quote is talked about, not who speaks it
            speaker = speaker or _speaker_after(token)
            if speaker is not None:
                return token, speaker
    # '"...," Dr. Priya Venkataraman, an infectious disease specialist at Lakeshore Children's
    # Hospital in Cleveland, told CNN': a long speaker phrase that starts right after the quote.
    cue = next((t for t in after[10:40] if _is_cue(t)), None)
    speaker = _speaker_of(cue) if cue is not None else None
    if speaker is not None and speaker.left_edge.i == window[0].i and cue.sent.start <= window[0].i:
        return cue, speaker
    return None


def _acts_or_asks(cue: Token) -> bool:
    """'The state has agreed to cover half' (an act), 'Residents demanded to know why ...' (a
    question): a cue verb with an infinitive that says nothing true or false."""
    wanted = [c.lemma_.lower() for c in cue.children if c.dep_ == "xcomp"]
    lemma = cue.lemma_.lower()
    return (lemma == "agree" and bool(wanted)) or (lemma == "demand" and "know" in wanted)


def _attribution_before(doc: Doc, quote: Quote) -> tuple[Token, Token | None] | None:
    """'X said: "..."' / 'X added, "..."' / 'telling reporters that "..."'."""
    text = doc_text(doc)
    start = paragraph_start(text, quote.open_mark)
    lead = text[start : quote.open_mark].rstrip()
    if not lead:
        # 'He described the search as frustrating:' closing the paragraph above the quote
        previous = text[:start].rstrip()
        if not previous.endswith(":"):
            return None
        start = paragraph_start(text, len(previous) - 1)
        lead = text[start : len(previous)]
    tokens = _tokens_between(doc, start, start + len(lead))
    # 'called the suit "a shameless attempt ..."', 'dismissed the attack as "a desperate lie"': the
    # quoted label is the speaker's own words.
    naming = lead[-1] not in ":,—-" and not lead.lower().endswith("that")
    if naming and not any(t.lemma_.lower() in _NAMING_VERBS for t in tokens[-8:]):
        return None
    for token in reversed(tokens[-8:]):
        if (_is_cue(token) or (naming and token.lemma_.lower() in _TRIBUTES)) and (
            not naming or token.lemma_.lower() in _NAMING_VERBS
        ):
            speaker = _speaker_of(token) or _speaker_after(token)
            if speaker is not None and speaker.idx < quote.open_mark:  # never a word of the quote
                return token, speaker
    return _colon_lead_in(tokens) if lead.endswith(":") else None


def _colon_lead_in(tokens: list[Token]) -> tuple[Token, Token] | None:
    """'Katarina Holm was blunt: "..."', 'Amina Yusuf put it more bluntly: "..."': a clause with
    no speech verb that introduces a quote with a colon; its subject speaks, if it names someone."""
    sentence = [t for t in tokens if t.sent.start == tokens[-1].sent.start] if tokens else []
    colon = sentence[-1].i if sentence else -1
    # The clause's own verb: the parser may hang it on a verb inside the quote.
    verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"} and (t.head.i > colon or t.head.i == t.i)]
    if not verbs:
        return None
    subject = next((c for c in verbs[-1].children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    named = (
        subject.pos_ == "PROPN"
        or subject.lower_ in {"he", "she"}
        or subject.lemma_.lower() in PERSON_ROLE_NOUNS
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
    )
    return (verbs[-1], subject) if named and _plausible_speaker(subject) else None


def _is_continuation(doc: Doc, after: tuple[Token, Token | None], following: Quote, next_quote: Quote | None) -> bool:
    """'"A," he said, "B."' or '"A," he said. "B."': the quote goes on after its attribution,
    in the same paragraph, and the second part has no speaker of its own (in '"A," he said. "B,"
    she said, "C."' B has hers)."""
    text = doc_text(doc)
    cue, speaker = after
    anchor = max(cue.idx + len(cue.text), speaker.idx + len(speaker.text) if speaker else 0)
    between = text[anchor : following.open_mark]
    if not _same_stretch(between) or any(mark in between for mark in OPENING):
        return False
    # The second quote has its own attribution ("she said: ..."); a verb in a clause describing
    # the scene ('sitting in a room that she calls the fishbowl') is none.
    if any(_is_cue(t) and t.dep_ not in {"relcl", "acl"} for t in _tokens_between(doc, anchor, following.open_mark)):
        return False
    if between.rstrip().endswith((",", ":", "—", "–")):
        return True
    return between.rstrip().endswith(".") and _attribution_after(doc, following, next_quote) is None


def _stands_alone(text: str, quote: Quote) -> bool:
    """A quote that fills its paragraph continues the previous speaker's words."""
    start = paragraph_start(text, quote.open_mark)
    end = paragraph_end(text, quote.close_mark if quote.close_mark is not None else quote.end)
    outside = text[start : quote.open_mark] + text[(quote.close_mark or quote.end) + 1 : end]
    return len(outside.strip(" .,")) == 0


def _paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote running over paragraphs, one piece per paragraph: the line break and the mark that
    reopens the quote ('... in May.\n"After that ...') are not the speaker's words."""
    pieces, piece_start = [], start
    for reopened in _REOPENED.finditer(text, start, end):
        pieces.append(_trim(text, piece_start, reopened.start()))
        piece_start = reopened.end()
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if e > s]


_REOPENED = re.compile(r"\s*\n\s*[“\"]")


def _with_segments(previous: Attribution, segments: list[tuple[int, int]]) -> Attribution:
    """A quote that continues the previous speaker's words: same speaker, cue and time. The cue
    span is negated so it never collides with a real cue position."""
    return replace(
        previous,
        segments=tuple(segments),
        cue_span=(-segments[0][0], -segments[0][1]),
        kind="direct",
        polarity="asserted",
    )


# -- reported speech --------------------------------------------------------------------------


def _reported_speech(doc: Doc, quoted: list[tuple[int, int]]) -> Iterator[Attribution]:
    for token in doc:
        if _inside(token.idx, quoted):
            continue
        if (token.lower_ == "according" or _per_source(token)) and token.dep_ == "prep":
            found = _according_to(doc, token)
            if found is not None:
                yield found
        elif _is_cue(token) and not _report_inside_claim(token) and not _asked(token):
            yield from _speech_verb(doc, token)


def _asked(cue: Token) -> bool:
    """A cue in a yes-no question ('Were vice-chancellors promised the cuts would be reversed?',
    'Did the minister say P?'): what is asked is no one's claim."""
    sentence = cue.sent
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if len(words) > 1 and words[0].text in {"Q", "Question"} and words[0].nbor(1).text == ":":
        words = words[1:]  # 'Q: Were vice-chancellors promised ...?'
    return bool(words) and words[0].pos_ == "AUX" and words[0].i < cue.i and sentence.text.rstrip().endswith("?")


def _report_inside_claim(token: Token) -> bool:
    """A cue that is part of what someone else reported, not a report of its own: a participle
    joined to its clause with no comma ('she had received an email on March 1 telling her that
    P'; ', saying P' is a report), and a verb joined inside a that-clause in the same reported
    tense ('Allies insisted that she had argued against it and had warned colleagues that P')."""
    if token.tag_ == "VBG" and token.dep_ == "advcl":
        return token.i > 0 and not token.doc[token.i - 1].is_punct and token.head.dep_ != "ROOT"
    return (
        token.dep_ == "conj"
        and not any(c.dep_ in _SUBJECTS for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in {"had", "would"} for c in token.children)
        and _reporting_cue_above(token) is not None
    )


def _speech_verb(doc: Doc, cue: Token) -> list[Attribution]:
    """Claims introduced by one cue verb: one per coordinated that-clause ('said A and that B')."""
    lemma = cue.lemma_.lower()
    negated = _negated_cue(cue)
    if _stopped_short_of(cue) or (negated and lemma not in DENIAL_VERBS):
        return []  # 'did not say that P', 'has never claimed that P' report no claim of P
    content, cue_end, polarity = _content(cue)
    if content is None:
        return []
    if negated:  # 'did not dispute that P', 'never denied that P': no denial of P
        if not any(t.dep_ == "mark" and t.lower_ == "that" for t in content):
            return []  # 'does not dispute the figure' concedes nothing to check
        polarity = "asserted"
    # (a cue read as its object's modifier, and an audience read as the claim's)
    content = [t for t in content if t.i != cue.i and not _audience_read_as_modifier(cue, t)]
    if _absolute_phrase(cue, content):
        return []
    content = _without_day_of_saying(cue, _with_elaboration(cue, _with_trailing_qualifiers(cue, content)))
    content = _through_open_quote(content)
    passive = _passive_report(cue)
    speaker = None if passive else _speaker_of(cue)
    if speaker is None and not passive:
        return []
    if speaker is not None and speaker.lower_ in FIRST_PERSON_PRONOUNS:
        return []
    content = _without_speaker_acts(cue, _without_other_reports(content))
    fronted = _fronted_subject(cue, speaker, content)
    content = fronted + content
    if content and content[-1].i < cue.i and (colons := [t.i for t in content if t.text == ":"]):
        # 'The chairman put the figure lower: the demand was 600,000, he said': the lead-in is the
        # writer's.
        content = [t for t in content if t.i > colons[-1]]
        if not content:  # 'READ ALSO: Staff threaten strike over allowances': a link, not a report
            return []
    clauses = _coordinated_that_clauses(content)
    # 'said 37 officers had been injured, four of them seriously, and that 61 people had been
    # detained': the parser may hang the second that-clause on the cue itself.
    hung = [
        c
        for c in cue.children
        if c.dep_ == "conj" and c.i > cue.i and (_has_that(c) or _that_read_as_subject(c)) and not _is_cue(c)
    ]
    # '... told VNA that A and that B', with B read as a second complement of the cue.
    end = max((t.i for t in content), default=cue.i)
    hung += [c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i > end and _second_that_clause(c)]
    others = [_clause_tokens(c, content) for c in clauses]
    taken = {t.i for tokens in others for t in tokens}
    parts = ([[t for t in content if t.i not in taken], *others] if clauses else [content]) + [
        list(c.doc[c.left_edge.i : _last_word(c).i + 1]) for c in hung
    ]
    found = []
    for tokens in parts:
        tokens, denial = _without_apposed_denial(tokens)
        tokens = tokens if denial is not None else _without_apposed_remark(tokens)
        if not tokens:  # 'fishing towns warn of 'lost': nothing left once the cue's words are cut
            continue
        # 'The factory, he said, will close': the clause runs on both sides of the cue.
        runs = _runs(tokens) if _parenthetical(cue) or _report_going_on(cue) or fronted else [tokens]
        # 'Workers, he says, are not choosing ...': a one-word run before the cue is the subject
        # ('However, he said, ...' is the writer's link).
        runs = [run for run in runs if len(run) > 1 or run[0].pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
        shortest = 1 if len(runs) > 1 else 2
        segments = tuple(span for run in runs if (span := _clean_span(doc, run, shortest)) is not None)
        if not segments:
            continue
        # 'declined to say whether ...' asks; 'recalls that when she started, P' tells.
        opening = doc_text(doc)[segments[0][0] : segments[0][1]].split(" ", 1)[0].lower()
        if opening in _QUESTION_WORDS and not (tokens and tokens[0].lower_ == "that") and not _opens_adverbial(tokens):
            continue
        span = (segments[0][0], segments[-1][1])
        if denial is not None and (denied := _apposed_denial(doc, denial, span)) is not None:
            found.append(denied)
        if polarity == "denied" and (accusation := _accusation_rejected(cue, segments)) is not None:
            found.append(accusation)
        found.append(
            Attribution(
                segments=segments,
                cue=doc[cue.i : cue_end].text if cue_end > cue.i + 1 else _cue_text(cue, negated=negated),
                cue_lemma=_correction(cue) or lemma,
                cue_span=(cue.idx, cue.idx + len(cue.text)),
                kind="passive" if passive else "indirect",
                polarity=polarity,
                speaker=speaker,
                media=passive,
                time=_stated_time(doc, cue, [span]),
                tally=_tally(cue) is not None,
                restated=characterisation(cue) if polarity == "asserted" else None,
            )
        )
    return found


def _audience_read_as_modifier(cue: Token, token: Token) -> bool:
    """'told reporters Kerr had called him': the parser reads the audience as a modifier of the
    claim's subject; it is who was told."""
    return (
        token.i == cue.i + 1
        and token.dep_ in {"compound", "amod", "nmod"}
        and token.lemma_.lower() in LISTENER_NOUNS
        and cue.lemma_.lower() in {"tell", "assure", "inform", "warn", "brief"}
    )


def _fronted_subject(cue: Token, speaker: Token | None, content: list[Token]) -> list[Token]:
    """The subject of what was said, set before the speaker between commas, which the parser takes
    for a second subject of the cue: 'Turnout, opposition leader Ivo Darnley told supporters, had
    been 48 percent' -> 'Turnout'; [] when the content has its own subject."""
    clause = next((t for t in content if t.dep_ == "ccomp" and t.head.i == cue.i), None)
    if clause is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return []
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i]
    if len(subjects) < 2 or speaker is None or subjects[0].i == speaker.i:
        return []
    words = list(cue.doc[subjects[0].left_edge.i : speaker.left_edge.i])
    if len(words) < 2 or words[-1].text != "," or any(t.text == "," for t in words[:-1]):
        return []
    return words[:-1]


def _without_day_of_saying(cue: Token, content: list[Token]) -> list[Token]:
    """'Brennick Motors said on Monday it would shut the plant': with no 'that', the parser may hang
    the day on the reported verb, but a day right after the cue is when it was said."""
    if not content or content[0].i != cue.i + 1:
        return content
    first = content[0]
    phrase = list(first.subtree) if first.dep_ == "prep" else [first] if first.dep_ == "npadvmod" else []
    said_of_a_day = phrase and any(t.lower_ in WEEKDAYS | _DAY_WORDS for t in phrase)
    if not said_of_a_day or not all(t.ent_type_ in {"DATE", "TIME"} or t is first for t in phrase):
        return content
    rest = [t for t in content if t.i > phrase[-1].i]
    # (what follows must open the reported clause: its subject, not more of a phrase)
    return rest if rest and rest[0].dep_ in _SUBJECTS | {"det", "poss", "compound", "amod", "nummod"} else content


#: Words that name a day without being a weekday: 'said yesterday it would'.
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})


def _correction(cue: Token) -> str:
    """'corrected herself, saying P', 'revised the figure, saying P': the verb the saying
    corrects with, which makes P a correction of what the speaker said before; '' otherwise."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "xcomp", "conj"} or head.lemma_.lower() not in CORRECTING_CUES:
        return ""
    return head.lemma_.lower()


def _negated_cue(cue: Token) -> bool:
    """'did not say', 'has never denied', 'didn't dispute', 'No official claimed', 'Neither
    researcher disputed'."""
    return any(c.dep_ == "neg" and c.i < cue.i for c in cue.children) or any(
        c.dep_ in _SUBJECTS and (c.lower_ in _NOBODY or any(_negating_determiner(d) for d in c.children))
        for c in cue.children
    )


def _negating_determiner(token: Token) -> bool:
    """'no' or 'neither' before a subject ('No official claimed'), not 'a No 10 spokesman'."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.dep_ in {"det", "preconj"}
        and token.lower_ in {"no", "neither"}
        and not (following is not None and following.like_num)
    )


#: Subjects that say no one spoke: 'Nobody claimed that P'.
_NOBODY = frozenset({"nobody", "none", "neither", "no-one"})


def _stopped_short_of(cue: Token) -> bool:
    """'stopped short of saying he would resign', 'declined to confirm that the minister had
    resigned', 'was unable to confirm': what was not said is no claim."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _HELD_BACK:
        return True
    of = cue.head
    short = of.head.lower_ == "short" or any(c.lower_ == "short" for c in of.head.children)
    return cue.dep_ == "pcomp" and of.lower_ == "of" and short


#: Verbs and adjectives of holding back what the cue after them would say: 'declined to confirm',
#: 'refused to say', 'failed to mention', 'was unable to confirm'.
_HELD_BACK = frozenset({"decline", "refuse", "fail", "unable", "reluctant", "unwilling"})


def _with_trailing_qualifiers(cue: Token, content: list[Token]) -> list[Token]:
    """The content and the condition, reason or purpose the parser hangs on the cue right after
    it: 'called on the watchdog to block the merger unless the companies sold slots', 'accused the
    minister of "inventing foreign enemies" to avoid answering ...', '... of "hiding behind
    technology" instead of taking responsibility'."""
    if not content or content[0].i < cue.i:
        return content
    end = content[-1].i
    added: list[Token] = []
    for child in cue.rights:
        if child.i <= end or child.dep_ in {"cc", "punct"}:
            continue
        between = child.doc[end + 1 : child.left_edge.i]
        joined = [t for t in between if not _is_quote_token(t)]
        if joined and [t.lower_ for t in joined] not in (["and"], [",", "and"]):
            break
        if _particle_of_last_word(child, end):
            added.append(child)  # 'accused police of standing by': 'by' hung on the cue
            end = child.i
            continue
        if any(_is_cue(t) for t in child.subtree) or not (
            _reason_or_condition(child)
            or _contrast(child)
            or _purpose(child)
            or _instead(child)
            or _backshifted(cue, child)
        ):
            break
        if joined and child.dep_ != "conj":
            break
        added += [*between, *child.subtree]
        end = child.right_edge.i
    return content + added if added else content


def _absolute_phrase(cue: Token, content: list[Token]) -> bool:
    """'"...," Castellanos said, her voice breaking': a possessive phrase with no finite verb set
    off after a 'say' verb describes the speaker; it is not what was said."""
    return (
        cue.lemma_.lower() in _SAYING
        and bool(content)
        and content[0].i > cue.i
        and cue.doc[content[0].i - 1].text == ","
        and content[0].lower_ in {"his", "her", "their"}
        and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in content)
    )


def _with_elaboration(cue: Token, content: list[Token]) -> list[Token]:
    """The content and what right after it spells it out, which the parser leaves outside: a
    clause after a colon or semicolon with no report of its own ('argued that the row exposed a
    deeper problem: the State still does not know how many homes are empty', 'says a healthy marsh
    is never really still; it creeps uphill') or an 'including' list ('... had been cut, including
    a colleague on parental leave')."""
    if not content or content[0].i < cue.i:
        return content
    doc, last = cue.doc, content[-1]
    after, end = last.i + 1, last.sent.end
    if after < end and doc[after].text in {":", ";"}:
        rest = list(doc[after:end])
        while rest and (rest[-1].is_punct or rest[-1].is_space):
            rest.pop()  # the full stop is the sentence's
        return content if any(_is_cue(t) for t in rest) else content + rest
    if after + 1 < end and doc[after].text == "," and doc[after + 1].lower_ == "including":
        return content + list(doc[after : doc[after + 1].right_edge.i + 1])
    return content


def _backshifted(cue: Token, verb: Token) -> bool:
    """'submitted that his client had been diagnosed in 2019 and had stopped taking his
    medication': a subjectless predicate joined to the cue, in the reported clause's past perfect
    or conditional, goes on with the claim ('said P and left the room' is the speaker's act)."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ in {"VERB", "AUX"}
        and not _has_that(verb)
        and not any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children)
        and any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ == "had") for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)
    )


def _instead(prep: Token) -> bool:
    """'instead of taking responsibility', 'rather than ...': the alternative the claim rejects."""
    return prep.dep_ == "prep" and any(c.lower_ in {"instead", "rather"} for c in prep.children)


def _without_apposed_denial(tokens: list[Token]) -> tuple[list[Token], Token | None]:
    """Cut 'X said P, an accusation Y has denied' (or '..., which Y denied') after P, returning
    the denial verb; the parser hangs the apposition on a word of P or leaves it outside."""
    if not tokens:
        return tokens, None
    sentence = tokens[0].sent
    last = max(t.i for t in tokens)
    for verb in sentence:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in DENIAL_VERBS:
            continue
        which = next((c for c in verb.children if c.lower_ == "which" and c.dep_ in {"dobj", "nsubjpass"}), None)
        referent = which or (verb.head if verb.head.lemma_.lower() in CLAIM_NOUNS else None)
        if referent is None or (which is not None and _turns_down_an_offer(verb)):
            continue
        comma = referent.i - 1 if which is not None else referent.left_edge.i - 1
        if comma > tokens[0].i and verb.doc[comma].text == "," and comma <= last + 1:
            # ('..., a figure the trust did not dispute' concedes it: no denial)
            return [t for t in tokens if t.i < comma], None if _negated_cue(verb) else verb
    return tokens, None


def _turns_down_an_offer(verb: Token) -> bool:
    """'had made an offer of 50 million euros, which Vila Nova rejected': turning down an offer,
    plan or request opposes it; it does not deny that it was made."""
    if verb.lemma_.lower() not in {"reject", "refuse", "decline", "turn"}:
        return False
    # the noun 'which' hangs on, the nouns it is part of ('an offer of 50 million euros'), and
    # the objects of their verb ('made an offer of 50 million euros in early August, which')
    noun, nouns = verb.head, [verb.head]
    while noun.dep_ in {"pobj", "prep"} and noun.head.i != noun.i:
        noun = noun.head
        nouns.append(noun)
    if noun.pos_ in {"VERB", "AUX"}:
        nouns += [c for c in noun.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(n.lemma_.lower() in _OFFERS for n in nouns)


#: What one accepts or turns down, rather than believes or denies.
_OFFERS = frozenset(
    {"offer", "bid", "plan", "proposal", "deal", "request", "demand", "invitation", "approach", "terms", "motion"}
    | {"application", "appeal", "settlement", "package", "compromise", "ultimatum"}
)


def _without_apposed_remark(tokens: list[Token]) -> list[Token]:
    """Cut the writer's remark on what was said: 'said the battery would last "a full working
    day," a claim that drew loud applause'."""
    for noun in tokens:
        if noun.lemma_.lower() not in CLAIM_NOUNS or noun.i < 2 or noun.i <= tokens[0].i + 1:
            continue
        start = noun.left_edge.i
        comma = next((i for i in (start - 1, start - 2) if i >= 0 and noun.doc[i].text == ","), None)
        remark = any(c.dep_ in {"relcl", "acl"} and c.i > noun.i for c in noun.children)
        if comma is not None and remark and comma > tokens[0].i:
            closing = comma + 1 if noun.doc[comma + 1].is_quote else comma  # 'day,"' keeps its mark
            return [t for t in tokens if t.i < comma or t.i == closing]
    return tokens


def _apposed_denial(doc: Doc, verb: Token, denied: tuple[int, int]) -> Attribution | None:
    """The denial in 'P, a claim the Kremlin rejected': the Kremlin denies the claim of P."""
    speaker = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if speaker is not None and speaker.pos_ == "PRON":
        # 'Prosecutors say Hale took bribes, charges he denies': 'he' is the person accused.
        named = [e for e in doc.ents if e.label_ == "PERSON" and denied[0] <= e.start_char < denied[1]]
        speaker = named[-1].root if named else None
    if speaker is None:
        return None
    which = next((c for c in verb.children if c.lower_ == "which"), None)
    words = [which] if which is not None else [t for t in verb.head.subtree if t.i <= verb.head.i]
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return Attribution(
        segments=((start, end),),
        cue=_cue_text(verb),
        cue_lemma=verb.lemma_.lower(),
        cue_span=(verb.idx, verb.idx + len(verb.text)),
        kind="indirect",
        polarity="denied",
        speaker=speaker,
        denies=denied,
    )


def _infinitive_only(cue: Token) -> bool:
    """'claiming to come from Brightwater': a cue whose only complement is an infinitive."""
    complements = [c for c in cue.children if c.dep_ in {"ccomp", "xcomp"}]
    return bool(complements) and all(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in complements
    )


def _without_other_reports(content: list[Token]) -> list[Token]:
    """'Organisers said 60,000 took part, and a monitoring group put the figure at 45,000': a
    joined clause whose verb is a cue with its own subject is someone else's claim, with the
    'and' and comma that join it ('..., and that a supervisor had told him B' stays: 'that' makes
    it part of what was said)."""
    ids = {t.i for t in content}
    dropped: set[int] = set()
    for verb in content:
        # 'with the union saying A and the operator insisting B': the parser joins 'the operator'
        # to A, with 'insisting' hanging on it.
        # 'phone calls claiming to come from the bank' only says what the calls pretend to be.
        joined_speaker = (
            verb.dep_ == "conj"
            and verb.pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ == "acl" and _is_cue(c) and not _infinitive_only(c) for c in verb.children)
        )
        # 'A, though she cautioned that B': a concession reported with a cue of its own is a claim
        # of its own.
        conceded = (
            verb.dep_ == "advcl"
            and _opened_by(verb, {"though", "although"})
            and _is_cue(verb)
            and any(c.dep_ in _SUBJECTS for c in verb.children)
        )
        # 'urged the government not to let the chance slip away, saying in a statement that P': a
        # speech participle after a comma reports a claim of its own, wherever the parser hangs it.
        reported_aside = (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in verb.children)
            and verb.doc[verb.i - 1].text == ","
        )
        # 'announced that he had been sacked, only for his agent to insist that P': what followed,
        # said by someone else.
        answered = (
            verb.dep_ == "advcl"
            and _is_cue(verb)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
            and any(c.dep_ in _SUBJECTS for c in verb.children)
        )
        if (
            joined_speaker
            or conceded
            or reported_aside
            or answered
            or (
                verb.dep_ == "conj"
                and verb.head.i in ids
                and _is_cue(verb)
                # 'and that calls to its helpline had doubled': 'that' read as the subject of 'calls'
                and any(c.dep_ in _SUBJECTS and c.lower_ != "that" for c in verb.children)
                and not _has_that(verb)
            )
        ):
            dropped |= {t.i for t in verb.subtree}
            joint = range(verb.left_edge.i - 2, verb.left_edge.i)
            dropped |= {c.i for c in verb.head.children if c.dep_ in {"cc", "punct"} and c.i in joint}
    return [t for t in content if t.i not in dropped] if dropped else content


def _without_speaker_acts(cue: Token, content: list[Token]) -> list[Token]:
    """'said the election had been "free and fair" and thanked voters', 'said the party would get to
    the bottom of it, but stopped short of saying whether ...': a plain past verb joined to a
    backshifted clause ('had been', 'would') is the speaker's next act, not what was said."""
    clause = next((t for t in content if t.dep_ == "ccomp" and t.head.i == cue.i), None)
    # ('said they were "devastated and angry" and thanked hospital staff': a past 'were' too)
    backshifted = clause is not None and (
        any(c.dep_ == "aux" and (c.lower_ == "had" or c.tag_ == "MD") for c in clause.children)
        or (clause.lemma_ == "be" and clause.tag_ == "VBD")
        or any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.tag_ == "VBD" for c in clause.children)
    )
    if clause is None or not backshifted:
        return content
    # 'said Marrow had telephoned her and offered congratulations': someone else named acts.
    if any(c.dep_ in _SUBJECTS and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in clause.children):
        return content
    acts = [
        c
        for c in clause.rights
        if c.dep_ == "conj"
        and c.tag_ == "VBD"
        and c.lemma_.lower() in _SPEAKER_ACTS
        and not any(d.dep_ in _SUBJECTS | {"aux", "auxpass"} for d in c.children)
        and c.doc[c.left_edge.i - 1].lower_ in {"and", "but"}
    ]
    if not acts:
        return content
    dropped = {t.i for act in acts for t in act.subtree} | {act.left_edge.i - 1 for act in acts}
    dropped |= {act.left_edge.i - 2 for act in acts if act.doc[act.left_edge.i - 2].text == ","}
    return [t for t in content if t.i not in dropped]


#: What speakers do besides saying ('said P and thanked voters'): acts toward their audience.
_SPEAKER_ACTS = frozenset(
    {"thank", "praise", "apologise", "apologize", "congratulate", "appeal", "welcome", "invite", "express"}
    | {"pay", "offer", "wish", "salute", "hail", "commend", "applaud", "encourage"}
    # 'said P, but stopped short of saying whether Q', 'but declined to name the firms'
    | {"stop", "decline", "refuse"}
)


def _through_open_quote(content: list[Token]) -> list[Token]:
    """'saying the EU had "one offer, and it is the same offer for everyone"': where the parser
    ends a claim inside a quote, the quote is still the speaker's, up to its closing mark."""
    if not content or sum(t.text == '"' for t in content) % 2 == 0:
        return content
    last = content[-1]
    close = next((t for t in last.doc[last.i + 1 : last.sent.end] if t.text == '"'), None)
    if close is None:
        return content
    return content + list(last.doc[last.i + 1 : close.i + 1])


def _opens_adverbial(tokens: list[Token]) -> bool:
    """'When the first deputies arrived, the house was engulfed': the wh-word opens a clause of
    time inside the claim, not a question ('said when the talks would resume')."""
    clause = tokens[0].head if tokens else None
    if clause is None or clause.dep_ != "advcl" or clause.i > clause.head.i or clause.head not in tokens:
        return False
    # 'said last year, when the data were presented, that P': the clause dates the saying
    return not any(c.dep_ == "mark" and c.lower_ == "that" and c.i > clause.i for c in clause.head.children)


def _clause_tokens(clause: Token, content: list[Token]) -> list[Token]:
    """A coordinated that-clause with the predicates the parser split off it: in 'and that calls
    to its helpline had roughly doubled', 'calls' is read as the verb and 'doubled' as a clause of
    its own, with no subject, joined to the first claim."""
    ids = {t.i for t in content}
    stranded = [
        s
        for s in clause.head.children
        if s.dep_ == "conj" and s.i > clause.i and s.i in ids and not any(c.dep_ in _SUBJECTS for c in s.children)
    ]
    tokens = list(clause.subtree)
    if stranded and stranded[0].left_edge.i == clause.right_edge.i + 1:
        tokens += list(stranded[0].subtree)
    return [t for t in tokens if t.i in ids]  # not what was cut from the content as another report


def _coordinated_that_clauses(content: list[Token]) -> list[Token]:
    """'... A and that B': conjoined clauses with their own 'that' are claims of their own (the
    parser sometimes reads that 'that' as a determiner: 'and that stool samples had tested ...')."""
    ids = {t.i for t in content}
    return [t for t in content if t.dep_ == "conj" and t.head.i in ids and (_has_that(t) or _second_that_clause(t))]


#: Organisations whose findings are published claims ('The office also found that P'); what
#: police or a team find is narration ('Police found that the door had been forced').
_PUBLISHING_BODIES = ORG_ROLE_NOUNS - {"police", "military", "army", "team", "side", "camp", "club", "party"}
#: Those who weigh evidence and state findings: 'the inquest found that P'.
_FINDERS = _HEARING_BODIES | {"inquest", "coroner", "judge", "inspector"} | _PUBLISHING_BODIES


def _finding(cue: Token) -> bool:
    """'The inquiry concluded that ...', 'figures from Eurostat show that ...': what a report,
    study or set of figures finds is its authors' claim."""
    lemma = cue.lemma_.lower()
    if lemma not in {"find", "conclude", "show", "reveal", "suggest", "indicate"}:
        return False
    if _found_object(cue) is not None:
        return True
    if not any(c.dep_ == "ccomp" for c in cue.children):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in EVIDENCE_NOUNS for c in cue.children):
        return True
    # 'an inquest found that P', 'Ms Marsh-Oduya also found that P', 'The office also found that
    # P': a finding of whoever weighs the evidence, put as a that-clause
    return (
        lemma in {"find", "conclude"}
        and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _FINDERS or c.pos_ == "PROPN") for c in cue.children)
        and any(c.dep_ == "ccomp" and _has_that(c) for c in cue.children)
    )


def _found_object(cue: Token) -> Token | None:
    """'The study also found a smaller increase in the risk of kidney injury': what a study,
    report or survey finds, put as a noun phrase, is its authors' claim."""
    if cue.lemma_.lower() != "find" or any(c.dep_ == "ccomp" for c in cue.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in EVIDENCE_NOUNS for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    # ('Fiocruz study finds mercury in fish': a subheading or a link, with no full stop, is no claim)
    closed = cue.sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "’"}
    return obj if closed and obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None


def _tally(cue: Token) -> tuple[Token, Token] | None:
    """'put the death toll at 40', 'estimated the cost at $2 billion': (the figure's noun, 'at');
    'revised the figure to 9,800', 'raised its estimate to 40': (the figure's noun, 'to')."""
    lemma = cue.lemma_.lower()
    if lemma in TALLY_VERBS:
        nouns, word = TALLY_NOUNS, "at"
    elif lemma in REVISING_VERBS and cue.tag_ != "VBG":  # 'raising the toll to three' tells what followed
        nouns, word = REVISED_NOUNS, "to"
    else:
        return None
    if lemma in CORRECTING_VERBS:
        nouns = nouns | {"number"}
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    at = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == word), None)
    figure = at is not None and any(t.like_num for t in at.subtree)
    return (obj, at) if obj is not None and figure else None


def _content(cue: Token) -> tuple[list[Token] | None, int, str]:
    """The words a cue verb reports, the end of the cue phrase, and the polarity."""
    lemma = cue.lemma_.lower()
    if (tally := _tally(cue)) is not None:
        return _subtree_range(*tally), cue.i + 1, "asserted"
    polarity = "denied" if lemma in DENIAL_VERBS else "asserted"
    if (found := _found_object(cue)) is not None:
        return (
            _subtree_range(found, *(c for c in found.head.children if c.i > found.i and c.dep_ == "prep")),
            cue.i + 1,
            polarity,
        )
    if (rejected := _pushed_back_on(cue)) is not None:
        return _noun_content(rejected), rejected.head.i + 1, "denied"
    if (passive := _passive_denial(cue)) is not None:
        denied, _ = passive
        return _without_label(_noun_content(denied) or _subtree_range(denied)), cue.i + 1, "denied"
    children = list(cue.children)
    by_dep: dict[str, list[Token]] = {}
    for child in children:
        by_dep.setdefault(child.dep_, []).append(child)
    obj = next(iter(by_dep.get("dobj", [])), None) or _object_read_as_head(cue) or _what_it_was_called(cue)
    if lemma == "accuse" and obj is None and (misread := _accused_read_as_verb(cue)) is not None:
        # 'accused neighbouring Karsonia of using gas as "a weapon"': 'neighbouring' read as a verb
        return _subtree_range(misread), cue.i + 1, polarity
    if lemma in {"accuse", "blame"} | _CRITICISING and obj is not None:
        # After the accused: 'on Tuesday' in 'Democrats on Tuesday accused the White House of ...' is no charge.
        # ('slammed referee Neil Parkes as "a disgrace"': the label is the charge)
        charges = {"of", "for", "on", "as"} if lemma in _CRITICISING else {"of", "for", "on"}
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in charges and c.i > obj.i), None)
        # 'accused the government of "treating the villages as expendable"': the parser may hang
        # the 'of' on the accused; only a gerund after it is the charge ('the mayor of Linden' is not).
        hung = next(
            (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and (_has_gerund(c) or _names_a_deed(c))),
            None,
        )
        prep = prep or hung
        if prep is not None and prep is hung and not any(c.dep_ == "pcomp" for c in prep.children):
            # 'accused the board of gambling with residents' lives to balance its books': with the
            # gerund read as a noun, what it governs is hung on the cue.
            governed = [
                c for c in children if c.i > prep.i and ((c.dep_ == "prep" and c.lower_ not in _SETTING) or _purpose(c))
            ]
            return _subtree_range(obj, *governed), cue.i + 1, polarity
        if prep is not None:
            # 'blamed anarchist groups from abroad for the violence', 'accused the minister of
            # hiding behind the science "when it suits her" and of ...': the words between belong too.
            between = [c for c in children if obj.i < c.i < prep.i]
            # '... of hiding his tax returns because "he knows exactly what's in them"': the charge's reason.
            reasons = [c for c in children if c.i > prep.i and c.dep_ == "advcl" and _opened_by(c, {"because"})]
            return _subtree_range(obj, *between, prep, *reasons), cue.i + 1, polarity
        if lemma == "blame":  # "blaming weaker demand for electric cars": the cause it names
            return _subtree_range(obj), cue.i + 1, polarity
    if lemma == "warn" and (of := next((c for c in children if c.dep_ == "prep" and c.lower_ == "of"), None)):
        # 'warned of further measures if the visa plan went ahead': the threat and its condition.
        condition = [c for c in children if c.i > of.i and c.dep_ == "advcl"]
        return _subtree_range(of, *condition)[1:], of.i + 1, polarity
    if lemma == "call":
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in {"for", "on"}), None)
        if prep is not None and prep.lower_ == "for":
            return _pobj_tokens(prep), prep.i + 1, polarity
        # 'called for the owners to appear at a forum': the parser reads 'for' as a conjunction.
        for wanted in by_dep.get("advcl", []):
            mark = next((m for m in wanted.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            if mark is not None:
                return [t for t in _subtree_range(wanted) if t.i != mark.i], mark.i + 1, polarity
        if prep is not None and next((c for c in children if c.dep_ in {"xcomp", "ccomp"}), None):
            return _subtree_range(prep, *by_dep.get("xcomp", []), *by_dep.get("ccomp", []))[1:], prep.i + 1, polarity
        if obj is not None and obj.pos_ != "PRON" and (named := _called(obj)) is not None:
            # 'called the report "baseless"' denies the report; 'called the protests an attempt to
            # seize power' says the protests were one.
            if obj.lemma_.lower() in CLAIM_NOUNS and _FALSITY.search(subtree_text(named)):
                return _subtree_range(obj), cue.i + 1, "denied"
            return _subtree_range(obj, named), cue.i + 1, polarity
        return None, 0, polarity
    if obj is not None and obj.lemma_.lower() in CUE_NOUNS | CLAIM_NOUNS:
        inner = _noun_content(obj)
        if inner is not None and lemma in DENIAL_VERBS:
            inner = _without_label(inner)
        if inner is not None:
            cue_end = obj.i + 1 if obj.i == cue.i + 1 or obj.i < inner[0].i else cue.i + 1
            if obj.lemma_.lower() in CUE_NOUNS and obj.lemma_.lower() not in CLAIM_NOUNS:
                cue_end = inner[0].i
            return inner, max(cue.i + 1, cue_end), polarity
    complement = [c for c in children if c.dep_ in {"ccomp"} and not _is_quote_token(c)]
    if any(c.i > cue.i for c in complement):
        # 'Obuya, a spokeswoman for the group Return the Treasures, said P', 'In one message, sent
        # on a Sunday, he wrote: P': a clause before the cue is what was said only when quoted
        # ('"We were told the systems were back," said a surgeon, "but ..."').
        complement = [c for c in complement if c.i > cue.i or _opens_quote(c)]
    # '... that A, and that B': a later clause with its own 'that' is a claim of its own (see
    # _speech_verb), whatever word opens it.
    complement = [c for c in complement if c is complement[0] or not _second_that_clause(c)]
    misattached = _misattached_that_clause(cue)
    if complement and misattached and misattached[0].i < complement[0].left_edge.i:
        # 'told supporters that Hollis had "spent thirty years shipping jobs to places he couldn't
        # find on a map"': the parser reads the that-clause as the listeners' relative clause and
        # hangs its last words on the cue; the claim runs from 'that' to the end of both.
        complement = misattached + complement
    if not complement:
        complement = misattached
    if not complement and (hung := _report_read_as_modifier(cue)) is not None:
        complement = [hung]
    if not complement and (clause := _clause_after_object(cue, obj)) is not None:
        # 'The palace said the Queen's remaining engagements before Christmas would be
        # rescheduled': the parser reads the subject as the cue's object and the rest as an
        # adverbial clause; the claim runs from the object to the end of that clause.
        return _subtree_range(obj, clause), cue.i + 1, polarity
    if complement and (subject := _subject_read_as_modifier(cue, complement[0])) is not None:
        # 'said ambulance response times to neighborhoods east of the river could rise': the
        # parser hangs the clause's subject on the cue; the claim runs from it.
        hung = [c for c in cue.children if subject <= c.i < complement[0].i]
        return _subtree_range(*hung, complement[0]), cue.i + 1, polarity
    if complement and (start := _subject_cut_off(cue, complement[0])) is not None:
        # 'told a daily briefing that contacts "at the expert level" were under way': the parser
        # reads 'that contacts ...' as the briefing's relative clause and leaves 'were under way'
        # without a subject; the claim runs from after 'that'.
        return list(cue.doc[start : complement[0].right_edge.i + 1]), cue.i + 1, polarity
    if complement:
        if (rejected := _said_untrue(complement[0])) is not None:
            return _subtree_range(rejected), cue.i + 1, "denied"
        if lemma in DENIAL_VERBS and complement[0].pos_ in {"NOUN", "PROPN"}:
            # 'dismissed the witness account as "a version of events"', parsed as a small clause.
            label = {t.i for c in complement[0].rights if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
            return [t for t in _subtree_range(complement[0]) if t.i not in label], cue.i + 1, polarity
        tokens = _subtree_range(*complement)
        if complement[0].dep_ == "advcl" and (that := _that_read_as_determiner(complement[0])) is not None:
            tokens = [t for t in tokens if t.i > that.i]  # not 'since then that ...'
        return _without_asides(tokens) + _report_going_on(cue), cue.i + 1, polarity
    if _parenthetical(cue) and not _is_quote_token(cue.head) and not _time_clause_misread(cue, cue.head):
        return _parenthetical_content(cue), cue.i + 1, polarity
    if lemma in {"pledge", "promise", "vow", "threaten", "warn", "demand", "agree", "refuse"} | _URGING | DENIAL_VERBS:
        xcomp = [c for c in children if c.dep_ == "xcomp"]
        if _acts_or_asks(cue):
            return None, 0, polarity
        if xcomp and lemma in _URGING and obj is not None and obj.i < xcomp[0].i:
            # 'urged anyone with information to go to the police': 'with information' hung on the cue
            end = max(head.right_edge.i for head in (*by_dep["dobj"], *xcomp))
            return list(cue.doc[obj.left_edge.i : end + 1]), cue.i + 1, polarity
        if xcomp:
            return _subtree_range(*xcomp), cue.i + 1, polarity
        if lemma in _URGING and obj is not None and (asked := _infinitive_after(cue, obj)) is not None:
            # 'urged anyone who recognised the car seen in the footage to contact the force': the
            # parser hangs the infinitive deep inside the long object.
            return list(cue.doc[obj.left_edge.i : asked.right_edge.i + 1]), cue.i + 1, polarity
        if lemma in _PROMISES and obj is None and (promised := _infinitive_after(cue, cue)) is not None:
            # 'pledged at the time to double the number of permits': 'to double' read as a
            # modifier of 'time'.
            return list(cue.doc[promised.i : promised.right_edge.i + 1]), cue.i + 1, polarity
    # "denied the allegations", "denied wrongdoing"; but "rejected the plan" opposes, not denies.
    if lemma in DENIAL_VERBS and obj is not None and (lemma in {"deny", "refute"} or obj.lemma_.lower() in CLAIM_NOUNS):
        # "denied the allegations in a statement on Tuesday": where and when belong to the cue, and
        # 'dismissed the account as "a version of events"' denies the account, not the label.
        setting = [c for c in obj.rights if c.dep_ == "prep" and c.lower_ in {"in", "on", "at", "during", "as"}]
        dropped = {t.i for c in setting for t in c.subtree}
        return [t for t in _subtree_range(obj) if t.i not in dropped], cue.i + 1, polarity
    if lemma in _SAYING and obj is not None and _clause_read_as_object(obj):
        return _subtree_range(obj), cue.i + 1, polarity
    return None, 0, polarity


#: Participles after a comma that comment on the claim rather than continue it.
_ASIDE_PARTICIPLES = frozenset({"contradict", "echo", "cite", "add", "rebut", "counter"}) | SPEECH_VERBS | DENIAL_VERBS


def _that_read_as_subject(clause: Token) -> bool:
    """'said A, but that closer did not mean close': the parser takes the 'that' of a second
    clause for its subject ('..., but that was before the vote' is the writer's)."""
    start = clause.left_edge
    if start.dep_ == "det" and start.head.dep_ in _SUBJECTS and start.i > 1 and start.doc[start.i - 2].text != ",":
        # 'said it was aware of the case but that enforcement rested with ...': read as 'that
        # enforcement'; with no comma before the 'but' it goes on with what was said
        return _second_that_clause(clause)
    return start.dep_ in _SUBJECTS and _second_that_clause(clause)


def _last_word(clause: Token) -> Token:
    """The clause's last token that is no punctuation (its sentence's full stop may hang on it)."""
    return next(t for t in reversed(list(clause.subtree)) if not (t.is_punct or t.is_space) or t.i == clause.i)


def _second_that_clause(clause: Token) -> bool:
    """A complement of the cue opened by 'and that' or 'but that' ('told the Commons that A, and
    that farmers ... should report it')."""
    start = clause.left_edge
    if start.lower_ != "that" or start.i == 0 or start.doc[start.i - 1].lower_ not in {"and", "but"}:
        return False
    # '..., but that was before the vote': a pronoun subject, and the remark is the writer's.
    after = start.doc[start.i + 1] if start.i + 1 < len(start.doc) else start
    return not (start.dep_ in _SUBJECTS and after.pos_ == "AUX")


def _what_it_was_called(cue: Token) -> Token | None:
    """'rejected what she called "unfair and untrue" suggestions that P': the object named inside
    a free relative ('suggestions'), which the parser reads as the complement of 'called'."""
    for clause in cue.children:
        called = clause.dep_ == "ccomp" and clause.lemma_.lower() == "call" and clause.i > cue.i
        if called and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
    return None


def _object_read_as_head(cue: Token) -> Token | None:
    """'Walker, who voted against the plan change, accused council officers of playing down the
    risk': with no main verb left, the parser reads the cue as an adjective of its object and the
    object as an apposition of the speaker."""
    if (
        cue.dep_ == "amod"
        and cue.tag_ in {"VBD", "VBN"}
        and cue.doc[cue.i - 1].text == ","
        and cue.head.i > cue.i
        and cue.head.dep_ == "appos"
    ):
        return cue.head
    return None


def _accused_read_as_verb(cue: Token) -> Token | None:
    """The accused when the parser reads a word before them as a verb with them as its object
    ('accused [neighbouring] Karsonia of ...'): that verb, whose subtree holds the charge."""
    word = next((c for c in cue.children if c.dep_ == "xcomp" and c.i == cue.i + 1), None)
    if word is None or not any(c.dep_ == "dobj" for c in word.children):
        return None
    charged = any(c.dep_ == "prep" and c.lower_ == "of" and _has_gerund(c) for c in word.children)
    return word if charged else None


def _clause_read_as_object(obj: Token) -> bool:
    """'said [a full review of what went wrong would be published]': the parser takes the clause's
    subject for the object and hangs its verb, with a modal of its own, inside it."""
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.lemma_.lower() in LISTENER_NOUNS | CUE_NOUNS:
        return False
    return any(
        (
            t.dep_ in {"pcomp", "acl"}
            and t.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)
            and not any(c.tag_ in {"WDT", "WP"} and c.dep_ in _SUBJECTS for c in t.children)
        )
        or _verb_read_as_plural(t)
        for t in obj.subtree
    )


def _verb_read_as_plural(token: Token) -> bool:
    """'said the strain of listeria behind the outbreak matches bacteria found in ...': the
    parser reads the clause's verb as a plural noun ending the subject, with its object hung
    elsewhere; a plural between a noun and another noun phrase that does not belong to it."""
    doc = token.doc
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.i + 1 >= len(doc) or token.dep_ == "compound":
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        before.pos_ in {"NOUN", "PROPN"}
        and after.pos_ in {"NOUN", "DET", "NUM", "PROPN"}
        and not token.is_ancestor(after)
    )


def _time_clause_misread(cue: Token, clause: Token) -> bool:
    """'..., he said, before his co-host, Lorraine Adeyemi, moved the programme on': the parser
    reads 'before his co-host' as a phrase of the cue and what the co-host did as what was said."""
    if any(c.dep_ in _SUBJECTS | {"expl"} for c in clause.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _TIME_MARKS and cue.i < c.i < clause.i for c in cue.children)


def _clause_after_object(cue: Token, obj: Token | None) -> Token | None:
    """The finite clause after a 'say' verb's noun object, when the object is really that
    clause's subject: 'said [the Queen's engagements] [before Christmas would be rescheduled]'."""
    if cue.lemma_.lower() not in _SAYING or obj is None or obj.i < cue.i or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "advcl"
            and c.i > obj.i
            and any(x.dep_ in _SUBJECTS for x in c.children)
            and any(x.dep_ in {"aux", "auxpass"} and (x.tag_ == "MD" or x.lemma_ == "have") for x in c.children)
        ),
        None,
    )


#: Verbs of saying that take a clause, never a plain noun object, as what is said.
_SAYING = frozenset({"say", "add", "insist", "claim"})


def _infinitive_after(cue: Token, after: Token) -> Token | None:
    """The first 'to' infinitive in the cue's clause after ``after`` (its object, or the cue);
    not one inside a clause of its own ('failed to agree on sanctions, exposing divisions over
    how to respond': nothing was agreed to)."""
    return next(
        (
            t
            for t in cue.subtree
            if t.i > after.i
            and t.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and not _inside_own_clause(t, cue)
        ),
        None,
    )


def _inside_own_clause(token: Token, cue: Token) -> bool:
    """Whether ``token`` sits in a clause set off by a comma below ``cue`` (', exposing divisions
    over how to respond') rather than in the cue's own clause."""
    doc = token.doc
    node = token
    while node.i != cue.i and node.head.i != node.i:
        if node.dep_ in {"advcl", "pcomp", "acl"} and node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ",":
            return True
        node = node.head
    return False


def _without_asides(tokens: list[Token]) -> list[Token]:
    """'P, contradicting the company, which insisted that Q': cut at the participle, which opens
    a comment or a claim of its own (the parser often hangs it anywhere in P). 'P, in remarks
    broadcast on state television': the occasion of the saying closes the sentence, and the parser
    hangs it on P's verb."""
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.i - 1 not in ids or token.doc[token.i - 1].text != ",":
            continue
        if token.tag_ == "VBG" and token.lemma_.lower() in _ASIDE_PARTICIPLES:
            return [t for t in tokens if t.i < token.i - 1]
        if _occasion_of_saying(token) and all(t.i <= token.right_edge.i or t.is_punct for t in tokens):
            return [t for t in tokens if t.i < token.i - 1]
    return tokens


def _occasion_of_saying(prep: Token) -> bool:
    """'in an interview with the BBC', 'in remarks to reporters', 'during a news conference'."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "during"}
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS for c in prep.children)
    )


#: Occasions a claim is made on: 'said P, in an interview'.
_OCCASIONS = frozenset(
    {"interview", "remark", "remarks", "statement", "speech", "address", "briefing", "comment", "comments"}
    | {"post", "message", "letter", "tweet", "broadcast", "podcast", "conference", "video", "testimony"}
)


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Contiguous runs of tokens, in order; a lone comma between two parts does not part them
    ('urged customers to be wary of emails, text messages and phone calls', where the parser
    hangs the comma and the rest of the list on the cue)."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        elif runs and token.i == runs[-1][-1].i + 2 and token.doc[token.i - 1].text == ",":
            runs[-1] += [token.doc[token.i - 1], token]
        else:
            runs.append([token])
    return runs


def _parenthetical(cue: Token) -> bool:
    """A cue set off inside the clause it reports: 'The factory, he said, will close'; also when
    the parser makes it the clause's complement ('By noon, she told the committee, the number had
    passed 500')."""
    if cue.dep_ == "parataxis" or _trailing_cue_read_as_conjunct(cue):
        return True
    after = cue.right_edge.i + 1
    return (
        cue.dep_ == "ccomp"
        and cue.i < cue.head.i
        and not _is_cue(cue.head)  # 'A school had reported a case, the agency said': no aside
        and after < len(cue.doc)
        and cue.doc[after].text == ","
        and any(t.text == "," for t in cue.doc[cue.left_edge.i : cue.i])
    )


def _trailing_cue_read_as_conjunct(cue: Token) -> bool:
    """'P, the union, which represents 4,000 staff, said in a statement', 'P, a rep for Castell
    confirmed to PEOPLE', 'P, finance chief Mark Haldane said on the call': a long subject between
    the clause and its cue makes the parser join the cue to the clause as a second verb, an
    adverbial clause or even its complement. Such a
    cue has a subject set off by a comma, no 'and' before it and nothing said after it."""
    if cue.dep_ not in {"conj", "advcl", "ccomp"} or cue.head.i > cue.i or cue.head.pos_ not in {"VERB", "AUX"}:
        return False
    if cue.dep_ == "advcl" and any(c.dep_ in {"mark", "aux", "advmod"} and c.i < cue.i for c in cue.children):
        return False  # '..., as the minister said', '..., when police confirmed': a clause of its own
    subjects = [c for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i]
    first = subjects[0].left_edge.i if subjects else 0
    if first == 0 or cue.doc[first - 1].text != ",":
        return False
    joined = any(c.dep_ == "cc" and c.i < cue.i for c in cue.head.children)
    said = any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children)
    return not joined and not said


def _that_said(token: Token) -> bool:
    """'That said,' or 'Having said that,' opening a sentence: a link, not a report ('That said,
    Rahimi added, the corner ...', which the parser may read as 'That' saying the rest)."""
    subject = [c.lower_ for c in token.children if c.dep_ in _SUBJECTS]
    objects = [c.lower_ for c in token.children if c.dep_ == "dobj"]
    return token.lemma_.lower() == "say" and (subject == ["that"] or (objects == ["that"] and token.tag_ == "VBN"))


def _parenthetical_content(cue: Token) -> list[Token]:
    """'The factory, he said, will close' / 'Turnout was 64 percent, the commission said, while
    ...': the clause the cue interrupts or follows, without the cue and any later clause but one
    joined by 'and'."""
    clause = cue.head
    if (
        clause.dep_ in {"ccomp", "xcomp", "acomp"}
        and clause.head.i < cue.i
        and clause.head.dep_ == "ROOT"
        and not _that_said(clause.head)
    ):
        # 'He was, he insisted, only half joking': the parser hangs the cue on the complement of
        # the verb it interrupts
        clause = clause.head
        skipped_end = {c.i for c in clause.children if c.dep_ == "punct" and c.i == clause.right_edge.i}
    else:
        skipped_end = set()
    # 'The prompt was removed, she says, because users found it annoying': a reason or condition
    # the parser hangs on the cue still belongs to what she says.
    kept = {t.i for child in cue.rights if _reason_or_condition(child) for t in child.subtree}
    # 'Two members, he told the conference, had argued': the parser may hang the interrupted
    # clause's subject on the cue.
    kept |= {t.i for child in cue.lefts if _subject_hung_on_cue(child) for t in child.subtree}
    skipped = ({t.i for t in cue.subtree} - kept) | skipped_end
    # 'Water comes in, she says, and water goes out': a clause joined by 'and' after the cue
    # goes on with what was said, unless it reports anew or what was said closed with a quote
    # ('"We are ready," the coach said, and the team left').
    before = cue.doc[max(cue.left_edge.i - 2, 0) : cue.i]
    quoted = any(t.text in {'"', "”", "''"} for t in before)
    joined = next((c for c in clause.children if c.i > cue.i and c.dep_ == "cc" and c.lower_ == "and"), None)
    joined = None if quoted else joined
    going_on = next((c for c in clause.children if joined is not None and c.i > joined.i and c.dep_ == "conj"), None)
    if going_on is not None and not any(_is_cue(t) for t in going_on.subtree):
        kept |= {joined.i} | {t.i for t in going_on.subtree}
    for child in clause.children:
        later = child.i > cue.i and child.dep_ in {"advcl", "conj", "cc", "parataxis"}
        if later and not _reason_or_condition(child) and not (clause.i > cue.i and _participle_of_claim(child)):
            skipped |= {t.i for t in child.subtree} - kept
    return [t for t in clause.subtree if t.i not in skipped]


def _subject_hung_on_cue(child: Token) -> bool:
    speaker = next((c for c in child.head.children if c.dep_ in _SUBJECTS), None)
    return (
        child.dep_ in {"npadvmod", "dobj"}
        and child.pos_ in {"NOUN", "PROPN"}
        and speaker is not None
        and child.i < speaker.i
        and child.doc[child.right_edge.i + 1].text == ","
    )


def _report_going_on(cue: Token) -> list[Token]:
    """'The dam was never at risk, the governor said, and the order would be lifted by Friday':
    after a cue that follows what was said, a clause joined by ', and' still reports when its
    verb is backshifted ('would', 'could', 'had been') and it reports nothing of its own; '"We
    are ready," the coach said, and the team left' goes on with the story instead."""
    if not any(c.dep_ == "ccomp" for c in cue.lefts):
        return []
    joined = next((c for c in cue.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
    if joined is None or cue.doc[joined.i - 1].text != ",":
        return []
    clause = next((c for c in cue.rights if c.dep_ == "conj" and c.i > joined.i), None)
    if (
        clause is None
        or not any(c.dep_ in _SUBJECTS for c in clause.children)
        or not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _BACKSHIFTED for c in clause.children)
        or any(_is_cue(t) for t in clause.subtree)
    ):
        return []
    return [joined, *_subtree_range(clause)]


#: Auxiliaries of a verb put in the past by reported speech.
_BACKSHIFTED = frozenset({"would", "could", "might", "should", "had"})


def _participle_of_claim(clause: Token) -> bool:
    """'Orders, he said, rose 7%, helped by demand for cooling': a participle with no subject of
    its own after the interrupted clause's verb says more about it."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in {"VBN", "VBG"}
        and not any(c.dep_ in _SUBJECTS | {"mark"} for c in clause.children)
        and not any(_is_cue(t) for t in clause.subtree)
    )


def _reason_or_condition(clause: Token) -> bool:
    """An adverbial clause opened by 'because', 'if' or 'unless', with no report of its own."""
    return clause.dep_ == "advcl" and _opened_by(clause, _CLAUSE_MARKS) and not any(_is_cue(t) for t in clause.subtree)


def _contrast(clause: Token) -> bool:
    """'... of standing by while drivers were harassed': a 'while' or 'whereas' clause with a
    subject of its own goes on with the claim ('said while visiting the plant' does not)."""
    return (
        clause.dep_ == "advcl"
        and _opened_by(clause, {"while", "whereas"})
        and any(c.dep_ in _SUBJECTS for c in clause.children)
    )


def _particle_of_last_word(child: Token, end: int) -> bool:
    """A bare 'by', 'up' or 'off' right after the content: the particle of its last verb."""
    return (
        child.dep_ in {"prep", "prt"} and child.i == end + 1 and not list(child.children) and child.lower_ in _PARTICLES
    )


#: Words that complete a phrasal verb ('stand by', 'cover up', 'call off').
_PARTICLES = frozenset({"by", "up", "out", "down", "off", "over", "back", "away", "aside"})


def _subject_cut_off(cue: Token, clause: Token) -> int | None:
    """Where a that-clause begins whose subject the parser hung elsewhere: the token after the
    'that' between the cue and a clause with no subject of its own."""
    if clause.i < cue.i or any(c.dep_ in _SUBJECTS | {"expl"} for c in clause.children):
        return None
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    that = next((t for t in cue.doc[cue.i + 1 : clause.left_edge.i] if t.lower_ == "that"), None)
    if that is None or that.dep_ not in {"nsubj", "mark"} or that.head.i == clause.i:
        return None
    return that.i + 1


def _subject_read_as_modifier(cue: Token, clause: Token) -> int | None:
    """Where a 'say' verb's clause starts when the parser left the clause without a subject and
    hung a noun between the two on the cue: the noun's first word."""
    # ('denied his players had gone down easily': 'his players' read as what was denied)
    if cue.lemma_.lower() not in _SAYING | DENIAL_VERBS or clause.i < cue.i or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in _SUBJECTS | {"expl", "mark"} for c in clause.children):
        return None
    hung = [c for c in cue.children if cue.i < c.i < clause.left_edge.i]
    if not hung or hung[0].dep_ not in {"npadvmod", "dobj", "nsubj"} or hung[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ not in {"npadvmod", "dobj", "nsubj", "prep", "punct"} for c in hung):
        return None
    return hung[0].left_edge.i if hung[0].left_edge.i == cue.i + 1 else None


def _listener_relative(cue: Token, clause: Token) -> bool:
    """'Pruitt told jurors he fired three times': the parser reads the claim as the listeners'
    relative clause ('jurors [whom] he fired'); listeners are told things, not modified so. Whom
    someone tells is always a listener ('told the council she had been searching for months')."""
    listener = clause.head
    return (
        clause.dep_ == "relcl"
        and listener.head.i == cue.i
        and listener.dep_ in {"dobj", "dative"}
        and (listener.lemma_.lower() in LISTENER_NOUNS or cue.lemma_.lower() == "tell")
        and clause.left_edge.i == listener.i + 1
        and not any(c.tag_ in {"WDT", "WP"} for c in clause.children)
    )


def _misattached_that_clause(cue: Token) -> list[Token]:
    """'told a rally outside the gates that P' / 'said in a video posted online that P': the
    parser hangs the that-clause on a nearby noun or participle; it still belongs to the cue."""
    for token in cue.subtree:
        if token.i <= cue.i or token.dep_ not in {"relcl", "acl", "ccomp", "advcl"}:
            continue
        # 'told reporters after the vote that the rebate would be paid for': the parser may also
        # read 'that' as the object of a stranded 'for' and the clause as the noun's modifier.
        introduced = (
            _has_that(token)
            or (token.left_edge.lower_ == "that" and token.dep_ in {"relcl", "acl"})
            or _listener_relative(cue, token)
        )
        # (the subject may hang on the auxiliary: 'that 41 workers were trapped')
        words = [*token.children, *(g for c in token.children if c.dep_ in {"aux", "auxpass"} for g in c.children)]
        if introduced and any(c.dep_ in _SUBJECTS | {"expl"} and c.lower_ != "that" for c in words):
            between = token.doc[cue.i + 1 : token.left_edge.i]
            # A participle in between ('in a video posted online') is not a cue of its own, nor
            # is a passive in a clause of time ('said after the result was announced that P').
            if not any(_is_cue(t) and t.dep_ != "acl" and not _passive_in_time_clause(t) for t in between):
                return [token]
        if token.dep_ == "advcl" and token.head.i == cue.i and _that_read_as_determiner(token) is not None:
            # 'has said since then that outdoor work would be suspended': 'that' parsed as the
            # determiner of the clause's subject, the clause as an adverbial of the cue.
            return [token]
    return []


def _passive_in_time_clause(verb: Token) -> bool:
    """'after the result was announced': a passive verb opened by a word of time."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and _opened_by(verb, _TIME_MARKS)


def _opened_by(clause: Token, conjunctions: Collection[str]) -> bool:
    """Whether a clause's subordinating conjunction is one of ``conjunctions``."""
    return any(c.dep_ == "mark" and c.lower_ in conjunctions for c in clause.children)


def _that_read_as_determiner(clause: Token) -> Token | None:
    """The 'that' opening the subject of ``clause`` when the parser made it a determiner."""
    for subject in (c for c in clause.children if c.dep_ in _SUBJECTS):
        first = subject.left_edge
        if first.lower_ == "that" and first.dep_ == "det" and first.head.i == subject.i:
            return first
    return None


def _without_label(content: list[Token]) -> list[Token]:
    """'dismissed reports that the minister had resigned as "nonsense"': the label the parser hangs
    inside the that-clause is what the denier calls it, not part of what is denied."""
    ids = {t.i for t in content}
    label = next(
        (
            t
            for t in content
            if t.dep_ == "prep" and t.lower_ == "as" and t.i + 1 in ids and _is_quote_token(t.doc[t.i + 1])
        ),
        None,
    )
    return [t for t in content if t.i < label.i] if label is not None else content


def _accusation_rejected(cue: Token, segments: tuple[tuple[int, int], ...]) -> Attribution | None:
    """X's claim P where a speaker rejects 'accusations by X that P' (``segments`` hold P)."""
    for noun in (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS):
        for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
            accuser = next((c for c in by.children if c.dep_ == "pobj"), None)
            if accuser is not None and accuser.pos_ in {"NOUN", "PROPN"}:
                return Attribution(
                    segments=segments,
                    cue=noun.text,
                    cue_lemma=noun.lemma_.lower(),
                    cue_span=(noun.idx, noun.idx + len(noun.text)),
                    kind="indirect",
                    polarity="asserted",
                    speaker=accuser,
                )
    return None


def _pushed_back_on(cue: Token) -> Token | None:
    """The claim a speaker 'pushed back on' or 'hit back at' ('the notion that P'), which is
    rejected as a denial verb rejects its object."""
    if cue.lemma_.lower() not in {"push", "hit"} or not any(
        c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in cue.children
    ):
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "at"}):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in CLAIM_NOUNS):
            if _noun_content(noun) is not None:
                return noun
    return None


def _noun_content(noun: Token) -> list[Token] | None:
    """'claims that P' -> P; 'calls for B' -> B; 'a warning that P' -> P."""
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and _has_that(child):
            return _subtree_range(child)
        if (
            child.dep_ == "prep"
            and child.lower_ in {"for", "of"}
            and noun.lemma_.lower() in (CUE_NOUNS - {"statement", "claim"})
        ):
            return _pobj_tokens(child)
    return None


def _per_source(token: Token) -> bool:
    """'..., per a press release from the chapter', 'Per the sheriff, ...': 'per' naming a source,
    set off by a comma or opening the sentence ('85 cents per share' is a rate)."""
    return token.lower_ == "per" and (token.i == token.sent.start or token.doc[token.i - 1].text == ",")


def _subject_read_as_appositive(source: Token) -> Token | None:
    """'According to Lena Park, an analyst at Moor Bank, the central bank's own models implied
    that P': the parser hangs the clause's subject on the source as a second appositive, or as
    its only one when the clause's verb is left with no subject ('According to the World Food
    Programme, the Al-Nahra market was one of the last ...')."""
    apposed = [c for c in source.children if c.dep_ == "appos"]
    if not apposed:
        return None
    last = apposed[-1]
    after = last.right_edge.i + 1
    comma = last.left_edge.i - 1
    verb = source.doc[after] if after < len(source.doc) else None
    opens_clause = verb is not None and verb.pos_ in {"VERB", "AUX"}
    if len(apposed) == 1 and opens_clause:
        opens_clause = not any(child.dep_ in _SUBJECTS for word in (verb, verb.head) for child in word.children)
    return last if opens_clause and comma >= 0 and source.doc[comma].text == "," else None


def _according_to(doc: Doc, according: Token) -> Attribution | None:
    """'According to X, P', 'P, according to X' and 'P, per X'."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    pobj = next((c for c in (to or according).children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sentence = according.sent
    phrase_start, phrase_end = according.i, pobj.right_edge.i + 1
    if (subject := _subject_read_as_appositive(pobj)) is not None:
        phrase_end = subject.left_edge.i
    pobj = _partitive_head(pobj)  # 'according to one of the officials': the officials
    if (named := _name_after(pobj)) is not None:  # 'according to the study's lead author, Tomas Weber of ...'
        pobj, phrase_end = named, max(phrase_end, min(named.right_edge.i + 1, sentence.end))
    # Like reported speech, P ends before the full stop that closes the sentence.
    sentence_end = sentence.end
    while sentence_end > sentence.start and doc[sentence_end - 1].is_space:
        sentence_end -= 1
    sentence_end -= doc[sentence_end - 1].text == "."
    if phrase_start <= sentence.start + 1:
        spans = [_clean_span(doc, list(doc[phrase_end:sentence_end]))]
    elif phrase_end >= sentence.end - 2 or sentence.root.i < phrase_start:
        spans = [_clean_span(doc, list(doc[sentence.start : phrase_start]))]
    else:
        # 'The airport, according to Hale, was running ...', 'By Tuesday morning, according to
        # Hale, the airport was running ...': the phrase interrupts the clause, which is both sides.
        spans = [
            _clean_span(doc, list(doc[sentence.start : phrase_start])),
            _clean_span(doc, list(doc[phrase_end:sentence_end])),
        ]
    segments = tuple(span for span in spans if span is not None)
    if not segments:
        return None
    return Attribution(
        segments=segments,
        cue="according to" if according.lower_ == "according" else according.lower_,
        cue_lemma="according to",
        cue_span=(according.idx, according.idx + len(according.text)),
        kind="according_to",
        polarity="asserted",
        speaker=pobj,
        time=None,
    )


# -- speakers, cues and times -----------------------------------------------------------------


#: Texts whose words are quoted with 'read': '"...," the statement read'.
_READ_OUT = frozenset({"statement", "letter", "note", "message", "post", "notice", "memo", "email", "caption", "sign"})
#: Verbs that report only with a clause: 'accepted under cross-examination that P', 'reminded
#: jurors they must not discuss the case'.
_CLAUSE_ONLY = frozenset({"accept", "remind", "project"})


def _is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and (_tally(token) is not None or _finding(token)):
        return True
    if token.pos_ == "VERB" and lemma == "point":  # 'she pointed out that P', not 'pointed to'
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if token.pos_ == "VERB" and lemma == "read":  # '"...," the statement read', 'a statement which read: "..."'
        document = token.head if token.dep_ == "relcl" else None
        return any(
            c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in _READ_OUT
                or (c.lower_ in {"which", "that"} and document is not None and document.lemma_.lower() in _READ_OUT)
            )
            for c in token.children
        )
    if token.pos_ == "VERB" and lemma == "put":  # '"...," as one diplomat put it'
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and any(
            c.lower_ == "as" and c.i < token.i for c in token.children
        )
    if token.pos_ == "VERB" and lemma in {"push", "hit"}:  # 'pushed back on the notion that P'
        return _pushed_back_on(token) is not None
    if token.pos_ == "VERB" and lemma == "answer" and token.tag_ in {"VB", "VBG"}:
        return False  # 'to avoid answering for the behaviour of her force' reports nothing
    if token.pos_ == "VERB" and lemma == "rule" and any(c.dep_ == "prt" for c in token.children):
        return False  # 'to rule out natural variability' reports nothing
    if token.pos_ == "VERB" and lemma in _CLAUSE_ONLY:  # 'accepted that he had lied', not 'accepted the offer'
        return any(c.dep_ == "ccomp" for c in token.children)
    if token.pos_ == "VERB" and lemma == "hear":  # 'the court heard that P': evidence put to it
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _HEARING_BODIES for c in token.children)
    if token.pos_ == "VERB" and lemma == "understand":  # 'Sky Sports News understands (that) P': a report
        return any(c.dep_ == "ccomp" for c in token.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.children
        )
    if token.pos_ not in {"VERB", "AUX"} or lemma not in SPEECH_VERBS:
        return False
    # Beliefs ("he thinks", "she believes") are reported inside the claims that carry them; a
    # sentence that only states a belief ('Police believe the gang had visited the shop') is one.
    if lemma in {"think", "believe", "fear", "reckon"}:
        return token.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON_PRONOUNS | {"you"} for c in token.children
        )
    return True


#: What a speaker posts or issues that then says something: 'posted an update saying P',
#: 'issued a press release stating that P'.
_ISSUED_NOUNS = frozenset({"update", "release", "post", "bulletin", "tweet", "notice", "letter", "message", "email"})
#: ... by posting or issuing it ('received a message saying P' is the sender's P, not hers).
_ISSUING_VERBS = frozenset(
    {"issue", "post", "publish", "send", "release", "put", "tweet", "write", "share", "circulate"}
)


def _name_after_opener(cue: Token) -> Token | None:
    """'Asked about staffing, chief executive Priya Namdar said P': the parser joins the name to
    the opening clause ('staffing and Namdar') and leaves the cue with no subject; the name
    between the opener's comma and the cue speaks."""
    doc = cue.doc
    name = doc[cue.i - 1] if cue.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ in _SUBJECTS:
        return None
    start = name.i
    while start > name.sent.start and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
        start -= 1
    return name if start > name.sent.start and doc[start - 1].text == "," else None


def _speaker_of(cue: Token) -> Token | None:
    """The subject that speaks: the cue's own subject, or the subject of the clause it joins."""
    if (quoted := _quoted_source(cue)) is not None:
        return quoted
    if (passive := _passive_denial(cue)) is not None:
        return passive[1]
    node: Token | None = cue
    hops = 0
    if (cue.dep_ == "conj" or (cue.dep_ in {"advcl", "pcomp"} and cue.tag_ == "VBG")) and not any(
        c.dep_ in _SUBJECTS for c in cue.children
    ):
        # "X denied that P and accused Y of Q", "X said that its forces had not fired since the
        # truce began and blamed Y", "X denied that P, saying Q": the parser joins the second cue
        # to a verb inside what X said, whose subject is not the speaker; 'She rejected the
        # argument that the term was too long, saying Q': to a verb inside what she rejected.
        if (rival := _contrasted_subject(cue)) is not None:
            return rival
        above = _reporting_cue_above(cue)
        if above is not None and not any(c.dep_ in _SUBJECTS for c in above.children):
            return _speaker_of(above)  # 'On Saturday, Thornbury, a Democrat, told P and accused Y'
        node = above or (_participle_subject_clause(cue) if cue.tag_ == "VBG" else None) or cue
    while node is not None and hops < 6:
        # 'Sturdevant, who left the company that April, confirmed ...': a day or month the parser
        # made a subject never speaks.
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS and not _calendar_word(c)]
        if (
            not subjects
            and node.i == cue.i
            and (
                named := _name_before_aside(cue)
                or _subject_before_relative(cue)
                or _name_after_day(cue)
                or _subject_of_a_name_verb(cue)
                or _apposed_name_before(cue)
                or _subject_read_as_apposition(cue)
                or _name_read_as_adverb(cue)
                or _subject_of_an_aside(cue)
                or _subject_of_misread_cue(cue)
                or _document_read_as_issuer(cue)
                or _name_after_opener(cue)
            )
        ):
            return named
        if not subjects and node.i != cue.i and (named := _name_after_day(node)) is not None:
            return named  # 'On Thursday Ferrow updated the toll, saying P'
        # "ORAVA, March 4 - The ministry said": the subject nearest the verb is the speaker.
        before = [c for c in subjects if c.i < node.i]
        subject = before[-1] if before else next(iter(subjects), None)
        if subject is not None:
            subject = _partitive_head(_titles_joined_to_name(_after_opening_phrase(subject)))
        if subject is not None and subject.lower_ in _ONE_OF_THEM and (above := _reporting_cue_above(cue)):
            return _speaker_of(above)  # 'Officials concede that A, with one estimating that B'
        if subject is not None and subject.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
            # "the consumer group Which?, which called on ..."; for "who", the person.
            subject = _who(node.head) if subject.lower_ == "who" else node.head
        if subject is not None and subject.dep_ == "nsubjpass" and node.i == cue.i and subject.lemma_.lower() != "it":
            return None  # 'a fee has been agreed': what is agreed does not speak
        if subject is not None and _plausible_speaker(subject):
            return subject
        if subject is not None and node.i == cue.i:
            return None
        issued = node.lemma_.lower() in _ISSUED_NOUNS and node.head.lemma_.lower() in _ISSUING_VERBS
        if node.dep_ == "dobj" and node.i != cue.i and (node.lemma_.lower() in CUE_NOUNS or issued):
            node = node.head  # 'The club issued a statement saying P': who issued it speaks
            hops += 1
            continue
        if node.dep_ in {"conj", "advcl", "xcomp", "ccomp", "acl", "relcl"} and node.head.i != node.i:
            misread = verb_misread_as_modifier(node.head) == node or _report_read_as_modifier(node) is not None
            if misread and _plausible_speaker(node.head):
                return node.head
            if node.dep_ == "relcl":
                return node.head if _plausible_speaker(node.head) else None
            node = node.head
            hops += 1
            continue
        return None
    return None


def _quoted_source(cue: Token) -> Token | None:
    """'Tass quoted Peskov as saying P', 'the agency cited a police spokesman as saying P': the one
    quoted speaks and the outlet relays; an anonymous source ('quoted an unnamed ministry source as
    saying') leaves the outlet as the speaker."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in {"quote", "cite"}:
        return None
    source = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if source is None or _anonymous(source) or not (source.lower_ in _OBJECT_PRONOUNS or _plausible_speaker(source)):
        return None
    return _titles_joined_to_name(source)


def _report_read_as_modifier(cue: Token) -> Token | None:
    """'The Interfax news agency reported on Saturday, citing a defence official, that P': the
    parser reads the sentence as one noun phrase, with the cue and the that-clause both modifiers
    of the speaker; the that-clause after the cue is what was reported."""
    speaker = cue.head
    if cue.dep_ != "acl" or speaker.dep_ != "ROOT" or speaker.pos_ not in {"NOUN", "PROPN"} or cue.tag_ == "VBG":
        return None
    return next((c for c in speaker.rights if c.i > cue.i and c.dep_ in {"acl", "relcl"} and _has_that(c)), None)


def _passive_denial(cue: Token) -> tuple[Token, Token] | None:
    """'The minister's claim that crime had fallen was rejected by the opposition', 'the allegations
    were denied by the company': the claim noun denied and the agent who denies it."""
    if cue.lemma_.lower() not in DENIAL_VERBS:
        return None
    claim = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in CLAIM_NOUNS), None)
    agent = next((c for a in cue.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
    return (claim, agent) if claim is not None and agent is not None else None


def _anonymous(noun: Token) -> bool:
    """'an unnamed official', 'sources close to the talks', 'a person familiar with the plans'."""
    return noun.lemma_.lower() in ANONYMOUS_HEADS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _ANONYMOUS_MODIFIERS for c in noun.children
    )


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_ANONYMOUS_MODIFIERS = frozenset({"unnamed", "anonymous", "unidentified"})


def _titles_joined_to_name(subject: Token) -> Token:
    """'Co-founder and CEO Aditi Raman says P': two titles joined before one name, which the parser
    reads as two subjects; the name speaks ('The mayor and Councillor Smith' are two people)."""
    if subject.lemma_.lower() not in PERSON_ROLE_NOUNS or any(c.dep_ in {"det", "poss"} for c in subject.children):
        return subject
    name = next((c for c in subject.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if name is None or not any(c.dep_ == "compound" and c.lower_ in TITLE_WORDS for c in name.lefts):
        return subject
    return name


def _calendar_word(token: Token) -> bool:
    return token.ent_type_ == "DATE" and token.lower_ in MONTHS | WEEKDAYS


def _after_opening_phrase(subject: Token) -> Token:
    """'Reacting, the Commissioner for Transportation, Dr X, said P', 'Outside court, the victim's
    partner, Rosalind Teague, told reporters P': the parser takes the opening participle or phrase
    for the subject and joins the speaker to it without 'and'; the joined noun speaks."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    # The tagger calls a capitalised participle opening a paragraph a name ('Reacting' PROPN).
    participle = subject.tag_ == "VBG" or (subject.pos_ == "PROPN" and subject.lower_.endswith("ing"))
    opening = subject.pos_ == "NOUN" and subject.left_edge.i == subject.sent.start and subject.left_edge.i < subject.i
    if not (participle or opening) or any(c.dep_ in {"cc", "preconj"} for c in subject.children):
        return subject
    joined = next((c for c in subject.rights if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if joined is None or any(c.dep_ == "cc" for c in joined.children):
        return subject
    return joined


def _name_before_aside(cue: Token) -> Token | None:
    """'Kemble, however, said ...': a name cut off from its verb by an aside, which the parser then
    reads as a modifier of the verb rather than its subject."""
    left = [c for c in cue.lefts if c.dep_ not in {"punct", "advmod"}]
    if len(left) != 1:
        return None
    name = left[0]
    aside = cue.doc[name.right_edge.i + 1 : cue.i]
    if not (
        name.left_edge.i == name.sent.start
        and name.pos_ in {"PROPN", "NOUN", "ADJ"}
        and all(t.text[:1].isupper() or t.is_punct for t in name.subtree)
        and any(t.pos_ == "ADV" for t in aside)
        and all(t.is_punct or t.pos_ == "ADV" for t in aside)
    ):
        return None
    _retag_name(name)
    return name


def _subject_before_relative(cue: Token) -> Token | None:
    """'The 48-year-old, who was himself shown a yellow card ..., insisted that P': the parser
    takes the opening noun phrase for the subject of the relative clause's verb and leaves the
    cue without one; the phrase before ', who' speaks."""
    sentence = cue.sent
    chunk = next((c for c in sentence.noun_chunks if c.start == sentence.start), None)
    if chunk is None or chunk.end + 1 >= cue.i or cue.doc[cue.i - 1].text != ",":
        return None
    relative = cue.doc[chunk.end : chunk.end + 2]
    if relative[0].text != "," or relative[1].lower_ not in {"who", "which"}:
        return None
    return chunk.root if _plausible_speaker(chunk.root) else None


def _apposed_name_before(cue: Token) -> Token | None:
    """'In a post on X, Aldenmark's foreign minister, Pieter Hallgren, said P': the parser hangs
    the speaker on the opening phrase as an apposition, and the cue has no subject."""
    if cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    name = cue.doc[cue.i - 2]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    # 'On Saturday, Thornbury, a two-term Democrat, told ...': the description is apposed to the name.
    while name.dep_ == "appos" and name.head.dep_ == "appos" and name.head.pos_ == "PROPN":
        name = name.head
    return name if name.dep_ == "appos" and name.pos_ == "PROPN" else None


def _subject_read_as_apposition(cue: Token) -> Token | None:
    """'Speaking from a house in Marfa, Texas, the 31-year-old told Rolling Stone P': the parser
    reads the phrase before the cue as an apposition inside the opening adverbial and leaves the
    cue without a subject; a phrase set off by a comma and right before the verb is its subject."""
    if cue.i < 2 or cue.doc[cue.i - 1].is_punct:
        return None
    phrase = cue.doc[cue.i - 1]
    while phrase.head.i < cue.i and phrase.head.i > phrase.i:
        phrase = phrase.head
    if phrase.dep_ != "appos" or phrase.right_edge.i != cue.i - 1 or phrase.head.i > phrase.i:
        return None
    # ('Speaking at a briefing in Geneva, Director-General Dr Lucía Ferreira-Mensah said P': a name.)
    described = phrase.left_edge.lower_ in {"the", "a", "an"} or phrase.pos_ == "PROPN"
    if cue.doc[phrase.left_edge.i - 1].text != "," or not described:
        return None
    return phrase if phrase.pos_ in {"NOUN", "PROPN", "ADJ"} and _plausible_speaker(phrase) else None


def _subject_of_an_aside(cue: Token) -> Token | None:
    """'Ferreira-Bell, widely tipped to challenge the prime minister, denied that P', 'Agent Lena
    Brandt, asked about the session, said P': the parser makes the name the subject of the
    participle set off by commas (even as what was said) and leaves the cue without one."""
    asides = [
        c
        for c in cue.lefts
        if c.dep_ in {"advcl", "ccomp"} and (c.tag_ in {"VBN", "VBG"} or c.lemma_.lower() == "ask")  # 'asked' as VBD
    ]
    head = cue.head
    if (
        cue.dep_ in {"dep", "conj", "parataxis"}
        and head.i < cue.i
        and (head.tag_ in {"VBN", "VBG"} or head.lemma_.lower() == "ask")
        and any(t.text == "," for t in cue.doc[head.i + 1 : cue.i])
    ):
        asides.append(head)  # or the parser makes the aside the root and hangs the cue on it
    for aside in asides:
        subject = next((c for c in aside.children if c.dep_ in _SUBJECTS and c.i < aside.i), None)
        if (
            subject is not None
            and any(t.text == "," for t in cue.doc[subject.i + 1 : aside.i])
            and _plausible_speaker(subject)
        ):
            return subject
    return None


def _subject_of_misread_cue(cue: Token) -> Token | None:
    """The speaker of a cue read as an adjective of its object (see _object_read_as_head): the
    phrase the object is apposed to."""
    obj = _object_read_as_head(cue)
    if obj is None or obj.head.i > cue.i:
        return None
    return obj.head if _plausible_speaker(obj.head) else None


def _document_read_as_issuer(cue: Token) -> Token | None:
    """'An army statement issued an hour later said P': the parser makes 'issued' the main verb,
    with the statement its subject, and hangs 'said' on it; the statement speaks."""
    head = cue.head
    if cue.dep_ != "dep" or head.i >= cue.i or head.lemma_.lower() not in _ISSUING_VERBS:
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and subject.lemma_.lower() in CUE_NOUNS | _ISSUED_NOUNS else None


def _name_read_as_adverb(cue: Token) -> Token | None:
    """'Mr Kiely said ...': the parser hangs the name on the verb as an adverb; '"...," Vesely
    said': the tagger takes an unknown name in -ly for an adverb, and '"...," Pike told reporters'
    a short one for an interjection (a capitalised adverb or interjection right before a verb with
    no subject is a name)."""
    name = cue.doc[cue.i - 1] if cue.i > 0 else None
    if name is None or name.dep_ not in {"advmod", "intj"} or name.head.i != cue.i or not name.text[:1].isupper():
        return None
    if name.pos_ == "ADV":
        _retag_name(name)
    elif name.pos_ == "INTJ" and _inside_sentence(name):
        name.pos_, name.tag_ = "PROPN", "NNP"
    return name if name.pos_ == "PROPN" or name.ent_type_ == "PERSON" else None


def _subject_of_a_name_verb(cue: Token) -> Token | None:
    """'Obuya, a spokeswoman for the group Return the Treasures, said P': the parser reads the
    capitalised verb in the group's name as a clause of the cue, with the speaker as its subject."""
    for clause in cue.lefts:
        if clause.dep_ == "ccomp" and clause.text[:1].isupper() and clause.i > clause.sent.start:
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i), None)
            if subject is not None and _plausible_speaker(subject):
                return subject
    return None


def _name_after_day(cue: Token) -> Token | None:
    """'On Monday Lomax said ...': the parser reads 'Monday Lomax' as one name after 'On'."""
    for prep in (c for c in cue.lefts if c.dep_ == "prep"):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            if any(c.dep_ == "compound" and c.lower_ in WEEKDAYS for c in name.lefts):
                return name
    return None


#: Present-tense cues that read as plural nouns at the end of a sentence: '..., the paper reports.'
_CUES_READ_AS_NOUNS = {"reports": "report", "notes": "note", "claims": "claim", "warns": "warn", "finds": "find"}


def _retag_trailing_cue(root: Token) -> None:
    """'P, the paper reports.': the parser reads the closing cue as a noun, or at least its
    speaker as the cue's modifier, though it hangs P on the cue as a clause; make the cue the verb
    it is and the speaker its subject."""
    if root.lower_ not in _CUES_READ_AS_NOUNS or root.i < 3 or any(c.dep_ in _SUBJECTS for c in root.children):
        return
    speaker = next((c for c in root.lefts if c.dep_ == "compound"), None)
    if speaker is None or not any(c.dep_ == "ccomp" and c.i < speaker.i for c in root.children):
        return
    phrase_start = min(c.left_edge.i for c in root.lefts if c.dep_ in {"det", "compound", "amod", "poss"})
    if root.doc[phrase_start - 1].text != ",":
        return
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", _CUES_READ_AS_NOUNS[root.lower_]
    speaker.dep_ = "nsubj"


def _retag_name(token: Token) -> None:
    """A capitalised 'adjective' that speaks is the tagger's guess for an unknown name ('Kemble,
    however, said'): tag it as a name so the actor is resolved as one."""
    if token.pos_ in {"ADJ", "ADV"} and token.text[:1].isupper() and token.ent_type_ != "NORP":
        token.pos_, token.tag_ = "PROPN", "NNP"
    elif token.tag_ in {"VBG", "VBN"} and token.text[:1].isupper() and _inside_sentence(token):
        token.pos_, token.tag_ = "PROPN", "NNP"  # '"We need calm," Denning said': not a gerund


def _inside_sentence(token: Token) -> bool:
    """Whether a token stands where only a name is capitalised: not first in its sentence, or
    first after a closing quote ('"...," Denning said')."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and (not token.is_sent_start or previous.text in {"”", '"', "’", "'"})


def _contrasted_subject(cue: Token) -> Token | None:
    """'The ministry claimed that P, while Sarkis put the losses at "several dozen" and said Q':
    the parser joins 'said' to P, but it goes on the contrasting clause, whose subject speaks."""
    if cue.dep_ != "conj":
        return None
    doc = cue.doc
    for clause in doc[cue.head.i + 1 : cue.i]:
        joined = all(t.is_punct or t.dep_ == "cc" for t in doc[clause.right_edge.i + 1 : cue.i])
        if clause.dep_ != "advcl" or not joined:
            continue
        if any(m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in clause.children):
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            if subject is not None and _plausible_speaker(subject):
                return subject
    return None


def _who(antecedent: Token) -> Token:
    """Who 'who' is: the parser hangs the clause on the nearest noun, so 'Marta Ruiz, the union's
    representative at the plant, who said' climbs from 'plant' through 'at' and the apposition."""
    node = antecedent
    following = antecedent.doc[antecedent.i + 1 : antecedent.sent.end]
    who = next((t for t in following if t.lower_ == "who" and t.dep_ in _SUBJECTS), None)
    before = antecedent.doc[who.i - 2] if who is not None and who.i >= 2 else None
    if (
        before is not None
        and antecedent.doc[who.i - 1].text == ","
        and before.i != antecedent.i
        and before.lemma_.lower() in PERSON_ROLE_NOUNS | GROUP_NOUNS
        and antecedent.lemma_.lower() not in PERSON_ROLE_NOUNS | GROUP_NOUNS
        and antecedent.ent_type_ != "PERSON"
    ):
        return before  # 'The post drew comments from fans, who said P': the parser hung it on 'post'
    while node.ent_type_ != "PERSON" and node.head.i != node.i:
        named = next((c for c in node.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # 'according to her publicist, Dana Whitcombe, who said'
            return named
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
        elif node.dep_ == "appos":
            node = node.head
        else:
            break
    return node


def _participle_subject_clause(participle: Token) -> Token | None:
    """Whose subject a participle shares: the nearest cue above it, else, for one set off by a
    comma ('Marovic played down fears that the sell-off could worsen, telling lawmakers that P'),
    the sentence's main clause, wherever the parser hung it."""
    cue = next((node for node in participle.ancestors if _is_cue(node)), None)
    if cue is None and participle.dep_ == "pcomp" and participle.head.lower_ == "as":
        return participle.head.head  # 'was quoted by the agency as saying that P': whoever was quoted
    if cue is None and participle.i > 0 and participle.doc[participle.i - 1].text == ",":
        return participle.sent.root
    return cue


def _reporting_cue_above(token: Token) -> Token | None:
    """The cue whose that-clause holds ``token`` ('said' in 'said that A began and blamed B')."""
    node = token.head
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and _is_cue(node.head):
            return node.head
        claim = node.head  # 'denied reports that the district had been warned, saying ...'
        if node.dep_ == "acl" and claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ == "dobj" and _is_cue(claim.head):
            return claim.head
        node = node.head
    return None


def _speaker_after(cue: Token) -> Token | None:
    """'said the minister': spaCy sometimes parses an inverted subject as an object."""
    for child in cue.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and _plausible_speaker(child):
            return child
    return None


def _partitive_head(subject: Token) -> Token:
    """'Two of Vantorp's aides said': the speakers are the aides, not the number; 'one of them,
    retired teacher Marguerite Dossou, said': the person the apposition names."""
    if subject.like_num or subject.lower_ in {"some", "many", "several", "most", "one", "both", "all"}:
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
            return noun
    return subject


def _plausible_speaker(token: Token) -> bool:
    """Whether a token can be who speaks; a subject the tagger called a capitalised adjective is
    retagged as the name it is on the way (see :func:`_retag_name`)."""
    if token.dep_ in _SUBJECTS:
        _retag_name(token)
    if token.lower_ in MEMBER_WORDS and token.dep_ in _SUBJECTS:
        # 'Two officials said A. One of them said B', 'Another said C'; not 'one could argue'
        return not any(c.tag_ == "MD" for c in token.head.children)
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "they", "it", "i", "we"}
    if _apposed_charge(token):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    if AGE_WORD.fullmatch(token.text):
        return True  # 'The 52-year-old insisted ...', tagged an adjective
    # Any common noun can speak ("the monitoring mission said"), but not a clause-like pronoun.
    return token.pos_ == "NOUN" or token.lemma_.lower() in _SPEAKER_NOUNS


def _apposed_charge(token: Token) -> bool:
    """'Dalmoria accused Kestria of diverting water, a charge Kestria has rejected', which the
    parser may read as 'a charge' rejecting the whole sentence: the charge is what is denied,
    never who denies."""
    comma = token.left_edge.i - 1
    return (
        token.lemma_.lower() in _CHARGES
        and token.head.lemma_.lower() in DENIAL_VERBS
        and comma >= 0
        and token.doc[comma].text == ","
    )


#: Nouns that name what someone is accused of or said to have claimed.
_CHARGES = frozenset({"charge", "claim", "allegation", "accusation", "assertion", "suggestion"})


def _passive_report(cue: Token) -> bool:
    """'it was widely reported that P', 'it has been reported that P', 'it is understood that P',
    'It was announced on Tuesday that P': no one is named, and the 'it' is no one's pronoun."""
    if cue.lemma_.lower() not in HEARSAY_VERBS | _UNNAMED_REPORT_VERBS:
        return False
    expletive = any(c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in cue.children)
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    return expletive and passive


#: Verbs of a report passed on without its source: 'it was reported that P' is the media's.
HEARSAY_VERBS = frozenset({"report", "rumor", "rumour", "say", "claim", "allege"})
#: Verbs of an unnamed source's report: 'it is understood that P', 'It was announced that P'.
_UNNAMED_REPORT_VERBS = frozenset({"understand", "learn", "believe", "announce", "confirm", "inform", "state"})


def _cue_text(cue: Token, *, negated: bool = False) -> str:
    """The cue as a phrase: 'told reporters', 'said', 'did not dispute' (``negated``)."""
    if negated:
        first = min((c.i for c in cue.children if c.dep_ in {"neg", "aux"} and c.i < cue.i), default=cue.i)
        return cue.doc[first : cue.i + 1].text
    listener = next(
        (c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in LISTENER_NOUNS), None
    )
    if listener is not None and listener.i == cue.i + 1:
        return f"{cue.text} {listener.text}"
    particle = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if particle is not None and particle.dep_ == "prt" and particle.head.i == cue.i:
        return f"{cue.text} {particle.text}"  # 'pointed out'
    return cue.text


def _stated_time(doc: Doc, cue: Token, segments: Iterable[tuple[int, int]]) -> str | None:
    """A time expression attached to the cue ('said Monday', 'on Thursday') outside the content."""
    spans = list(segments)
    # Times inside the speaker's phrase ('Hale, who has led the city since 2019,', 'Obi, 61,') are not when they spoke.
    speaker = {t.i for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree}
    # ... but 'Northfield United on Sunday denied': the parser hangs the verb's day on the subject.
    speaker -= {
        t.i
        for c in cue.children
        if c.dep_ in _SUBJECTS
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in {"on", "at"} and p.right_edge.i == cue.i - 1
        for t in p.subtree
    }
    # Nor are times in the question put to them ('Asked whether talks would resume next week').
    asked = {t.i for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() == "ask" for t in c.subtree}
    # Nor are times in what was said, though it be another claim of the cue ('said Russia had made
    # no new demands and that its position had been known for months').
    said = {t.i for c in cue.children if c.dep_ == "ccomp" for t in c.subtree}
    governed = {t.i for t in cue.subtree} - speaker - asked - said
    best: tuple[int, str] | None = None
    opening = min((start for start, _ in spans), default=-1)
    for ent in cue.sent.ents:
        # ('said on Monday it would shut': the day between the cue and what was said is when)
        between = cue.idx < ent.start_char and ent.end_char <= opening
        if ent.label_ not in _TIME_LABELS or (ent.root.i not in governed and not between) or _AGE.search(ent.text):
            continue  # '52-year-old' is an age the tagger calls a date
        following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if (_DURATION.fullmatch(ent.text) and following != "ago") or _AFTERWARDS.search(f"{ent.text} {following}"):
            continue  # 'three days after', 'hours later', 'later in the day': how long, not when
        if any(s <= ent.start_char < e for s, e in spans):
            continue
        distance = abs(ent.root.i - cue.i)
        if best is None or distance < best[0]:
            best = (distance, _time_phrase(ent))
    if best is None:
        for token in cue.children:
            if token.lower_ in WEEKDAYS:
                return token.text
    return best[1] if best else None


_TIME_UNITS = r"minutes?|hours?|days?|weeks?|months?|years?"
#: A stretch of time with no point in it: 'three days', 'hours', 'the day' (not 'two days ago').
_DURATION = re.compile(
    r"(?:(?:a|an|the|a few|few|several|many|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven|twelve|\w+-\w+)\s+)?(?:{_TIME_UNITS}|decades?)",
    re.IGNORECASE,
)
#: A stretch of time counted from another moment: 'hours later', 'three days after'.
_AFTERWARDS = re.compile(rf"\b(?:{_TIME_UNITS})\s+(?:later|earlier|after|before)\b")


def _time_phrase(ent: Span) -> str:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    possessive = ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"  # 'In Sunday's statement'
    if before is not None and before.lower_ in {"on", "in", "last", "earlier", "since", "at"} and not possessive:
        return f"{before.text} {ent.text}"
    return ent.text


# -- span helpers -----------------------------------------------------------------------------


def _subtree_range(*heads: Token) -> list[Token]:
    """Tokens of the heads' subtrees, minus clauses that are separate attributions."""
    tokens: set[int] = set()
    doc = heads[0].doc
    for head in heads:
        tokens.update(t.i for t in head.subtree)
        for token in head.subtree:
            if token.i != head.i and (
                _is_separate_attribution(token) or _is_aside(token) or _narration_joined_to_claim(token)
            ):
                tokens.difference_update(t.i for t in token.subtree)
    ordered = sorted(tokens)
    return [doc[i] for i in ordered]


def _narration_joined_to_claim(token: Token) -> bool:
    """'wrote that the delay "removes $400 million from our estimate" and lowered her price
    target': a past-tense verb with no subject joined, after a closing quote, to a present-tense
    claim goes on with what the speaker did, in the writer's tense, not with what she said ('said
    the plan works and saved money' is one claim)."""
    head = token.head
    before = token.doc[token.i - 2] if token.i > 1 else token
    return (
        token.dep_ == "conj"
        and token.doc[token.i - 1].dep_ == "cc"
        and before.text in CLOSING
        and token.tag_ == "VBD"
        and head.tag_ in {"VBZ", "VBP"}
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and _is_cue(head.head)
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


def _is_aside(token: Token) -> bool:
    """', even as Moscow continues ...' / ', escalating a row ...' / a closing appositive: comma-led
    words that are usually the outlet's own narration rather than the speaker's."""
    first = token.left_edge
    if token.i == 0 or first.i == 0 or token.doc[first.i - 1].text != ",":
        return False
    last = token.sent.end
    while last > token.i and (token.doc[last - 1].is_space or token.doc[last - 1].is_punct):
        last -= 1
    # ('to account for two substitutions, a long injury stoppage and a VAR check': a list goes on)
    listed = any(c.dep_ == "cc" for c in token.children)
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.right_edge.i + 1 >= last and not listed:
        # "..., Mila Dorn, the first such encounter since ...": background, unless quoted
        # ('wants "a bill that can pass, not a bill that makes a point"')
        return sum(t.text == '"' for t in token.doc[token.sent.start : first.i]) % 2 == 0
    if token.dep_ not in {"advcl", "prep"} or (token.dep_ == "prep" and token.lower_ != "despite"):
        return False
    if any(_is_cue(a) and a.i > token.right_edge.i for a in token.ancestors):
        return False  # 'A rose 6%, while B fell, the company said': all before the cue is its words
    if token.dep_ == "prep":
        return True  # '..., despite mounting reports that ...'

    if any(c.dep_ == "conj" and _has_that(c) for c in token.children):
        return False  # '..., reflecting catch-up for past rises, and that it will fade': still reported
    marks = {c.lower_ for c in token.children if c.dep_ in {"mark", "advmod"}}
    participle = token.tag_ == "VBG" and first.i == token.i and not _is_cue(token)
    return bool(marks & _ASIDE_MARKS) or participle


def _is_separate_attribution(token: Token) -> bool:
    """'..., telling reporters that ...', '..., before adding that ...', '..., which she said
    ...' or '... and accused Y of ...' start their own claim."""
    if token.dep_ == "prep" and token.lower_ in {"before", "after", "with"}:
        # '..., with one estimating that the final figure is higher': one of them says more.
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" and _is_cue(c) for c in token.children)
    if token.dep_ == "relcl" and _is_cue(token):  # '10km, which she said helped explain the damage'
        # ('a problem that many had been warning about' only says which problem)
        stranded = any(t.dep_ == "pobj" and t.lower_ in RELATIVE_WORDS and t.i < token.i for t in token.subtree)
        # ('every word his client said on the podcast was true': with no relative word and no
        # clause of its own, what was said is the noun itself; so is 'three times what they had
        # predicted')
        reports = any(
            c.dep_ in {"ccomp", "xcomp"}
            or (c.tag_ in {"WDT", "WP"} and not (c.lower_ == "what" and c.dep_ == "dobj"))
            or (c.dep_ == "prep" and c.lower_ == "as")
            for c in token.children
        )
        return (
            not stranded
            and reports
            and any(c.dep_ in _SUBJECTS and c.tag_ not in {"WDT", "WP"} for c in token.children)
        )
    if token.dep_ not in {"advcl", "conj"} or not _is_cue(token) or _report_inside_claim(token):
        return False
    if token.dep_ == "conj" and _has_that(token):  # 'said A and that the union had rejected it'
        return False
    if any(c.dep_ in _SUBJECTS for c in token.children):
        if token.dep_ == "advcl" and _opened_by(token, _TIME_MARKS) and token.left_edge.i > 0:
            # '..., after social media posts claimed that P': a report of its own, set in time
            return token.doc[token.left_edge.i - 1].text == ","
        return (
            token.dep_ == "conj"
            and _speaker_of(token) is not None
            and not any(c.dep_ in _SUBJECTS and c.pos_ != "PRON" for c in token.head.children)
        )
    return True


def _names_a_deed(prep: Token) -> bool:
    """'accused the diplomat of "repeated interference"': a common noun after 'of' is the charge
    (a name is not: 'the mayor of Linden')."""
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_ for c in prep.children)


def _pobj_tokens(prep: Token) -> list[Token]:
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return _subtree_range(*objects) if objects else []


def _clean_span(doc: Doc, tokens: list[Token], shortest: int = 2) -> tuple[int, int] | None:
    """Character span of the contiguous part of ``tokens``, trimmed of joiners and punctuation,
    or None when fewer than ``shortest`` words (other than a number) are left."""
    if not tokens:
        return None
    # Keep the first contiguous run (tokens removed in the middle split separate claims).
    run = _runs(tokens)[0]
    while run and (
        (
            run[0].lower_ in _STRIP_EDGE
            and not _demonstrative_subject(run[0])
            and not _demonstrative_of_subject(run[0])
            and not _demonstrative_of_claim(run[0], run)
        )
        or run[0].is_space
        or (run[0].is_punct and run[0].text not in "“\"‘'")
    ):
        run.pop(0)
    while run and (
        (run[-1].lower_ in _STRIP_EDGE and run[-1].dep_ not in {"dobj", "pobj", "nsubj"})  # 'the prices reflect that'
        or run[-1].is_space
        or (run[-1].is_punct and run[-1].text not in "”\"’'.?!)%")
        or run[-1].text in {"“"}
    ):
        run.pop()
    if not run or (len(run) < shortest and not run[0].like_num):
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    after = doc[run[-1].i + 1 : run[-1].i + 3]
    if len(after) == 2 and after[0].text == "/" and not run[-1].whitespace_ and not after[0].whitespace_:
        end = after[1].idx + len(after[1].text.rstrip("."))  # '185 km/h.': the parser hung 'h.' on the verb
    if (clock := _clock_time_after(run[-1])) is not None:
        end = clock.idx + len(clock.text)  # 'between midnight and 2 a.m.': the parser hung 'a.m.' on the cue
    text = doc_text(doc)
    for opening, closing in ("[", "]"), ("(", ")"):
        # 'said [the suspect] had fled': the parser hangs an editor's opening bracket on the cue.
        if (
            start > 0
            and text[start - 1] == opening
            and text.count(closing, start, end) > text.count(opening, start, end)
        ):
            start -= 1
    if text[start] in '“"' and text[end - 1] in '”"' and text.count('"', start, end) <= 2:
        start, end = start + 1, end - 1
    elif text[start] in '“"' and not any(ch in text[start + 1 : end] for ch in '”"'):
        start += 1
    elif text[end - 1] in '”"' and not any(ch in text[start : end - 1] for ch in '“"'):
        end -= 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    if _open_quote(text[start:end]):
        # The parser hung the closing mark on the cue or the next sentence: keep the quote whole.
        closing = re.match(r'[.?!]?[”"]', text[end : end + 2])
        end += closing.end() if closing else 0
    return (start, end) if end > start else None


def _clock_time_after(last: Token) -> Token | None:
    """The 'a.m.' or 'p.m.' that ends a time the parser split off a claim: after its number ('2
    a.m.'), or after 'and 2' closing a range ('between midnight and 2 a.m.')."""
    following = last.doc[last.i + 1 : last.i + 4]
    if last.like_num and following[:1] and following[0].lower_ in CLOCK_SUFFIXES:
        return following[0]
    joined = len(following) == 3 and following[0].lower_ in {"and", "to", "until"} and following[1].like_num
    return following[2] if joined and following[2].lower_ in CLOCK_SUFFIXES else None


def _demonstrative_subject(token: Token) -> bool:
    """'He said that was "not on the table"': 'that' is what P is about, not the word opening it."""
    if token.lower_ != "that" or token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i < token.i:
        return False
    # Only right before a verb that cannot be a noun ('that was', 'that would be'; not 'that plans
    # to', nor 'but that closer did not mean', where the parser took the conjunction for a pronoun).
    verb, following = token.head, token.doc[token.i + 1]
    if following.i == verb.i:
        return verb.pos_ == "AUX" or verb.lemma_ == "be"
    return following.head.i == verb.i and following.dep_ in {"aux", "auxpass"}


def _demonstrative_of_subject(token: Token) -> bool:
    """'That cut, she said, would be the last': 'that' picks out the subject ('said that stool
    samples had tested positive' opens a clause, even where the parser reads a determiner)."""
    return token.is_sent_start and token.dep_ == "det" and token.head.dep_ in {"nsubj", "nsubjpass"}


def _demonstrative_of_claim(token: Token, run: list[Token]) -> bool:
    """'disputed that account', 'denied that report': 'that' picks out the claim denied, and the
    run is that noun phrase alone ('denied that reports had been altered' opens a clause)."""
    claim = token.head
    return (
        token.dep_ == "det"
        and claim.lemma_.lower() in CLAIM_NOUNS
        and claim.dep_ == "dobj"
        and all(t.i == token.i or t.is_punct or claim.left_edge.i <= t.i <= claim.right_edge.i for t in run)
    )


def _open_quote(span: str) -> bool:
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing spaces and the comma that closes a quote before its attribution."""
    while end > start and text[end - 1] in " \n,;:":
        end -= 1
    return start, end


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in ``[start, end)``, found by binary search (tokens are in text order)."""
    first = bisect_left(range(len(doc)), start, key=lambda i: doc[i].idx)
    stop = bisect_left(range(first, len(doc)), end, key=lambda i: doc[i].idx) + first
    return list(doc[first:stop])


def paragraph_start(text: str, position: int) -> int:
    """Where the paragraph (line) holding ``position`` starts."""
    return text.rfind("\n", 0, position) + 1


def paragraph_end(text: str, position: int) -> int:
    """Where the paragraph (line) holding ``position`` ends, before its line break."""
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def _quote_words(doc: Doc, quote: Quote) -> int:
    return len(doc_text(doc)[quote.start : quote.end].split())


def _opens_quote(clause: Token) -> bool:
    """Whether a clause starts right after (or with) a quotation mark."""
    first = clause.left_edge
    return _is_quote_token(first) or (first.i > 0 and _is_quote_token(first.doc[first.i - 1]))


def _is_quote_token(token: Token) -> bool:
    return token.text in {"“", "”", '"'}


def _inside(position: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _drop_nested(attributions: list[Attribution]) -> list[Attribution]:
    """Drop a reported-speech claim whose cue and content lie inside another claim's content, and
    a second cue's claim on words already claimed ('The authority said its own figures showed that
    A, and that B': 'said' and 'showed' both reach B)."""
    kept = []
    # (a denial and the claim it rejects share their words: 'rejected claims by X that P')
    claimed: set[tuple[tuple[tuple[int, int], ...], str]] = set()
    attributions = [a for a in attributions if not _relays_a_report(a, attributions)]
    for candidate in attributions:
        if (candidate.segments, candidate.polarity) in claimed:
            continue
        claimed.add((candidate.segments, candidate.polarity))
        nested = any(
            other is not candidate
            and other.kind != "direct"
            and candidate.kind != "direct"
            and other.start <= candidate.cue_span[0] < other.end
            and other.start <= candidate.start
            # ('dismissed reports that she had threatened to resign as "fiction"': the label is no
            # part of what is denied, so the report inside it may run past its end)
            and (candidate.end <= other.end or other.polarity == "denied")
            for other in attributions
        )
        if not nested:
            kept.append(candidate)
    return sorted(kept, key=lambda a: a.start)


def _relays_a_report(source: Attribution, attributions: list[Attribution]) -> bool:
    """'"We did not negotiate for four months to lose this," she told them, according to a third
    person briefed on the exchange': the source relays a quote; its words are hers alone."""
    return source.kind == "according_to" and any(
        other.kind == "direct" and source.start <= other.cue_span[0] < source.end for other in attributions
    )


def _said_untrue(clause: Token) -> Token | None:
    """The clause called untrue in 'said it was "simply not true" that P', 'said there was no truth
    to reports that P' or 'said it rejects the suggestion that P': P, which the speaker denies."""
    if not any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "there", "we", "they", "he", "she"} for c in clause.children
    ):
        return None
    if clause.lemma_.lower() in DENIAL_VERBS:
        # 'said it strongly rejects the suggestion that P', 'said he denies telling staff to hide
        # the data', 'said he denied that P', 'said he denied any wrongdoing': the speaker's own
        # denial, reported
        claims = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS]
        if claims:
            return next((c for n in claims for c in n.children if c.dep_ in {"acl", "ccomp"} and _has_that(c)), None)
        return next(
            (
                c
                for c in clause.children
                if c.i > clause.i
                and (
                    (c.dep_ == "ccomp" and _has_that(c))
                    or (c.dep_ in {"xcomp", "ccomp", "dobj"} and c.tag_ == "VBG")
                    or (c.dep_ == "dobj" and c.pos_ == "NOUN" and clause.lemma_.lower() in {"deny", "dispute"})
                )
            ),
            None,
        )
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "there"} for c in clause.children):
        return None
    for word in clause.children:
        negated = any(c.dep_ == "neg" for c in word.children)
        untrue = word.lemma_.lower() in _UNTRUE or (word.lemma_.lower() in {"true", "correct", "accurate"} and negated)
        if word.dep_ == "acomp" and untrue:
            return next((c for c in (*word.children, *clause.children) if c.dep_ == "ccomp" and _has_that(c)), None)
        if word.dep_ == "attr" and word.lemma_.lower() == "truth" and any(c.lower_ == "no" for c in word.children):
            reports = [p for prep in word.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
            return next((c for r in reports for c in r.children if c.dep_ in {"acl", "ccomp"} and _has_that(c)), None)
    return None


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


#: Narrower than _FALSITY: 'it was absurd that the plant closed' says that it closed.
_UNTRUE = frozenset({"untrue", "false", "wrong", "incorrect", "inaccurate", "baseless", "unfounded"})


def _name_after(role: Token) -> Token | None:
    """The person named after a role and a comma ('the lead author, Tomas Weber'), however the
    parser attached the name."""
    if role.lemma_.lower() not in PERSON_ROLE_NOUNS:
        return None
    if (apposed := next((c for c in role.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)) is not None:
        return apposed  # 'her manager, Dana Whitcombe, Harlow turned down ...': not the name after it
    comma = role.right_edge.i + 1
    doc = role.doc
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_type_ != "PERSON":
        return None
    end = comma + 1
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _called(obj: Token) -> Token | None:
    """What a 'called' object is called: 'called the protests [an attempt to seize power]'."""
    return next((c for c in obj.head.children if c.dep_ == "oprd" and c.i > obj.i), None)


def subtree_text(token: Token) -> str:
    """The words a token heads, as written: 'the end of the academic year'."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def characterisation(cue: Token) -> str | None:
    """'called the protests an attempt to seize power' states 'the protests were an attempt to
    seize power'; None for any other cue."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if cue.lemma_.lower() != "call" or obj is None or obj.pos_ == "PRON" or (named := _called(obj)) is None:
        return None
    return f"{subtree_text(obj)} {'were' if obj.tag_ == 'NNS' else 'was'} {subtree_text(named).strip(chr(34) + '“”')}"


#: Conjunctions of a reason or condition that go on the claim a parenthetical cue interrupts.
_CLAUSE_MARKS = frozenset({"because", "unless", "if"})
#: Subjects that stand for one of a group already speaking.
_ONE_OF_THEM = frozenset({"one", "another", "some", "several", "many", "most", "others"})
#: Verbs that fault someone for something ('slammed the Government for letting the dispute drift').
_CRITICISING = frozenset({"slam", "criticise", "criticize", "blast", "condemn"})
#: Verbs that ask someone to act ('urged residents to leave', 'challenged Hollis to show the receipts').
_URGING = frozenset({"urge", "challenge"})
#: The words before a quoted label however short ('dismissed the claim as "complete fantasy"').
_LABEL_LEAD = re.compile(
    r"\b(?:as|(?:call|brand|label|term)(?:ed|led|s|ing)?(?!\s+(?:on|upon)\b)(?:\s+[\w’']+){1,3})\s*$", re.IGNORECASE
)
#: Verbs that put a label on something: a quoted label right after them is the speaker's words.
#: Verbs that name what someone or something was ('remembered her as "a force of nature"') but
#: report nothing said on their own ('hailed the deal', 'remembered the day'): cues only before a
#: quoted label.
_TRIBUTES = frozenset({"hail", "praise", "remember"})
_NAMING_VERBS = frozenset({"call", "describe", "dismiss", "brand", "label", "term", "denounce", "condemn"}) | _TRIBUTES
#: Words that call a report or claim untrue.
_FALSITY = re.compile(
    r"\b(baseless|false|untrue|fabricat\w*|invent\w*|fake|lies?|nonsense|absurd|unfounded|groundless|"
    r"inaccurate|wrong|fiction|fantasy|ridiculous|misleading)\b",
    re.IGNORECASE,
)


#: Prepositions that say where or when a charge was made ('in a statement', 'on Tuesday'), unlike
#: those its verb governs ('gambling with residents' lives').
_SETTING = frozenset({"in", "on", "at", "during", "after", "before"})


def _purpose(token: Token) -> bool:
    """'to balance its books': an infinitive of purpose."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _has_gerund(prep: Token) -> bool:
    """'of treating the villages ...', and 'of cherry-picking messages' (the parser makes the
    gerund a modifier of its object)."""
    return (
        any(child.dep_ == "pcomp" for child in prep.children)
        or any(t.tag_ == "VBG" for t in prep.subtree)
        # 'of gambling with residents' lives', the gerund tagged as a noun
        or any(c.dep_ == "pobj" and c.lower_.endswith("ing") and c.tag_ == "NN" for c in prep.children)
    )
