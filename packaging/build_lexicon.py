"""Regenerate resources/lexicon/opentaal-nl.txt.gz from the OpenTaal Dutch word list.

Source: the Debian package ``wdutch`` (OpenTaal word list, BSD-3-Clause or CC BY 3.0):

    cd /tmp && apt-get download wdutch && dpkg-deb -x wdutch*.deb wd
    python packaging/build_lexicon.py /tmp/wd/usr/share/dict/dutch

Keeps single-word entries without digits: capitalised entries (proper nouns) one per
line, then a line ``%%``, then the ordinary (lower-case) words, each part sorted,
gzip-compressed with a fixed mtime so the file is reproducible. The name detector
only needs to know whether a word exists.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

SEPARATOR = "%%"
TARGET = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "opentaal-nl.txt.gz"


def main(source: str = "/usr/share/dict/dutch") -> int:
    words = Path(source).read_text(encoding="utf-8").split("\n")
    kept = {w.strip() for w in words
            if w.strip() and " " not in w.strip() and not any(c.isdigit() for c in w)}
    proper = sorted(w for w in kept if w[0].isupper())
    ordinary = sorted(kept - set(proper))
    # Proper nouns, a line SEPARATOR, then ordinary words: loading is two C-level splits.
    data = "\n".join([*proper, SEPARATOR, *ordinary]).encode("utf-8")
    with open(TARGET, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                  filename="") as out:
        out.write(data)
    print(f"{len(kept)} words -> {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
