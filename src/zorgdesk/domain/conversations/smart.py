"""SMART agreements and a gentle checker for them.

The seed protocol asks that agreements with parents are written "zo concreet
(SMART) mogelijk" (seed 003, l.5570-5573 and l.5628-5631): Specifiek, Meetbaar,
Acceptabel, Realistisch, Tijdgebonden. ``check_agreement`` never blocks: it only
returns findings with a Dutch message and a concrete suggestion.

Pure Python (stdlib only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = [
    "DEFAULT_VAGUE_WORDS",
    "UNMEASURABLE_WORDS",
    "SmartAgreement",
    "SmartFinding",
    "check_agreement",
    "load_vague_words",
]

#: Fallback when no word list file is given; mirrors resources/wordlists/smart_vague.txt.
DEFAULT_VAGUE_WORDS: tuple[str, ...] = (
    "proberen",
    "probeert",
    "probeer",
    "beter",
    "meer",
    "minder",
    "zo snel mogelijk",
    "zsm",
    "af en toe",
    "regelmatig",
    "soms",
    "vaak",
    "zo veel mogelijk",
    "zoveel mogelijk",
    "binnenkort",
    "een beetje",
    "eventueel",
    "misschien",
    "op termijn",
    "in de gaten houden",
    "aandacht besteden aan",
    # Intentions instead of actions: nobody can check afterwards whether they happened.
    "verbeteren",
    "verbetert",
    "verbeterd",
    "werken aan",
    "werkt aan",
    "gaan werken aan",
    "beter communiceren",
    "ons best doen",
    "zijn best doen",
    "haar best doen",
    "streven naar",
    "stimuleren",
)

#: Words of feeling or impression: a measure built on them cannot be checked afterwards
#: ("Goed gevoel"), unless it also names something to count or look up.
UNMEASURABLE_WORDS: tuple[str, ...] = (
    "gevoel", "goed", "tevreden", "prettig", "fijn", "lekker", "blij", "positief",
    "rustig", "rustiger", "sfeer", "indruk", "ervaring", "ervaren", "beleving", "beter",
    "verbeterd", "verbetering", "merkbaar", "zichtbaar", "duidelijk",
)  # fmt: skip
#: Signs that a measure names something countable or recorded.
_COUNTABLE = re.compile(
    r"\d|(?<!\w)(keer|aantal|per (dag|week|maand)|elke|iedere|dagelijks|wekelijks|"
    r"registr\w*|lijst|score|cijfer|toets|noteert|genoteerd|bijgehouden|turf\w*|"
    r"logboek|absentie\w*|nul|één|twee|drie|vier|vijf)(?!\w)")


@dataclass(frozen=True)
class SmartAgreement:
    """One agreement made together with the parents.

    what: the specific action (Specifiek); measure: how we see it worked
    (Meetbaar); who: responsible person(s); by_when: deadline (Tijdgebonden);
    acceptable / realistic: confirmed with the parents (Acceptabel, Realistisch).
    """

    what: str
    measure: str = ""
    who: str = ""
    by_when: date | None = None
    acceptable: bool = False
    realistic: bool = False


@dataclass(frozen=True)
class SmartFinding:
    """A hint about one field; ``field`` is the dataclass field name."""

    field: str
    message: str
    suggestion: str


def load_vague_words(path: Path) -> tuple[str, ...]:
    """Read a word list: one word or phrase per line, ``#`` starts a comment."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip().lower()
        if text and text not in words:
            words.append(text)
    return tuple(words)


def _find_vague(text: str, words: Iterable[str]) -> list[str]:
    lowered = text.lower()
    found: list[str] = []
    for word in words:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in word.split()) + r"(?!\w)"
        if re.search(pattern, lowered) and word not in found:
            found.append(word)
    # "beter" inside a found "beter communiceren" is the same finding, not a second one.
    return [w for w in found if not any(
        w != other and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", other)
        for other in found)]


def _unmeasurable(measure: str) -> str:
    """The word of feeling a measure rests on, or "" when it names something checkable."""
    text = measure.strip().lower()
    if not text or _COUNTABLE.search(text):
        return ""
    found = _find_vague(text, UNMEASURABLE_WORDS)
    return found[0] if found else ""


def check_agreement(
    agreement: SmartAgreement,
    today: date,
    vague_words: Iterable[str] | None = None,
) -> list[SmartFinding]:
    """Return hints that make ``agreement`` more SMART; empty when it is fine.

    First what is missing (what, measure, who, date), then what is vague, then what
    was not confirmed with the parents; each rule is one function below.
    """
    words = tuple(DEFAULT_VAGUE_WORDS if vague_words is None else vague_words)
    return [
        *_specific(agreement),
        *_measure_given(agreement),
        *_someone_does_it(agreement),
        *_time_bound(agreement, today),
        *_concrete(agreement, words),
        *_checkable_measure(agreement),
        *_acceptable(agreement),
        *_realistic(agreement),
    ]


def _specific(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    if not agreement.what.strip():
        yield SmartFinding(
            "what",
            "Er staat niet wat er precies gaat gebeuren (Specifiek).",
            "Beschrijf één concrete handeling, bijvoorbeeld: "
            "‘Moeder belt elke vrijdag om 15.00 uur met de leerkracht.’",
        )


def _measure_given(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    if not agreement.measure.strip():
        yield SmartFinding(
            "measure",
            "Er staat niet hoe jullie zien dat de afspraak is nagekomen (Meetbaar).",
            "Noem iets dat je kunt tellen of nagaan, bijvoorbeeld: "
            "‘aantal keren te laat per week, bijgehouden in de absentieregistratie’.",
        )


def _someone_does_it(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    if not agreement.who.strip():
        yield SmartFinding(
            "who",
            "Er staat niet wie de afspraak uitvoert.",
            "Noem een persoon of rol, bijvoorbeeld: ‘vader’, ‘de leerkracht van groep 5’ "
            "of ‘de intern begeleider’.",
        )


def _time_bound(agreement: SmartAgreement, today: date) -> Iterator[SmartFinding]:
    """A date, and not one already past."""
    if agreement.by_when is None:
        yield SmartFinding(
            "by_when",
            "Er staat geen datum bij de afspraak (Tijdgebonden).",
            "Spreek een datum af waarop de afspraak is uitgevoerd of wordt geëvalueerd, "
            "bijvoorbeeld over zes weken.",
        )
    elif agreement.by_when < today:
        yield SmartFinding(
            "by_when",
            f"De datum {agreement.by_when:%d-%m-%Y} ligt in het verleden.",
            "Kies een datum na vandaag, of leg vast of de afspraak is nagekomen en maak "
            "zo nodig een nieuwe afspraak.",
        )


def _concrete(agreement: SmartAgreement, words: tuple[str, ...]) -> Iterator[SmartFinding]:
    """One finding per vague word in the agreement, then per vague word in its measure."""
    for field_name, label in (("what", "afspraak"), ("measure", "meetwijze")):
        for word in _find_vague(getattr(agreement, field_name), words):
            yield SmartFinding(
                field_name,
                f"‘{word}’ in de {label} is vaag: achteraf is niet na te gaan of het is "
                "gelukt.",
                "Maak het concreet met een aantal, een frequentie of een moment, "
                "bijvoorbeeld ‘3 keer per week’ of ‘elke maandag vóór 8.30 uur’ "
                f"in plaats van ‘{word}’.",
            )


def _checkable_measure(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    """A measure resting on a feeling ("goed gevoel") cannot be checked afterwards."""
    unmeasurable = _unmeasurable(agreement.measure)
    if unmeasurable:
        yield SmartFinding(
            "measure",
            f"‘{agreement.measure.strip()}’ is niet te meten: achteraf kan niemand nagaan "
            "of de afspraak is nagekomen (Meetbaar).",
            "Noem iets dat je kunt tellen of nagaan, bijvoorbeeld: ‘ouders en leerkracht "
            "spreken elkaar elke vrijdag 10 minuten; de leerkracht noteert het’ in plaats "
            f"van ‘{unmeasurable}’.",
        )


def _acceptable(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    if not agreement.acceptable:
        yield SmartFinding(
            "acceptable",
            "Niet bevestigd dat ouders en school achter deze afspraak staan (Acceptabel).",
            "Vraag de ouders of zij zich in de afspraak kunnen vinden en vink dit aan.",
        )


def _realistic(agreement: SmartAgreement) -> Iterator[SmartFinding]:
    if not agreement.realistic:
        yield SmartFinding(
            "realistic",
            "Niet bevestigd dat de afspraak haalbaar is (Realistisch).",
            "Ga samen na of het in de thuis- en schoolsituatie kan en vink dit aan.",
        )
