"""Zorggesprek rows: the column values of a draft, a draft from a row, signature events.

Used by the conversation, signing and action point services.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from zorgdesk.domain.conversations.conversation import SignatureRecord, SignatureStatus, Zorggesprek
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.text import clean

SIGNED = (SignatureStatus.AKKOORD, SignatureStatus.GEZIEN)

SELECT_CONVERSATION = (
    "SELECT id, pupil_id, kind, planned_on, planned_at, place, subject, attendees_json,"
    " signals_json, preparation_json, phase_notes_json, follow_up_on, agreements_json,"
    " frozen FROM conversation")


def apply_status(old: SignatureRecord, status: SignatureStatus, on: date, place: str,
           view: str) -> SignatureRecord:
    if status is SignatureStatus.UITGEREIKT:
        return SignatureRecord(old.signer, status, handed_out_on=on)
    if status in SIGNED:
        return SignatureRecord(old.signer, status, old.handed_out_on, on, place,
                               view if status is SignatureStatus.GEZIEN else "")
    return SignatureRecord(old.signer, status, old.handed_out_on)


def with_changes(g: Zorggesprek, **changes) -> Zorggesprek:
    return replace(g, **changes)


def replace_draft(d: ConversationDraft, **changes) -> ConversationDraft:
    return replace(d, **changes)


def draft_columns(valid) -> dict:
    d = valid.draft
    return {
        "kind": valid.kind.value,
        "planned_on": valid.on.isoformat(),
        "planned_at": valid.at.strftime("%H:%M") if valid.at else "",
        "place": clean(d.place),
        "subject": clean(d.subject),
        "attendees_json": json.dumps({
            "staff": [[clean(n), clean(r)] for n, r in d.staff if clean(n)],
            "guardians": [[clean(n), clean(r)] for n, r in d.guardians if clean(n)],
            "notulist": clean(d.notulist), "spokesperson": clean(d.spokesperson)},
            ensure_ascii=False),
        "signals_json": json.dumps([{"source": s.source, "id": s.ref_id, "text": s.text}
                                    for s in d.signals], ensure_ascii=False),
        "preparation_json": json.dumps({k: bool(v) for k, v in d.preparation.items()}),
        "phase_notes_json": json.dumps({k: clean(v) for k, v in d.phase_notes.items()
                                        if clean(v)}, ensure_ascii=False),
        "follow_up_on": valid.follow_up_on.isoformat() if valid.follow_up_on else None,
        "agreements_json": json.dumps([{
            "what": clean(a.what), "measure": clean(a.measure), "who": clean(a.who),
            "by_when": a.by_when.isoformat() if a.by_when else None,
            "acceptable": a.acceptable, "realistic": a.realistic} for a in d.agreements],
            ensure_ascii=False),
    }


def draft_from_row(row) -> ConversationDraft:
    att = json.loads(row[7])
    return ConversationDraft(
        kind=row[2], on=date.fromisoformat(row[3]), at=row[4], place=row[5], subject=row[6],
        staff=tuple(tuple(x) for x in att.get("staff", [])),
        guardians=tuple(tuple(x) for x in att.get("guardians", [])),
        notulist=att.get("notulist", ""), spokesperson=att.get("spokesperson", ""),
        signals=tuple(SignalPick(s["source"], s["id"], s["text"]) for s in json.loads(row[8])),
        preparation=json.loads(row[9]), phase_notes=json.loads(row[10]),
        follow_up_on=date.fromisoformat(row[11]) if row[11] else None,
        agreements=agreements(row[12]))


def agreements(agreements_json: str) -> tuple[SmartAgreement, ...]:
    """The agreements column of a conversation row (also read alone, for Actiepunten)."""
    return tuple(SmartAgreement(
        a["what"], a["measure"], a["who"],
        date.fromisoformat(a["by_when"]) if a["by_when"] else None,
        a["acceptable"], a["realistic"]) for a in json.loads(agreements_json))
