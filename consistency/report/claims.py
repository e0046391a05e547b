"""Claims per actor as a terminal table, Markdown or JSON."""

from __future__ import annotations

import re

from rich.markup import escape
from rich.table import Table

from ..types import Actor, Claim, ClaimsResult


def claims_json(result: ClaimsResult) -> str:
    """The versioned JSON document (see ``docs/schema.md``)."""
    return result.model_dump_json(indent=2)


def claims_table(result: ClaimsResult) -> Table:
    """A rich table grouped by actor: speaker, cue, kind, polarity, time and the claim."""
    table = Table(
        title=f"{len(result.claims)} claims by {len(result.actors)} actors in {len(result.documents)} document(s)",
        show_lines=False,
        expand=True,
    )
    table.add_column("actor", style="bold", max_width=22)
    table.add_column("how", max_width=26)
    table.add_column("claim", ratio=1)
    actors = {actor.id: actor for actor in result.actors}
    for actor_id, claims in result.claims_by_actor().items():
        for index, claim in enumerate(claims):
            # Text from documents is escaped: '[the suspect]' is an editor's words, not rich markup.
            name = escape(actors[actor_id].name) if index == 0 else ""
            how = [escape(claim.cue), claim.kind if claim.polarity == "asserted" else f"{claim.kind}, DENIED"]
            if claim.time:
                how.append(escape(claim.time))
            how.append(f"[dim]{escape(claim.doc)}:{claim.start}[/]")
            table.add_row(name, "\n".join(how), escape(_shorten(claim.text, 300)), end_section=index == len(claims) - 1)
    return table


def claims_markdown(result: ClaimsResult) -> str:
    """A Markdown report: one section per actor, every claim quoted with its cue and place."""
    actors = {actor.id: actor for actor in result.actors}
    lines = [
        "# Claims per actor",
        "",
        f"{len(result.claims)} claims by {len(result.actors)} actors in {len(result.documents)} document(s).",
        "",
    ]
    for actor_id, claims in result.claims_by_actor().items():
        lines += [f"## {actor_heading(actors[actor_id])}", ""]
        lines += [f"- {claim_line(claim)}" for claim in claims]
        lines.append("")
    lines += skipped_markdown(result)
    return "\n".join(lines).rstrip() + "\n"


def skipped_markdown(result: ClaimsResult) -> list[str]:
    """A 'Skipped inputs' section, so nothing is dropped silently."""
    if not result.skipped:
        return []
    return ["## Skipped inputs", "", *(f"- {_code(s.source)}: {md(s.reason)}" for s in result.skipped), ""]


def _code(text: str) -> str:
    """A path or source as inline code where it can be one."""
    return f"`{text}`" if "`" not in text and "\n" not in text else md(text)


def actor_heading(actor: Actor) -> str:
    """'Name, titles (also: aliases)', escaped for Markdown."""
    aka = f" (also: {', '.join(md(a) for a in actor.aliases)})" if actor.aliases else ""
    titles = f", {'; '.join(md(t) for t in actor.titles)}" if actor.titles else ""
    return f"{md(actor.name)}{titles}{aka}"


def claim_line(claim: Claim) -> str:
    """One claim in Markdown: cue, stated time, polarity, the quoted text and where it is."""
    denied = " **(denied)**" if claim.polarity == "denied" else ""
    when = f", {md(claim.time)}" if claim.time else ""
    return (
        f"*{md(claim.cue)}*{when}{denied}: “{md(claim.text)}” "
        f"<sub>{md(claim.doc)} [{claim.start}:{claim.end}] {claim.kind}</sub>"
    )


#: Characters Markdown (or HTML inside it) would read as markup, and entity-like ampersands.
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]|&(?=#?\w+;)")


def md(text: str) -> str:
    """Escape text from documents for Markdown, on one line (safe in table cells)."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(), re.sub(r"\s", " ", text))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
