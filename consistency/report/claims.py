"""Claims per actor as a terminal table, Markdown or JSON."""

from __future__ import annotations

from rich.table import Table

from ..types import Claim, ClaimsResult


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
            name = actors[actor_id].name if index == 0 else ""
            how = [claim.cue, claim.kind if claim.polarity == "asserted" else f"{claim.kind}, DENIED"]
            if claim.time:
                how.append(claim.time)
            how.append(f"[dim]{claim.doc}:{claim.start}[/]")
            table.add_row(name, "\n".join(how), _shorten(claim.text, 300), end_section=index == len(claims) - 1)
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
        actor = actors[actor_id]
        aka = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        titles = f", {'; '.join(actor.titles)}" if actor.titles else ""
        lines += [f"## {actor.name}{titles}{aka}", ""]
        lines += [f"- {_claim_line(claim)}" for claim in claims]
        lines.append("")
    lines += skipped_markdown(result)
    return "\n".join(lines).rstrip() + "\n"


def skipped_markdown(result: ClaimsResult) -> list[str]:
    """A 'Skipped inputs' section, so nothing is dropped silently."""
    if not result.skipped:
        return []
    return ["## Skipped inputs", "", *(f"- `{s.source}`: {s.reason}" for s in result.skipped), ""]


def _claim_line(claim: Claim) -> str:
    denied = " **(denied)**" if claim.polarity == "denied" else ""
    when = f", {claim.time}" if claim.time else ""
    return (
        f"*{claim.cue}*{when}{denied}: “{_escape_md(claim.text)}” "
        f"<sub>{claim.doc} [{claim.start}:{claim.end}] {claim.kind}</sub>"
    )


def _escape_md(text: str) -> str:
    return text.replace("\n", " ").replace("*", r"\*").replace("_", r"\_")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
