"""Regenerate the block of care organisations in resources/lexicon/niet-namen.txt from the list
of Dutch healthcare institutions that deduce ships.

Source: deduce 3.0.6 (the Dutch de-identification library, optional extra
``zorgdesk[uitgebreid]``), its lookup data ``data/lookup/src/institutions/
lst_healthcare_institution``: ``items.txt`` (some 48,800 names of Dutch care providers and
their locations) minus ``exceptions.txt``. Licence: see LICENSE-deduce.txt.

    cd /tmp && python -m pip download --no-deps deduce==3.0.6 && unzip -o deduce-*.whl -d dd
    PYTHONPATH=src python packaging/build_institutions.py \
        /tmp/dd/deduce/data/lookup/src/institutions/lst_healthcare_institution

Kept: a name that is an entry of its own and the first word of five or more entries
("Accare", "Accare Groningen", "Accare Assen", ...), one word of letters only: a care
organisation with five or more locations serves a region, so "behandeling bij Accare"
points at no family (a single practice, "Praktijk De Vlinder" or "Fysio Jansen", has fewer
and is left to the place and name rules). Left out: any word that is a given name
(resources/lexicon/voornamen.txt), a Dutch woonplaats, a proper noun of the word list (a
surname or a place: "Timon"), an ordinary word, already allowed outside the block
("Humanitas"), or the beginning of a proper noun or a place the lists know (an allowed word
glued to an ordinary one is allowed: "Zuider" would allow "Zuidersma").
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "resources" / "lexicon"
TARGET = LEXICON / "niet-namen.txt"
BEGIN = ("# -- zorgorganisaties met vijf of meer vestigingen "
         "(gegenereerd: packaging/build_institutions.py)")
END = "# -- einde zorgorganisaties"
MIN_LOCATIONS = 5


def main(source: str) -> int:
    from zorgdesk.domain.text import fold
    from zorgdesk.services.name_lexicon import read_lexicon

    folder = Path(source)
    items = _lines(folder / "items.txt") - _lines(folder / "exceptions.txt")
    firsts = Counter(re.split(r"[ ,]+", item)[0] for item in items if re.search(r"[ ,]", item))
    lexicon = read_lexicon(LEXICON)
    given = {fold(n) for n in _lines(LEXICON / "voornamen.txt")}
    before, after = _outside_block(TARGET.read_text(encoding="utf-8"))
    allowed = {fold(w) for line in before + after if not line.lstrip().startswith(("#", "="))
               for w in line.split("#", 1)[0].split()}
    kept = sorted(
        word for word, count in firsts.items()
        if count >= MIN_LOCATIONS and word in items and word.isalpha() and len(word) >= 4
        and fold(word) not in given and fold(word) not in lexicon.places
        and word not in lexicon.proper and word.lower() not in lexicon.words
        and fold(word) not in allowed)
    # An allowed word glued to an ordinary word is allowed too ("Accarebehandeling"): drop a
    # word that begins a surname, a place or a street the lists know ("Zuider" + "sma").
    names = [fold(p) for p in lexicon.proper] + list(lexicon.places)
    kept = [w for w in kept if not any(n.startswith(fold(w)) and n != fold(w) for n in names)]
    block = [BEGIN, *textwrap.wrap(" ".join(kept), 95), END]
    TARGET.write_text("\n".join(before + block + after) + "\n", encoding="utf-8")
    print(f"{len(kept)} care organisations -> {TARGET}")
    return 0


def _outside_block(text: str) -> tuple[list[str], list[str]]:
    lines = text.rstrip("\n").split("\n")
    if BEGIN not in lines:
        return lines, []
    start, end = lines.index(BEGIN), lines.index(END)
    return lines[:start], lines[end + 1:]


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
