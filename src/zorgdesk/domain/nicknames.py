"""'Ook genoemd': the nicknames a pupil, guardian or staff member is known by.

The IB types them once, comma-separated ("Kruimel, Mo, de Beer"); they are stored as a
list and every export removes them like the person's name (docs/anonymise.md, "Bijnamen
die de IB vastlegt"). Validation refuses what would break that or lose facts:

- an empty part between commas (a typo: which nickname was meant?);
- a part without two letters ("K", "😀"): the anonymiser matches words, and a single
  letter would be removed from every text;
- a word that is no name in any text ("de", "en", "ik", "mama"): it would remove
  a word from nearly every sentence;
- too long a part, or too many.

Kept as typed: capitals, diacritics and emoji ("Zoë 🦁" is removed wherever "Zoë" is
written; the emoji is part of what the IB recorded). A nickname that is an ordinary
Dutch word ("Beer", "Prins") is accepted; the form says what that means (lower case
after an article stays: "de beer in de dierentuin"), see ``ordinary_word_note``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import FieldProblem

__all__ = ["MAX_NICKNAME", "MAX_NICKNAMES", "nicknames_from_json", "nicknames_json",
           "nicknames_text", "ordinary_word_note", "parse_nicknames"]

MAX_NICKNAME = 40
MAX_NICKNAMES = 10
_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"\s+")
# Words that occur in nearly every Dutch sentence or note about a child: as a "nickname"
# they would remove facts everywhere, and nobody is called only this.
_COMMON_WORDS = """
de het een en of ik jij je hij zij ze wij we jullie hun hem haar zijn die dat dit deze
in op aan met van voor naar bij uit om tot is was er niet wel ook al nog maar dan als
mama papa mam pap moeder vader ouder ouders juf meester kind jongen meisje school groep
klas leerling zus broer oma opa
"""
_NO_NICKNAME = frozenset(_COMMON_WORDS.split())


def parse_nicknames(value: str | Sequence[str] | None, field: str,
                    problems: list[FieldProblem]) -> tuple[str, ...]:
    """The nicknames in ``value`` (comma-separated text or a list), cleaned, in the order
    typed, each once; every problem in Dutch on ``field``."""
    parts = value.split(",") if isinstance(value, str) else list(value or ())
    texts = [_SPACES.sub(" ", clean(p)) for p in parts]
    if isinstance(value, str) and not any(texts):
        return ()
    found: list[str] = []
    seen: set[str] = set()
    for text in texts:
        problem = _problem(text)
        if problem:
            problems.append(FieldProblem(field, problem))
        elif text.casefold() not in seen:
            seen.add(text.casefold())
            found.append(text)
    if len(found) > MAX_NICKNAMES:
        problems.append(FieldProblem(field, f"Vul hoogstens {MAX_NICKNAMES} bijnamen in."))
    return tuple(found)


def _problem(text: str) -> str:
    if not text:
        return ("Tussen twee komma's staat geen bijnaam. Haal de extra komma weg of vul "
                "de bijnaam in.")
    if len(text) > MAX_NICKNAME:
        return (f"De bijnaam die begint met '{text[:12]}' is te lang (maximaal "
                f"{MAX_NICKNAME} tekens).")
    if len(_LETTER.findall(text)) < 2:
        return (f"'{text}' heeft geen twee letters: zo'n bijnaam zou ZorgDesk uit elke "
                "tekst weghalen. Vul de bijnaam in zoals hij geschreven wordt.")
    if text.casefold() in _NO_NICKNAME:
        return (f"'{text}' is een gewoon woord dat in bijna elke zin staat; ZorgDesk zou "
                "het overal weghalen. Vul alleen bijnamen en roepnamen in.")
    return ""


def nicknames_text(nicknames: Iterable[str]) -> str:
    """The list as the form shows it: "Kruimel, Mo"."""
    return ", ".join(nicknames)


def nicknames_json(nicknames: Iterable[str]) -> str:
    return json.dumps(list(nicknames), ensure_ascii=False)


def nicknames_from_json(stored: str | None) -> tuple[str, ...]:
    return tuple(json.loads(stored)) if stored else ()


def ordinary_word_note(words: Sequence[str], check: str = "het voorbeeld") -> str:
    """What the IB should know when a nickname is also an ordinary Dutch word. ``check``:
    what to read before sharing (the preview; "de uitvoer" of the command line)."""
    if not words:
        return ""
    quoted = ", ".join(f"'{w}'" for w in words)
    if len(words) == 1:
        what, it = f"{quoted} is ook een gewoon woord", "het"
    else:
        what, it = f"{quoted} zijn ook gewone woorden", "ze"
    return (f"Let op: {what}. ZorgDesk haalt {it} weg waar {it} met een hoofdletter "
            f"staat en waar {it} als naam gebruikt wordt; na 'de', 'het' of 'een' in kleine "
            f"letters ('de beer in de dierentuin') blijft {it} staan. Kijk {check} na "
            "voordat u iets deelt.")
