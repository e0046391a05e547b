"""Contradiction reports: Markdown, one self-contained HTML file, or JSON.

Both human-readable reports show every contradiction (highest score first) with its two claims
side by side, each claim highlighted inside its sentence, then updates, an index of actors with
their claims, and skipped inputs. All text that comes from documents is escaped: backslash escapes
in Markdown, :func:`html.escape` in HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from ..types import Actor, CheckResult, Claim, Contradiction, Document, NLIScores, Span, Update
from .claims import actor_heading, claim_line, md, skipped_markdown

REASONS = {
    "explicit_denial": "explicit denial",
    "negation": "negation of the same predicate",
    "conflicting_numbers": "conflicting numbers",
    "conflicting_dates": "conflicting dates",
    "opposite_predicates": "opposite predicates",
    "nli": "NLI contradiction",
}
KINDS = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "according_to": "according to",
    "passive": "passive report",
}


def check_json(result: CheckResult) -> str:
    """The versioned JSON document: the claims JSON plus contradictions, updates and models."""
    return result.model_dump_json(indent=2)


# -- what both reports share -------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """A claim's sentence (widened to hold every segment) and what to mark in it.

    ``marks`` are the content segments and ``speaker`` the speaker phrase, as offsets into
    ``text``; they never overlap.
    """

    text: str
    marks: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None


class _Lookup:
    def __init__(self, result: CheckResult) -> None:
        self.result = result
        self.docs = {doc.id: doc for doc in result.documents}
        self.actors = {actor.id: actor for actor in result.actors}
        self.claims = {claim.id: claim for claim in result.claims}
        # sorted() is stable: equal scores keep the judge's order. Repeats of a contradiction
        # (same_as) are listed under it rather than ranked on their own.
        self.ranked = sorted((c for c in result.contradictions if c.same_as is None), key=lambda c: -c.score)
        self.repeats: dict[str, list[Contradiction]] = {}
        for contradiction in result.contradictions:
            if contradiction.same_as is not None:
                self.repeats.setdefault(contradiction.same_as, []).append(contradiction)
        self.flags: dict[str, list[int]] = {}
        for rank, contradiction in enumerate(self.ranked, start=1):
            for repeat in (contradiction, *self.repeats.get(contradiction.id, ())):
                for claim_id in (repeat.claim_a, repeat.claim_b):
                    ranks = self.flags.setdefault(claim_id, [])
                    if rank not in ranks:
                        ranks.append(rank)

    def actor_name(self, claim: Claim) -> str:
        actor = self.actors.get(claim.actor_id)
        return actor.name if actor else claim.actor


def _context(claim: Claim, doc: Document | None) -> _Context:
    text = doc.text if doc else ""
    if not doc or not 0 <= claim.start <= claim.end <= len(text):
        return _Context(claim.text, ((0, len(claim.text)),) if claim.text else (), None)
    start = max(0, min(claim.sentence_start, claim.start))
    end = min(len(text), max(claim.sentence_end, claim.end))
    spans = sorted(
        (max(seg.start, start) - start, min(seg.end, end) - start)
        for seg in claim.segments or (Span(start=claim.start, end=claim.end),)
    )
    marks: list[tuple[int, int]] = []
    for a, b in spans:
        if a >= b:
            continue
        if marks and a <= marks[-1][1]:
            marks[-1] = (marks[-1][0], max(b, marks[-1][1]))
        else:
            marks.append((a, b))
    speaker = None
    if claim.speaker_span and start <= claim.speaker_span.start < claim.speaker_span.end <= end:
        s, e = claim.speaker_span.start - start, claim.speaker_span.end - start
        if all(e <= a or s >= b for a, b in marks):
            speaker = (s, e)
    return _Context(text[start:end], tuple(marks), speaker)


def _repeat_lines(c: Contradiction, lookup: _Lookup, shown: int = 20) -> list[str]:
    """A heading, then one plain line per repeat of a contradiction (the first ``shown``) and how
    many more; nothing for a contradiction without repeats."""
    repeats = lookup.repeats.get(c.id, [])
    if not repeats:
        return []
    lines = [f"The same two statements clash in {_plural(len(repeats), 'more pair')} of claims"]
    for repeat in repeats[:shown]:
        docs = " vs ".join(
            claim.doc if (claim := lookup.claims.get(claim_id)) else claim_id
            for claim_id in (repeat.claim_a, repeat.claim_b)
        )
        lines.append(f"{docs}: {repeat.claim_a} / {repeat.claim_b}, score {_num(repeat.score)} ({repeat.id})")
    if len(repeats) > shown:
        lines.append(f"and {len(repeats) - shown} more (every one is in the JSON report)")
    return lines


def _pieces(context: _Context) -> list[tuple[str, str]]:
    """Split the context into ``(text, role)`` pieces; role is ``""``, ``"claim"`` or ``"speaker"``."""
    spans = sorted(
        [(a, b, "claim") for a, b in context.marks] + ([(*context.speaker, "speaker")] if context.speaker else [])
    )
    pieces: list[tuple[str, str]] = []
    at = 0
    for a, b, role in spans:
        if a > at:
            pieces.append((context.text[at:a], ""))
        pieces.append((context.text[a:b], role))
        at = b
    if at < len(context.text):
        pieces.append((context.text[at:], ""))
    return pieces


def _doc_parts(doc: Document | None, doc_id: str) -> list[str]:
    if doc is None:
        return [doc_id]
    return [part for part in (doc.id, doc.title, doc.source, doc.date) if part]


def _speaker_note(claim: Claim, name: str) -> str | None:
    return claim.speaker if claim.speaker and claim.speaker.strip() != name else None


def _num(value: float) -> str:
    return f"{value:.2f}"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _summary_parts(result: CheckResult) -> list[str]:
    found = len(result.contradictions)
    distinct = sum(c.same_as is None for c in result.contradictions)
    repeated = f" ({distinct} distinct, the rest repeat them in other documents)" if distinct < found else ""
    return [
        _plural(len(result.documents), "document"),
        f"{_plural(len(result.claims), 'claim')} by {_plural(len(result.actors), 'actor')}",
        f"{_plural(result.candidate_pairs, 'candidate pair')} judged",
        f"{_plural(found, 'contradiction')}{repeated} at threshold {_num(result.threshold)}",
        _plural(len(result.updates), "update"),
    ]


# -- Markdown ----------------------------------------------------------------------------------


def check_markdown(result: CheckResult) -> str:
    """A Markdown report: summary, contradictions side by side, updates, actors, skipped inputs."""
    lookup = _Lookup(result)
    lines = ["# Contradiction check", "", "; ".join(_summary_parts(result)) + "."]
    if result.models:
        m = result.models
        lines += ["", f"Models: spaCy {md(m.spacy)}, embeddings {md(m.embedder)}, NLI {md(m.nli)} ({m.precision})."]
    lines += ["", "## Contradictions", ""]
    if not lookup.ranked:
        lines += [f"No contradictions at threshold {_num(result.threshold)}.", ""]
    for rank, contradiction in enumerate(lookup.ranked, start=1):
        lines += _md_contradiction(rank, contradiction, lookup)
    if result.updates:
        lines += ["## Updates (not contradictions)", ""]
        lines += [_md_update(update, lookup) for update in result.updates]
        lines.append("")
    lines += _md_actor_index(lookup)
    lines += skipped_markdown(result)
    return "\n".join(lines).rstrip() + "\n"


def _md_contradiction(rank: int, c: Contradiction, lookup: _Lookup) -> list[str]:
    a, b = lookup.claims.get(c.claim_a), lookup.claims.get(c.claim_b)
    who = " vs ".join(md(lookup.actor_name(x)) if x else "?" for x in (a, b))
    reason = REASONS.get(c.reason, c.reason)
    lines = [f"### {rank}. {who}: {reason}, score {_num(c.score)}", ""]
    cells = [_md_claim_cells(claim, claim_id, lookup) for claim, claim_id in ((a, c.claim_a), (b, c.claim_b))]
    lines += ["| | Claim A (earlier) | Claim B (later) |", "|---|---|---|"]
    for label, left, right in zip(_MD_ROWS, *cells, strict=True):
        lines.append(f"| {label} | {left} | {right} |")
    lines += [
        "",
        f"**Score {_num(c.score)}**, {reason} ({md(c.id)}, key {md(c.key)}): {md(c.explanation)}",
        "",
    ]
    if c.evidence:
        lines += [f"Evidence: {', '.join(md(e) for e in c.evidence)}", ""]
    lines += [
        f"NLI (entailment / neutral / contradiction): A→B {_md_nli(c.nli_ab)}; B→A {_md_nli(c.nli_ba)}",
        "",
    ]
    if repeats := _repeat_lines(c, lookup):
        heading, *items = repeats
        lines += [f"{heading}:", ""] + [f"- {md(line)}" for line in items] + [""]
    return lines


_MD_ROWS = ("Speaker", "Document", "Stated time", "Cue", "Kind", "In context", "Claim")


def _md_claim_cells(claim: Claim | None, claim_id: str, lookup: _Lookup) -> list[str]:
    if claim is None:
        return [f"claim {md(claim_id)} not found", *[""] * (len(_MD_ROWS) - 1)]
    name = lookup.actor_name(claim)
    note = _speaker_note(claim, name)
    speaker = f"**{md(name)}**" + (f" (as “{md(note)}”)" if note else "")
    doc = lookup.docs.get(claim.doc)
    document = " · ".join(md(part) for part in _doc_parts(doc, claim.doc))
    cue = f"*{md(claim.cue)}*" if claim.cue.strip() else "—"
    kind = KINDS.get(claim.kind, claim.kind)
    kind += f", **denied**: “{md(claim.proposition)}”" if claim.polarity == "denied" else ", asserted"
    return [
        speaker,
        document,
        md(claim.time) if claim.time else "—",
        cue,
        kind,
        _md_highlight(_context(claim, doc)),
        f"{md(claim.id)} [{claim.start}:{claim.end}]",
    ]


def _md_highlight(context: _Context) -> str:
    out = []
    for text, role in _pieces(context):
        if role != "claim":
            out.append(md(text))
            continue
        # Emphasis must not open or close next to a space: keep outer spaces outside the bold.
        core = text.strip()
        if not core:
            out.append(md(text))
            continue
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        out.append(f"{md(lead)}**{md(core)}**{md(trail)}")
    return "".join(out)


def _md_nli(scores: NLIScores) -> str:
    return " / ".join(_num(v) for v in (scores.entailment, scores.neutral, scores.contradiction))


def _md_claim_ref(claim: Claim | None, claim_id: str) -> str:
    if claim is None:
        return f"claim {md(claim_id)} (not found)"
    where = ", ".join(md(x) for x in (claim.doc, claim.time) if x)
    cue = f"*{md(claim.cue)}*, " if claim.cue.strip() else ""
    return f"“{md(claim.text)}” ({cue}{where})"


def _md_update(update: Update, lookup: _Lookup) -> str:
    a, b = lookup.claims.get(update.claim_a), lookup.claims.get(update.claim_b)
    who = next((lookup.actor_name(x) for x in (a, b) if x), "?")
    return (
        f"- **{md(who)}**: {_md_claim_ref(a, update.claim_a)} → {_md_claim_ref(b, update.claim_b)}. "
        f"{md(update.explanation)}"
    )


def _md_actor_index(lookup: _Lookup) -> list[str]:
    lines = ["## Actors and their claims", ""]
    for actor_id, claims in lookup.result.claims_by_actor().items():
        actor = lookup.actors.get(actor_id) or Actor(id=actor_id, name=claims[0].actor, kind="unnamed")
        lines += [f"### {actor_heading(actor)}", ""]
        for claim in claims:
            flag = ", ".join(f"#{rank}" for rank in lookup.flags.get(claim.id, ()))
            flag = f" ⚠ contradiction {flag}" if flag else ""
            lines.append(f"- {claim_line(claim)}{flag}")
        lines.append("")
    return lines


# -- HTML --------------------------------------------------------------------------------------


def _h(text: str) -> str:
    return html.escape(text, quote=True)


_CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --mark: #fff1a8;
  --alert: #b42318; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
.summary { margin: 0; }
.models, .muted { color: var(--muted); font-size: .9rem; }
.card { border: 1px solid var(--line); border-radius: 10px; margin: 0 0 1.5rem; overflow: hidden;
  break-inside: avoid; page-break-inside: avoid; }
.card > header { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: baseline; padding: .7rem 1rem;
  background: var(--soft); border-bottom: 1px solid var(--line); }
.card > header h3 { margin: 0; }
.score { font-weight: 700; color: #fff; background: var(--alert); border-radius: 999px; padding: 0 .6rem;
  font-variant-numeric: tabular-nums; }
.reason { font-weight: 600; }
.pair { display: grid; grid-template-columns: 1fr 1fr; }
.claim { padding: .9rem 1rem; min-width: 0; }
.claim + .claim { border-left: 1px solid var(--line); }
.side { font-size: .75rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .4rem 0 .6rem;
  font-size: .9rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: 0; padding: .55rem .8rem; background: var(--soft); border-left: 3px solid var(--line);
  border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
.speaker { text-decoration: underline; text-decoration-color: var(--muted); text-underline-offset: 2px; }
.denied { color: var(--alert); font-weight: 600; }
.verdict { padding: .7rem 1rem .9rem; border-top: 1px solid var(--line); }
.verdict p { margin: 0 0 .5rem; }
table.nli { border-collapse: collapse; font-size: .85rem; font-variant-numeric: tabular-nums; }
table.nli th, table.nli td { padding: .15rem .7rem; border-bottom: 1px solid var(--line); text-align: right; }
table.nli th:first-child { text-align: left; font-weight: 500; }
table.nli td.top { font-weight: 700; }
ul.plain { padding-left: 1.2rem; }
ul.plain li { margin: .3rem 0; }
.flag { color: var(--alert); font-weight: 600; white-space: nowrap; }
.flag a { color: inherit; }
.update { padding: .7rem 1rem; }
.arrow { color: var(--muted); padding: 0 .3rem; }
code, .ids { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
@media screen and (max-width: 720px) {
  .pair { grid-template-columns: 1fr; }
  .claim + .claim { border-left: 0; border-top: 1px solid var(--line); }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .actor { break-inside: avoid; page-break-inside: avoid; }
  mark, .score, .card > header, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .flag a { text-decoration: none; }
}
"""


def check_html(result: CheckResult) -> str:
    """One self-contained HTML page (inline CSS, no scripts, no external resources)."""
    lookup = _Lookup(result)
    body = [
        "<header>",
        "<h1>Contradiction check</h1>",
        f'<p class="summary">{_h("; ".join(_summary_parts(result)))}.</p>',
    ]
    if result.models:
        m = result.models
        body.append(
            f'<p class="models">Models: spaCy <code>{_h(m.spacy)}</code>, embeddings <code>{_h(m.embedder)}</code>,'
            f" NLI <code>{_h(m.nli)}</code> ({_h(m.precision)}).</p>"
        )
    body += ["</header>", '<section id="contradictions">', "<h2>Contradictions</h2>"]
    if not lookup.ranked:
        body.append(f"<p>No contradictions at threshold {_num(result.threshold)}.</p>")
    for rank, contradiction in enumerate(lookup.ranked, start=1):
        body += _html_contradiction(rank, contradiction, lookup)
    body.append("</section>")
    if result.updates:
        body += ['<section id="updates">', "<h2>Updates (not contradictions)</h2>"]
        body += [_html_update(update, lookup) for update in result.updates]
        body.append("</section>")
    body += _html_actor_index(lookup)
    if result.skipped:
        body += ['<section id="skipped">', "<h2>Skipped inputs</h2>", '<ul class="plain">']
        body += [f"<li><code>{_h(s.source)}</code>: {_h(s.reason)}</li>" for s in result.skipped]
        body += ["</ul>", "</section>"]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>Contradiction check</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            "<main>",
            *body,
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _html_contradiction(rank: int, c: Contradiction, lookup: _Lookup) -> list[str]:
    a, b = lookup.claims.get(c.claim_a), lookup.claims.get(c.claim_b)
    who = " vs ".join(lookup.actor_name(x) if x else "?" for x in (a, b))
    reason = REASONS.get(c.reason, c.reason)
    lines = [
        f'<article class="card contradiction" id="contradiction-{rank}">',
        "<header>",
        f"<h3>{rank}. {_h(who)}</h3>",
        f'<span class="score" title="calibrated probability of a contradiction">{_num(c.score)}</span>',
        f'<span class="reason">{_h(reason)}</span>',
        f'<span class="muted ids" title="key: the same for this pair on every run">{_h(c.id)} · {_h(c.key)}</span>',
        "</header>",
        '<div class="pair">',
        _html_claim("Claim A (earlier)", a, c.claim_a, lookup),
        _html_claim("Claim B (later)", b, c.claim_b, lookup),
        "</div>",
        '<div class="verdict">',
        f"<p><strong>{_h(c.explanation)}</strong></p>",
    ]
    if c.evidence:
        lines.append(f'<p class="muted">Evidence: {_h(", ".join(c.evidence))}</p>')
    lines.append(_html_nli(c))
    if repeats := _repeat_lines(c, lookup):
        heading, *items = repeats
        lines += [
            f"<details><summary>{_h(heading)}</summary>",
            '<ul class="plain ids">',
            *(f"<li>{_h(line)}</li>" for line in items),
            "</ul></details>",
        ]
    lines += ["</div>", "</article>"]
    return lines


def _html_claim(side: str, claim: Claim | None, claim_id: str, lookup: _Lookup) -> str:
    if claim is None:
        missing = f"<p>Claim <code>{_h(claim_id)}</code> not found.</p>"
        return f'<div class="claim"><div class="side">{side}</div>{missing}</div>'
    name = lookup.actor_name(claim)
    note = _speaker_note(claim, name)
    doc = lookup.docs.get(claim.doc)
    kind = _h(KINDS.get(claim.kind, claim.kind))
    if claim.polarity == "denied":
        kind += f', <span class="denied">denied</span>: “{_h(claim.proposition)}”'
    else:
        kind += ", asserted"
    meta = [
        ("Document", " · ".join(_h(part) for part in _doc_parts(doc, claim.doc))),
        *([("URL", _h(doc.url))] if doc and doc.url else []),
        ("Stated time", _h(claim.time) if claim.time else "—"),
        ("Cue", f"<em>{_h(claim.cue)}</em>" if claim.cue.strip() else "—"),
        ("Kind", kind),
        ("Claim", f'<span class="ids">{_h(claim.id)} [{claim.start}:{claim.end}]</span>'),
    ]
    return "".join(
        [
            '<div class="claim">',
            f'<div class="side">{side}</div>',
            f"<h3>{_h(name)}",
            f' <span class="muted">as “{_h(note)}”</span>' if note else "",
            "</h3>",
            '<dl class="meta">',
            *(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in meta),
            "</dl>",
            f"<blockquote>{_html_highlight(_context(claim, doc))}</blockquote>",
            "</div>",
        ]
    )


def _html_highlight(context: _Context) -> str:
    out = []
    for text, role in _pieces(context):
        if role == "claim":
            out.append(f"<mark>{_h(text)}</mark>")
        elif role == "speaker":
            out.append(f'<span class="speaker">{_h(text)}</span>')
        else:
            out.append(_h(text))
    return "".join(out)


def _html_nli(c: Contradiction) -> str:
    rows = []
    for label, scores in (("A → B", c.nli_ab), ("B → A", c.nli_ba)):
        values = (scores.entailment, scores.neutral, scores.contradiction)
        top = max(values)
        cells = "".join(f'<td class="top">{_num(v)}</td>' if v == top else f"<td>{_num(v)}</td>" for v in values)
        rows.append(f"<tr><th>{label}</th>{cells}</tr>")
    return (
        '<table class="nli"><thead><tr><th>NLI</th><th>entailment</th><th>neutral</th><th>contradiction</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _html_claim_ref(claim: Claim | None, claim_id: str) -> str:
    if claim is None:
        return f"claim <code>{_h(claim_id)}</code> (not found)"
    where = ", ".join(_h(x) for x in (claim.doc, claim.time) if x)
    cue = f"<em>{_h(claim.cue)}</em>, " if claim.cue.strip() else ""
    return f'“{_h(claim.text)}” <span class="muted">({cue}{where})</span>'


def _html_update(update: Update, lookup: _Lookup) -> str:
    a, b = lookup.claims.get(update.claim_a), lookup.claims.get(update.claim_b)
    who = next((lookup.actor_name(x) for x in (a, b) if x), "?")
    return (
        f'<div class="card update"><p><strong>{_h(who)}</strong>: {_html_claim_ref(a, update.claim_a)}'
        f'<span class="arrow">→</span>{_html_claim_ref(b, update.claim_b)}</p>'
        f"<p>{_h(update.explanation)}</p></div>"
    )


def _html_actor_index(lookup: _Lookup) -> list[str]:
    lines = ['<section id="actors">', "<h2>Actors and their claims</h2>"]
    for actor_id, claims in lookup.result.claims_by_actor().items():
        actor = lookup.actors.get(actor_id) or Actor(id=actor_id, name=claims[0].actor, kind="unnamed")
        titles = f', <span class="muted">{_h("; ".join(actor.titles))}</span>' if actor.titles else ""
        aka = f' <span class="muted">(also: {_h(", ".join(actor.aliases))})</span>' if actor.aliases else ""
        lines += ['<div class="actor">', f"<h3>{_h(actor.name)}{titles}{aka}</h3>", '<ul class="plain">']
        for claim in claims:
            denied = ' <span class="denied">(denied)</span>' if claim.polarity == "denied" else ""
            when = f", {_h(claim.time)}" if claim.time else ""
            flags = " ".join(f'<a href="#contradiction-{rank}">#{rank}</a>' for rank in lookup.flags.get(claim.id, ()))
            flag = f' <span class="flag">⚠ contradiction {flags}</span>' if flags else ""
            lines.append(
                f"<li><em>{_h(claim.cue)}</em>{when}{denied}: “{_h(claim.text)}” "
                f'<sub class="muted">{_h(claim.doc)} [{claim.start}:{claim.end}] {_h(claim.kind)}</sub>{flag}</li>'
            )
        lines += ["</ul>", "</div>"]
    lines.append("</section>")
    return lines
