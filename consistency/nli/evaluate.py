"""Evaluate an NLI scorer on files in the shared JSONL format (premise, hypothesis, label)."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from consistency.nli.scorer import NLI_LABELS, NLIScorer

VALID_LABELS = (*NLI_LABELS, "not_entailment")


class DataError(ValueError):
    """A data file is missing or has a malformed line."""


def load_pairs(path: Path) -> list[dict[str, str]]:
    """Read and validate a JSONL file of labelled pairs; raises DataError with file:line on problems."""
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise DataError(f"{path}:{lineno}: expected a JSON object")
            for key in ("premise", "hypothesis", "label"):
                if not isinstance(row.get(key), str):
                    raise DataError(f"{path}:{lineno}: missing or non-string field {key!r}")
            if row["label"] not in VALID_LABELS:
                raise DataError(f"{path}:{lineno}: unknown label {row['label']!r}")
            rows.append(row)
    if not rows:
        raise DataError(f"{path}: no pairs")
    return rows


def _mapped_predictions(gold: Sequence[str], probs: np.ndarray) -> list[str]:
    """Predicted labels, collapsed to entailment/not_entailment on rows with 2-way gold."""
    preds = [NLI_LABELS[i] for i in probs.argmax(axis=1)]
    return [
        ("entailment" if p == "entailment" else "not_entailment") if g == "not_entailment" else p
        for g, p in zip(gold, preds, strict=True)
    ]


def _roc_auc(y: np.ndarray, scores: np.ndarray) -> float | None:
    if y.min() == y.max():
        return None
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores))


def metrics(gold: Sequence[str], probs: np.ndarray, seconds: float) -> dict[str, Any]:
    """n, accuracy, per-label precision/recall/F1/support, contradiction ROC AUC and pairs per second.

    Rows with 2-way gold (``entailment``/``not_entailment``) are scored 2-way: a neutral or
    contradiction prediction counts as ``not_entailment``. ``contradiction_auc`` uses only 3-way
    rows and is None when they do not contain both contradictions and other labels.
    """
    n = len(gold)
    preds = _mapped_predictions(gold, probs)
    correct = sum(g == p for g, p in zip(gold, preds, strict=True))
    per_label: dict[str, dict[str, float | int]] = {}
    for label in VALID_LABELS:
        support = sum(g == label for g in gold)
        predicted = sum(p == label for p in preds)
        if support == 0 and predicted == 0:
            continue
        tp = sum(g == label and p == label for g, p in zip(gold, preds, strict=True))
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    three_way = np.array([g != "not_entailment" for g in gold])
    auc = None
    if three_way.any():
        y = np.array([g == "contradiction" for g in gold])[three_way].astype(int)
        auc = _roc_auc(y, probs[three_way, NLI_LABELS.index("contradiction")])
    return {
        "n": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "per_label": per_label,
        "contradiction_auc": round(auc, 4) if auc is not None else None,
        "pairs_per_second": round(n / seconds, 1) if seconds > 0 else None,
    }


def evaluate_files(
    files: Sequence[Path | str],
    model: str | None = None,
    *,
    scorer: NLIScorer | None = None,
    batch_size: int = 32,
    num_threads: int | None = None,
    precision: str = "auto",
    device: str = "cpu",
) -> dict[str, Any]:
    """Score every file; returns ``{"model", "files": [{"file", ...metrics}], "overall": {...}}``.

    All files are read and validated before the model loads, so bad input fails fast.
    """
    data = [(str(f), load_pairs(Path(f))) for f in files]
    scorer = scorer or NLIScorer(
        model, batch_size=batch_size, num_threads=num_threads, precision=precision, device=device
    )
    results = []
    all_gold: list[str] = []
    all_probs: list[np.ndarray] = []
    total_seconds = 0.0
    for name, rows in data:
        pairs = [(r["premise"], r["hypothesis"]) for r in rows]
        start = time.perf_counter()
        probs = scorer.predict(pairs)
        seconds = time.perf_counter() - start
        gold = [r["label"] for r in rows]
        results.append({"file": name, **metrics(gold, probs, seconds)})
        all_gold += gold
        all_probs.append(probs)
        total_seconds += seconds
    overall = metrics(all_gold, np.concatenate(all_probs), total_seconds)
    return {"model": scorer.name, "files": results, "overall": overall}


def reverse_check(rows: Sequence[dict[str, str]], scorer: NLIScorer) -> dict[str, Any]:
    """Shortcut test: score every pair in both orders and report, per gold label, how often each
    order is predicted contradiction (a large jump for reversed non-contradictions means the model
    keys on which side is longer rather than on meaning)."""
    pairs = [(r["premise"], r["hypothesis"]) for r in rows]
    fwd, rev = scorer.predict_both(pairs)
    c = NLI_LABELS.index("contradiction")
    out: dict[str, Any] = {}
    for label in sorted({r["label"] for r in rows}):
        sel = np.array([r["label"] == label for r in rows])
        out[label] = {
            "n": int(sel.sum()),
            "forward_pred_contradiction": round(float((fwd[sel].argmax(1) == c).mean()), 4),
            "reversed_pred_contradiction": round(float((rev[sel].argmax(1) == c).mean()), 4),
        }
    return out


def render_table(report: dict[str, Any]) -> Any:
    """A rich Table with one row per file and one for the overall numbers."""
    from rich.table import Table

    table = Table(title=f"NLI evaluation: {report.get('model', '')}")
    for col in ("file", "n", "acc", "E F1", "N F1", "C P", "C R", "C F1", "notE F1", "C AUC", "pairs/s"):
        table.add_column(col, justify="left" if col == "file" else "right")

    def fmt(x: float | int | None, digits: int = 3) -> str:
        if x is None:
            return "-"
        return f"{x:.{digits}f}" if isinstance(x, float) else str(x)

    def row(name: str, m: dict[str, Any]) -> list[str]:
        pl = m["per_label"]
        get = lambda lab, key: pl.get(lab, {}).get(key) if pl.get(lab, {}).get("support") else None  # noqa: E731
        return [
            name,
            str(m["n"]),
            fmt(m["accuracy"]),
            fmt(get("entailment", "f1")),
            fmt(get("neutral", "f1")),
            fmt(get("contradiction", "precision")),
            fmt(get("contradiction", "recall")),
            fmt(get("contradiction", "f1")),
            fmt(get("not_entailment", "f1")),
            fmt(m["contradiction_auc"]),
            fmt(m["pairs_per_second"], 0),
        ]

    for m in report["files"]:
        table.add_row(*row(m["file"], m))
    table.add_section()
    table.add_row(*row("overall", report["overall"]))
    return table
