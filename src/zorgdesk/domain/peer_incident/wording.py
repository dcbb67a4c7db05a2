"""Words the seed asks to avoid in communication, and names that must not be in a letter.

l.4870-4876: avoid 'dader/slachtoffer' (say 'betrokken leerlingen') and avoid the word
'seksueel' in conversations and all communication; use 'intimiderend', 'ongepast' or
'grensoverschrijdend'. l.6746: prefer not to use the word 'schorsen'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from zorgdesk.domain.anonymise.abbreviations import is_abbreviation
from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_index import NameIndex, is_placeholder
from zorgdesk.domain.peer_incident.vocabulary import PeerIncidentError

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


def refuse_terminology(texts: Mapping[str, str]) -> None:
    """Refuse (PeerIncidentError) when a text to be sent uses a word to avoid: each
    advice at the first field (key of ``texts``) that uses the word, given once."""
    given: set[str] = set()
    problems = []
    for field, text in texts.items():
        for message in terminology_problems(text):
            if message not in given:
                given.add(message)
                problems.append((field, message))
    if problems:
        raise PeerIncidentError.of(problems)


_LONE_INITIAL = re.compile(r"initialen:\w")  # the index's key of a single initial
_INITIALS = "initialen:"

# What a refusal adds, so the IB knows what to look for besides the written-out name.
NAME_FORMS_HINT = ("ook een voornaam, een bezitsvorm ('Daans jas'), een achternaam of "
                   "voorletters tellen mee")


def names_in_text(text: str, people: Mapping[str, KnownName],
                  allowed: Sequence[KnownName] = ()) -> list[str]:
    """The labels of ``people`` (label -> known name) written anywhere in ``text``.

    The anonymiser's one index of written forms finds them (domain/anonymise/name_index):
    any case, with or without diacritics ('zoe' for Zoë), possessives and diminutives
    ('Daans', 'Ali's', 'Thijs'', 'Daantje'), initials ('D.d.B.', 'DdB', 'D. de Boer') and
    surname forms ('v.d. Berg'); a lone initial ('M.') is no name, and neither is an
    everyday abbreviation the text does not make a person ('N.B.', 'i.v.m.'; see
    domain/anonymise/abbreviations). A found form that is
    also a whole form of someone in ``allowed`` (the letter's own child and parents) does
    not count: a sibling's shared surname alone names nobody else, her full name does."""
    named = {label: person for label, person in people.items()
             if not is_placeholder(person.name)}  # 'Ouder van Sem' is a description
    if not (text or "").strip() or not named:
        return []
    labels = list(named)
    index = NameIndex.of(tuple(named.values()))
    own = NameIndex.of(tuple(allowed)) if allowed else None
    found: set[str] = set()
    for hit in index.hits(text):
        if _LONE_INITIAL.fullmatch(hit.entry.name_key):
            continue  # 'M. Jansen, directeur': one initial names nobody in a whole school
        if hit.entry.name_key.startswith(_INITIALS) \
                and is_abbreviation(text, hit.start, hit.end):
            continue  # 'N.B. de ouders zijn gebeld', 'i.v.m. de ruzie': no person
        if own is not None and own.matches_whole(text[hit.start:hit.end]):
            continue
        found.add(labels[hit.entry.priority])
    return [label for label in labels if label in found]
