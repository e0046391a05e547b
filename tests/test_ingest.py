"""Reading inputs: every format, and bad input that is reported rather than dropped."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sys

import pytest

from consistency import InputError, read_inputs
from consistency.ingest import KNOWN_SUFFIXES


def test_text_html_jsonl_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the bridge was safe.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(
        "<html><head><title>Bridge</title></head><body><nav>Home | Sport | Weather</nav>"
        "<article><h1>Bridge reopens</h1><p>The mayor said on Monday that the bridge was safe "
        "and would reopen to traffic next week after months of repairs.</p><p>Engineers told "
        "reporters the new supports had passed every load test carried out this autumn.</p>"
        "</article><footer>Copyright 2026 Ledger Media</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "corpus.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Police said two people were hurt.", "date": "2026-11-01", "source": "Wire"})
        + "\n",
        encoding="utf-8",
    )
    corpus = read_inputs([tmp_path])
    ids = {d.id: d for d in corpus.documents}
    assert set(ids) == {"a", "page", "x1"}
    assert "Engineers told reporters" in ids["page"].text
    assert "Home | Sport" not in ids["page"].text
    assert ids["x1"].date == "2026-11-01" and ids["x1"].source == "Wire"


def test_malformed_jsonl_lines_are_named_and_the_rest_is_read(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "ok", "text": "Officials said it rained."}\n{not json}\n{"id": "empty", "text": "  "}\n[1, 2]\n',
        encoding="utf-8",
    )
    corpus = read_inputs([path])
    assert [d.id for d in corpus.documents] == ["ok"]
    sources = [s.source for s in corpus.skipped]
    assert sources == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in corpus.skipped[0].reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  ", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unreadable_files_raise_one_clear_error(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_inputs([path])


def test_missing_path_and_empty_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_inputs([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no text files"):
        read_inputs([tmp_path / "empty"])


def test_partial_failure_keeps_good_documents_and_lists_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The minister said talks went well.", encoding="utf-8")
    corpus = read_inputs([good, tmp_path / "missing.txt"])
    assert [d.id for d in corpus.documents] == ["good"]
    assert corpus.skipped[0].reason == "no such file or directory"


def test_stdin_and_duplicate_ids(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The coach said he would stay.")))
    corpus = read_inputs(["-"])
    assert corpus.documents[0].id == "stdin"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One said so.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Two said so.", encoding="utf-8")
    ids = [d.id for d in read_inputs([tmp_path]).documents]
    assert len(set(ids)) == 2


def test_jsonl_records_hold_unicode_line_separators_and_html_from_content_systems(tmp_path):
    records = [
        {"id": "ls", "text": "Coach Pat Dunn said the team would win.\u2028Captain Lee Moss said it would lose."},
        {
            "id": "cms",
            "text": "<p>Ali Khan said the water was <strong>safe</strong>.</p><p>Mia Lund said it was not.</p>",
        },
        {"id": "ent", "text": "Senator Joan Hill said the bill &quot;would pass easily&quot;."},
        {"id": "after", "text": "Police said two people were hurt."},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    corpus = read_inputs([path])
    docs = {d.id: d for d in corpus.documents}
    assert not corpus.skipped and docs["after"].line == 4
    assert docs["ls"].text == "Coach Pat Dunn said the team would win.\nCaptain Lee Moss said it would lose."
    assert docs["cms"].text == "Ali Khan said the water was safe.\n\nMia Lund said it was not."
    assert docs["ent"].text == 'Senator Joan Hill said the bill "would pass easily".'


def test_copies_hidden_files_and_json_files_are_accounted_for(tmp_path):
    story = "The mayor said the bridge was safe.\nEngineers said it was not."
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story.replace("\n", "\r\n"), encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("The mayor said nothing.", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("The mayor said nothing.", encoding="utf-8")
    (tmp_path / "records.json").write_text(
        json.dumps([{"id": "j1", "text": "Police said two people were hurt."}, {"text": ""}], indent=2),
        encoding="utf-8",
    )
    corpus = read_inputs([tmp_path])
    assert [d.id for d in corpus.documents] == ["a", "j1"]
    reasons = {s.source.replace(str(tmp_path), ""): s.reason for s in corpus.skipped}
    assert reasons == {
        "/.cache": "hidden folder, not read",
        "/.notes.txt": "hidden file, not read",
        "/b.txt": "same text as document 'a'",
        "/records.json[1]": "no non-empty 'text' field",
    }


def test_a_page_in_its_declared_charset_and_text_that_opens_with_a_brace(tmp_path):
    page = tmp_path / "old.html"
    page.write_bytes(
        b'<html><head><meta charset="windows-1252"><title>Wing</title></head><body><article><p>'
        b"The board said the maternity wing at St Brigid\x92s Hospital would close in June, and staff told "
        b"reporters they had not been consulted about the plan at any stage.</p></article></body></html>"
    )
    note = tmp_path / "note"
    note.write_text("{Editor's note: updated.}\nThe governor said the dam was safe.", encoding="utf-8")
    corpus = read_inputs([page, note])
    docs = {d.id: d for d in corpus.documents}
    assert "St Brigid\u2019s Hospital" in docs["old"].text
    assert docs["note"].text.startswith("{Editor's note")


def test_duplicate_ids_are_made_unique_readably():
    from consistency import Document
    from consistency.ingest import unique_ids

    docs = [Document(id=i, text="x") for i in ("story", "story", "story-2", "story")]
    assert [d.id for d in unique_ids(docs)] == ["story", "story-3", "story-2", "story-4"]


_ARTICLE = (
    "<article><h1>Bridge reopens</h1><p>The mayor said on Monday that the bridge was safe and would reopen "
    "to traffic next week after months of repairs.</p><p>Engineers told reporters the new supports had "
    "passed every load test carried out this autumn.</p></article>"
)


def test_a_copyright_year_is_not_a_page_date(tmp_path):
    footer = "<footer>© 2025 City News</footer>"
    (tmp_path / "undated.html").write_text(
        f"<html><head><title>Bridge</title></head><body>{_ARTICLE}{footer}</body></html>", encoding="utf-8"
    )
    (tmp_path / "dated.html").write_text(
        '<html><head><title>Bridge</title><meta property="article:published_time" content="2025-03-05">'
        f"</head><body>{_ARTICLE.replace('Monday', 'Tuesday')}{footer}</body></html>",
        encoding="utf-8",
    )
    docs = {d.id: d for d in read_inputs([tmp_path]).documents}
    assert docs["undated"].date is None
    assert docs["dated"].date == "2025-03-05"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-05", "2025-03-05"),
        ("2025-03-05T10:00:00Z", "2025-03-05T10:00:00+00:00"),
        ("5 March 2025", "2025-03-05"),
        ("1 Mar 2025", "2025-03-01"),
        ("March 5, 2025", "2025-03-05"),
        ("Wed, 05 Mar 2025 10:00:00 GMT", "2025-03-05T10:00:00+00:00"),
        ("2025-02-30", None),
        ("yesterday", None),
        ("03/04/2025", None),
        ("", None),
        (20250305, None),
    ],
)
def test_jsonl_dates_become_iso_or_none(tmp_path, raw, expected):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "Police said two people were hurt.", "date": raw}), encoding="utf-8")
    corpus = read_inputs([path])
    assert corpus.documents[0].date == expected and not corpus.skipped


@pytest.mark.parametrize("name", ["saved.txt", "saved.md"])
def test_a_page_saved_as_text_is_read_as_html(tmp_path, name):
    path = tmp_path / name
    path.write_text(
        "\n<!DOCTYPE html>\n<html><head><title>Bridge</title><!-- tracking: said to be off --></head><body>"
        '<div class="cookie-banner">We use cookies. By clicking accept you said yes to all of them.</div>'
        f"{_ARTICLE}</body></html>",
        encoding="utf-8",
    )
    text = read_inputs([path]).documents[0].text
    assert "Engineers told reporters" in text
    assert "<" not in text and "cookies" not in text and "tracking" not in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX-only")
def test_a_named_pipe_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "story.txt").write_text("The mayor said the bridge was safe.", encoding="utf-8")
    os.mkfifo(tmp_path / "feed.txt")

    def hung(*_: object) -> None:
        pytest.fail("reading a named pipe waited for a writer")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        corpus = read_inputs([tmp_path])
        with pytest.raises(InputError, match="not a regular file"):
            read_inputs([tmp_path / "feed.txt"])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [d.id for d in corpus.documents] == ["story"]
    assert [(s.source, s.reason) for s in corpus.skipped] == [(str(tmp_path / "feed.txt"), "not a regular file")]


def test_jsonl_fields_that_are_not_strings_never_become_python_text(tmp_path):
    records = [
        {"id": 7, "text": "Police said two people were hurt.", "title": ["x"], "source": 5, "url": {"a": 1}},
        {"id": ["y"], "text": "The mayor said the bridge was safe.", "source": 2.5, "title": True},
        {"id": "n", "text": 42},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    corpus = read_inputs([path])
    first, second = corpus.documents
    assert (first.id, first.title, first.source, first.url) == ("7", None, "5", None)
    assert (second.id, second.title, second.source) == ("c-2", None, "2.5")
    assert [(s.source, s.reason) for s in corpus.skipped] == [(f"{path}:3", "'text' must be a string, not a number")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_files_with_a_byte_order_mark(tmp_path, encoding):
    text = "The mayor said the café was safe.\r\nEngineers said it was not."
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    assert read_inputs([path]).documents[0].text == text.replace("\r\n", "\n")


def test_the_skip_reason_for_other_files_lists_exactly_the_suffixes_read(tmp_path):
    (tmp_path / "notes.md").write_text("The mayor said the bridge was safe.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    corpus = read_inputs([tmp_path])
    assert [d.id for d in corpus.documents] == ["notes"]
    (reason,) = [s.reason for s in corpus.skipped]
    assert sorted(re.findall(r"\.\w+", reason)) == sorted(KNOWN_SUFFIXES)
