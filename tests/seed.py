"""Access to the policy seed the catalogues are transcribed from.

The full seed lives in ../shared (development machines); CI has only the excerpt
in tests/data with the original line numbers, which covers every cited passage.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SEED = Path("/work/shared/seeds/003_9a54ac296a9565ce.txt")
EXCERPT = Path(__file__).parent / "data" / "seed_003_excerpt.tsv"


@cache
def seed_lines() -> tuple[str, ...]:
    """Seed lines, index 0 = line 1; lines outside the excerpt are empty."""
    if SEED.exists():
        return tuple(SEED.read_text(encoding="utf-8").split("\n"))
    numbered = {}
    for row in EXCERPT.read_text(encoding="utf-8").split("\n"):
        if row and not row.startswith("#"):
            number, _, text = row.partition("\t")
            numbered[int(number)] = text
    return tuple(numbered.get(n, "") for n in range(1, max(numbered) + 1))


def seed_text() -> str:
    return "\n".join(seed_lines())
