"""A real demo vault in tmp_path where Emre's records name other people in every form."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.logbook.entry import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import Answer, Question
from zorgdesk.domain.signals.check import CheckDraft, TickDraft

# Other pupils, their parents and staff, written as people write them: first name,
# surname alone, possessive, without diacritics, lower case, full name.
SITUATION = ("Zoë pakte de bal van Emre af. Van der Berg lachte erom. Zoës jas lag later op "
             "de grond en Zoe zei dat Sem het had gedaan. Sems moeder was er niet, maar "
             "Ingrid kwam erbij; ook Daniëlle en Danielle's vriendin keken toe. "
             "Meester Bakker greep in.")
INTERPRETATION = "Vermoedelijk was Visser boos op Emre omdat elif lachte."
ACTION = "Gesproken met Pieter Bakker en met Mila Smit."
PROGRESS = "Ingrid van der Berg belde: Zoë blijft morgen thuis."
TICK_NOTE = "Jaydens moeder Rowena zag het ook."
SUBJECT = "Ruzie met Zoë en Sem Visser"
AGREEMENT = "Emre speelt in de pauze niet meer met Thijs ter Horst."
AGREEMENT_WHO = "Anouk Jansen"
MELDCODE_REASONING = ("Volgens Bram de Jong en Brams stiefvader Kees is het thuis onrustig. "
                      "Overlegd met Mevrouw S. Kramer (Veilig Thuis) en dhr. P. Lindeboom "
                      "(wijkagent); tante Wilhelmina haalt Emre voortaan op.")

# Every form above that must never reach the receiving school.
THIRD_PARTY_FORMS = (
    "Zoë", "Zoe", "Zoës", "Van der Berg", "Sem", "Sems", "Visser", "Ingrid", "Daniëlle",
    "Danielle", "Bakker", "Pieter", "Mila", "Smit", "Rowena", "Jaydens", "Thijs",
    "ter Horst", "Anouk", "Jansen", "Bram", "Brams", "Kees", "Elif", "Johan",
    # people the vault does not know, written with a title in a meldcode step
    "Kramer", "Lindeboom", "Wilhelmina",
)
KM = "km4-12"


@pytest.fixture
def emre(session):
    """Emre Çelik with a logboek note, a signalenlijst, a zorggesprek and a meldcode step
    that name other pupils, their parents and staff."""
    s = session
    pupil = next(p for p in s.basedata.pupils() if p.display_name == "Emre Çelik")
    staff = next(m.id for m in s.basedata.staff() if m.name == "Pieter Bakker")
    entry = s.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=1), entry_time="10:15",
        location="Speelplein", signalled_by=SignalledBy(staff_id=str(staff)),
        situation=SITUATION, interpretation=INTERPRETATION, action=ACTION,
        domain="opvallend_gedrag"))
    s.logbook_progress.add(entry, TODAY, None, PROGRESS)
    s.signals.save_check(pupil.id, CheckDraft(KM, TODAY, "Anouk Jansen", (
        TickDraft(f"{KM}.lichamelijk.02", TICK_NOTE),)))
    s.conversations.plan(pupil.id, ConversationDraft(
        kind="regulier", on=TODAY, at="10:00", place="Kamer IB", subject=SUBJECT,
        staff=(("Pieter Bakker", "Leerkracht groep 5"),), guardians=(("Ayşe Çelik", "moeder"),),
        agreements=(SmartAgreement(AGREEMENT, "De leerkracht noteert het.", AGREEMENT_WHO,
                                   TODAY + timedelta(days=30), True, True),)))
    trajectory = s.meldcode.for_pupil(pupil.id)[0]
    s.meldcode.perform(trajectory.id, "answer_question", Question.VEILIGHEID, Answer.NEE,
                       reasoning=MELDCODE_REASONING)
    return pupil
