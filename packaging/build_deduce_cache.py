"""Build deduce's lookup cache at install/packaging time, never when the IB needs it.

Run with the SAME Python that runs ZorgDesk, as the user that may write to its
site-packages (an admin), after ``pip install deduce``:

    python packaging/build_deduce_cache.py          # build (about 1 minute), then check
    python packaging/build_deduce_cache.py --check  # only report whether it is usable

It runs ``python -m zorgdesk.services.anonymise.deidentify --build`` in a child process, so the
~1 GB used while building goes back to the system, and then checks that ZorgDesk sees
the cache (``deduce_available()``). The cache lives inside site-packages on purpose: a
pickle in a folder the IB's account can write to would let anyone who can write there
run code inside ZorgDesk. No pupil data is involved; nothing is sent anywhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="alleen controleren")
    args = parser.parse_args()
    if importlib.util.find_spec("zorgdesk") is None:
        print("ZorgDesk is niet geïnstalleerd in deze Python.", file=sys.stderr)
        return 2
    from zorgdesk.services.anonymise.deidentify import deduce_available, deduce_cache_file

    if importlib.util.find_spec("deduce") is None:
        print("deduce is niet geïnstalleerd: eerst 'python -m pip install deduce'.",
              file=sys.stderr)
        return 2
    if not args.check:
        started = time.perf_counter()
        done = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-m", "zorgdesk.services.anonymise.deidentify", "--build"],
            check=False)
        if done.returncode != 0:
            print("Het bouwen van de cache is mislukt (schrijfrechten op site-packages?).",
                  file=sys.stderr)
            return 1
        print(f"Cache gebouwd in {time.perf_counter() - started:.0f} s.")
    cache = deduce_cache_file()
    if not deduce_available() or cache is None:
        print("De uitgebreide controle is NIET bruikbaar: de cache ontbreekt.", file=sys.stderr)
        return 1
    print(f"De uitgebreide controle is bruikbaar. Cache: {cache} "
          f"({cache.stat().st_size / 1e6:.0f} MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
