"""The gender a first name usually has, for reading 'he' and 'she' when the text gives none.

The shipped table (``models/first-names/first_names.json``) is built from the US Census Bureau's
1990 first-name frequency lists (public domain), as distributed in the MIT-licensed ``names``
package on PyPI, by ``python -m consistency.extract.first_names SRC_DIR OUT.json`` where SRC_DIR
holds ``dist.male.first`` and ``dist.female.first``. A name is kept only when at least
:data:`CLEAR_SHARE` of the people who bear it in those lists are of one sex ('Jordan' and 'Taylor'
are left out). It knows English-language names best; a name it lacks gives no evidence.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from functools import cache
from pathlib import Path

from ..registry import shipped_file

#: Share of one sex among a name's bearers above which the name is taken to tell the gender.
CLEAR_SHARE = 0.9


@cache
def _genders() -> dict[str, str]:
    data = json.loads(shipped_file("first-names/first_names.json").read_text(encoding="utf-8"))
    return {name: gender for gender in ("m", "f") for name in data[gender]}


def gender_of_first_name(name: str) -> str:
    """'m' or 'f' for a first name that clearly has one ('Tobias', 'Ruth', 'María'), else ''."""
    # (the Census lists are written without accents)
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return _genders().get(plain, "")


def _frequencies(path: Path) -> dict[str, float]:
    """Name -> percent of that sex's population, from a Census ``dist.*.first`` file."""
    rows = (line.split() for line in path.read_text(encoding="ascii").splitlines())
    return {row[0].lower(): float(row[1]) for row in rows if len(row) >= 2}


def build(source: Path) -> dict[str, list[str]]:
    """The shipped table from the two Census lists."""
    male, female = _frequencies(source / "dist.male.first"), _frequencies(source / "dist.female.first")
    table: dict[str, list[str]] = {"m": [], "f": []}
    for name in sorted(male.keys() | female.keys()):
        share = male.get(name, 0.0) / (male.get(name, 0.0) + female.get(name, 0.0))
        if share >= CLEAR_SHARE:
            table["m"].append(name)
        elif share <= 1 - CLEAR_SHARE:
            table["f"].append(name)
    return table


def main(argv: list[str]) -> None:
    source, output = Path(argv[0]), Path(argv[1])
    table = build(source)
    notice = "US Census Bureau 1990 first-name lists (public domain), via the MIT-licensed 'names' package"
    payload = {"source": notice, "clear_share": CLEAR_SHARE, **table}
    output.write_text(json.dumps(payload, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table['m'])} male and {len(table['f'])} female names -> {output}")


if __name__ == "__main__":
    main(sys.argv[1:])
