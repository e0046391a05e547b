"""Antonyms from WordNet 3.0, for the opposite-predicate evidence (rose/fell, guilty/innocent), and
the nouns that name people, for figures that count the same people in other words ('300 workers'
/ '40 employees').

The shipped table (``models/wordnet-relations/relations.json``) is built from Debian's
``wordnet-base`` files by ``python -m consistency.wordnet /usr/share/wordnet OUT.json``. Only
antonyms between the commonest senses of both words are kept, and converse or light verbs
(buy/sell, go/come) are left out: they describe two sides of one event, not a clash.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from .registry import shipped_file

#: Senses per word that take part (WordNet lists senses by frequency).
TOP_SENSES = 2
#: Converse or light verbs whose WordNet antonyms describe two sides of one event, not a clash.
_CONVERSES = frozenset(
    {"buy", "sell", "give", "take", "go", "come", "bring", "send", "receive", "teach", "learn", "ask", "answer"}
    | {"push", "pull", "find", "keep", "have", "get", "make", "do", "be", "put", "sit", "stand", "lend", "borrow"}
)
_PARTS_OF_SPEECH = ("verb", "adj", "noun")
#: WordNet's synset person.n.01.
_PERSON = "00007846"
_POINTER_POS = {"v": "verb", "a": "adj", "s": "adj", "n": "noun"}


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """Lemma -> opposite lemmas, from the shipped table."""
    data = json.loads(shipped_file("wordnet-relations/relations.json").read_text(encoding="utf-8"))
    return {word: frozenset(others) for word, others in data["antonyms"].items()}


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns whose commonest sense is a kind of person ('worker', 'resident', 'hostage')."""
    data = json.loads(shipped_file("wordnet-relations/relations.json").read_text(encoding="utf-8"))
    return frozenset(data["people"])


def build(wordnet_dir: Path) -> dict[str, dict[str, list[str]] | list[str]]:
    """Read WordNet's index and data files into the table :func:`antonyms` and
    :func:`person_nouns` load."""
    top = {pos: _top_senses(wordnet_dir / f"index.{pos}") for pos in _PARTS_OF_SPEECH}
    data = {pos: _read_data(wordnet_dir / f"data.{pos}") for pos in _PARTS_OF_SPEECH}
    words = {pos: synsets for pos, (synsets, _, _) in data.items()}
    found: dict[str, set[str]] = {}
    for pos, (_, pointers, _) in data.items():
        for offset, source, target_offset, target_pos, target in pointers:
            word = words[pos][offset][source - 1]
            other_pos = _POINTER_POS[target_pos]
            other = words[other_pos][target_offset][target - 1]
            if "_" in word or "_" in other or word in _CONVERSES or other in _CONVERSES:
                continue
            if offset in top[pos].get(word, ()) and target_offset in top[other_pos].get(other, ()):
                found.setdefault(word, set()).add(other)
                found.setdefault(other, set()).add(word)
    hypernyms = data["noun"][2]
    people = sorted(
        word for word, senses in top["noun"].items() if "_" not in word and _kind_of(senses[0], _PERSON, hypernyms)
    )
    return {"antonyms": {word: sorted(others) for word, others in sorted(found.items())}, "people": people}


def _kind_of(synset: str, ancestor: str, hypernyms: dict[str, list[str]]) -> bool:
    """Whether ``ancestor`` is ``synset`` or above it in the hypernym graph (instances excluded)."""
    seen, todo = set(), [synset]
    while todo:
        node = todo.pop()
        if node == ancestor:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(hypernyms.get(node, ()))
    return False


def _top_senses(index: Path) -> dict[str, tuple[str, ...]]:
    found = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        synset_count = int(parts[2])
        found[parts[0]] = tuple(parts[-synset_count:][:TOP_SENSES])
    return found


def _read_data(
    data: Path,
) -> tuple[dict[str, list[str]], list[tuple[str, int, str, str, int]], dict[str, list[str]]]:
    """One pass over a data file: synset offset -> its words, its antonym pointers as (offset,
    source word number, target offset, target part of speech, target word number), and synset
    offset -> its hypernyms' offsets."""
    synsets: dict[str, list[str]] = {}
    pointers = []
    hypernyms: dict[str, list[str]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        synsets[parts[0]] = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        i = 4 + 2 * count
        for _ in range(int(parts[i])):
            symbol, target_offset, target_pos, source_target = parts[i + 1 : i + 5]
            i += 4
            if symbol == "!":
                source, target = int(source_target[:2], 16), int(source_target[2:], 16)
                pointers.append((parts[0], source, target_offset, target_pos, target))
            elif symbol == "@":
                hypernyms.setdefault(parts[0], []).append(target_offset)
    return synsets, pointers, hypernyms


if __name__ == "__main__":
    table = build(Path(sys.argv[1]))
    Path(sys.argv[2]).write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
