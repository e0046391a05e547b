"""Find quoted passages by their quotation marks, with exact character offsets.

Works on the raw text, before parsing, so quotes that spaCy splits into several sentences or
that run over paragraphs (an unclosed quote whose next paragraph opens with a quote mark) come out
as one passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPENING = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSING = frozenset({"”", "»", '"', "“"})
_SINGLE = {"‘": "’", "'": "'"}
#: Quotes shorter than this are phrases inside a sentence ("scare quotes"), not statements.
MIN_QUOTE_WORDS = 4
_PARAGRAPH = re.compile(r"[^\n]+")


#: Typographic marks and spaces as the parser's training text wrote them: one character for one,
#: so every offset into the parse is an offset into the text as read.
_PARSER_CHARS = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "}
)


def parser_text(text: str, quotes: list[Quote] | None = None) -> str:
    """The text with curly apostrophes and quotation marks made straight and no-break spaces made
    plain ('Growers’ Association' and 'Marsh’s allies' parse as they do with straight marks, not
    as an adjective and a verb; 'Smith\u00a0said' is two words). Single marks that quote are
    made double, as the parser's training text quoted. ``quotes`` are the text's quotes where
    the caller has found them already."""
    chars = list(text.translate(_PARSER_CHARS))
    for quote in find_quotes(text) if quotes is None else quotes:
        if len(text[quote.start : quote.end].split()) < MIN_QUOTE_WORDS:
            continue  # "bore 'all the hallmarks' of": a phrase inside a sentence parses as written
        for mark in (quote.open_mark, quote.close_mark):
            if mark is not None and chars[mark] == "'":
                chars[mark] = '"'
    return "".join(chars)


@dataclass(frozen=True)
class Quote:
    """A quoted passage: ``[start, end)`` is the content without the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None


def find_quotes(text: str) -> list[Quote]:
    """Return quoted passages in document order; inner single quotes are left as text.

    A text that opens more quotes with single marks than with double ones quotes with single
    marks ('We will fight,' he said), as many British papers do, and keeps double marks for a
    quote inside a quote; an apostrophe is then told from a closing mark by what follows it
    ('don't', 'O'Brien' go on).
    """
    doubles = sum(1 for i, char in enumerate(text) if char in OPENING and _can_open(text, i))
    singles = sum(1 for i, char in enumerate(text) if char in _SINGLE and _can_open_single(text, i))
    if doubles >= singles:
        return _find_quotes(text, OPENING, _can_open)
    return _find_quotes(text, _SINGLE, _can_open_single, _can_close_single)


def _find_quotes(
    text: str,
    opening: dict[str, str],
    can_open: Callable[[str, int], bool],
    can_close: Callable[[str, int], bool] = lambda text, position: True,
) -> list[Quote]:
    closing = frozenset(opening.values())
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    open_at: int | None = None
    closer = ""
    for index, (p_start, p_end) in enumerate(paragraphs):
        position = p_start
        if open_at is not None:
            # A quote carried over from the previous paragraph re-opens with a mark here.
            first = _first_visible(text, p_start, p_end)
            if first is not None and text[first] in opening:
                position = first + 1
        while position < p_end:
            char = text[position]
            if open_at is not None and char == '"' and closer == '"' and _faces_forward(text, position):
                # '... the end of it. "The next quote': a straight mark before a word opens a quote,
                # so the one still open ran to here without its closing mark (paragraphs pasted
                # into one line lose the break that ended it).
                quotes.append(_make_quote(text, open_at, None, end=position))
                open_at = position
            elif open_at is None and char in opening and can_open(text, position):
                open_at, closer = position, opening[char]
            elif (
                open_at is not None
                and (char == closer or (char in closing and char not in "\"'" and closer not in "\"'"))
                and can_close(text, position)
            ):
                quotes.append(_make_quote(text, open_at, position))
                open_at = None
            position += 1
        if open_at is not None and not _continues(text, paragraphs, index, opening):
            quotes.append(_make_quote(text, open_at, None, end=p_end))
            open_at = None
    if open_at is not None:
        quotes.append(_make_quote(text, open_at, None, end=len(text)))
    return [quote for quote in quotes if quote.end > quote.start]


def _make_quote(text: str, open_mark: int, close_mark: int | None, *, end: int | None = None) -> Quote:
    start = open_mark + 1
    stop = close_mark if close_mark is not None else end or len(text)
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Quote(start=start, end=stop, open_mark=open_mark, close_mark=close_mark)


def _can_open(text: str, position: int) -> bool:
    """A straight double quote opens only where a word could start (not after a letter: 5'6")."""
    if text[position] != '"':
        return True
    before = text[position - 1] if position else " "
    return not before.isalnum()


def _faces_forward(text: str, position: int) -> bool:
    """A straight mark after a space and before a letter or digit can only open a quote."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _can_open_single(text: str, position: int) -> bool:
    """A single mark opens a quote at the start of a word ('We ...), not inside one (don't)."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not before.isalnum() and (after.isalpha() or after in '"“')


def _can_close_single(text: str, position: int) -> bool:
    """A single mark closes a quote after its words and before a break ('..., ' he said), not
    inside a word (don't, O'Brien) nor as a plural possessive before a name (the Growers' Union)."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False
    following = text[position + 2 : position + 3]
    return not (before == "s" and after == " " and following.isupper())


def _first_visible(text: str, start: int, end: int) -> int | None:
    for position in range(start, end):
        if not text[position].isspace():
            return position
    return None


def _continues(text: str, paragraphs: list[tuple[int, int]], index: int, opening: dict[str, str]) -> bool:
    """An open quote runs on when the next paragraph starts with an opening mark."""
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    first = _first_visible(text, start, end)
    return first is not None and text[first] in opening
