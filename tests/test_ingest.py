"""Reading inputs: every format, and bad input that is reported rather than dropped."""

from __future__ import annotations

import io
import json
import sys

import pytest

from consistency import InputError, read_inputs


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
