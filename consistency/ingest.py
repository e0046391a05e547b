"""Read text, HTML, JSONL, directories and stdin into :class:`Document` objects.

Problems with one input never stop the others: each unusable file, line or document becomes a
:class:`Skipped` entry that reports carry. :class:`InputError` is raised only when nothing at all
could be read.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from .types import Document, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
#: Why a file in a directory is not read, naming every suffix that is.
_UNKNOWN_SUFFIX = "not a {} or {} file".format(", ".join(sorted(KNOWN_SUFFIXES)[:-1]), sorted(KNOWN_SUFFIXES)[-1])

#: Largest single input accepted; larger files are skipped rather than read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: Why a text with nothing to read is skipped.
EMPTY = "empty or whitespace only"


class InputError(Exception):
    """Nothing could be read from the given inputs."""


@dataclass
class Corpus:
    """Documents read from the inputs, and what was skipped on the way."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_inputs(paths: Iterable[str | Path], *, stdin_format: str = "auto") -> Corpus:
    """Read every path (files, directories, ``-`` for stdin) into one :class:`Corpus`.

    Raises :class:`InputError` when no document could be read at all.
    """
    corpus = Corpus()
    paths = list(paths)
    if not paths:
        raise InputError("no input given: pass one or more files, directories, or - for stdin")
    for raw in paths:
        if str(raw) == "-":
            _read_stdin(corpus, stdin_format)
            continue
        path = Path(raw)
        if not path.exists():
            corpus.skipped.append(Skipped(source=str(raw), reason="no such file or directory"))
        elif path.is_dir():
            _read_directory(corpus, path)
        else:
            _read_file(corpus, path)
    corpus.documents = unique_ids(without_copies(corpus.documents, corpus.skipped))
    if not corpus.documents:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in corpus.skipped[:3])
        more = f" (and {len(corpus.skipped) - 3} more)" if len(corpus.skipped) > 3 else ""
        raise InputError(
            f"no readable text in the input: {reasons}{more}" if reasons else "no readable text in the input"
        )
    return corpus


def documents_from_texts(texts: Iterable[str], *, prefix: str = "doc") -> list[Document]:
    """Wrap plain strings as documents with ids ``doc1``, ``doc2``, ... (library convenience)."""
    return [Document(id=f"{prefix}{i}", text=text) for i, text in enumerate(texts, start=1)]


def _read_directory(corpus: Corpus, directory: Path) -> None:
    files: list[Path] = []
    for root, folders, names in os.walk(directory):
        for name in sorted(folders):
            if name.startswith("."):
                corpus.skipped.append(Skipped(source=str(Path(root, name)), reason="hidden folder, not read"))
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if name.startswith("."):
                corpus.skipped.append(Skipped(source=str(path), reason="hidden file, not read"))
            elif path.suffix.lower() not in KNOWN_SUFFIXES:
                corpus.skipped.append(Skipped(source=str(path), reason=_UNKNOWN_SUFFIX))
            else:
                files.append(path)
    if not files:
        corpus.skipped.append(Skipped(source=str(directory), reason="directory holds no text files"))
    for path in sorted(files):
        _read_file(corpus, path)


def _read_file(corpus: Corpus, path: Path) -> None:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A named pipe or device would block or never end; stdin is read with '-'.
            corpus.skipped.append(Skipped(source=str(path), reason="not a regular file"))
            return
        size = status.st_size
        if size > MAX_INPUT_BYTES:
            corpus.skipped.append(
                Skipped(
                    source=str(path),
                    reason=f"file is {size / 2**20:.0f} MB, over the {MAX_INPUT_BYTES / 2**20:.0f} MB limit",
                )
            )
            return
        data = path.read_bytes()
    except OSError as error:
        corpus.skipped.append(Skipped(source=str(path), reason=error.strerror or str(error)))
        return
    _read_bytes(corpus, data, source=str(path), suffix=path.suffix.lower(), doc_id=path.stem)


def _read_stdin(corpus: Corpus, stdin_format: str) -> None:
    data = sys.stdin.buffer.read()
    suffix = {"auto": "", "text": ".txt", "html": ".html", "jsonl": ".jsonl"}[stdin_format]
    _read_bytes(corpus, data, source="<stdin>", suffix=suffix, doc_id="stdin")


def _read_bytes(corpus: Corpus, data: bytes, *, source: str, suffix: str, doc_id: str) -> None:
    text = _decode(data, source, corpus, html=suffix in HTML_SUFFIXES or _looks_like_html(data[:4096]))
    if text is None:
        return
    if not text.strip():
        corpus.skipped.append(Skipped(source=source, reason=EMPTY))
        return
    kind = _kind(suffix, text)
    if kind in JSONL_SUFFIXES:
        corpus.documents.extend(_parse_jsonl(text, source, corpus))
    elif kind in JSON_SUFFIXES:
        corpus.documents.extend(_parse_json(text, source, corpus))
    elif kind in HTML_SUFFIXES:
        document = _parse_html(text, source, doc_id, corpus)
        if document is not None:
            corpus.documents.append(document)
    else:
        corpus.documents.append(Document(id=doc_id, text=_normalise_newlines(text), path=source))


def _kind(suffix: str, text: str) -> str:
    """The format to parse an input as: its suffix's, except that a page saved as text (.txt, .md)
    is still HTML, lest markup and banners become claims; an input without a known suffix is sniffed."""
    if suffix in TEXT_SUFFIXES:
        return ".html" if _opens_like_page(text) else suffix
    return suffix if suffix in KNOWN_SUFFIXES else _sniff(text)


#: Byte order marks of the wide encodings read, UTF-32's first since UTF-16 LE's is a prefix of its.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, source: str, corpus: Corpus, *, html: bool = False) -> str | None:
    """Decode UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, or an HTML page in the
    charset it declares; reject binary data and other encodings clearly."""
    wide = next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)
    if wide is not None:
        try:
            return data.decode(wide)  # the codec drops the BOM, so offsets start at the text
        except UnicodeDecodeError as error:
            reason = f"not valid {wide.upper()} (byte {error.start}); re-encode the file as UTF-8"
            corpus.skipped.append(Skipped(source=source, reason=reason))
            return None
    if b"\x00" in data[:8192]:
        corpus.skipped.append(Skipped(source=source, reason="binary file, not text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        declared = _DECLARED_CHARSET.search(data[:4096]) if html else None
        if declared is not None:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        corpus.skipped.append(
            Skipped(source=source, reason=f"not valid UTF-8 (byte {error.start}); re-encode the file as UTF-8")
        )
        return None


#: The charset an HTML page declares: '<meta charset="windows-1252">' or the http-equiv form.
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _looks_like_html(head: bytes) -> bool:
    lowered = head.lstrip().lower()
    return lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered


def _normalise_newlines(text: str) -> str:
    """Every line break as a line feed; the Unicode line and paragraph separators stay one character,
    so offsets into the text as read hold."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def _sniff(text: str) -> str:
    """The kind of an input without a known suffix (stdin, 'story'): JSONL when one of its first
    lines is a JSON object, HTML when it opens like a page, else plain text."""
    head = text.lstrip()[:1000].lower()
    if head.startswith("{") and any(_json_object(line) for line in text.lstrip().split("\n", 5)[:5]):
        return ".jsonl"
    if _opens_like_page(text) or "<body" in head:
        return ".html"
    return ".txt"


#: Comments and an XML declaration that a saved page may open with ('<!-- saved from url=... -->').
_PAGE_PREAMBLE = re.compile(r"\A(?:\s*<!--.*?-->|\s*<\?xml[^>]*>)*\s*", re.DOTALL)


def _opens_like_page(text: str) -> bool:
    """Whether the text's first markup, past comments, is a doctype or an <html>, <head> or <body> tag."""
    head = _PAGE_PREAMBLE.sub("", text[:4096], count=1).lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body"))


def _json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _parse_html(html: str, source: str, doc_id: str, corpus: Corpus) -> Document | None:
    """Keep the article's main text only (trafilatura drops menus, ads and comments)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        corpus.skipped.append(Skipped(source=source, reason="HTML page holds no article text"))
        return None
    # No extensive search: it falls back to years in the text, so a '© 2025' footer became 2025-01-01.
    meta = trafilatura.extract_metadata(html, extensive=False)
    return Document(
        id=doc_id,
        text=text,
        title=getattr(meta, "title", None),
        date=getattr(meta, "date", None),
        source=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
        path=source,
    )


def _parse_jsonl(text: str, source: str, corpus: Corpus) -> Iterator[Document]:
    # Only line feeds end a record: U+2028 and its kin are valid unescaped inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            corpus.skipped.append(Skipped(source=where, reason=f"malformed JSON ({error.msg})"))
            continue
        document = _record_document(record, where, corpus, source=source, line=number)
        if document is not None:
            yield document


def _parse_json(text: str, source: str, corpus: Corpus) -> Iterator[Document]:
    """A .json file: one record, or a list of records, with the JSONL fields."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        corpus.skipped.append(Skipped(source=source, reason=f"malformed JSON ({error.msg}, line {error.lineno})"))
        return
    listed = isinstance(data, list)
    for number, record in enumerate(data if listed else [data], start=1):
        where = f"{source}[{number - 1}]" if listed else source
        document = _record_document(record, where, corpus, source=source, line=number if listed else None)
        if document is not None:
            yield document


def _record_document(record: object, where: str, corpus: Corpus, *, source: str, line: int | None) -> Document | None:
    """A document from one JSON record (``text`` required; ``id``, ``date``, ``source``, ``title``,
    ``url`` optional), or None with the reason it was skipped."""
    if not isinstance(record, dict):
        corpus.skipped.append(Skipped(source=where, reason="record is not a JSON object"))
        return None
    body = record.get("text")
    if body is not None and not isinstance(body, str):
        corpus.skipped.append(Skipped(source=where, reason=f"'text' must be a string, not {_json_type(body)}"))
        return None
    if not body or not body.strip():
        corpus.skipped.append(Skipped(source=where, reason="no non-empty 'text' field"))
        return None
    doc_id = _optional_str(record.get("id"))
    return Document(
        id=doc_id or f"{Path(source).stem}-{line or 1}",
        text=_normalise_newlines(_plain(body)),
        title=_optional_str(record.get("title")),
        date=_iso_date(record.get("date")),
        source=_optional_str(record.get("source")),
        url=_optional_str(record.get("url")),
        path=source,
        line=line,
    )


#: Markup that says a record's text is HTML, as content systems export it ('<p>...</p>').
_HTML_MARKUP = re.compile(r"</?(?:p|br|div|span|strong|em|b|i|a|h[1-6]|li|ul|ol|blockquote|figure)\b[^>]*>", re.I)
#: Elements that end a paragraph of the text.
_BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "tr"})


def _plain(body: str) -> str:
    """A record's text as plain text: HTML markup turned into paragraphs, entities decoded."""
    if _HTML_MARKUP.search(body):
        return html_fragment_text(body)
    return html.unescape(body) if _HTML_ENTITY.search(body) else body


#: Character references content systems leave in exported text ('&quot;', '&#8217;').
_HTML_ENTITY = re.compile(r"&(?:quot|amp|apos|nbsp|[lr]squo|[lr]dquo|[mn]dash|hellip|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per line, entities decoded."""
    import lxml.html

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


def _json_type(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _optional_str(value: object) -> str | None:
    """A metadata field as text: strings as they are, numbers (an id of 7) written out; anything else
    (null, true, a list, an object) is left out rather than kept as Python's rendering of it."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


#: Written-out dates read besides ISO 8601 and RFC 2822; all-numeric ones ('03/04/2025') are
#: ambiguous between day and month first, so none is listed.
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")


def _iso_date(value: object) -> str | None:
    """A record's date in ISO 8601 ('2025-03-05', or the full datetime when a time is given), so that
    documents can be ordered by it. A date that is invalid, ambiguous or not a string becomes None
    rather than staying raw, which would be compared as if it were ISO; the document is still read
    (``skipped`` lists inputs that were dropped, so the lost date is not noted there)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    for parse in (date.fromisoformat, datetime.fromisoformat, parsedate_to_datetime):
        try:
            return parse(value).isoformat()
        except ValueError:
            continue
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(value, form).date().isoformat()
        except ValueError:
            continue
    return None


def without_copies(documents: list[Document], skipped: list[Skipped]) -> list[Document]:
    """The documents less exact copies of an earlier one (the same page saved twice, one wire story
    in two files), each reported as skipped: a copy would repeat every contradiction."""
    first: dict[str, Document] = {}
    kept = []
    for document in documents:
        key = " ".join(document.text.split())
        if key in first:
            where = f"{document.path}:{document.line}" if document.line else (document.path or document.id)
            skipped.append(Skipped(source=where, reason=f"same text as document {first[key].id!r}"))
            continue
        first[key] = document
        kept.append(document)
    return kept


def unique_ids(documents: Iterable[Document]) -> list[Document]:
    """The documents with unique ids: the first keeps its id, later ones sharing it become
    ``id-2``, ``id-3``, ... so that claim ids (``doc:cN``) never collide."""
    documents = list(documents)
    taken = {document.id for document in documents}
    seen: set[str] = set()
    unique = []
    for document in documents:
        if document.id in seen:
            number = 2
            while f"{document.id}-{number}" in taken:
                number += 1
            renamed = f"{document.id}-{number}"
            taken.add(renamed)
            document = document.model_copy(update={"id": renamed})
        seen.add(document.id)
        unique.append(document)
    return unique
