"""Batched 3-class NLI cross-encoder scoring (CPU by default; any torch device on request)."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from consistency.precision import with_precision
from consistency.registry import DEFAULT_NLI_MODEL, hub_reachable, resolve_model

logger = logging.getLogger(__name__)

#: Output order of every probability array this module returns.
NLI_LABELS: tuple[str, str, str] = ("entailment", "neutral", "contradiction")

#: Order assumed for configs that only carry generic ``LABEL_i`` names and no other hint.
#: It is the order of the widely used ``cross-encoder/nli-*`` family.
GENERIC_LABEL_ORDER: tuple[str, str, str] = ("contradiction", "entailment", "neutral")


class ModelLoadError(Exception):
    """Raised when an NLI model cannot be loaded (missing path, Hub name offline, bad config)."""


def canonical_label(name: str) -> str | None:
    """Map a model's label name (any case or spelling) to one of NLI_LABELS, or None."""
    key = re.sub(r"[^a-z]", "", name.lower())
    if key.startswith("contradict") or key in {"c", "contra", "refutes", "refute"}:
        return "contradiction"
    if key.startswith("not") or key.startswith("non"):
        return None
    if key.startswith("entail") or key in {"e", "supports", "support"}:
        return "entailment"
    if key.startswith("neutral") or key in {"n", "notenoughinfo", "nei"}:
        return "neutral"
    return None


def label_order_from_config(id2label: dict[int, str] | dict[str, str]) -> tuple[str, ...]:
    """Return the model's label names in index order, normalised to NLI_LABELS spellings.

    Generic ``LABEL_i`` names fall back to GENERIC_LABEL_ORDER with a warning.
    Raises ModelLoadError when the labels cannot be mapped to the three NLI classes.
    """
    names = [str(id2label[key]) for key in sorted(id2label, key=lambda k: int(k))]
    if len(names) != 3:
        raise ModelLoadError(f"expected a 3-class NLI model, config has {len(names)} labels: {names}")
    mapped = [canonical_label(name) for name in names]
    if all(m is not None for m in mapped) and len(set(mapped)) == 3:
        return tuple(m for m in mapped if m is not None)
    if all(re.fullmatch(r"label_?\d+", n.lower()) for n in names):
        logger.warning("model config has generic labels %s; assuming order %s", names, GENERIC_LABEL_ORDER)
        return GENERIC_LABEL_ORDER
    raise ModelLoadError(f"cannot map model labels {names} to {list(NLI_LABELS)}")


def default_num_threads() -> int:
    """CPU threads to use: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


class NLIScorer:
    """A 3-class NLI cross-encoder returning probabilities in NLI_LABELS order.

    ``model`` is a shipped model name, a local directory or a Hugging Face Hub name
    (the latter needs the network or a warm cache); None loads the shipped default.
    ``precision`` is ``auto`` (bf16 where the CPU has it in hardware, else fp32), ``fp32``,
    ``bf16`` or ``int8`` (dynamic: fastest, but a pair's scores then depend on its batch mates).
    ``device`` is a torch device such as ``cuda``; precision applies to CPU runs only.
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        batch_size: int = 32,
        max_length: int = 256,
        num_threads: int | None = None,
        precision: str = "auto",
        device: str = "cpu",
    ) -> None:
        import torch

        self.name = str(model) if model is not None else DEFAULT_NLI_MODEL
        self.batch_size = batch_size
        self.max_length = max_length
        self.num_threads = num_threads or default_num_threads()
        torch.set_num_threads(self.num_threads)
        self.location = resolve_model(self.name)
        self.tokenizer, self.model = _load(self.location, self.name)
        self.model.eval()
        self.device = torch.device(device)
        if self.device.type == "cpu":
            self.model, self.precision = with_precision(self.model, precision)
        else:
            self.model, self.precision = self.model.to(self.device), "fp32"
        self.labels: tuple[str, ...] = label_order_from_config(self.model.config.id2label)
        self._columns = [self.labels.index(label) for label in NLI_LABELS]

    def predict(self, pairs: Sequence[tuple[str, str]], *, show_progress_bar: bool = False) -> np.ndarray:
        """Score (premise, hypothesis) pairs; returns an (n, 3) array of probabilities in NLI_LABELS order.
        A pair that occurs more than once (one wire claim in many outlets) is scored once."""
        unique = list(dict.fromkeys((str(p), str(h)) for p, h in pairs))
        if len(unique) < len(pairs):
            scored = dict(zip(unique, self.predict(unique, show_progress_bar=show_progress_bar), strict=True))
            return np.array([scored[(str(p), str(h))] for p, h in pairs], dtype=np.float32).reshape(-1, 3)
        import torch

        n = len(pairs)
        out = np.zeros((n, 3), dtype=np.float32)
        if n == 0:
            return out
        lengths = [len(p) + len(h) for p, h in pairs]
        order = np.argsort(lengths, kind="stable")[::-1]
        batches = [order[i : i + self.batch_size] for i in range(0, n, self.batch_size)]
        iterator = batches
        if show_progress_bar:
            from tqdm.auto import tqdm

            iterator = tqdm(batches, desc="NLI", unit="batch")
        with torch.inference_mode():
            for idx in iterator:
                premises = [str(pairs[i][0]) for i in idx]
                hypotheses = [str(pairs[i][1]) for i in idx]
                enc = self.tokenizer(
                    premises,
                    hypotheses,
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                ).to(self.device)
                logits = self.model(**enc).logits.float()
                probs = torch.softmax(logits, dim=-1).cpu().numpy()
                out[idx] = probs[:, self._columns]
        return out

    def predict_both(
        self, pairs: Sequence[tuple[str, str]], *, show_progress_bar: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """Score both directions: (premise -> hypothesis, hypothesis -> premise)."""
        both = list(pairs) + [(h, p) for p, h in pairs]
        probs = self.predict(both, show_progress_bar=show_progress_bar)
        return probs[: len(pairs)], probs[len(pairs) :]

    def __repr__(self) -> str:
        return f"NLIScorer(name={self.name!r}, labels={self.labels})"


def _load(location: str, name: str) -> tuple[object, object]:
    """Load tokenizer and sequence-classification model, wrapping every failure in ModelLoadError."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    is_dir = Path(location).is_dir()
    looks_like_path = location.startswith((".", "~", "/")) or location.count("/") > 1 or "\\" in location
    if looks_like_path and not Path(location).exists():
        raise ModelLoadError(f"NLI model path {name!r} does not exist")
    if Path(location).exists() and not is_dir:
        raise ModelLoadError(f"NLI model path {name!r} is a file; expected a model directory")
    if is_dir and not (Path(location) / "config.json").is_file():
        raise ModelLoadError(f"NLI model directory {location} has no config.json")
    local_only = is_dir or not hub_reachable()
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        tokenizer = AutoTokenizer.from_pretrained(location, local_files_only=local_only)
        model = AutoModelForSequenceClassification.from_pretrained(
            location, local_files_only=local_only, dtype=torch.float32
        )
    except Exception as exc:
        if is_dir:
            hint = ""
        elif local_only:
            hint = " (not a local directory, the Hub is unreachable and no cached copy exists)"
        else:
            hint = " (not a local directory; not found on the Hub)"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelLoadError(f"cannot load NLI model {name!r}{hint}: {first[:300]}") from exc
    finally:
        hf_logging.set_verbosity(verbosity)
    return tokenizer, model.float()
