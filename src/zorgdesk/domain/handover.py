"""Handing the vault over to a successor IB (doorgaande lijn, seed 003 l.3686-3689).

The aandachtsfunctionaris guards "de doorgaande lijn binnen de organisatie": when she
leaves, her successor takes over the dossiers under her own name and passphrase. Who
wrote what stays as it was; the predecessor's passphrase and recovery key stop working.
This module checks what is typed, in Dutch; the store does the rekeying.
"""

from __future__ import annotations

import unicodedata

from zorgdesk.domain.passphrase import assess_passphrase
from zorgdesk.domain.validation import FieldProblem

MAX_NAME = 120


def successor_name(typed: str) -> str:
    """The name as stored: NFC, single spaces."""
    return " ".join(unicodedata.normalize("NFC", typed or "").split())


def check_handover(name: str, current: str, new: str, repeated: str,
                   personal_words: tuple[str, ...] | list[str] = ()) -> list[FieldProblem]:
    """Every problem with what was typed for a handover, in Dutch; empty when it can go."""
    problems: list[FieldProblem] = []
    clean = successor_name(name)
    if not clean:
        problems.append(FieldProblem("name", "Vul de naam van de nieuwe intern begeleider in."))
    elif len(clean) > MAX_NAME:
        problems.append(FieldProblem("name", f"De naam is te lang; het maximum is {MAX_NAME} "
                                             "tekens."))
    if not current:
        problems.append(FieldProblem("current", "Vul uw huidige wachtwoord in: alleen wie de "
                                                "kluis nu beheert, kan hem overdragen."))
    nfc = unicodedata.normalize("NFC", new or "")
    if new and current and nfc == unicodedata.normalize("NFC", current):
        problems.append(FieldProblem("new", "Het nieuwe wachtwoord is hetzelfde als het oude. "
                                            "De nieuwe intern begeleider kiest een eigen "
                                            "wachtwoord dat haar voorganger niet kent."))
    else:
        words = [*personal_words, clean]
        problems += [FieldProblem("new", reason)
                     for reason in assess_passphrase(new or "", words).reasons]
    if (new or "") != (repeated or ""):
        problems.append(FieldProblem("repeated", "De twee nieuwe wachtwoorden zijn niet "
                                                 "gelijk."))
    return problems
