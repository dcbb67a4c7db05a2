"""Regenerate resources/lexicon/woonplaatsen.txt from the residence list that deduce ships.

Source: deduce 3.0.6 (the Dutch de-identification library, optional extra
``zorgdesk[uitgebreid]``), its lookup data ``data/lookup/src/locations/lst_placename/
lst_residence``: ``items.txt`` (the Dutch woonplaatsen of the BAG, the national register of
addresses) minus ``exceptions.txt`` (places deduce itself does not trust because they are
common words: Berg, Dam, Rijk). Licence: see LICENSE-deduce.txt (LGPL-3.0-or-later; the
underlying BAG woonplaatsen are open data, CC0, from the Kadaster).

    cd /tmp && python -m pip download --no-deps deduce==3.0.6 && unzip -o deduce-*.whl -d dd
    python packaging/build_places.py \
        /tmp/dd/deduce/data/lookup/src/locations/lst_placename/lst_residence

A province suffix ("Aalst (Gld)") is dropped; "'S-Gravenzande" is written "'s-Gravenzande".
The name detector uses the list for a village or town the word list does not know as a
name ("woont in Houten", "opa woont in Best"); see ``domain/anonymise/places.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "woonplaatsen.txt"


def main(source: str) -> int:
    folder = Path(source)
    names = {_clean(n) for n in _lines(folder / "items.txt") - _lines(folder / "exceptions.txt")}
    names.discard("")
    TARGET.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} places -> {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


def _clean(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)$", "", name).strip()
    return re.sub(r"^'S-", "'s-", name)


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
