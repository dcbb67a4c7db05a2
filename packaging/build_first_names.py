"""Regenerate resources/lexicon/voornamen.txt from the first-name list that deduce ships.

Source: deduce 3.0.6 (the Dutch de-identification library, optional extra
``zorgdesk[uitgebreid]``), its lookup data ``data/lookup/src/names/lst_first_name``:
``items.txt`` (first names) minus ``exceptions.txt`` (first names deduce itself does not
trust because they are also common words). Licence: see LICENSE-deduce.txt.

    cd /tmp && python -m pip download --no-deps deduce==3.0.6 && unzip -o deduce-*.whl -d dd
    python packaging/build_first_names.py /tmp/dd/deduce/data/lookup/src/names/lst_first_name

The name detector uses the list only for lower-case words that are NOT ordinary Dutch
words ("zei ahmed", "met fenna"): ordinary words (roos, bos, hoop, mees) are filtered out
when the lists are read, so a name that is also a word stays unless the vault knows it.
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "voornamen.txt"


def main(source: str) -> int:
    folder = Path(source)
    names = _lines(folder / "items.txt") - _lines(folder / "exceptions.txt")
    TARGET.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} first names -> {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
