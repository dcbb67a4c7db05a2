"""Public holidays and school-calendar days, and the words that name them.

A date written beside the holiday it is ("Sinterklaas op 5 december", "Pasen (5 april)",
"Koningsdag 26/4") dates the holiday, which identifies nobody; a birthday on that day is
someone's and goes. Moving holidays (Easter and the days counted from it, Koningsdag on
the 26th when the 27th is a Sunday, Moederdag, Vaderdag, Prinsjesdag) may fall on any of
their dates of the years a school text is about, so every date they had or will have in
``_YEARS`` counts: the text seldom says its year. That makes nearly every date from
February to June some year's Easter, Ascension or Whitsun, so a moving holiday's date
stays only right beside its word ("Pasen (5 april)", "2e Pinksterdag, 25 mei", "14 mei
(Hemelvaart)") and not after "na", "voor", "rond" ("Na Pasen, op 14 april, vertelde ..."
is the day of a disclosure, review s34).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.meldcode.calendar import easter_sunday

__all__ = ["holiday_named"]

_YEARS = range(2000, 2051)

# Fixed days: (day, month) -> words that name them.
_FIXED = {
    (5, 12): ("sinterklaas", "pakjesavond"), (6, 12): ("sinterklaas",),
    (24, 12): ("kerstavond",), (25, 12): ("kerst",), (26, 12): ("kerst",),
    (31, 12): ("oudjaar", "oudejaars", "oud en nieuw"), (1, 1): ("nieuwjaar", "oud en nieuw"),
    (27, 4): ("koningsdag",), (4, 5): ("dodenherdenking", "herdenking"),
    (5, 5): ("bevrijdingsdag",), (11, 11): ("sint-maarten", "sint maarten", "sintmaarten"),
    (14, 2): ("valentijn",), (31, 10): ("halloween",), (4, 10): ("dierendag",)}
# Moving days counted from Easter Sunday.
_FROM_EASTER = {
    -49: ("carnaval",), -48: ("carnaval",), -47: ("carnaval",), -46: ("aswoensdag",),
    -3: ("witte donderdag",), -2: ("goede vrijdag",), 0: ("pasen", "paas"),
    1: ("pasen", "paas"), 39: ("hemelvaart",), 49: ("pinkster",), 50: ("pinkster",)}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _moving_words() -> dict[tuple[int, int], frozenset[str]]:
    days: dict[tuple[int, int], set[str]] = {}

    def add(day: date, words: tuple[str, ...]) -> None:
        days.setdefault((day.day, day.month), set()).update(words)

    for year in _YEARS:
        easter = easter_sunday(year)
        for offset, words in _FROM_EASTER.items():
            add(easter + timedelta(days=offset), words)
        if date(year, 4, 27).weekday() == 6:  # a Sunday: Koningsdag moves to the 26th
            add(date(year, 4, 26), ("koningsdag",))
        add(_nth_weekday(year, 5, 6, 2), ("moederdag",))
        add(_nth_weekday(year, 6, 6, 3), ("vaderdag",))
        add(_nth_weekday(year, 9, 1, 3), ("prinsjesdag",))
    return {k: frozenset(v) for k, v in days.items()}


_WORDS = {k: frozenset(v) for k, v in _FIXED.items()}
_MOVING = _moving_words()
_BIRTHDAY = re.compile(r"jarig|geboren|verjaardag|geboorte")
# What may stand between a moving holiday's word and its date: "Pasen (5 april)",
# "Pinksterdag, 25 mei", "Hemelvaart op 14 mei", "14 mei (Hemelvaart)".
_BESIDE = re.compile(r"(?i)[\s(),:=-]*(?:op\s+|is\s+)?[\s(]*")
# A holiday word ends in one of these ("Pasen", "Paasmaandag", "Pinksteren", "Hemelvaartsdag";
# not "paasvakantie", a week of many dates).
_WORD_END = re.compile(r"(?i)(?:en|s?dag|maandag|zondag)?\b")
# "na Pasen", "voor Pinksteren", "rond Hemelvaart": another day than the holiday's.
_NOT_ON = compile_fast(r"(?i)\b(?:na|voor|vóór|rond|rondom|sinds|vanaf|tot|t/m)\s+$")


def holiday_named(text: str, start: int, end: int, day: int, month: int) -> bool:
    """The date ``text[start:end]`` (``day``, ``month``) is a holiday named in the same
    sentence, and the sentence is about no birthday ("jarig op 5 december, met
    Sinterklaas" is someone's)."""
    opened = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    closed = min(ends) if ends else len(text)
    sentence = text[opened:closed].lower()
    if _BIRTHDAY.search(sentence):
        return False
    if any(word in sentence for word in _WORDS.get((day, month), ())):
        return True
    return any(_beside(text, opened, closed, start, end, word)
               for word in _MOVING.get((day, month), ()))


def _beside(text: str, opened: int, closed: int, start: int, end: int, word: str) -> bool:
    """``word`` (a moving holiday, any case) names the date at ``start``-``end``:
    written right before or after it, not after "na", "voor", "rond"."""
    for m in re.compile(r"(?i)\b" + re.escape(word)).finditer(text, opened, closed):
        tail = _WORD_END.match(text, m.end())
        if tail is None or _NOT_ON.search(text, opened, m.start()):
            continue
        if m.start() < start < tail.end() or end <= m.start() and _BESIDE.fullmatch(
                text, end, m.start()) or tail.end() <= start and _BESIDE.fullmatch(
                text, tail.end(), start):  # "Goede Vrijdag 3 april": the date has its day
            return True
    return False
