"""Everyday Dutch abbreviations that look like someone's initials: "N.B.", "i.v.m.", "o.a.".

A pupil called Noah Bakker has the initials N.B., Ilse van Meer i.v.M. A letter that
says "N.B. de ouders zijn gebeld" or "i.v.m. de ruzie" names neither of them, unless the
text makes the letters a person: a title or a relation word before them ("mevrouw N.B.",
"de moeder van N.B."), or capitals in the middle of a sentence ("Daarna sloeg N.B. een
klasgenoot", "met O.A. gespeeld"). ``is_abbreviation`` tells the two apart for a span a
name index found; everything else stays a name.
"""

from __future__ import annotations

import re

__all__ = ["defines", "is_abbreviation"]

# Written with dots; compared in lower case without the closing dot ("t.z.t" too).
_DOTTED = frozenset(a.rstrip(".") for a in (
    "n.b.", "p.s.", "i.v.m.", "o.a.", "z.s.m.", "t.z.t.", "m.b.t.", "t.a.v.", "i.p.v.",
    "d.w.z.", "m.a.w.", "a.u.b.", "n.a.v.", "m.i.v.", "i.o.m.", "i.c.m.", "i.s.m.", "z.o.z.",
    "e.d.", "e.a.", "a.s.", "o.b.v.", "t.b.v.", "i.h.k.v.", "m.n.", "v.w.b.", "d.m.v.",
    "t.o.v.", "i.e.", "z.g.a.n.", "m.u.v.", "o.v.v.", "p.p.", "t.w.", "i.o.", "v.v.",
))
# Run together they are abbreviations too; two capitals stay initials except these two.
_RUN_TOGETHER = frozenset({"nb", "ps", *(a.replace(".", "") for a in _DOTTED
                                          if a.count(".") >= 2)})
# Written at the head of a remark ("N.B. ...", "P.S. ..."), not inside a sentence.
_REMARKS = frozenset({"n.b", "p.s", "nb", "ps"})
# A word before the letters that makes them a person.
_PERSON_WORDS = frozenset([
    "mevrouw", "mevr", "mw", "meneer", "mr", "dhr", "heer", "juf", "juffrouw", "meester",
    "leerling", "leerlinge", "kind", "jongen", "meisje", "vader", "moeder", "papa", "mama",
    "pa", "ma", "broer", "broertje", "zus", "zusje", "opa", "oma", "ouder", "ouders", "tante",
    "oom", "neef", "nicht", "klasgenoot", "klasgenote", "vriend", "vriendin", "buurman",
    "buurvrouw", "leerkracht", "collega", "stiefvader", "stiefmoeder", "pleegvader",
    "pleegmoeder"
])
_RELATIONS_VAN = frozenset([
    "vader", "moeder", "papa", "mama", "broer", "broertje", "zus", "zusje", "opa", "oma",
    "ouder", "ouders", "tante", "oom", "vriend", "vriendin"
])
# A finite verb after "N.B." makes it the subject of a sentence ("N.B. sloeg Sem"):
# the verbs of an incident, and weak past tenses ("duwde", "schopte").
_SUBJECT_VERBS = frozenset([
    "is", "was", "wordt", "werd", "heeft", "had", "blijft", "bleef", "komt", "kwam", "gaat",
    "ging", "wil", "wilde", "mag", "mocht", "moet", "moest", "kan", "kon", "zal", "zou", "zegt",
    "zei", "roept", "riep", "slaat", "sloeg", "schopt", "trapt", "duwt", "bijt", "beet",
    "trekt", "trok", "gooit", "gooide", "pakt", "loopt", "liep", "rent", "speelt", "huilt",
    "vertelt", "lacht", "scheldt", "schold", "krijgt", "kreeg", "doet", "deed", "zit", "zat",
    "staat", "stond"
])
_SENTENCE_START = re.compile(r"(?:^|[.!?:;(\n•*–-])\s*$")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole letters-and-dots run around a found span ("t.z." inside "t.z.t.")."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "."):
        end += 1
    return start, end


def _made_a_person(before: str) -> bool:
    """A title or relation word just before: "mevrouw N.B.", "de moeder van N.B."."""
    match = re.search(r"(\w+)\.?\s+(?:(\w+)\.?\s+)?$", before)
    if match is None:
        return False
    last = (match.group(2) or match.group(1)).casefold()
    first = match.group(1).casefold() if match.group(2) else ""
    return last in _PERSON_WORDS or (last == "van" and first in _RELATIONS_VAN)


def is_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (found as someone's initials) is an everyday
    abbreviation here rather than a person."""
    run_start, run_end = _run(text, start, end)
    run = text[run_start:run_end].rstrip(".")
    key = run.casefold()
    if "." in key and key not in _DOTTED or "." not in key and key not in _RUN_TOGETHER:
        return False
    before = text[:run_start]
    if _made_a_person(before):
        return False
    at_start = bool(_SENTENCE_START.search(before))
    if key in _REMARKS:
        after = text[run_end:].lstrip()
        if after.startswith(":"):
            return True
        following = re.match(r"\w+", after)
        if following and _is_subject_verb(following.group().casefold()):
            return False
        return run.islower() or at_start
    # "i.v.m." as people write it; "I.v.m." opening a sentence. Capitals inside a
    # sentence ("met O.A. gespeeld") are read as initials.
    return run.islower() or (at_start and run[1:].islower())


_NOT_VERBS = frozenset([
    "beide", "andere", "grote", "goede", "late", "oude", "hele", "gehele", "halve", "korte"
])


def _is_subject_verb(word: str) -> bool:
    return word in _SUBJECT_VERBS or (len(word) > 4 and word.endswith(("de", "te"))
                                      and not word.endswith(("ende", "ste"))
                                      and word not in _NOT_VERBS)


_WORD = re.compile(r"[^\W\d_]+")


def defines(capitals: str, before: str) -> bool:
    """Whether ``capitals`` ("SWT", "OT", "CJG") abbreviate the words right before them
    ("Sociaal wijkteam", "ondersteuningsteam", "Centrum voor Jeugd en Gezin"): its first
    letter opens one of those words and its letters follow in order in them. Initials in
    brackets after words that do not hold them ("de buurman (PJK)") define nothing, and
    after a name of capitalised words only they are its initials ("Pieter Jan Klaassen
    (PJK)")."""
    letters = capitals.lower()
    written = _WORD.findall(before)[-(len(letters) + 3):]
    words = [w.lower() for w in written]
    for i, word in enumerate(words):
        if not word.startswith(letters[0]):
            continue
        if len(words) - i > 1 and not any(w.islower() for w in written[i:]):
            continue  # "Pieter Jan Klaassen (PJK)": a person's initials after the name
        rest, k = "".join(words[i:]), 0
        for c in rest:
            if k < len(letters) and c == letters[k]:
                k += 1
        if k == len(letters):
            return True
    return False
