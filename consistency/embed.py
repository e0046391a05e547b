"""Sentence embeddings of claims (sentence-transformers), normalised for cosine similarity."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .precision import with_precision
from .registry import DEFAULT_EMBEDDER, embedder_path, hub_reachable


class EmbeddingLoadError(Exception):
    """The named embedding model could not be loaded."""


class ClaimEmbedder:
    """Encode texts with a SentenceTransformer; repeated texts are served from a cache.

    ``precision`` is as for :class:`~consistency.nli.NLIScorer`: ``auto`` (bf16 where the CPU has
    it in hardware, else fp32) gives a text the same vector whatever it is encoded with.
    """

    def __init__(self, model: str = DEFAULT_EMBEDDER, *, batch_size: int = 64, precision: str = "auto") -> None:
        from sentence_transformers import SentenceTransformer

        location = embedder_path(model)
        # Offline, a Hub name fails at once instead of after a minute of download retries.
        local_only = Path(location).is_dir() or not hub_reachable()
        try:
            self.model = SentenceTransformer(location, device="cpu", local_files_only=local_only)
        except Exception as error:  # the library raises many types for a missing model
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            hint = " (not a local directory, the Hub is unreachable and no cached copy exists)" if local_only else ""
            raise EmbeddingLoadError(f"cannot load embedding model {model!r}{hint}: {first[:200]}") from error
        self.model, self.precision = with_precision(self.model, precision)
        self.name = model
        self.batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}

    @property
    def dimension(self) -> int:
        # sentence-transformers 6 renamed the method and warns on the old name; 3.x has only the old.
        size = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(size() or 0)

    def clear_cache(self) -> None:
        """Forget the vectors of texts seen so far (the cache grows with every new text)."""
        self._cache.clear()

    def encode(self, texts: Sequence[str], *, show_progress_bar: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}.items())
        if missing:
            vectors = self.model.encode(
                [t for _, t in missing],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress_bar,
            )
            for (key, _), vector in zip(missing, vectors, strict=True):
                self._cache[key] = vector.astype(np.float32)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[k] for k in keys])
