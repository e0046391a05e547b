"""consistency: find who claimed what in news text, and flag claims that cannot both be true."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checker import Checker
    from .extract import ClaimExtractor
    from .ingest import Corpus, InputError, documents_from_texts, read_inputs
    from .types import (
        SCHEMA_VERSION,
        Actor,
        CheckResult,
        Claim,
        ClaimsResult,
        Contradiction,
        Document,
        Skipped,
        Span,
        Update,
    )

#: Public names and the module each is imported from on first use, so that ``consistency.nli``
#: (torch and transformers only) imports without spaCy or pydantic, e.g. on a bare GPU machine.
_EXPORTS = {
    "Checker": "checker",
    "ClaimExtractor": "extract",
    **dict.fromkeys(("Corpus", "InputError", "documents_from_texts", "read_inputs"), "ingest"),
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "Actor",
            "CheckResult",
            "Claim",
            "ClaimsResult",
            "Contradiction",
            "Document",
            "Skipped",
            "Span",
            "Update",
        ),
        "types",
    ),
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"


def extract_claims(
    inputs: str | Document | Iterable[str | Document], *, extractor: ClaimExtractor | None = None
) -> ClaimsResult:
    """Extract attributed claims per actor from texts or documents.

    ``inputs`` is a text, a :class:`Document`, or an iterable of either. To read files, use
    :func:`read_inputs` and pass its documents; to reuse the loaded spaCy model across calls,
    pass an ``extractor``.
    """
    from .extract import ClaimExtractor

    documents, skipped = _as_documents(inputs)
    return (extractor or ClaimExtractor()).extract(documents, skipped=skipped)


def check(
    inputs: str | Document | Iterable[str | Document], *, checker: Checker | None = None, threshold: float | None = None
) -> CheckResult:
    """Find claims that cannot both be true, in texts or documents (one call, default models).

    Pass a :class:`Checker` to reuse loaded models across calls; ``threshold`` applies either way.
    """
    from .checker import Checker

    if checker is None:
        checker = Checker(threshold=threshold)
    elif threshold is not None:
        checker = checker.with_threshold(threshold)
    documents, skipped = _as_documents(inputs)
    return checker.check(documents, skipped=skipped)


def _as_documents(inputs: str | Document | Iterable[str | Document]) -> tuple[list[Document], list[Skipped]]:
    """Documents to check, as the CLI reads them: texts become documents ``doc1``, ``doc2``, ...;
    empty ones and exact copies of an earlier one are skipped and reported. Raises TypeError for
    anything but text or documents (bytes must be decoded first)."""
    from .ingest import EMPTY, without_copies
    from .types import Document, Skipped

    if isinstance(inputs, bytes | bytearray):
        raise TypeError("check() takes text, not bytes: decode it first, e.g. data.decode('utf-8')")
    if isinstance(inputs, str | Document):
        items = [inputs]
    elif isinstance(inputs, Iterable):
        items = list(inputs)
    else:
        raise TypeError(f"expected a text, a Document or an iterable of them, not {type(inputs).__name__}")
    documents, skipped = [], []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, str | Document):
            raise TypeError(f"input {i} is a {type(item).__name__}; expected a text (str) or a Document")
        document = item if isinstance(item, Document) else Document(id=f"doc{i}", text=item)
        if document.text.strip():
            documents.append(document)
        else:
            skipped.append(Skipped(source=document.id, reason=EMPTY))
    return without_copies(documents, skipped), skipped


def extract_claims_from_paths(paths: Iterable[str | Path], *, extractor: ClaimExtractor | None = None) -> ClaimsResult:
    """Read files, directories or ``-`` (stdin) and extract their claims; skipped inputs are kept."""
    from .extract import ClaimExtractor
    from .ingest import read_inputs

    corpus = read_inputs(paths)
    return (extractor or ClaimExtractor()).extract(corpus.documents, skipped=corpus.skipped)


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "CheckResult",
    "Checker",
    "Claim",
    "ClaimExtractor",
    "ClaimsResult",
    "Contradiction",
    "Corpus",
    "Document",
    "InputError",
    "Skipped",
    "Span",
    "Update",
    "check",
    "documents_from_texts",
    "extract_claims",
    "extract_claims_from_paths",
    "read_inputs",
]
