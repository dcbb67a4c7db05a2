"""The Veilig Thuis kenmerk (reference of a melding): a format check with Dutch messages.

Veilig Thuis regions number their dossiers differently ("VT-2026-04817", "2026/04817",
"VTU 123456"), so the check is about what a kenmerk can never be: empty, too long, without
a digit, with characters no region uses, or the same text typed twice in a row
("VT-2026-04817VT-2026-04817": a refused entry left in the field and typed after).
"""

from __future__ import annotations

import re

from zorgdesk.domain.meldcode.vocabulary import MeldcodeError

MAX_LENGTH = 30
EXAMPLE = "VT-2026-04817"
_ALLOWED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./-]*$")
_DOUBLED = re.compile(r"^(.{5,}?)\s*\1$")


def kenmerk_problem(text: str) -> str | None:
    """Dutch message for a kenmerk that cannot be right, or None when it can."""
    value = " ".join(text.split()) if isinstance(text, str) else ""
    if not value:
        return "Vul het kenmerk van Veilig Thuis in (het nummer dat Veilig Thuis gaf)."
    if _DOUBLED.match(value):
        half = _DOUBLED.match(value).group(1).strip()
        return (f"Het kenmerk staat er twee keer in ('{half}' en nog eens '{half}'). "
                "Vul het kenmerk één keer in.")
    if len(value) > MAX_LENGTH:
        return (f"Het kenmerk van Veilig Thuis is te lang ({len(value)} tekens, hoogstens "
                f"{MAX_LENGTH}). Vul alleen het kenmerk in, bijvoorbeeld {EXAMPLE}.")
    if not _ALLOWED.match(value):
        return ("Het kenmerk van Veilig Thuis mag alleen letters, cijfers, spaties en de "
                f"tekens - / . bevatten, bijvoorbeeld {EXAMPLE}.")
    if not any(ch.isdigit() for ch in value):
        return (f"Het kenmerk van Veilig Thuis bevat geen cijfer. Vul het nummer in dat "
                f"Veilig Thuis gaf, bijvoorbeeld {EXAMPLE}.")
    return None


def checked_kenmerk(text: str) -> str:
    """The kenmerk with its spacing tidied; MeldcodeError (Dutch) when it cannot be right."""
    problem = kenmerk_problem(text)
    if problem:
        raise MeldcodeError(problem)
    return " ".join(str(text).split())
