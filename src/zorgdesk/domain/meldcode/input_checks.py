"""Checks on the ``answer`` fields of one event; each refuses with a Dutch MeldcodeError.

The reducer modules use these to validate what the user typed before it changes the state.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NoReturn

from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.vocabulary import MeldcodeError
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import fill_in


def refuse(message: str, field: str = "") -> NoReturn:
    raise MeldcodeError(message, field)


def required_text(ans: Mapping[str, Any], key: str, label: str) -> str:
    value = ans.get(key)
    if not isinstance(value, str) or not clean(value):
        refuse(fill_in(label), key)
    return clean(value)


def optional_text(ans: Mapping[str, Any], key: str) -> str:
    value = ans.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        refuse(f"Het veld '{key}' moet tekst zijn.", key)
    return clean(value)


def required_bool(ans: Mapping[str, Any], key: str, label: str) -> bool:
    value = ans.get(key)
    if not isinstance(value, bool):
        refuse(f"Geef bij '{label}' ja of nee aan.", key)
    return value


# The Wet verplichte meldcode applies since 1 July 2013: an earlier start is a typo (year 1).
MELDCODE_SINCE = date(2013, 7, 1)


def past_date(ans: Mapping[str, Any], key: str, label: str, event: MeldcodeEvent,
          not_before: date | None = None) -> date:
    """A past date; ``not_before`` is the trajectory's start (nothing happens before it)."""
    value = ans.get(key)
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        refuse(f"Vul een geldige datum in bij '{label}'.", key)
    if value > event.timestamp.date():
        refuse(f"De datum bij '{label}' ligt in de toekomst.", key)
    if not_before is not None and value < not_before:
        refuse(f"De datum bij '{label}' ligt vóór de start van het meldcodetraject "
              f"({not_before:%d-%m-%Y}).", key)
    return value


def future_date(ans: Mapping[str, Any], key: str, label: str) -> date:
    value = ans.get(key)
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        refuse(f"Vul een geldige datum in bij '{label}'.", key)
    return value


def id_tuple(ans: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = ans.get(key, ())
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
        refuse(f"Het veld '{key}' moet een lijst met kenmerken zijn.", key)
    return value


def require_reasoning(event: MeldcodeEvent, what: str) -> None:
    if not event.reasoning:
        refuse(f"Een onderbouwing is verplicht bij {what}.", "reasoning")


# Typed fields of the seed's form "Rapportage meldcode" (seeds/003 l.5273-5318).
RAPPORTAGE_REQUIRED = {"onderwerp": "onderwerp", "omschrijving": "omschrijving",
                       "maatschappelijke_onrust": "maatschappelijke onrust"}
RAPPORTAGE_OPTIONAL = ("betrokkenen", "knelpunten", "opmerkingen")


def rapportage_fields(ans: Mapping[str, Any]) -> dict[str, str]:
    """The typed rapportage fields, cleaned; the three that need judgement are required."""
    missing = {key: label for key, label in RAPPORTAGE_REQUIRED.items()
               if not isinstance(ans.get(key), str) or not clean(ans[key])}
    if missing:
        refuse("Vul in de rapportage nog in: " + ", ".join(missing.values()) + ".",
              next(iter(missing)))
    out = {key: clean(ans[key]) for key in RAPPORTAGE_REQUIRED}
    out.update({key: optional_text(ans, key) for key in RAPPORTAGE_OPTIONAL})
    return out
