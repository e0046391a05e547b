"""The command line: formats, exit codes, skipped inputs, and errors without tracebacks."""

from __future__ import annotations

import json

from conftest import FIXTURES
from typer.testing import CliRunner

from consistency.cli import app
from consistency.types import SCHEMA_VERSION

runner = CliRunner()
EXAMPLE = FIXTURES / "extraction" / "test" / "putin_zelensky_meeting.txt"


def test_claims_json_has_versioned_schema_and_text_for_highlighting(tmp_path):
    out = tmp_path / "claims.json"
    result = runner.invoke(app, ["claims", str(EXAMPLE), "--format", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert {"documents", "actors", "claims", "skipped"} <= set(data)
    text = data["documents"][0]["text"]
    for claim in data["claims"]:
        assert {
            "id",
            "doc",
            "actor",
            "actor_id",
            "text",
            "start",
            "end",
            "sentence_start",
            "sentence_end",
            "cue",
            "kind",
            "polarity",
            "time",
        } <= set(claim)
        first = claim["segments"][0]
        assert text[first["start"] : first["end"]] in claim["text"]
    assert {a["id"] for a in data["actors"]} == {c["actor_id"] for c in data["claims"]}


def test_table_and_markdown(tmp_path):
    table = runner.invoke(app, ["claims", str(EXAMPLE), "-q"])
    assert table.exit_code == 0
    assert "Sergei Lavrov" in table.stdout
    md = runner.invoke(app, ["claims", str(EXAMPLE), "--format", "md", "-q"])
    assert md.stdout.startswith("# Claims per actor")
    assert "## Donald Trump" in md.stdout


def test_bad_input_gives_one_line_error_and_nonzero_exit(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for args in (["claims", str(empty)], ["claims", str(tmp_path / "missing.txt")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "Traceback" not in result.output
        assert "error:" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_skipped_inputs_are_reported_with_the_results(tmp_path):
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text('{"id": "a", "text": "The mayor said the bridge was safe."}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["claims", str(jsonl), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["skipped"] == [{"source": f"{jsonl}:2", "reason": "malformed JSON (Expecting value)"}]
    assert "skipped" in result.stderr


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "Claim" in json.loads(result.stdout)["$defs"]


def test_a_report_that_cannot_be_written_fails_before_any_work(tmp_path):
    target = tmp_path / "missing" / "report.md"
    result = runner.invoke(app, ["check", str(EXAMPLE), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: cannot write {target}: no such directory {target.parent}"


def test_editorial_brackets_and_markup_in_quotes_are_printed_as_written(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        'Mayor Linda Okafor said the city would "not [close] the library this year." '
        "Raj Patel said the plan [/] was <b>finished</b> | done.",
        encoding="utf-8",
    )
    table = runner.invoke(app, ["claims", str(article), "-q"])
    assert table.exit_code == 0, table.output
    assert "[close]" in table.stdout and "[/]" in table.stdout
    md = runner.invoke(app, ["claims", str(article), "-q", "-f", "md"])
    assert r"the plan \[/\] was \<b\>finished\</b\> \| done" in md.stdout


def test_stdin_format_can_be_forced(tmp_path):
    text = "{Editor's note: updated.}\nThe governor said the dam was safe."
    forced = runner.invoke(app, ["claims", "-", "-q", "-f", "json", "--stdin-format", "text"], input=text)
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.stdout)["claims"][0]["text"] == "the dam was safe"
    wrong = runner.invoke(app, ["claims", "-", "-q", "--stdin-format", "jsonl"], input=text)
    assert wrong.exit_code == 2 and "malformed JSON" in wrong.stderr


def test_progress_is_plain_lines_when_stderr_is_a_log(tmp_path):
    """In a pipeline (stderr not a terminal) progress is logged as lines; -q silences it."""
    second = tmp_path / "second.txt"
    second.write_text("The mayor said the bridge would close in June.", encoding="utf-8")
    logged = runner.invoke(app, ["claims", str(EXAMPLE), str(second), "-o", str(tmp_path / "c.txt")])
    assert "Extracting claims: 2 of 2 documents" in logged.stderr
    quiet = runner.invoke(app, ["claims", str(EXAMPLE), str(second), "-o", str(tmp_path / "c.txt"), "-q"])
    assert quiet.stderr == ""
