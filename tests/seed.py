"""Access to the policy seeds the catalogues and guidance texts are transcribed from.

The full seeds live in ../shared (development machines); CI has only the excerpts
in tests/data/seeds with the original line numbers, covering every cited passage.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SHARED = Path("/work/shared/seeds")
EXCERPTS = Path(__file__).parent / "data" / "seeds"
POLICY = "003_9a54ac296a9565ce.txt"


@cache
def seed_lines(name: str = POLICY) -> tuple[str, ...]:
    """Seed lines, index 0 = line 1; lines outside the excerpt are empty."""
    name = Path(name).name
    full = SHARED / name
    if full.exists():
        return tuple(full.read_text(encoding="utf-8").split("\n"))
    numbered = {}
    excerpt = EXCERPTS / name.replace(".txt", ".tsv")
    for row in excerpt.read_text(encoding="utf-8").split("\n"):
        if row and not row.startswith("#"):
            number, _, text = row.partition("\t")
            numbered[int(number)] = text
    return tuple(numbered.get(n, "") for n in range(1, max(numbered) + 1))


def seed_text(name: str = POLICY) -> str:
    return "\n".join(seed_lines(name))
