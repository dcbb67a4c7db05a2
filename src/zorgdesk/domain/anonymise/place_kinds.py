"""Which removed unknown name is a place: the tag says so ("[plaats]", not "[naam]").

The name detector finds capitalised words no dictionary has; it cannot tell "Zwolle"
from "Kacper". Reading "opa woont in [naam]" the consultant at Veilig Thuis loses a fact
(someone lives elsewhere, the child goes somewhere) and may think of a person. So a name
hit right after a preposition of place is tagged as a place: "woont in Heeresloot",
"komt uit Oosterwolde-Zuid", "te Zwolle", "aan de Slachtedyk" - unless it is a possessive
before a noun ("in Kacpers kamer") or a title or family word stands before it ("in
meneer Vries' klas" keeps the person). "naar" and "bij" are no such prepositions: "naar
Sem", "bij Sem" name a person at least as often.

A name hit that is a whole Dutch woonplaats (the place list of the name lexicon,
``resources/lexicon/woonplaatsen.txt``) is a place too, also where the place rules leave
it to the name detector (opening a sentence: "Zwolle ligt ver"), unless a title or family
word stands right before it ("meneer Dalfsen" stays a person).

Only the tag changes: what is removed stays removed. Names the vault knows (the school's
own place is "[woonplaats]") are never touched here. Places found by the place rules
themselves (named places, woonplaatsen) come tagged already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.text import fold

_PLACE_BEFORE = compile_fast(
    r"(?i)\b(?:in|uit|te|vanuit|nabij|richting|buiten|aan\s+de|aan\s+het)\s+$")
_PERSON_BEFORE = compile_fast(
    r"(?i)\b(?:meneer|mevrouw|mevr|mw|dhr|juf|juffrouw|meester|dr|drs|mr|ir|opa|oma|oom|ome|"
    r"tante|neef|nicht|broer|zus|vader|moeder|papa|mama|coach|trainer|familie|fam)\.?\s+$")
# A building of worship or learning named as one word or two ("de Sint-Jozefkerk", "de Ulu
# Camii", "de Martinikerk"): a person takes no article, so article + such a name is a place.
# Without the article the suffix alone is not enough ("Verkerk" is a surname).
_ARTICLE_BEFORE = compile_fast(r"(?i)\b(?:de|het)\s+$")
_BUILDING_END = compile_fast(r"(?i)(?:kerk|kapel|moskee|camii|cami|synagoge|tempel|school|"
                             r"college|lyceum|stadion|kliniek|ziekenhuis)$")
_SAINT = re.compile(r"(?:Sint|St\.?)[- ]\w")
# After a sport or lesson "bij" names the club, not a host: "speelt rolstoelbasketbal bij
# Only Friends", "zit op judo bij Kano". "speelt bij Sem" (at a friend's) has no sport word.
_CLUB_BEFORE = re.compile(
    r"(?i)\b(?:\w*(?:bal|les|lessen|training|sport)|voetbal|hockey|judo|turnen|zwemmen|"
    r"dansen|tennis|atletiek|paardrijden|scouting|traint|trainen|lid)\b[^.;:,\n]{0,20}?"
    r"\bbij\s+$")
# The kind of club or congregation written before its name, often in lower case: "bij vv
# Peursum", "de voetbalvereniging Sleeuwijk", "parochie Ottoland".
_CLUB_KIND_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:vv|v\.v\.|sv|s\.v\.|rksv|rkvv|hc|mhc|kv|ckv|zv|ltc|voetbalvereniging|"
    r"voetbalclub|sportvereniging|korfbalvereniging|korfbalclub|hockeyclub|tennisclub|"
    r"handbalvereniging|gymvereniging|turnvereniging|zwemvereniging|muziekvereniging|"
    r"harmonie|fanfare|parochie|kerkgemeente)\s+$")
# A journey: after a verb of travelling or moving, or a holiday, "naar" goes somewhere
# ("vliegt naar Kankan", "gaat in de zomer naar Kankan", "verhuist naar ..."); going to a
# friend's reads "gaat naar Kacper" with no journey word.
_JOURNEY_BEFORE = re.compile(
    r"(?i)\b(?:vlieg\w*|vloog|vlogen|reis\w*|vertrek\w*|vertrok\w*|verhuis\w*|verhuizen|"
    r"emigre\w*|gevlucht|vlucht\w*|zomer\w*|\w*vakantie|vakanties)\b[^.;:!?\n]{0,40}?"
    r"\bnaar\s+$")
_POSSESSIVE = re.compile(r"(?:['’]s?|s)$")
# A place written in lower case is one only after a preposition ("woont in houten").
_LOWER_PLACE_BEFORE = compile_fast(r"(?i)\b(?:in|uit|te|naar|bij|van|vanuit|nabij|richting|"
                                   r"buiten|aan\s+de|aan\s+het)\s+$")
# A colon and a quoted message after the name: the header of a chat message.
_MESSAGE_AFTER = re.compile(r"[ \t]*:[ \t]*[\"“”‘’'«»„]")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ]")


def is_place(text: str, start: int, end: int, places: frozenset[str] = frozenset()) -> bool:
    """Whether the name hit ``text[start:end]`` names a place (``places``: folded
    woonplaatsen) or stands where a place stands."""
    if places and "-" in text[start:end] and all(
            fold(part) in places for part in text[start:end].split("-")):
        return True  # a route or a district of woonplaatsen: "bus Leiden-Katwijk"
    if places and fold(" ".join(text[start:end].split())) in places:
        if text[start:end].islower() and not _LOWER_PLACE_BEFORE.search(
                text, max(0, start - 10), start):
            return False  # "'eh ja mossel zei ...'": a lower-case hamlet is a nickname
        return not _PERSON_BEFORE.search(text, max(0, start - 12), start)
    name = text[start:end]
    if _SAINT.match(name) or (_BUILDING_END.search(name)
                              and _ARTICLE_BEFORE.search(text, max(0, start - 5), start)):
        return True
    if _CLUB_BEFORE.search(text, max(0, start - 45), start) or _CLUB_KIND_BEFORE.search(
            text, max(0, start - 25), start):
        return True
    if _JOURNEY_BEFORE.search(text, max(0, start - 60), start):
        return not _PERSON_BEFORE.search(text, max(0, start - 12), start)
    if not _PLACE_BEFORE.search(text, max(0, start - 10), start) \
            or _MESSAGE_AFTER.match(text, end):
        return False  # 'Daan aan de draak: "kom"': who a message went to
    return not (_POSSESSIVE.search(text[start:end]) and _LOWER_WORD_AFTER.match(text, end))


def with_place_kinds(text: str, detections: Iterable,
                     places: frozenset[str] = frozenset()) -> list:
    """``detections`` with every name hit that names a place as "plaats"."""
    return [replace(d, kind="plaats") if d.kind == "naam"
            and is_place(text, d.start, d.end, places) else d for d in detections]
