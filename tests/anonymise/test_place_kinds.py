"""A removed place reads as a place ("[plaats]"), not as a person ("[naam]") - issue 16,
walk of session 27: "Zwolle" became "[naam]". The cause: the name detector cannot tell a
place from a person; ``place_kinds`` tags its hits that stand where a place stands."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.anonymise.test_summary_facts import sections
from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.place_kinds import is_place, with_place_kinds
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.services.demo import case as demo_case
from zorgdesk.services.name_lexicon import default_detector


def _anon(text: str, known=()) -> str:
    return anonymise(text, list(known), default_detector()).text


@pytest.mark.parametrize(("text", "expected"), [
    ("Opa woont in Zwolle.", "Opa woont in [plaats]."),
    ("Ze wonen in Heeresloot.", "Ze wonen in [plaats]."),
    ("Hij komt uit Oosterwolde-Zuid.", "Hij komt uit [plaats]."),
    ("Vader werkt te Kollumerzwaag.", "Vader werkt te [plaats]."),
    ("Ze woont aan de Slachtedyk.", "Ze woont aan de [plaats]."),
    ("In Heeresloot was het koud.", "In [plaats] was het koud."),
    # A woonplaats opening a sentence (the place rules leave it to the name detector).
    ("Zwolle is mooi. Opa woont in Zwolle.", "[plaats] is mooi. Opa woont in [plaats]."),
    ("Meneer Dalfsen belde.", "Meneer [naam] belde."),  # a village, but after a title
    # A person stays a person.
    ("Hij rende naar Kacper.", "Hij rende naar [naam]."),
    ("Hij zat bij Jorrit.", "Hij zat bij [naam]."),
    ("Het lag in Kacpers kamer.", "Het lag in [naam] kamer."),  # a possessive
    ("Kacper zat in de klas.", "[naam] zat in de klas."),
])
def test_places_are_tagged_as_places(text, expected):
    assert _anon(text) == expected


def test_only_the_tag_changes_never_what_is_removed():
    text = "in Heeresloot, Kacper en in Daans tas; in Zwolle"
    hits = [Detection(3, 13, "naam"), Detection(15, 21, "naam"), Detection(28, 33, "naam"),
            Detection(42, 48, "naam"), Detection(42, 48, "datum")]
    tagged = with_place_kinds(text, hits)
    assert [(d.start, d.end) for d in tagged] == [(d.start, d.end) for d in hits]
    assert [d.kind for d in tagged] == ["plaats", "naam", "naam", "plaats", "datum"]
    assert not is_place("naar Zwolle", 5, 11)
    assert is_place("naar Zwolle", 5, 11, frozenset({"zwolle"}))
    assert not is_place("meneer Zwolle", 7, 13, frozenset({"zwolle"}))


def test_a_known_place_keeps_its_own_tag():
    school_place = KnownName("Weidebeek", "woonplaats", literal=True)
    assert _anon("Ze woont in Weidebeek.", [school_place]) == "Ze woont in [woonplaats]."


def test_through_the_demo_vault_zwolle_leaves_as_a_place(session):
    daan = next(p for p in session.basedata.pupils() if p.display_name == demo_case.PUPIL)
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(daan.id),), entry_date=session.today - timedelta(days=2),
        entry_time="10:00", location="Kamer IB",
        signalled_by=SignalledBy(name=session.vault.user.name),
        situation="Daan vertelt dat oma in Zwolle woont; hij logeert daar in de vakantie.",
        domain="opvallend_gedrag"))
    result = session.case_summary.build(daan.id)
    course = "\n".join(sections(result.text)["Verloop (relatieve data)"])
    assert "[leerling] vertelt dat oma in [plaats] woont; hij logeert daar" in course
    assert "Zwolle" not in result.text
    flagged = [result.text[f.start:f.end] for f in quasi_identifiers(result)]
    assert "[plaats]" in flagged  # the IB still weighs what describes the place
