"""Optional extra detector for UNKNOWN names and places: ``deduce`` in a child process.

Measured here (deduce 3.0.6, Python 3.11, offline via ``unshare -n``):
- install 3 s, 6.6 MB + rapidfuzz 12 MB + docdeid; pins ``regex`` to 2024.11.6;
- first ``Deduce()`` builds its lookup structures: 59 s, and writes an 83 MB pickle into
  ``site-packages/deduce/data/lookup/cache/`` (needs write access to site-packages;
  ``cache_path=`` can move it, but loading a pickle from a user-writable folder would let
  anyone who can write there run code in ZorgDesk);
- warm start 6.0 s, peak RSS about 1.1 GB; 7,750 characters in 0.03 s; fully offline.

That is too slow and too heavy to load inside the app, so the built-in regex detectors
(``domain.detectors``) are the default. This adapter is the opt-in: it runs deduce in a
separate process that exits after one call (the memory goes back to the system), only
when the lookup cache was already built at install/packaging time (``python -m
zorgdesk.services.anonymise.deidentify --build``); it never builds at the moment the IB needs it.
Known names are removed by ``anonymise`` regardless; deduce only adds hits.

Protocol with the child (the same for the CLI and the preview dialog's QProcess):
- command: ``child_command()``; the text goes in over stdin as UTF-8, then stdin closes;
- stdout: one JSON list of ``[start, end, kind]`` (Python offsets into that text);
- stderr is never read or shown (it could quote the text); exit code 0 means success.
Nothing of the text is written to a file or a log on either side.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from zorgdesk.domain.anonymise.detectors import Detection

# deduce's final tags -> our kinds; "leeftijd" is deliberately absent: ages stay readable.
_KINDS = (("patient", "naam"), ("persoon", "naam"), ("naam", "naam"), ("locatie", "plaats"),
          ("straat", "adres"), ("instelling", "naam"), ("ziekenhuis", "naam"),
          ("datum", "datum"), ("bsn", "BSN"), ("telefoonnummer", "telefoonnummer"),
          ("email", "e-mail"), ("url", "url"))
TIMEOUT_SECONDS = 120


def deduce_cache_file() -> Path | None:
    """Where deduce keeps its prebuilt lookup structures; None when deduce is missing."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "lookup" / "cache" / "lookup_structs.pickle"


def deduce_available() -> bool:
    """Installed AND its lookup structures prebuilt (so no 1-minute build at export)."""
    cache = deduce_cache_file()
    return cache is not None and cache.is_file()


def kind_for(tag: str) -> str | None:
    tag = tag.lower()
    return next((kind for key, kind in _KINDS if key in tag), None)


# For the IB, who cannot act on a command line; the installation steps for the school's
# ICT contact are in docs/anonymise.md.
NOT_INSTALLED = ("De uitgebreide controle (een extra controle op namen) is niet "
                 "geïnstalleerd op deze laptop. De ICT-contactpersoon van de school kan die "
                 "toevoegen. De gewone controle blijft gelden.")
CHILD_FAILED = ("De uitgebreide controle gaf een fout. Uw tekst en wijzigingen zijn "
                "bewaard; de gewone controle blijft gelden.")
CHILD_TIMEOUT = ("De uitgebreide controle duurde te lang en is gestopt. Uw tekst en "
                 "wijzigingen zijn bewaard; de gewone controle blijft gelden.")
CHILD_NOT_STARTED = ("De uitgebreide controle kon niet worden gestart. Uw tekst en "
                     "wijzigingen zijn bewaard.")


def child_command() -> list[str]:
    """Program and arguments of the child that runs deduce once and exits."""
    return [sys.executable, "-m", "zorgdesk.services.anonymise.deidentify"]


def encode_input(text: str) -> bytes:
    return text.encode("utf-8")


def parse_output(raw: bytes, text: str) -> list[Detection]:
    """The child's stdout -> detections; ValueError when it is not what we asked for."""
    try:
        items = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as bad:
        raise ValueError("unreadable child output") from bad
    if not isinstance(items, list):
        raise ValueError("unexpected child output")
    detections = []
    for item in items:
        if (not isinstance(item, list) or len(item) != 3
                or not all(isinstance(n, int) for n in item[:2])
                or not isinstance(item[2], str)):
            raise ValueError("unexpected child output")
        start, end, kind = item
        if 0 <= start < end <= len(text):
            detections.append(Detection(start, end, kind))
    return detections


def deduce_detector(text: str) -> list[Detection]:
    """Run deduce once in a child process; raises RuntimeError when it is not usable."""
    if not deduce_available():
        raise RuntimeError(NOT_INSTALLED)
    try:
        done = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            child_command(), input=encode_input(text), stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as slow:
        raise RuntimeError(CHILD_TIMEOUT) from slow
    if done.returncode != 0:
        # stderr is discarded, never echoed: it could contain parts of the text.
        raise RuntimeError(CHILD_FAILED)
    try:
        return parse_output(done.stdout, text)
    except ValueError as bad:
        raise RuntimeError(CHILD_FAILED) from bad


def _child(build: bool = False) -> int:
    import logging

    logging.disable(logging.CRITICAL)
    from deduce import Deduce

    engine = Deduce(build_lookup_structs=build)
    if build:
        return 0
    text = sys.stdin.buffer.read().decode("utf-8")
    spans = []
    for annotation in engine.deidentify(text).annotations:
        kind = kind_for(annotation.tag)
        if kind is not None:
            spans.append((annotation.start_char, annotation.end_char, kind))
    sys.stdout.write(json.dumps(spans))
    return 0


if __name__ == "__main__":
    sys.exit(_child(build="--build" in sys.argv[1:]))
