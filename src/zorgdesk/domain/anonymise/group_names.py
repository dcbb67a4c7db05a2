"""The class nicknames in a school's group names, as the texts write them.

"Groep 5" says only the level (the summary keeps it); a nickname identifies the class:
"Groep 5 - De Dolfijnen", "Groep 4B Zonnebloem", a group called just "Zonnebloem".
Texts write it as it is, and glued to groep or klas without its article ("de
Zonnebloemgroep", "de Dolfijnenklas"). Generic words ("Kleuters",
"Nieuwkomers") identify nobody and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zorgdesk.domain.people import base_group_name

# The level part with its letter and the word groep/klas: "Groep 5b", "4/5", "groep 1-2".
_LEVEL = re.compile(r"\b(?:groep|klas|gr\.?)?\s*\d{1,2}[a-z]?(?:\s*[/-]\s*\d{1,2}[a-z]?)*\b",
                    re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:de|het|'t)\s+", re.IGNORECASE)
# Words that name a kind of group, not one class.
GENERIC = frozenset({
    "groep", "klas", "kleuters", "kleutergroep", "kleuterklas", "onderbouw", "middenbouw",
    "bovenbouw", "nieuwkomers", "nieuwkomersklas", "instroom", "instroomgroep",
    "schakelklas", "plusklas", "taalklas", "combinatiegroep", "combinatieklas", "lokaal",
})
_COMPOUNDS = ("groep", "klas")
# Colours and points of the compass name a parallel class as a letter does ("Groep 5 Rood"
# beside "Groep 5 Blauw"): with the level they identify the class, alone they are ordinary
# words ("een rood hart", "Rood is haar lievelingskleur"), so they go only with the level.
PLAIN_WORDS = frozenset({
    "rood", "rode", "blauw", "blauwe", "geel", "gele", "groen", "groene", "oranje", "paars",
    "paarse", "roze", "wit", "witte", "zwart", "zwarte", "grijs", "grijze", "bruin", "bruine",
    "goud", "zilver", "noord", "oost", "zuid", "west", "noordoost", "noordwest", "zuidoost",
    "zuidwest", "boven", "beneden", "links", "rechts",
})
_LEVEL_ONLY = re.compile(r"\d{1,2}[a-z]?(?:\s*[/-]\s*\d{1,2}[a-z]?)*", re.IGNORECASE)


def nickname(group_name: str) -> str:
    """"Groep 5 - De Dolfijnen" -> "De Dolfijnen"; "Groep 4B Zonnebloem" -> "Zonnebloem";
    "Zonnebloem" -> "Zonnebloem"; "Groep 5", "4/5", "Kleuters" -> ""."""
    name = base_group_name(group_name).strip()
    if "-" in name and not re.search(r"\d\s*-\s*\d", name):
        rest = name.split("-", 1)[1].strip()
    else:
        rest = _LEVEL.sub(" ", name)
    words = [w for w in rest.split() if len(w) > 1 or not w.isalpha()]
    if not words or all(w.casefold().strip(".,") in GENERIC for w in words):
        return ""
    return " ".join(words)


def nickname_forms(group_names: Iterable[str]) -> list[str]:
    """Every written form of every nickname in these names (current and former), each
    once, longest first: the nickname, and glued to groep/klas."""
    forms: dict[str, str] = {}
    for name in group_names:
        nick = nickname(name)
        if not nick:
            continue
        bare = _ARTICLE.sub("", nick)
        if all(w.casefold() in PLAIN_WORDS for w in bare.split()):
            for form in _with_level(name, bare):
                forms.setdefault(form.casefold(), form)
            continue  # glued to groep/klas only: "Uil" alone is a word
        candidates = [nick]
        if " " not in bare:
            candidates += [bare + suffix for suffix in _COMPOUNDS]
            candidates += [f"{bare}-{suffix}" for suffix in _COMPOUNDS]
        for form in candidates:
            if form.casefold() not in GENERIC:
                forms.setdefault(form.casefold(), form)
    return sorted(forms.values(), key=len, reverse=True)


def _with_level(name: str, nick: str) -> list[str]:
    """"Groep 5 Rood" -> "Groep 5 Rood", "5 Rood": a plain word only with its level; a
    group called only "Rood" goes as "groep Rood" and glued ("Roodgroep")."""
    base = " ".join(base_group_name(name).split())
    level = _LEVEL_ONLY.search(base)
    if level is None:
        return [f"groep {nick}", f"klas {nick}",
                *(nick.replace(" ", "") + suffix for suffix in _COMPOUNDS)]
    return [base, f"{level.group()} {nick}"]
