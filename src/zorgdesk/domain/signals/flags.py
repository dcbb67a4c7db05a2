"""Vlaggensysteem: weigh behaviour on six criteria and suggest a flag.

What the seed (seeds/003_9a54ac296a9565ce.txt) says, and nothing more:
- l.5481-5499: behaviour "kan worden gewogen aan de hand van zes criteria"
  (wederzijdse toestemming ... zelfrespecterend), each phrased as a condition the
  behaviour meets when it is fine.
- l.5501-5509: the system classifies "van acceptabel gedrag tot zwaar
  grensoverschrijdend gedrag" in four flags, each with a severity word:
  groen (aanvaardbaar), geel (licht), rood (ernstig), zwart (zwaar).
  l.6454-6456 repeats this as "een lijn van acceptabel gedrag tot zwaar
  grensoverschrijdend gedrag".
- l.5511-5515: each flag has its pedagogical response (not/positive, warn or
  limit, forbid, punish or intervene).
- l.5544: with parents one names "welke criteria is/zijn overschreden".

The seed does NOT state how criterion judgements combine into a flag. We rate
each criterion on the seed's own severity words (met / licht / ernstig / zwaar
overschreden) and suggest the flag of the most severe rating: one line, ordered
from acceptable to heavy, so the worst crossing places the behaviour on it. We
deliberately do not count crossed criteria, because the source method says the
colour is no sum of the criteria (Sensoa, "Wat zijn de vlaggen van het
Vlaggensysteem"). The result is a suggestion shown with its reasons; the IB
decides the flag.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from zorgdesk.domain.signals.catalogue import CatalogueError, builtin_catalogue_dir

__all__ = [
    "Criterion",
    "Flag",
    "FlagSuggestion",
    "Score",
    "Vlaggensysteem",
    "builtin_vlaggensysteem_path",
    "load_vlaggensysteem",
    "suggest_flag",
]

FLAG_ORDER = ("groen", "geel", "rood", "zwart")


class Score(StrEnum):
    """How far one criterion is crossed; the words are the seed's (l.5506-5509)."""

    VOLDAAN = "voldaan"
    LICHT = "licht"
    ERNSTIG = "ernstig"
    ZWAAR = "zwaar"

    @property
    def rank(self) -> int:
        return list(Score).index(self)


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    description: str
    source_line: int


@dataclass(frozen=True)
class Flag:
    id: str
    severity: str
    description: str
    response: str
    source_line: int


@dataclass(frozen=True)
class Vlaggensysteem:
    criteria: tuple[Criterion, ...]
    flags: tuple[Flag, ...]
    response_sentence: str
    safety_note: str

    def flag(self, flag_id: str) -> Flag:
        return next(f for f in self.flags if f.id == flag_id)


@dataclass(frozen=True)
class FlagSuggestion:
    flag: Flag
    reasoning: str  # Dutch, for the screen and the dossier
    response: str  # the seed's pedagogical response for this flag
    safety_note: str


def builtin_vlaggensysteem_path() -> Path:
    return builtin_catalogue_dir() / "vlaggensysteem" / "vlaggensysteem.json"


def load_vlaggensysteem(path: Path | str | None = None) -> Vlaggensysteem:
    path = Path(path) if path is not None else builtin_vlaggensysteem_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise CatalogueError(path, exc.lineno, f"ongeldige JSON ({exc.msg})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, None, "bestand kan niet gelezen worden") from exc
    try:
        criteria = tuple(
            Criterion(c["id"], c["name"], c["description"], c["source_line"])
            for c in data["criteria"]
        )
        flags = tuple(
            Flag(f["id"], f["severity"], f["description"], f["response"], f["source_line"])
            for f in data["flags"]
        )
        system = Vlaggensysteem(criteria, flags, data["response_sentence"], data["safety_note"])
    except (KeyError, TypeError) as exc:
        raise CatalogueError(path, None, f"veld ontbreekt of is ongeldig: {exc}") from exc
    # The suggestion rule maps severity rank to flag rank, so the order matters.
    if tuple(f.id for f in flags) != FLAG_ORDER or len(criteria) != 6:
        raise CatalogueError(
            path, None, "verwacht zes criteria en de vlaggen groen, geel, rood, zwart"
        )
    return system


def suggest_flag(
    scores: Mapping[str, Score | str], system: Vlaggensysteem | None = None
) -> FlagSuggestion:
    """Suggest a flag from a judgement of every criterion (id -> Score)."""
    system = system or load_vlaggensysteem()
    names = {c.id: c.name for c in system.criteria}
    unknown = sorted(set(scores) - set(names))
    if unknown:
        raise ValueError(f"Onbekend criterium: {unknown[0]}.")
    missing = [c.name for c in system.criteria if c.id not in scores]
    if missing:
        raise ValueError(f"Beoordeel eerst alle zes criteria; nog open: {', '.join(missing)}.")
    try:
        rated = {cid: Score(value) for cid, value in scores.items()}
    except ValueError as exc:
        raise ValueError(
            "Een criterium is 'voldaan' of 'licht', 'ernstig' of 'zwaar' overschreden."
        ) from exc

    worst = max(rated.values(), key=lambda s: s.rank)
    flag = system.flag(FLAG_ORDER[worst.rank])
    if worst is Score.VOLDAAN:
        reasoning = f"Alle zes criteria zijn voldaan. Voorstel: {flag.description}."
    else:
        crossed = [
            f"{names[c.id]} ({rated[c.id].value} overschreden)"
            for c in system.criteria
            if rated[c.id] is not Score.VOLDAAN
        ]
        reasoning = (
            f"Niet voldaan: {'; '.join(crossed)}. Het zwaarst overschreden criterium "
            f"bepaalt de vlag. Voorstel: {flag.description}."
        )
    reasoning += (
        f" Pedagogische reactie: {flag.response}. Dit is een voorstel, geen optelsom: "
        "de beoordelaar stelt de vlag vast."
    )
    return FlagSuggestion(flag, reasoning, flag.response, system.safety_note)
