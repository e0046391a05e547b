"""Command-line interface: a thin typer layer over the library."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .embed import EmbeddingLoadError
from .extract import ClaimExtractor
from .ingest import Corpus, InputError, read_inputs
from .nli import ModelLoadError
from .nli.commands import eval_nli, train_nli
from .nli.scorer import default_num_threads
from .precision import Precision
from .registry import DEFAULT_EMBEDDER, DEFAULT_NLI_MODEL, DEFAULT_SPACY_MODEL
from .report import check_html, check_json, check_markdown, claims_json, claims_markdown, claims_table
from .types import CheckResult, ClaimsResult

app = typer.Typer(
    help="Find who claimed what in news text, and flag claims that cannot both be true.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)
T = TypeVar("T")


class ClaimsFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"


class ReportFormat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


Paths = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.", show_default=False)]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]


class StdinFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


StdinFormatOption = Annotated[
    StdinFormat, typer.Option(help="What '-' reads: auto = JSONL or HTML when it looks so, else text.")
]
PrecisionOption = Annotated[
    Precision,
    typer.Option(
        help="Model arithmetic: auto = bf16 where the CPU has it, else fp32; int8 is faster but batch-dependent."
    ),
]
Processes = Annotated[
    int,
    typer.Option("--processes", "-j", min=1, help="Parser processes for many documents (default: up to 4 CPU cores)."),
]
#: Parsing is one core's work per process; beyond four, the NLI stage dominates anyway.
DEFAULT_PROCESSES = min(4, default_num_threads())


@app.command()
def claims(
    paths: Paths,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.table,
    output: Output = None,
    quiet: Quiet = False,
    spacy_model: Annotated[str, typer.Option(help="spaCy pipeline name or path.")] = (DEFAULT_SPACY_MODEL),
    processes: Processes = DEFAULT_PROCESSES,
    stdin_format: StdinFormatOption = StdinFormat.auto,
) -> None:
    """Extract attributed claims per actor (table grouped by actor by default)."""
    _check_writable(output)
    corpus = _read(paths, stdin_format)
    extractor = _load(lambda: ClaimExtractor(spacy_model, processes=processes), quiet, "Loading spaCy")
    with _progress(quiet, len(corpus.documents), "Extracting claims") as (advance, _):
        result = extractor.extract(corpus.documents, skipped=corpus.skipped, progress=advance)
    if format is ClaimsFormat.json:
        _emit(claims_json(result), output)
    elif format is ClaimsFormat.md:
        _emit(claims_markdown(result), output)
    else:
        _emit_table(result, output)
    _summary(result, quiet)


@app.command()
def check(
    paths: Paths,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
    output: Output = None,
    threshold: Annotated[
        float | None,
        typer.Option(help="Report pairs scoring at least this, 0 to 1 (default: the shipped judge's, tuned on dev)."),
    ] = None,
    fail_on_contradiction: Annotated[
        bool, typer.Option("--fail-on-contradiction", help="Exit with status 1 when any is found.")
    ] = False,
    quiet: Quiet = False,
    nli_model: Annotated[str, typer.Option(help="NLI cross-encoder: shipped name, path or Hub name.")] = (
        DEFAULT_NLI_MODEL
    ),
    embedder: Annotated[str, typer.Option(help="Sentence embedder: name, path or Hub name.")] = (DEFAULT_EMBEDDER),
    spacy_model: Annotated[str, typer.Option(help="spaCy pipeline name or path.")] = DEFAULT_SPACY_MODEL,
    processes: Processes = DEFAULT_PROCESSES,
    precision: PrecisionOption = Precision.auto,
    stdin_format: StdinFormatOption = StdinFormat.auto,
) -> None:
    """Find claims that cannot both be true and write a report (Markdown by default)."""
    from .checker import Checker, valid_threshold

    try:
        if threshold is not None:
            valid_threshold(threshold)
    except ValueError as error:
        raise _fail(f"--threshold: {error}") from None
    _check_writable(output)
    corpus = _read(paths, stdin_format)
    checker = _load(
        lambda: Checker(
            spacy_model=spacy_model,
            embedder=embedder,
            nli_model=nli_model,
            threshold=threshold,
            processes=processes,
            precision=precision.value,
        ),
        quiet,
        "Loading models",
    )
    with _progress(quiet, len(corpus.documents), "Checking", always=True) as (advance, stage):
        result = checker.check(corpus.documents, skipped=corpus.skipped, progress=advance, stage=stage)
    render = {ReportFormat.md: check_markdown, ReportFormat.json: check_json, ReportFormat.html: check_html}[format]
    _emit(render(result), output)
    _summary(result, quiet)
    if not quiet:
        stderr.print(
            f"{len(result.contradictions)} contradiction(s) at threshold {result.threshold:.2f}", highlight=False
        )
    if fail_on_contradiction and result.contradictions:
        raise typer.Exit(1)


@app.command("fit-judge")
def fit_judge_command(
    folder: Annotated[Path, typer.Argument(help="Labelled fixtures (dev only).")] = Path("fixtures/contradictions/dev"),
    output: Annotated[Path, typer.Option(help="Where to write the judge weights.")] = Path("models/judge.json"),
    nli_model: Annotated[str, typer.Option()] = DEFAULT_NLI_MODEL,
    min_precision: Annotated[
        float, typer.Option(help="Out-of-fold precision the threshold must reach (best F1 above it).")
    ] = 0.5,
    precision: PrecisionOption = Precision.auto,
) -> None:
    """Fit the contradiction score on dev fixtures and write the shipped judge weights."""
    from .calibrate import UNFITTED, fit_judge, write_judge
    from .checker import Checker

    if not folder.is_dir():
        raise _fail(f"{folder} is not a folder of fixtures")
    checker = Checker(nli_model=nli_model, judge=UNFITTED, precision=precision.value)
    data = fit_judge(checker, folder, min_precision=min_precision)
    write_judge(data, output)
    typer.echo(json.dumps(data, indent=2))


@app.command()
def schema(
    kind: Annotated[str, typer.Argument(help="'claims' or 'check'.")] = "check",
) -> None:
    """Print the JSON Schema of the ``claims`` or ``check`` output."""
    if kind not in {"claims", "check"}:
        raise _fail("schema kind must be 'claims' or 'check'")
    model = ClaimsResult if kind == "claims" else CheckResult
    typer.echo(json.dumps(model.model_json_schema(), indent=2))


app.command("train-nli")(train_nli)
app.command("eval-nli")(eval_nli)


# -- helpers -----------------------------------------------------------------------------------


def _fail(message: str, code: int = 2) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _read(paths: list[str], stdin_format: StdinFormat = StdinFormat.auto) -> Corpus:
    try:
        return read_inputs(paths, stdin_format=stdin_format.value)
    except InputError as error:
        raise _fail(str(error)) from None


def _check_writable(output: Path | None) -> None:
    """Fail before any work when the report could not be written where asked."""
    if output is None:
        return
    folder = output.parent
    if output.is_dir():
        raise _fail(f"cannot write {output}: it is a directory")
    if not folder.is_dir():
        raise _fail(f"cannot write {output}: no such directory {folder}")
    if not os.access(folder, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise _fail(f"cannot write {output}: permission denied")


def _load(factory: Callable[[], T], quiet: bool, what: str) -> T:
    """Load models behind a spinner; a model that cannot be loaded is one line, not a traceback."""
    try:
        if quiet:
            return factory()
        with stderr.status(f"{what}…"):
            return factory()
    except (OSError, ValueError, EmbeddingLoadError, ModelLoadError) as error:
        raise _fail(f"{what.lower()} failed: {error}") from None


@contextmanager
def _progress(
    quiet: bool, total: int, label: str, *, always: bool = False
) -> Iterator[tuple[Callable[[int], None], Callable[[str], None]]]:
    """A progress bar on stderr: documents done, and the stage under way. Silent with --quiet;
    for one document only where ``always`` (checking one long text still takes a while)."""
    if quiet or (total <= 1 and not always):
        yield (lambda _n=1: None), (lambda _text: None)
        return
    if not stderr.is_terminal:  # a pipeline's log: plain lines, not a bar redrawn in place
        yield _logged_progress(total, label)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield (lambda n=1: bar.advance(task, n)), (lambda text: bar.update(task, description=text))


def _logged_progress(total: int, label: str) -> tuple[Callable[[int], None], Callable[[str], None]]:
    """Progress as lines on stderr: the documents done at most every 10 seconds and at the end,
    and each stage as it starts."""
    done, last = 0, time.monotonic()

    def advance(n: int = 1) -> None:
        nonlocal done, last
        done += n
        if done == total or time.monotonic() - last >= 10:
            last = time.monotonic()
            stderr.print(f"{label}: {done:,} of {total:,} documents", highlight=False)

    return advance, lambda text: stderr.print(f"{text}…", highlight=False)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise _fail(f"cannot write {output}: {error.strerror or error}") from None


def _emit_table(result: ClaimsResult, output: Path | None) -> None:
    if output is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=140)
        console.print(claims_table(result))
        return
    try:
        with output.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=160).print(claims_table(result))
    except OSError as error:
        raise _fail(f"cannot write {output}: {error.strerror or error}") from None


def _summary(result: ClaimsResult, quiet: bool) -> None:
    for skipped in result.skipped:
        stderr.print(
            f"[yellow]skipped[/] {escape(skipped.source)}: {escape(skipped.reason)}", highlight=False, soft_wrap=True
        )
    if not quiet:
        stderr.print(
            f"{len(result.documents)} document(s), {len(result.claims)} claims, "
            f"{len(result.actors)} actors, {len(result.skipped)} skipped",
            highlight=False,
        )


def main() -> None:  # pragma: no cover - console entry point
    app()
