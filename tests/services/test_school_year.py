"""Nieuw schooljaar through the real vault: the plan of a demo-like school, the Dutch
refusals (nothing written), and the whole move in one transaction: groep 8 becomes former
pupils on the leave date (bewaartermijn from that day), the others move up, pupils who
left earlier keep their group name, every row audited and sealed, verify() clean."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.school_year import Fate
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store import audit

JULY = date(2027, 7, 12)
LAST_DAY = date(2027, 7, 10)


def _add_pupils(data, group_id, count, prefix, start=date(2019, 9, 1)):
    return [data.add_pupil(PupilDraft(f"{prefix}{i}", "Test", date(2015, 3, i + 1), start,
                                      group_id=group_id)) for i in range(count)]


@pytest.fixture
def school(demo_vault):
    """The demo school (Groep 3, 5, 7) in July, with a Groep 8 of 4 pupils, a 5a, a
    combination group 4/5 and a Zonnebloem group."""
    session = Session(demo_vault, FixedClock(JULY))
    data = session.basedata
    ids = {name: data.add_group(name) for name in ("Groep 8", "5a", "4/5", "Zonnebloem")}
    leavers = _add_pupils(data, ids["Groep 8"], 4, "Acht")
    _add_pupils(data, ids["5a"], 2, "Vijf")
    _add_pupils(data, ids["4/5"], 3, "Combi")
    _add_pupils(data, ids["Zonnebloem"], 1, "Bloem")
    return session, ids, leavers


def _steps(session, **choices):
    """The proposal, with the IB's choices by group name: a new name or a Fate."""
    steps = []
    for step in session.school_year.plan().steps:
        choice = choices.get(step.name)
        if isinstance(choice, Fate):
            step = step.with_choice(choice)
        elif choice is not None:
            step = step.with_choice(Fate.MOVES, choice)
        steps.append(step)
    return steps


def test_the_plan_proposes_per_group_with_counts(school):
    session, ids, _ = school
    plan = {s.name: (s.fate, s.new_name, s.pupils) for s in session.school_year.plan().steps}
    counts = {g.name: len(session.basedata.group_pupils(g.id))
              for g in session.basedata.groups()}
    assert plan == {
        "4/5": (Fate.MOVES, "5/6", 3), "5a": (Fate.MOVES, "6a", 2),
        "Groep 3": (Fate.MOVES, "Groep 4", counts["Groep 3"]),
        "Groep 5": (Fate.MOVES, "Groep 6", counts["Groep 5"]),
        "Groep 7": (Fate.MOVES, "Groep 8", counts["Groep 7"]),
        "Groep 8": (Fate.LEAVES, "", 4), "Zonnebloem": (Fate.UNDECIDED, "", 1)}


def _write_count(vault) -> int:
    return len(audit.read_entries(vault.read()))


def test_refusals_are_dutch_and_write_nothing(school, demo_vault):
    session, _ids, _ = school
    service = session.school_year
    before = _write_count(demo_vault)
    steps = _steps(session)
    with pytest.raises(ValidationError) as error:
        service.apply(steps, LAST_DAY)
    assert error.value.problems[0].message.startswith("Kies wat er met Zonnebloem gebeurt")
    steps = _steps(session, Zonnebloem=Fate.STAYS)
    for bad, text in (("", "Vul de vertrekdatum in."),
                      ("31-13-2027", "De vertrekdatum is geen geldige datum"),
                      ("01-08-2027", "na het einde van dit schooljaar (31-07-2027)"),
                      ("01-07-2026", "meer dan een jaar terug")):
        problems = service.check(steps, bad)
        assert [p.field for p in problems] == ["leave_date"]
        assert text in problems[0].message
    steps = _steps(session, Zonnebloem=Fate.STAYS, **{"5a": "Groep 6"})
    assert service.check(steps, LAST_DAY)[0].message.startswith(
        "5a en Groep 5 krijgen allebei de naam Groep 6.")
    assert _write_count(demo_vault) == before


def test_a_leave_date_before_a_leavers_start_is_refused(school):
    session, ids, _ = school
    _add_pupils(session.basedata, ids["Groep 8"], 1, "Nieuw", start=date(2027, 7, 11))
    problems = session.school_year.check(_steps(session, Zonnebloem=Fate.STAYS), LAST_DAY)
    assert problems[0].message == ("De vertrekdatum ligt vóór de startdatum van Nieuw0 Test "
                                   "(11-07-2027).")


def test_a_plan_made_before_the_groups_changed_is_refused(school):
    session, ids, _ = school
    steps = _steps(session, Zonnebloem=Fate.STAYS)
    session.basedata.rename_group(ids["5a"], "5 A")
    problems = session.school_year.check(steps, LAST_DAY)
    assert problems[0].field == "" and problems[0].message.startswith(
        "De groepen zijn intussen gewijzigd")


def test_new_school_year_end_to_end(school, demo_vault):
    session, ids, leavers = school
    data = session.basedata
    before = {g.name: {p.id for p in data.group_pupils(g.id)} for g in data.groups()}
    # a pupil who left in Groep 7 earlier keeps "Groep 7"
    left_earlier = next(iter(before["Groep 7"]))
    data.deactivate_pupil(left_earlier, date(2027, 3, 1))
    before["Groep 7"].discard(left_earlier)
    steps = _steps(session, Zonnebloem="Zonnebloem 2")
    assert session.school_year.summary(steps, "10-7-2027").startswith(
        "4 leerlingen verlaten de school op 10-07-2027. 6 groepen krijgen een nieuwe naam")
    done = session.school_year.apply(steps, "10-7-2027")
    assert (done.leavers, done.renamed, done.removed) == (4, 6, 1)
    assert done.message.startswith("Het nieuwe schooljaar is ingezet. 4 leerlingen zijn "
                                   "uitgeschreven per 10-07-2027")

    after = {g.name: {p.id for p in data.group_pupils(g.id)} for g in data.groups()}
    assert after == {"Groep 4": before["Groep 3"], "Groep 6": before["Groep 5"],
                     "Groep 8": before["Groep 7"], "6a": before["5a"], "5/6": before["4/5"],
                     "Zonnebloem 2": before["Zonnebloem"]}
    for pupil_id in leavers:
        pupil = data.pupil(pupil_id)
        assert not pupil.active and pupil.leave_date == LAST_DAY
        assert pupil.group_name == f"Groep 8 (tot {LAST_DAY:%d-%m-%Y})"
    assert data.pupil(left_earlier).group_name == "Groep 7"
    assert data.pupil(left_earlier).leave_date == date(2027, 3, 1)

    entries = audit.read_entries(demo_vault.read())
    actions = [e.action for e in entries]
    assert actions[-1] == "schooljaar.nieuw"
    assert actions.count("leerling.gedeactiveerd") >= 4
    for pupil_id in leavers:
        assert audit.read_entries(demo_vault.read(), "pupil", pupil_id)[-1].action == \
            "leerling.gedeactiveerd"
    assert demo_vault.verify() == []

    # the bewaartermijn runs from the leave date
    years = data.school().retention_years
    end = LAST_DAY.replace(year=LAST_DAY.year + years)
    on_the_day = Session(demo_vault, FixedClock(end)).retention
    day_after = Session(demo_vault, FixedClock(end + timedelta(days=1))).retention
    assert not set(leavers) & {p.id for p in on_the_day.due()}
    assert set(leavers) <= {p.id for p in day_after.due()}


def test_merging_two_groups_on_purpose(school, demo_vault):
    session, ids, _ = school
    data = session.basedata
    five = {p.id for p in data.group_pupils(ids["5a"])}
    four_five = {p.id for p in data.group_pupils(ids["4/5"])}
    steps = _steps(session, Zonnebloem=Fate.STAYS, **{"4/5": "6a"})
    assert session.school_year.check(steps, LAST_DAY)  # not without saying so
    done = session.school_year.apply(steps, LAST_DAY, merge=True)
    assert done.removed == 2  # groep 8 and the group merged into 6a
    merged = next(g for g in data.groups() if g.name == "6a")
    assert {p.id for p in data.group_pupils(merged.id)} == five | four_five
    removed = {g.name for g in data.groups(include_inactive=True) if not g.active}
    assert len(removed & {"4/5", "5a"}) == 1  # one group keeps its row, the other is removed
    assert demo_vault.verify() == []


def test_nothing_to_do_is_said(school):
    session, _ids, _ = school
    steps = [s.with_choice(Fate.STAYS) for s in session.school_year.plan().steps]
    problems = session.school_year.check(steps, "")
    assert problems[0].message.startswith("Er verandert niets")


def test_merging_into_a_group_that_keeps_its_name(school, demo_vault):
    """Wordt '5a' for 5a (its own name) and 4/5 merged into it: 4/5's pupils join 5a (it
    crashed on the UNIQUE group name: 4/5 was renamed to the name 5a still had)."""
    session, ids, _ = school
    data = session.basedata
    five = {p.id for p in data.group_pupils(ids["5a"])}
    four_five = {p.id for p in data.group_pupils(ids["4/5"])}
    steps = _steps(session, Zonnebloem=Fate.STAYS, **{"5a": "5a", "4/5": "5a"})
    assert session.school_year.check(steps, LAST_DAY, merge=True) == []
    done = session.school_year.apply(steps, LAST_DAY, merge=True)
    assert (done.renamed, done.removed) == (3, 2)  # Groep 3, 5, 7; groep 8 and 4/5
    kept = next(g for g in data.groups() if g.name == "5a")
    assert kept.id == ids["5a"]
    assert {p.id for p in data.group_pupils(kept.id)} == five | four_five
    assert "4/5" not in {g.name for g in data.groups()}
    assert demo_vault.verify() == []


def test_a_leaver_whose_leave_date_was_set_already_keeps_it(school):
    session, ids, leavers = school
    data = session.basedata
    pupil = data.pupil(leavers[0])
    own = date(2027, 7, 20)  # set in the form: still at school until then
    data.update_pupil(pupil.id, PupilDraft(pupil.first_name, pupil.last_name,
                                           pupil.date_of_birth, pupil.start_date,
                                           group_id=pupil.group_id, leave_date=own))
    assert data.pupil(leavers[0]).active
    session.school_year.apply(_steps(session, Zonnebloem=Fate.STAYS), LAST_DAY)
    assert data.pupil(leavers[0]).leave_date == own and not data.pupil(leavers[0]).active
    assert {data.pupil(i).leave_date for i in leavers[1:]} == {LAST_DAY}
