"""Class nicknames in group names, current and former: the anonymiser removes them from
texts written before a group was renamed (a new school year: "Zonnebloem" became "6a",
the notes of last year still say "de Zonnebloemgroep")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.anonymise.test_summary_facts import sections
from tests.conftest import TODAY
from zorgdesk.domain.anonymise.group_names import nickname, nickname_forms
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.school_year import Fate
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


@pytest.mark.parametrize(("name", "nick"), [
    ("Groep 5 - De Dolfijnen", "De Dolfijnen"),
    ("Groep 5 - De Dolfijnen (tot 10-07-2027)", "De Dolfijnen"),
    ("Groep 4B Zonnebloem", "Zonnebloem"),
    ("Zonnebloem", "Zonnebloem"),
    ("Groep 5", ""), ("4/5", ""), ("groep 1-2", ""), ("5a", ""), ("Groep 3 - 4", ""),
    ("Kleuters", ""), ("Kleuters A", ""), ("Groep 8 (tot 10-07-2027)", ""),
])
def test_the_nickname_of_a_group_name(name, nick):
    assert nickname(name) == nick


def test_the_written_forms_of_the_nicknames():
    forms = nickname_forms(["Groep 5 - De Dolfijnen", "Zonnebloem", "Groep 7 - Rode Draken",
                            "Groep 3", "zonnebloem"])
    assert set(forms) == {"De Dolfijnen", "Dolfijnengroep", "Dolfijnenklas",
                          "Dolfijnen-groep", "Dolfijnen-klas", "Zonnebloem",
                          "Zonnebloemgroep", "Zonnebloemklas", "Zonnebloem-groep",
                          "Zonnebloem-klas", "Rode Draken"}
    assert forms == sorted(forms, key=len, reverse=True)  # the longest form wins


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault, FixedClock(TODAY))


def _summary_course(session, pupil_id: int, text: str) -> str:
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil_id),), entry_date=session.today - timedelta(days=2),
        entry_time="10:00", location="Kamer IB",
        signalled_by=SignalledBy(name=session.vault.user.name), situation=text,
        domain="opvallend_gedrag"))
    result = session.case_summary.build(pupil_id)
    return "\n".join(sections(result.text)["Verloop (relatieve data)"])


TEXT = ("Vorig jaar zat hij in de Zonnebloemgroep; juf zag dat hij bij de Zonnebloem "
        "vaak alleen speelde.")


def test_a_group_renamed_in_place_keeps_its_old_nickname_for_the_anonymiser(session):
    data = session.basedata
    group = data.add_group("Zonnebloem")
    pupil = data.add_pupil(PupilDraft("Tim", "Bakker", date(2016, 4, 1), date(2020, 9, 1),
                                      group_id=group))
    assert data.rename_group(group, "6a") == group  # no former pupils: renamed in place
    assert data.former_group_names() == ["Zonnebloem"]
    course = _summary_course(session, pupil, TEXT)
    assert "Zonnebloem" not in course
    assert "in de [groepsnaam]; juf zag dat hij bij de [groepsnaam] vaak alleen" in course
    assert session.vault.verify() == []


def test_after_a_new_school_year_the_old_nicknames_are_still_known(demo_vault):
    july = Session(demo_vault, FixedClock(date(2027, 7, 12)))
    data = july.basedata
    group = data.add_group("Groep 5 - De Dolfijnen")
    pupil = data.add_pupil(PupilDraft("Tim", "Bakker", date(2016, 4, 1), date(2020, 9, 1),
                                      group_id=group))
    steps = [s if s.name != "Groep 5 - De Dolfijnen" else s.with_choice(Fate.MOVES, "6b")
             for s in july.school_year.plan().steps]
    july.school_year.apply(steps, date(2027, 7, 10))
    assert data.pupil(pupil).group_name == "6b"
    course = _summary_course(july, pupil, "Bij De Dolfijnen en in de Dolfijnenklas huilde "
                                          "hij vaak.")
    assert course.count("[groepsnaam]") == 2 and "Dolfijnen" not in course


# A colour or a point of the compass after the level names a parallel class like a letter
# ("Groep 5 Rood" beside "Groep 5 Blauw"): with its level it identifies the class, alone it
# is an ordinary word ("een rood hart", "Rood is haar lievelingskleur", "op de Noord").
@pytest.mark.parametrize(("name", "expected"), [
    ("Groep 5 Rood", {"Groep 5 Rood", "5 Rood"}),
    ("Groep 6b Noord", {"Groep 6b Noord", "6b Noord"}),
    ("Groep 3 - Blauw", {"Groep 3 - Blauw", "3 Blauw"}),
    ("Groep 4 Oranje (tot 10-07-2027)", {"Groep 4 Oranje", "4 Oranje"}),
])
def test_a_colour_or_compass_word_goes_only_with_its_level(name, expected):
    assert set(nickname_forms([name])) == expected


def test_the_nickname_of_a_colour_group_is_no_word_alone():
    assert nickname("Groep 5 Rood") == "Rood"  # what the class is called, for the UI
    assert "Rood" not in nickname_forms(["Groep 5 Rood"])
    assert set(nickname_forms(["Groep 7 - Rode Draken"])) == {"Rode Draken"}


def test_only_the_class_goes_not_the_colour():
    from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
    from zorgdesk.services.name_lexicon import default_detector

    known = [KnownName("Lotte Bakker", "leerling", "Lotte", "", "Bakker")]
    known += [KnownName(form, "groepsnaam", literal=True)
              for form in nickname_forms(["Groep 5 Rood", "Groep 5 Blauw"])]
    text = ("Lotte zat vorig jaar in Groep 5 Rood, nu in 5 Blauw. Ze tekende een Rood hart "
            "en een rood huis. Rood is haar lievelingskleur; Blauw vindt ze saai.")
    assert anonymise(text, known, default_detector()).text == (
        "[leerling] zat vorig jaar in [groepsnaam], nu in [groepsnaam]. Ze tekende een Rood "
        "hart en een rood huis. Rood is haar lievelingskleur; Blauw vindt ze saai.")
