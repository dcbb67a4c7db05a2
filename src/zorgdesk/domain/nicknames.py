"""'Ook genoemd': the nicknames a pupil, guardian or staff member is known by.

The IB types them once, comma-separated ("Kruimel, Mo, de Beer"); they are stored as a
list and every export removes them like the person's name (docs/anonymise.md, "Bijnamen
die de IB vastlegt"). Validation refuses what would break that or lose facts:

- an empty part between commas (a typo: which nickname was meant?);
- a part without two letters ("K", "😀"): the anonymiser matches words, and a single
  letter would be removed from every text;
- a word that is no name in any text ("de", "en", "ik", "mama"): it would remove
  a word from nearly every sentence;
- too long a part, or too many;
- a note beside the name or two names in one part ("Tijger (broer)", "Tijger en Bolle",
  "Tijger/Bolle"): the anonymiser would look for the whole part and remove neither;
- a name that folds to a particle ("Dé", "Tér"): written without its accent it is a word
  of many names ("de"), so it gives nothing to look for.

A list's number and the marks around a name are no part of it ("1. Tijger", "'Tijger'."
-> "Tijger"). These checks are the one place for "Ook genoemd" and the summary's typed
nicknames (``anonymise.typed_nicknames``): before stop 36 only the typed field refused
the note and the particle, and "Ook genoemd" stored them and removed nothing.

Kept as typed: capitals, diacritics and emoji ("Zoë 🦁" is removed wherever "Zoë" is
written; the emoji is part of what the IB recorded). A nickname that is an ordinary
Dutch word ("Beer", "Prins") is accepted; the form says what that means (lower case
after an article stays: "de beer in de dierentuin"), see ``ordinary_word_note``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from zorgdesk.domain.text import clean, fold
from zorgdesk.domain.validation import FieldProblem

__all__ = ["COMMAS", "MAX_NICKNAME", "MAX_NICKNAMES", "nicknames_from_json", "nicknames_json",
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
# A pasted list's number ("1. Tijger", "2) Bolle") is no part of the name.
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")
# Inside a name these marks belong to it ("Jan-Willem", "J.P.", "D'Angelo").
_NAME_MARKS = frozenset("-'’.")
# A dash between spaces or a joining word: a note or a second name in the part.
_NOTE = re.compile(r"\s[-–—]|[-–—]\s|\b(?:en|of|and|or)\b", re.IGNORECASE)
# The particles of names (``anonymise.replacements.TUSSENVOEGSELS`` of two letters or
# more): a nickname that folds to one alone gives the anonymiser no form to look for.
_PARTICLES = frozenset(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op",
                        "aan", "bij", "uit", "da", "di", "du", "le", "la", "el", "al", "von",
                        "zu", "del", "della", "dos", "das", "do"])
# Where the messages say how to separate names: "Ook genoemd" splits at commas.
COMMAS = "gescheiden door komma's"


def parse_nicknames(value: str | Sequence[str] | None, field: str,
                    problems: list[FieldProblem], separated: str = COMMAS) -> tuple[str, ...]:
    """The nicknames in ``value`` (comma-separated text or a list), cleaned, in the order
    typed, each once; every problem in Dutch on ``field``. ``separated``: how the field
    separates names, for the message about a note ("één per regel")."""
    parts = value.split(",") if isinstance(value, str) else list(value or ())
    texts = [_trimmed(_SPACES.sub(" ", clean(p))) for p in parts]
    if isinstance(value, str) and not any(texts):
        return ()
    found: list[str] = []
    seen: set[str] = set()
    for text in texts:
        problem = _problem(text) or _note_problem(text, separated)
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
    if fold(text) in _PARTICLES:
        return (f"'{text}' kan ZorgDesk niet als bijnaam weghalen: het is ook een woord in "
                "veel namen ('de', 'van'). Selecteer het in het voorbeeld en kies Verwijder "
                "selectie.")
    return ""


def _trimmed(part: str) -> str:
    """The name without a list number and the marks around it ("- 'Tijger'." -> "Tijger");
    an emoji stays (it is how a chat shows the name), and so does an initial's dot
    ("Meester B.", "J.P.")."""
    part = _LIST_NUMBER.sub("", part)
    edge = 0
    while edge < len(part) and unicodedata.category(part[edge])[0] in "PZ":
        edge += 1
    end = len(part)
    while end > edge and unicodedata.category(part[end - 1])[0] in "PZ" \
            and not _initials_dot(part, edge, end):
        end -= 1
    return part[edge:end] or part  # only marks: _problem says there are no letters


def _initials_dot(part: str, edge: int, end: int) -> bool:
    """``part[end - 1]`` is the dot after a lone letter ("B." in "Meester B.")."""
    return part[end - 1] == "." and end - 2 >= edge and part[end - 2].isalpha() and (
        end - 3 < edge or not part[end - 3].isalpha())


def _note_problem(part: str, separated: str) -> str:
    """A note beside the name ("Tijger (broer)") or two names in a part ("Tijger en
    Bolle"): the engine would look for the whole part and remove neither."""
    odd = any(unicodedata.category(c)[0] == "P" and c not in _NAME_MARKS
              or unicodedata.category(c) == "Sm" for c in part)
    if not (odd or _NOTE.search(part)):
        return ""
    return (f"'{part[:40]}': zet alleen de bijnaam in het veld, zonder uitleg erbij, "
            f"{separated}. Anders zoekt ZorgDesk de hele tekst en haalt de naam niet weg.")


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
