"""Words the seed asks to avoid in communication, and names that must not be in a letter.

l.4870-4876: avoid 'dader/slachtoffer' (say 'betrokken leerlingen') and avoid the word
'seksueel' in conversations and all communication; use 'intimiderend', 'ongepast' or
'grensoverschrijdend'. l.6746: prefer not to use the word 'schorsen'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zorgdesk.domain.text import fold

# A name may carry the Dutch possessive: 'Daans', 'Ali's', 'Thijs'' (straight or curly).
_POSSESSIVE = r"(?:['\u2019]s|s|['\u2019])?"

_AVOID = (
    (re.compile(r"\bdader", re.IGNORECASE),
     "Vermijd het woord 'dader': schrijf 'leerling die initiatief neemt'."),
    (re.compile(r"slachtoffer", re.IGNORECASE),
     "Vermijd het woord 'slachtoffer': schrijf 'leerling die iets overkomt'."),
    (re.compile(r"seksu", re.IGNORECASE),
     "Vermijd het woord 'seksueel': schrijf 'intimiderend', 'ongepast' of "
     "'grensoverschrijdend' gedrag."),
    (re.compile(r"schors", re.IGNORECASE),
     "Gebruik bij voorkeur niet het woord 'schorsen' (bijvoorbeeld: 'enkele dagen thuis "
     "gehouden')."),
)


def terminology_problems(text: str) -> list[str]:
    """Dutch advice for each word to avoid that occurs in ``text`` (empty: none)."""
    return [message for pattern, message in _AVOID if pattern.search(text or "")]


def names_in_text(text: str, people: Mapping[str, Iterable[str]]) -> list[str]:
    """The labels of ``people`` (label -> name parts: first name, last name ...) any of
    whose parts occurs in ``text`` as a whole word or its possessive ('Daans', 'Ali's',
    'Thijs'' jas'); accents and case are folded, so 'Zoe' finds 'Zoë'. Parts shorter than
    2 letters are ignored (initials are no name)."""
    folded = fold(text or "")
    found = []
    for label, parts in people.items():
        for part in parts:
            key = fold(part or "").strip()
            pattern = rf"(?<!\w){re.escape(key)}{_POSSESSIVE}(?!\w)"
            if len(key) >= 2 and re.search(pattern, folded):
                found.append(label)
                break
    return found
