"""Recognise page furniture that carries no claims: donation appeals, newsletter prompts, credits.

Works on paragraphs. A strong marker ("Dear readers", "A message from ...") opens a trailing block
that runs to the end of the document; weaker markers drop only their own paragraph.
"""

from __future__ import annotations

import re

from .lexicon import TIME_ZONES

_BLOCK_START = re.compile(
    r"^\s*(dear readers?\b|a message from\b|support (our|independent) journalism|"
    r"before you go\b|we need your (help|support)|become a (member|subscriber|supporter)\b)",
    re.IGNORECASE,
)
_LINE_PATTERNS = re.compile(
    r"(remind me later|sign up (for|to)\b.*newsletter|subscribe (now|today|to)\b|"
    r"\bnewsletter\b.*\b(inbox|sign up|subscribe)|contributed (to this )?report(ing)?|"
    r"all rights reserved|^\s*(©|\(c\)|copyright\b)|click here|read more:|^\s*related:|"
    r"^\s*(photo|image|picture|video|credit|caption)s?\s*[:/|]|\bgetty images\b|"
    r"^\s*(reporting|writing|editing|additional reporting) by\b|"
    r"donat(e|ion)s?\b.*\b(support|help|journalism)|support us\b|"
    r"share (this|on) (article|facebook|twitter|x)\b|follow us on\b|"
    r"^\s*advertisement\s*$|^\s*(tags|topics):|"
    # the outlet correcting itself: what 'it incorrectly said' is a retracted line, no one's claim
    r"^\s*(correction|clarification|editor'?s note)\s*[:.\-–—]|^\s*an earlier version of this (story|article)\b)",
    re.IGNORECASE,
)
_OUTLET_VOICE = re.compile(r"\b(we|our|us|your|you)\b", re.IGNORECASE)
_APPEAL_WORDS = re.compile(
    r"\b(support|donat\w*|contribut\w*|subscri\w*|journalism|reader\w*|monthly|help us)\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"[^\n]+")
#: A full stop ending a sentence inside a line (not 'U.S.' or 'Dr.'): the end of a word, then a
#: capital or an opening mark.
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?]['’\"”]?\s+[‘'\"“A-Z]")
#: Words in the longest line that a credit or prompt pattern drops whole.
_LONGEST_FURNITURE_LINE = 40


#: A photo credit: '(Rivermouth Echo/Staff)', '(AP Photo/Jane Doe)', 'Credit: Rui Salgado/Bloomberg'.
_CREDIT = re.compile(
    r"\([^()\n]{0,60}/[^()\n]{0,60}\)|\b(?:credit|photo(?:graph)? by|picture by|image by)\s*:?[^\n\]]*",
    re.IGNORECASE,
)


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits: the names in them are photographers and agencies, no
    one who speaks in the story (a caption's own words may still name the story's people)."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of paragraphs that are page furniture rather than reporting."""
    ranges: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        in_second_half = start >= len(text) * 0.3
        if in_second_half and _BLOCK_START.search(paragraph):
            ranges.append((start, len(text)))
            break
        # A credit or prompt is a short line; a long paragraph that has one ('Read more: ...'
        # pasted inline, or a whole article pasted as one line) is reporting and stays.
        furniture = len(paragraph.split()) <= _LONGEST_FURNITURE_LINE and _LINE_PATTERNS.search(paragraph)
        if furniture or _is_appeal(paragraph) or _is_trailer(paragraphs, index, text):
            ranges.append((start, end))
    return ranges


def _is_appeal(paragraph: str) -> bool:
    """An outlet speaking to its readers: many we/our/you words plus appeal vocabulary."""
    words = paragraph.split()
    if not words:
        return False
    voice = len(_OUTLET_VOICE.findall(paragraph))
    return voice / len(words) > 0.06 and len(_APPEAL_WORDS.findall(paragraph)) >= 2


def _is_trailer(paragraphs: list[tuple[int, int]], index: int, text: str) -> bool:
    """A short title-like line right before an appeal ('A Message from The Times:')."""
    start, end = paragraphs[index]
    line = text[start:end].strip()
    if index + 1 >= len(paragraphs) or not line.endswith(":") or len(line.split()) > 8:
        return False
    next_start, next_end = paragraphs[index + 1]
    return bool(_BLOCK_START.search(text[next_start:next_end]))


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """The headline: a short first line without closing punctuation, above the body; and a live
    page's summary lines ('10.42 GMT Minister says trains will not run before Thursday').

    Headlines compress the body's claims ("X says Y") and are not claims of their own.
    """
    ranges = [(m.start(), m.end()) for m in _TIMESTAMPED_SUMMARY.finditer(text)]
    match = _PARAGRAPH.search(text)
    if match is None or match.end() >= len(text.rstrip()):
        return ranges
    line = match.group().strip()
    # A headline is one short sentence: '..., said Kerry Ashworth. ‘The letter ...’' is not one.
    if len(line.split()) <= 25 and line[-1:] not in {".", '"', "”", "!"} and not _SENTENCE_BREAK.search(line):
        ranges.append((match.start(), match.end()))
    return sorted(ranges)


#: A live page's key-event line: a clock time, then a headline with no closing full stop.
_CLOCK = rf"\d{{1,2}}[.:]\d{{2}}(?:\s*(?:{'|'.join(sorted(TIME_ZONES))}|am|pm|a\.m\.|p\.m\.))?"
_TIMESTAMPED_SUMMARY = re.compile(rf"^[ \t]*{_CLOCK}[ \t]+[^\n]{{3,160}}?[^.!?\"”\n]$", re.MULTILINE)
