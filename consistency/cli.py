"""Command-line interface: a thin typer layer over the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .extract import ClaimExtractor
from .ingest import InputError, read_inputs
from .registry import DEFAULT_SPACY_MODEL
from .report import claims_json, claims_markdown, claims_table
from .types import ClaimsResult

app = typer.Typer(
    help="Find who claimed what in news text, and flag claims that cannot both be true.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


class ClaimsFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"


Paths = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.", show_default=False)]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]


@app.command()
def claims(
    paths: Paths,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.table,
    output: Output = None,
    quiet: Quiet = False,
    spacy_model: Annotated[str, typer.Option(help="spaCy pipeline name or path.")] = (DEFAULT_SPACY_MODEL),
) -> None:
    """Extract attributed claims per actor (table grouped by actor by default)."""
    corpus = _read(paths)
    extractor = _load(lambda: ClaimExtractor(spacy_model), quiet, "Loading spaCy")
    with _progress(quiet, len(corpus.documents), "Extracting claims") as advance:
        result = extractor.extract(corpus.documents, skipped=corpus.skipped, progress=advance)
    if format is ClaimsFormat.json:
        _emit(claims_json(result), output)
    elif format is ClaimsFormat.md:
        _emit(claims_markdown(result), output)
    else:
        _emit_table(result, output)
    _summary(result, quiet)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ``claims`` output."""
    typer.echo(json.dumps(ClaimsResult.model_json_schema(), indent=2))


# -- helpers -----------------------------------------------------------------------------------


def _fail(message: str, code: int = 2) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _read(paths: list[str]):
    try:
        return read_inputs(paths)
    except InputError as error:
        raise _fail(str(error)) from None


def _load(factory, quiet: bool, what: str):
    try:
        if quiet:
            return factory()
        with stderr.status(f"{what}…"):
            return factory()
    except (OSError, ValueError) as error:
        raise _fail(f"{what.lower()} failed: {error}") from None


class _progress:
    """A progress bar on stderr for multi-document input; silent with --quiet or one document."""

    def __init__(self, quiet: bool, total: int, label: str) -> None:
        self.enabled = not quiet and total > 1
        self.total, self.label = total, label
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
        )

    def __enter__(self):
        if not self.enabled:
            return lambda _n=1: None
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda n=1: self.bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()


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
        stderr.print(f"[yellow]skipped[/] {skipped.source}: {skipped.reason}", highlight=False)
    if not quiet:
        stderr.print(
            f"{len(result.documents)} document(s), {len(result.claims)} claims, "
            f"{len(result.actors)} actors, {len(result.skipped)} skipped",
            highlight=False,
        )


def main() -> None:  # pragma: no cover - console entry point
    app()
