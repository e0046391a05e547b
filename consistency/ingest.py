"""Read text, HTML, JSONL, directories and stdin into :class:`Document` objects.

Problems with one input never stop the others: each unusable file, line or document becomes a
:class:`Skipped` entry that reports carry. :class:`InputError` is raised only when nothing at all
could be read.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .types import Document, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Largest single input accepted; larger files are skipped rather than read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024


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
    _dedupe_ids(corpus.documents)
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
    files = sorted(p for p in directory.rglob("*") if p.is_file() and not _hidden(p, directory))
    usable = [p for p in files if p.suffix.lower() in KNOWN_SUFFIXES]
    for path in files:
        if path.suffix.lower() not in KNOWN_SUFFIXES:
            corpus.skipped.append(Skipped(source=str(path), reason="not a .txt, .html or .jsonl file"))
    if not usable:
        corpus.skipped.append(Skipped(source=str(directory), reason="directory holds no text files"))
    for path in usable:
        _read_file(corpus, path)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(corpus: Corpus, path: Path) -> None:
    try:
        size = path.stat().st_size
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
    text = _decode(data, source, corpus)
    if text is None:
        return
    if not text.strip():
        corpus.skipped.append(Skipped(source=source, reason="empty or whitespace only"))
        return
    kind = suffix if suffix in KNOWN_SUFFIXES else _sniff(text)
    if kind in JSONL_SUFFIXES:
        corpus.documents.extend(_parse_jsonl(text, source, corpus))
    elif kind in HTML_SUFFIXES:
        document = _parse_html(text, source, doc_id, corpus)
        if document is not None:
            corpus.documents.append(document)
    else:
        corpus.documents.append(Document(id=doc_id, text=_normalise_newlines(text), path=source))


def _decode(data: bytes, source: str, corpus: Corpus) -> str | None:
    """Decode UTF-8 (with or without BOM); reject binary data and other encodings clearly."""
    if b"\x00" in data[:8192]:
        corpus.skipped.append(Skipped(source=source, reason="binary file, not text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        corpus.skipped.append(
            Skipped(source=source, reason=f"not valid UTF-8 (byte {error.start}); re-encode the file as UTF-8")
        )
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return ".html"
    return ".txt"


def _parse_html(html: str, source: str, doc_id: str, corpus: Corpus) -> Document | None:
    """Keep the article's main text only (trafilatura drops menus, ads and comments)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        corpus.skipped.append(Skipped(source=source, reason="HTML page holds no article text"))
        return None
    meta = trafilatura.extract_metadata(html)
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
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            corpus.skipped.append(Skipped(source=where, reason=f"malformed JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            corpus.skipped.append(Skipped(source=where, reason="line is not a JSON object"))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            corpus.skipped.append(Skipped(source=where, reason="no non-empty 'text' field"))
            continue
        doc_id = record.get("id")
        yield Document(
            id=str(doc_id) if doc_id not in (None, "") else f"{Path(source).stem}-{number}",
            text=_normalise_newlines(body),
            title=_optional_str(record.get("title")),
            date=_optional_str(record.get("date")),
            source=_optional_str(record.get("source")),
            url=_optional_str(record.get("url")),
            path=source,
            line=number,
        )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _dedupe_ids(documents: list[Document]) -> None:
    """Make document ids unique in place, keeping the first as is and suffixing a short hash."""
    seen: set[str] = set()
    for index, document in enumerate(documents):
        if document.id in seen:
            digest = hashlib.sha1(f"{document.path}:{document.line}:{index}".encode()).hexdigest()
            documents[index] = document.model_copy(update={"id": f"{document.id}-{digest[:6]}"})
        seen.add(documents[index].id)
