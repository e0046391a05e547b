"""Question-and-answer interviews: every answer is the interviewee's own words.

News sites print interviews as a short introduction followed by the exchange::

    Q: So when will rates come down?
    A: I am not going to give you a date. ...

The answers carry no quotation marks and no speech verb, so the quote and reported-speech rules
find nothing in them; the questions are the interviewer's and claim nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from .speech import Attribution, doc_text

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.\-–—][ \t]+\S[^\n]*", re.MULTILINE)
_BYLINE = re.compile(r"[ \t]*(?:By|Interview by|Interviewed by)\b", re.IGNORECASE)
_ANSWER = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*[:.\-–—][ \t]+(?=\S)", re.MULTILINE)


def question_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of an interview's question lines (none unless the text also answers)."""
    if not _ANSWER.search(text):
        return []
    return [(m.start(), m.end()) for m in _QUESTION.finditer(text)]


def interview_answers(doc: Doc) -> list[Attribution]:
    """One direct claim per answer line, spoken by the person the introduction is about."""
    text = doc_text(doc)
    first_question = next(_QUESTION.finditer(text), None)
    if first_question is None:
        return []
    speaker = _interviewee(doc, first_question.start())
    if speaker is None:
        return []
    answers = []
    for marker in _ANSWER.finditer(text, first_question.start()):
        end = text.find("\n", marker.end())
        end = len(text) if end < 0 else end
        answer_end = len(text[marker.end() : end].rstrip())
        if answer_end == 0:
            continue
        answers.append(
            Attribution(
                segments=((marker.end(), marker.end() + answer_end),),
                cue=text[marker.start() : marker.end()].strip(),
                cue_lemma="answer",
                cue_span=(marker.start(), marker.end()),
                kind="direct",
                polarity="asserted",
                speaker=speaker,
            )
        )
    return answers


def _interviewee(doc: Doc, questions_start: int) -> Token | None:
    """The person the headline and introduction name most often (by surname), at their first
    mention: tagged people and named subjects ('Ingrid Salo has spent 18 months as governor');
    the byline's writer does not count."""
    text = doc_text(doc)
    names = [ent.root for ent in doc.ents if ent.label_ == "PERSON"]
    names += [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and not t.ent_type_]
    names = [t for t in names if t.idx < questions_start and not _BYLINE.match(text, _line_start(text, t.idx))]
    if not names:
        return None
    surnames = Counter(t.text for t in names)
    return max(names, key=lambda t: (surnames[t.text], -t.idx))


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1
