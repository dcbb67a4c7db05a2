"""LogbookEntry <-> JSON for the version rows (the full content of every version)."""

from __future__ import annotations

import json
from datetime import date, time

from zorgdesk.domain.logbook import (
    ContactMode,
    EntryKind,
    LogbookEntry,
    ParentAgreement,
    ParentContact,
    ParentsInformed,
    SignalledBy,
    Source,
)


def _d(value: date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def _t(value: time | None) -> str | None:
    return value.strftime("%H:%M") if isinstance(value, time) else None


def entry_to_json(entry: LogbookEntry) -> str:
    data = {
        "pupil_ids": list(entry.pupil_ids),
        "entry_date": _d(entry.entry_date),
        "entry_time": _t(entry.entry_time),
        "location": entry.location,
        "signalled_by": {"staff_id": entry.signalled_by.staff_id,
                         "name": entry.signalled_by.name},
        "situation": entry.situation,
        "interpretation": entry.interpretation,
        "source": (None if entry.source is None else
                   {"description": entry.source.description, "consent": entry.source.consent}),
        "involved": list(entry.involved),
        "action": entry.action,
        "agreements": entry.agreements,
        "steps_if_not_kept": entry.steps_if_not_kept,
        "parent_contacts": [
            {"date": _d(c.contact_date), "time": _t(c.contact_time), "with_whom": c.with_whom,
             "mode": str(c.mode), "summary": c.summary} for c in entry.parent_contacts],
        "parent_agreements": [
            {"text": a.text, "evaluation_date": _d(a.evaluation_date)}
            for a in entry.parent_agreements],
        "domain": entry.domain,
        "counter_signal": entry.counter_signal,
    }
    if entry.kind is not EntryKind.OBSERVATION:  # older versions stay byte-equal
        data["kind"] = str(entry.kind)
    if entry.parents_informed:  # versions saved before the field existed stay byte-equal
        data["parents_informed"] = str(entry.parents_informed)
        data["parents_informed_note"] = entry.parents_informed_note
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _pd(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _pt(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def entry_from_json(text: str) -> LogbookEntry:
    d = json.loads(text)
    source = d.get("source")
    return LogbookEntry(
        pupil_ids=tuple(d["pupil_ids"]),
        entry_date=date.fromisoformat(d["entry_date"]),
        entry_time=_pt(d.get("entry_time")),
        location=d.get("location", ""),
        signalled_by=SignalledBy(**d["signalled_by"]),
        situation=d.get("situation", ""),
        interpretation=d.get("interpretation", ""),
        source=Source(source["description"], source["consent"]) if source else None,
        involved=tuple(d.get("involved", ())),
        action=d.get("action", ""),
        agreements=d.get("agreements", ""),
        steps_if_not_kept=d.get("steps_if_not_kept", ""),
        parent_contacts=tuple(
            ParentContact(_pd(c["date"]), _pt(c["time"]), c["with_whom"], ContactMode(c["mode"]),
                          c["summary"]) for c in d.get("parent_contacts", ())),
        parent_agreements=tuple(
            ParentAgreement(a["text"], _pd(a["evaluation_date"]))
            for a in d.get("parent_agreements", ())),
        domain=d.get("domain"),
        counter_signal=bool(d.get("counter_signal")),
        parents_informed=ParentsInformed(d.get("parents_informed", "")),
        parents_informed_note=d.get("parents_informed_note", ""),
        kind=EntryKind(d.get("kind", EntryKind.OBSERVATION)),
    )


def search_body(entry: LogbookEntry, signalled_by: str) -> str:
    """Text the full-text index holds for the current version of an entry."""
    parts = [entry.location, signalled_by, entry.situation, entry.interpretation,
             " ".join(entry.involved), entry.action, entry.agreements, entry.steps_if_not_kept,
             entry.source.display if entry.source else ""]
    parts += [f"{c.with_whom} {c.summary}" for c in entry.parent_contacts]
    parts += [a.text for a in entry.parent_agreements]
    parts.append(entry.parents_informed_note)
    return "\n".join(p for p in parts if p)
