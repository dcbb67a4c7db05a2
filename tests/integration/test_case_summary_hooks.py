"""The Veilig Thuis summary built from the real demo vault through the real hooks."""

from __future__ import annotations

import re

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.text import fold
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


def _zoe(session):
    return next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")


def test_hooks_read_current_facts_of_zoe(session):
    zoe = _zoe(session)
    entries = session.logbook.entries_for_summary(zoe.id)
    assert entries, "demo logboek of Zoë must feed the summary"
    days = [d for d, _, _ in entries]
    assert days == sorted(days)
    chronology = session.logbook.chronology(zoe.id, newest_first=False)
    assert [t for _, t, _ in entries] == [i.current.content.situation.strip()
                                         for i in chronology
                                         if i.current.content.situation.strip()]
    interpretations = {i.current.content.interpretation.strip() for i in chronology} - {""}
    assert not interpretations & {t for _, t, _ in entries}

    signals, contra = session.signals.ticked_for_summary(zoe.id)
    latest = max(session.signals.checks(zoe.id), key=lambda c: (c.checked_on, c.id))
    # A ticked signal's note is recorded as well and goes with it (issue 16).
    assert signals == [f"{t.text}: {t.note}" if t.note else t.text
                       for t in latest.ticks if not t.contra]
    assert any(t.note for t in latest.ticks if not t.contra)
    # A contra-signal is what was recorded (the note), not the item it was ticked at.
    assert contra == [t.note for t in latest.ticks if t.contra]
    assert "zegt regelmatig afspraken af" not in contra

    dated, agreements = session.conversations.for_summary(zoe.id)
    held = [c.gesprek for c in session.conversations.for_pupil(zoe.id) if c.gesprek.on <= TODAY]
    assert len(dated) == len(held)
    assert agreements == [a.what.strip() for g in reversed(held) for a in g.agreements
                          if a.what.strip()]


def test_summary_of_zoe_is_complete_and_anonymous(session):
    zoe = _zoe(session)
    text = session.case_summary.build(zoe.id).text
    folded = fold(text)
    signals, _ = session.signals.ticked_for_summary(zoe.id)
    assert signals and all(fold(s) in folded for s in signals)
    _, agreements = session.conversations.for_summary(zoe.id)
    assert agreements
    # Agreements name the pupil ("Zoë ontbijt ..."): compare what follows the name.
    assert "ontbijt elke schooldag thuis voor 8.15 uur" in folded
    assert all(fold(a.split(maxsplit=1)[1]) in folded for a in agreements)
    assert "[leerling] ontbijt" in text
    assert "4 °C." in text  # a temperature is not the initial of Emre Çelik
    entries = session.logbook.entries_for_summary(zoe.id)
    first_words = [fold(t.split()[1]) for _, t, counter in entries if not counter]
    assert all(w in folded for w in first_words)
    # Dates are relative to the newest note ("3 weken eerder"), never calendar dates.
    assert not re.search(r"\b\d{1,2}-\d{1,2}-\d{4}\b", text)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    assert zoe.date_of_birth.strftime("%d-%m-%Y") not in text
    for known in session.case_summary.known_names(zoe.id):
        assert fold(known.name) not in folded, known.role
        if not known.literal:
            for part in known.name.split():
                if len(part) >= 3 and fold(part) not in ("van", "der", "den", "ter", "het"):
                    assert not re.search(rf"\b{re.escape(fold(part))}\b", folded), known.role
