"""Words that modify the word after them: numerals and words of degree.

Several Dutch woonplaatsen and surnames are written like a numeral or a word of degree:
Een, Drie, Acht, Honderd (hamlets in Drenthe and Brabant), Best, Echt, Heel (villages).
Written with a capital for emphasis or in title case ("In Drie weken", "Het was Best
gezellig", "Hij is Echt verdrietig") they were taken for a place or a name.

What tells them apart is grammar, not a list of cases: a numeral or a word of degree
stands right before the word it modifies ("Drie weken", "Een gesprek", "Best gezellig"),
while a place or a name ends its phrase: punctuation, a conjunction or a preposition
follows ("woont in Best.", "in Echt en ...", "logeert in Drie bij opa"), or the finite
verb of an inverted sentence ("In Best woont oma"). The class is closed (Dutch has no
new numerals or degree words), so the rule reaches every such place and name at once.
"""

from __future__ import annotations

import re

# Cardinal numerals and words of degree (the closed classes that modify the next word).
MODIFIERS = frozenset([
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf", "dertien", "veertien", "vijftien", "twintig", "dertig", "veertig", "vijftig",
    "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend", "half", "beide",
    "best", "echt", "heel", "erg", "zeer", "vrij", "nogal", "enorm", "ontzettend",
    "hartstikke", "behoorlijk", "redelijk", "flink", "super", "extra", "vooral", "zo",
    "te", "wat", "weinig", "veel", "meer", "minder", "nauwelijks", "bijna", "helemaal"])

# After a place or a name: a conjunction or preposition starts the next phrase.
_PHRASE_WORDS = frozenset([
    "en", "of", "maar", "want", "dus", "toen", "nu", "sinds", "met", "bij", "in", "op", "aan",
    "uit", "naar", "te", "tot", "voor", "na", "om", "samen", "ook", "al", "nog", "dat", "die",
    "waar", "omdat", "terwijl", "tegenover", "naast", "achter", "via", "tussen"])
# Finite verbs right after the place in an inverted sentence ("In Best woont oma").
_FINITE_VERBS = frozenset([
    "is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wonen", "woonden",
    "gaan", "gingen", "komen", "kwamen", "kwam", "ging", "lag", "zat", "stond", "werd",
    "kan", "kon", "konden", "kunnen", "mag", "mocht", "mogen", "wil", "wilde", "willen",
    "zal", "zou", "zouden", "zullen", "bleef", "bleven", "blijven", "spelen", "werken",
    "zag", "zei", "lagen", "zaten", "stonden", "werden"])
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
# A finite verb of the third person or a weak past: "woont", "werkt", "woonde", "speelden".
_VERB_ENDING = re.compile(r"(?:t|de|te|den|ten)$")


def modifies_next(text: str, end: int, verb_endings: bool = True) -> bool:
    """Whether the word ending at ``end`` (a numeral or word of degree) is followed by a
    lower-case word it modifies: no punctuation between, and that word neither starts a
    new phrase nor is a finite verb. ``verb_endings``: also count a word ending like a
    finite verb ("woont", "werkte") as one; the safe choice where a miss would leak a
    place (some adjectives end so too: "Echt slecht" is then read as a place)."""
    m = _NEXT_WORD.match(text, end)
    if not m or not m.group(1).islower():
        return False
    word = m.group(1)
    if word in _PHRASE_WORDS or word in _FINITE_VERBS:
        return False
    return not (verb_endings and _VERB_ENDING.search(word))
