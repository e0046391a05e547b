"""Interviews and transcripts: every answer or turn is its speaker's own words.

News sites print interviews as a short introduction followed by the exchange, either as
questions and answers or as turns labelled with the speaker's name::

    Q: So when will rates come down?          HOST: Minister, is this a crisis?
    A: I am not going to give you a date.     OKONKWO: I don't accept that it is.

The answers carry no quotation marks and no speech verb, so the quote and reported-speech rules
find nothing in them; the questions are the interviewer's and claim nothing, and a host's turn
claims only what it reports someone else said.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from .speech import Attribution, doc_text, paragraph_end, paragraph_start

#: Labels may be set in bold or italics, as on web pages written in Markdown ('**Osei:**').
_EMPHASIS = r"[*_]{0,2}"
_QUESTION = re.compile(
    rf"^[ \t]*{_EMPHASIS}(?:Q|Question){_EMPHASIS}[ \t]*[:.\-–—]{_EMPHASIS}[ \t]+\S[^\n]*", re.MULTILINE
)
_BYLINE = re.compile(r"[ \t]*(?:By|Interview by|Interviewed by)\b", re.IGNORECASE)
_ANSWER = re.compile(rf"^[ \t]*{_EMPHASIS}(?:A|Answer){_EMPHASIS}[ \t]*[:.\-–—]{_EMPHASIS}[ \t]+(?=\S)", re.MULTILINE)
#: A turn of a transcript: a name or role in capitals (or 'Q'), a colon, the words ('OKONKWO: ...').
#: Public radio transcripts add the role after a comma ('NATE OSTROWSKI, BYLINE:').
_TURN = re.compile(
    rf"^[ \t]*{_EMPHASIS}([A-Z](?:[A-Z'’.\- ]{{0,40}}[A-Z.])?)(?:,[ \t]*([A-Z][A-Z ]{{0,30}}[A-Z]))?{_EMPHASIS}[ \t]*:"
    rf"{_EMPHASIS}[ \t]+(?=\S)",
    re.MULTILINE,
)
#: A magazine's turn: a name in title case ('Harlow: ...', 'Rolling Stone: ...'). Ordinary lines
#: start so too ('Photo: ...', 'Update: ...'), so such labels count only when each recurs and the
#: introduction names them as a proper noun.
_TITLE_TURN = re.compile(
    rf"^[ \t]*{_EMPHASIS}([A-Z][a-z’'.\-]+(?: [A-Z][a-z’'.\-]+){{0,2}}){_EMPHASIS}[ \t]*:{_EMPHASIS}[ \t]+(?=\S)",
    re.MULTILINE,
)
#: Labels of whoever asks the questions in a transcript, or narrates it ('BYLINE': the reporter).
_HOSTS = frozenset({"HOST", "PRESENTER", "INTERVIEWER", "MODERATOR", "ANCHOR", "Q", "QUESTION", "REPORTER", "BYLINE"})
#: Turns a text needs before it is read as a transcript.
_FEWEST_TURNS = 4


def question_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of an interview's questions (none unless the text also answers). A
    transcript host's turns are not among them: 'the Hospital Doctors' Association said this
    morning that ...' is that association's claim, whoever relays it."""
    if not _ANSWER.search(text) and not _transcript_turns(text) and not _title_case_turns(text):
        return []
    return [(m.start(), m.end()) for m in _QUESTION.finditer(text)]


def interview_answers(doc: Doc) -> list[Attribution]:
    """One direct claim per answer or guest's turn."""
    text = doc_text(doc)
    first_question = _QUESTION.search(text)
    if first_question is not None and _ANSWER.search(text):
        speaker = _interviewee(doc, first_question.start())
        if speaker is None:
            return []
        return [_answer(text, marker, speaker) for marker in _ANSWER.finditer(text, first_question.start())]
    turns, proper = _transcript_turns(text), False
    if not turns:
        turns, proper = _title_case_turns(text), True
    hosts = _HOSTS | _questioners(text, turns) | _hosts_by_role(turns)
    answers = []
    for turn in turns:
        if _label(turn) in hosts:
            continue
        # Only a label the introduction or the narration names is a speaker ('UPDATE:' and
        # 'CORRECTION:' lines are not).
        speaker = _named_before(doc, _label(turn), turns[0].start(), proper=proper) or _named_before(
            doc, _label(turn), turn.start(), proper=True
        )
        if speaker is not None:
            answers.append(_answer(text, turn, speaker))
    return answers


def _answer(text: str, marker: re.Match[str], speaker: Token) -> Attribution:
    """The words after an answer's marker or a turn's label, to the end of its line."""
    end = paragraph_end(text, marker.end())
    return Attribution(
        segments=((marker.end(), marker.end() + len(text[marker.end() : end].rstrip())),),
        cue=text[marker.start() : marker.end()].strip().strip("*_ \t"),
        cue_lemma="answer",
        cue_span=(marker.start(), marker.end()),
        kind="direct",
        polarity="asserted",
        speaker=speaker,
    )


def _transcript_turns(text: str) -> list[re.Match[str]]:
    """The labelled turns, when each answers the question printed before it ('Were you ever
    afraid?' then 'THORNQUIST: Of the sea, never.'), or the text has enough of them by at least
    two speakers."""
    turns = list(_TURN.finditer(text))
    if turns and _answers(text, turns):
        return turns
    if len(turns) < _FEWEST_TURNS or len({_label(turn) for turn in turns}) < 2:
        return []
    return turns


def _title_case_turns(text: str) -> list[re.Match[str]]:
    """Turns labelled in title case, when each answers a 'Q:' question before it ('Steed: ...'),
    or at least two labels each recur and they make at least :data:`_FEWEST_TURNS` turns."""
    turns = list(_TITLE_TURN.finditer(text))
    if turns and _answers(text, turns, marked=True):
        return turns
    counts = Counter(_label(turn) for turn in turns)
    turns = [turn for turn in turns if counts[_label(turn)] >= 2]
    if len(turns) < _FEWEST_TURNS or len({_label(turn) for turn in turns}) < 2:
        return []
    return turns


def _answers(text: str, turns: list[re.Match[str]], *, marked: bool = False) -> bool:
    """Whether every turn but the questions ('Q: ...') follows a question: a line marked 'Q:' or
    (unless ``marked``) one ending in '?'; there must be one such answer."""
    answers = [turn for turn in turns if _label(turn) not in _HOSTS]
    for turn in answers:
        before = text[: paragraph_start(text, turn.start())].rstrip()
        question = before[paragraph_start(text, len(before)) if before else 0 :]
        if not (_QUESTION.match(question) or (not marked and question.endswith("?"))):
            return False
    return bool(answers)


def _hosts_by_role(turns: list[re.Match[str]]) -> set[str]:
    """Labels of people whose first turn names them a host or the reporter ('LEILA HARTMAN,
    HOST:'), with the surname they go by in later turns ('HARTMAN:')."""
    hosts = {_label(turn) for turn in turns if turn.re.groups >= 2 and (turn.group(2) or "").strip() in _HOSTS}
    return hosts | {label.split()[-1] for label in hosts}


def _questioners(text: str, turns: list[re.Match[str]]) -> set[str]:
    """Labels of named interviewers ('CELIA MARSH:'): at least half their turns end in a question."""
    asked: Counter[str] = Counter()
    spoke: Counter[str] = Counter()
    for turn in turns:
        label = _label(turn).split()[-1]  # 'CELIA MARSH' and later 'MARSH' are one person
        spoke[label] += 1
        asked[label] += text[turn.end() : paragraph_end(text, turn.end())].rstrip().endswith("?")
    surnames = {label for label in spoke if asked[label] * 2 >= spoke[label]}
    return {_label(turn) for turn in turns if _label(turn).split()[-1] in surnames}


def _label(turn: re.Match[str]) -> str:
    return turn.group(1).strip()


def _named_before(doc: Doc, label: str, transcript_start: int, *, proper: bool = False) -> Token | None:
    """The introduction's mention of the person a label names ('OKONKWO' -> 'Grace Okonkwo');
    ``proper``: only a proper noun counts (a label in title case may be an ordinary word)."""
    surname = label.split()[-1].lower().strip(".")
    tags = {"PROPN"} if proper else {"PROPN", "NOUN"}
    return next((t for t in doc if t.idx < transcript_start and t.lower_ == surname and t.pos_ in tags), None)


def _interviewee(doc: Doc, questions_start: int) -> Token | None:
    """The person the headline and introduction name most often (by surname), at their first
    mention: tagged people and named subjects ('Ingrid Salo has spent 18 months as governor');
    the byline's writer does not count."""
    text = doc_text(doc)
    names = [ent.root for ent in doc.ents if ent.label_ == "PERSON"]
    # The small model often tags a person it has not seen as an organisation ('Dr Amara Osei').
    names += [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.ent_type_ in {"", "ORG"}]
    names = [t for t in names if t.idx < questions_start and not _BYLINE.match(text, paragraph_start(text, t.idx))]
    if not names:
        return None
    surnames = Counter(t.text for t in names)
    return max(names, key=lambda t: (surnames[t.text], -t.idx))
