"""The anonymous case summary for a Veilig Thuis consultation (DOMAIN.md section 5).

Built from plain inputs: age in years (never the date of birth), optional group level
and gender, family by role, signals, a chronology with RELATIVE dates, conversations,
what the school did and the question. The whole text then goes through ``anonymise``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from zorgdesk.domain.anonymise.anonymiser import AnonymisedText, Detector, KnownName, anonymise
from zorgdesk.domain.anonymise.person_fields import strict_person_fields

TITLE = "Anonieme casus voor consult Veilig Thuis"
HEADINGS = ("Het kind", "Gezin", "Signalen", "Contra-signalen", "Verloop (relatieve data)",
            "Gesprekken en afspraken", "Wat de school al heeft gedaan", "Vraag aan Veilig Thuis")


@dataclass(frozen=True)
class FamilyMember:
    role: str                 # "moeder", "vader", "broer", "zus", ...
    age_years: int | None = None


@dataclass(frozen=True)
class DatedNote:
    day: date
    text: str


@dataclass(frozen=True)
class CaseFacts:
    age_years: int
    group_level: int | None = None
    gender: str = ""
    family: Sequence[FamilyMember] = ()
    signals: Sequence[str] = ()
    meldcode_signals: Sequence[str] = ()  # step-1 answers of the meldcode, as recorded
    contra_signals: Sequence[str] = ()
    observations: Sequence[DatedNote] = ()
    conversations: Sequence[DatedNote] = ()
    agreements: Sequence[str] = ()
    school_actions: Sequence[str] = ()
    question: str = ""
    extra: Sequence[str] = field(default_factory=tuple)


def group_level(group_name: str) -> int | None:
    """'Groep 5b - De Dolfijnen' -> 5: the level says enough, the class name identifies."""
    match = re.search(r"\d+", group_name or "")
    return int(match.group()) if match else None


FIRST_OBSERVATION = "de eerste waarneming"


def relative_label(day: date, anchor: date, since: str = FIRST_OBSERVATION) -> str:
    """Exact, without a calendar date, and saying relative to what: 'op de dag van de
    eerste waarneming', '1 dag na ...', '1 week en 1 dag na ...', '2 weken vóór ...'.

    Exact to the day, so two notes a day apart never share a label (rounding to whole
    weeks printed "1 week later" for three notes on three days). Named (``since``, see
    :func:`anchor_name`): '6 weken en 4 dagen later: Meldcodetraject gestart.' under
    'Wat de school al heeft gedaan' did not say later than what (walks s34/s35)."""
    days = (day - anchor).days
    if days == 0:
        return f"op de dag van {since}"
    weeks, rest = divmod(abs(days), 7)
    parts = []
    if weeks:
        parts.append(f"{weeks} {'week' if weeks == 1 else 'weken'}")
    if rest:
        parts.append(f"{rest} {'dag' if rest == 1 else 'dagen'}")
    return f"{' en '.join(parts)} {'na' if days > 0 else 'vóór'} {since}"


def family_line(family: Sequence[FamilyMember]) -> str:
    parts = [f"{m.role} ({m.age_years} jaar)" if m.age_years is not None else m.role
             for m in family]
    return ", ".join(parts) if parts else "niet bekend"


def _bullets(items: Sequence[str], empty: str) -> list[str]:
    cleaned = [i.strip() for i in items if i and i.strip()]
    return [f"- {i}" for i in cleaned] if cleaned else [empty]


def chronology_anchor(observations: Sequence[DatedNote], conversations: Sequence[DatedNote],
                      others: Sequence[DatedNote] = ()) -> date | None:
    """Day 0 of the summary: the first observation or conversation; only when there is
    none, the first of the other dated facts (e.g. the school's recorded actions)."""
    days = [n.day for n in (*observations, *conversations)] or [n.day for n in others]
    return min(days, default=None)


def anchor_name(observations: Sequence[DatedNote], conversations: Sequence[DatedNote],
                others: Sequence[DatedNote] = ()) -> str:
    """What day 0 (:func:`chronology_anchor`) is, for the labels: an observation on that
    day wins from a conversation on the same day."""
    anchor = chronology_anchor(observations, conversations, others)
    if anchor is None or any(n.day == anchor for n in observations):
        return FIRST_OBSERVATION
    if any(n.day == anchor for n in conversations):
        return "het eerste gesprek"
    return "de eerste stap van de school"


def dated_lines(notes: Sequence[DatedNote], anchor: date | None,
                since: str = FIRST_OBSERVATION) -> list[str]:
    """'1 week na <since>: text' per note, oldest first (no bullet: the summary adds
    it). Without an anchor the first note is day 0."""
    ordered = sorted(notes, key=lambda n: n.day)
    if anchor is None and ordered:
        anchor, since = ordered[0].day, "de eerste notitie"
    return [f"{relative_label(n.day, anchor, since)}: {n.text.strip()}" for n in ordered]


def _signal_lines(facts: CaseFacts) -> list[str]:
    lines = _bullets(facts.signals, "" if facts.meldcode_signals else
                     "Geen signalen aangevinkt.")
    if any(s.strip() for s in facts.meldcode_signals):
        lines += ["Meldcode stap 1, signalen in kaart gebracht:",
                  *_bullets(facts.meldcode_signals, "")]
    return [line for line in lines if line]


def _chronology(notes: Sequence[DatedNote], anchor: date | None, since: str) -> list[str]:
    if not notes:
        return ["Geen waarnemingen vastgelegd."]
    return [f"- {line}" for line in dated_lines(notes, anchor, since)]


def summary_text(facts: CaseFacts) -> str:
    """The plain (not yet anonymised) summary; headings are lines from HEADINGS."""
    child = [f"{facts.gender or 'kind'}".capitalize() + f", {facts.age_years} jaar"]
    if facts.group_level is not None:
        child[0] += f", groep {facts.group_level}"
    child[0] += "."
    anchor = chronology_anchor(facts.observations, facts.conversations)
    since = anchor_name(facts.observations, facts.conversations)
    lines: list[str] = [TITLE, "", HEADINGS[0], *child, *facts.extra, "",
                        HEADINGS[1], f"Gezinssamenstelling: {family_line(facts.family)}.", "",
                        HEADINGS[2], *_signal_lines(facts), "",
                        HEADINGS[3], *_bullets(facts.contra_signals, "Geen contra-signalen."),
                        "", HEADINGS[4], *_chronology(facts.observations, anchor, since), "",
                        HEADINGS[5]]
    if facts.conversations:
        lines.extend(_chronology(facts.conversations, anchor, since))
    lines.extend(_bullets(facts.agreements, "" if facts.conversations else
                          "Nog geen gesprekken of afspraken vastgelegd."))
    lines.extend(["", HEADINGS[6], *_bullets(facts.school_actions, "Nog niets vastgelegd."),
                  "", HEADINGS[7], (facts.question or "").strip() or "Nog geen vraag ingevuld."])
    return "\n".join(line for line in _drop_blank_runs(lines))


def _drop_blank_runs(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return out


def build_case_summary(facts: CaseFacts, known: Sequence[KnownName],
                       detector: Detector | None = None) -> AnonymisedText:
    """Summary text with every known name and detectable identifier removed; fields
    that hold people keep roles only (``person_fields``)."""
    # ``anonymise`` composes accents (NFC); the fields are found on its composed text.
    result = anonymise(summary_text(facts), known, detector)
    return strict_person_fields(result, getattr(detector, "is_word", None),
                                _school_actions(result.original))


def _school_actions(text: str) -> tuple[int, int] | None:
    """Where "Wat de school al heeft gedaan" stands in ``text``: the only section with
    the meldcode's fields of people (the IB's notes and question elsewhere are prose)."""
    start = text.find(f"\n{HEADINGS[6]}\n")
    end = text.find(f"\n{HEADINGS[7]}\n", start + 1)
    return (start, end) if 0 <= start < end else None
