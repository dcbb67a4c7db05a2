"""LogbookService on a real encrypted demo vault: append-only, search, parents, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.logbook import (
    SOURCE_WITHOUT_CONSENT,
    CorrectionOutcome,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    SignalledBy,
    Source,
)
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import fts_query
from zorgdesk.services.session import Session
from zorgdesk.store.audit import read_entries


@pytest.fixture
def svc(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).logbook


@pytest.fixture
def ids(demo_vault):
    rows = demo_vault.read().execute(
        "SELECT id, first_name || ' ' || CASE WHEN tussenvoegsel = '' THEN '' ELSE"
        " tussenvoegsel || ' ' END || last_name FROM pupil")
    return {name: pid for pid, name in rows}


def staff_id(vault, name: str) -> str:
    return str(vault.read().execute("SELECT id FROM staff WHERE name = ?", (name,)).fetchone()[0])


def draft(pupils, vault, **kw) -> LogbookEntryDraft:
    base = dict(pupil_ids=tuple(str(p) for p in pupils), entry_date="20-11-2026",
                entry_time="10:15", location="Speelplein",
                signalled_by=SignalledBy(staff_id=staff_id(vault, "Anouk Jansen")),
                situation="Huilde 5 minuten bij het hek.", domain="opvallend_gedrag")
    base.update(kw)
    return LogbookEntryDraft(**base)


def test_round_trip_every_field_with_diacritics_and_emoji(svc, ids, demo_vault):
    zoe = ids["Zoë van der Berg"]
    full = draft([zoe], demo_vault, situation="Zoë zei: \"Ik ben bang\" 😢 — twee keer.",
                 interpretation="Vermoeden: ruzie thuis (verhaal van Zoë).",
                 from_third_party=True, source=Source("Oma Çelik", True),
                 involved=("É.Ö.", "J.D."), action="Gesprek met moeder gepland.",
                 agreements="Leerkracht let 2 weken op.", steps_if_not_kept="Bellen met vader.",
                 parent_contacts=(ParentContact("20-11-2026", "15:00", "moeder", "telefonisch",
                                                "Besproken ✓"),),
                 parent_agreements=(ParentAgreement("Dagelijks ontbijt", "18-12-2026"),),
                 counter_signal=True)
    entry_id = svc.add_entry(full)
    got = svc.history(entry_id).current.content
    assert got.situation == "Zoë zei: \"Ik ben bang\" 😢 — twee keer."
    assert got.source == Source("Oma Çelik", True)
    assert got.involved == ("É.Ö.", "J.D.")
    assert got.parent_contacts[0].summary == "Besproken ✓"
    assert str(got.parent_contacts[0].mode) == "telefonisch"
    assert got.parent_agreements[0].evaluation_date.isoformat() == "2026-12-18"
    assert got.counter_signal and got.steps_if_not_kept == "Bellen met vader."
    assert [e.action for e in read_entries(demo_vault.read(), "logbook_entry", entry_id)] == [
        "logboek.notitie_toegevoegd"]


def test_source_without_consent_is_never_stored(svc, ids, demo_vault):
    entry_id = svc.add_entry(draft([ids["Sem Visser"]], demo_vault, from_third_party=True,
                                   source=Source("Buurvrouw Jansen op nr. 12", False)))
    assert svc.history(entry_id).current.content.source.description == SOURCE_WITHOUT_CONSENT
    raw = " ".join(r[0] for r in demo_vault.read().execute("SELECT content FROM logbook_version"))
    assert "Buurvrouw Jansen" not in raw
    assert not svc.search("Buurvrouw")


def test_correction_keeps_old_version_and_records_who_and_why(svc, ids, demo_vault):
    pid = ids["Sem Visser"]
    entry_id = svc.add_entry(draft([pid], demo_vault))
    no = svc.correct_entry(entry_id, draft([pid], demo_vault, situation="Huilde 8 minuten."),
                           "Duur verkeerd genoteerd")
    history = svc.history(entry_id)
    assert no == 2 and history.current.reason == "Duur verkeerd genoteerd"
    assert history.current.author == demo_vault.user.name
    assert history.history[0].content.situation == "Huilde 5 minuten bij het hek."
    assert svc.search("8 minuten") and not [h for h in svc.search("hek") if h.entry_id ==
                                             entry_id]


def test_correction_without_reason_is_refused_and_nothing_changes(svc, ids, demo_vault):
    pid = ids["Sem Visser"]
    entry_id = svc.add_entry(draft([pid], demo_vault))
    with pytest.raises(ValidationError) as exc:
        svc.correct_entry(entry_id, draft([pid], demo_vault, situation="Anders"), "  ")
    assert exc.value.for_field("reason") == ["Geef een reden voor deze correctie."]
    assert svc.history(entry_id).current.version_no == 1


@pytest.mark.parametrize("sql", [
    "UPDATE logbook_version SET content = '{}'",
    "DELETE FROM logbook_version",
    "UPDATE logbook_entry SET created_by = 'x'",
    "DELETE FROM logbook_entry_pupil",
    "DELETE FROM logbook_zienswijze",
    "UPDATE logbook_correction_request SET request = 'x'",
    "DELETE FROM logbook_correction_answer",
])
def test_database_refuses_in_place_change(svc, demo_vault, sql):
    # Every table must hold a row, or a refused DELETE would touch nothing.
    request_id = demo_vault.read().execute(
        "SELECT min(id) FROM logbook_correction_request").fetchone()[0]
    Session(demo_vault, FixedClock(TODAY)).request_answers.answer(
        request_id, CorrectionOutcome.REFUSED, TODAY, "Feitelijk juist.")
    for table in ("logbook_version", "logbook_entry", "logbook_entry_pupil",
                  "logbook_zienswijze", "logbook_correction_request",
                  "logbook_correction_answer"):
        assert demo_vault.read().execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute(sql)


def test_service_has_no_update_or_delete_on_saved_records():
    import inspect

    import zorgdesk.services.logbook.service as module

    source = inspect.getsource(module)
    for table in ("logbook_version", "logbook_entry", "logbook_zienswijze",
                  "logbook_correction"):
        assert f"UPDATE {table}" not in source and f"DELETE FROM {table}" not in source


def test_entry_for_two_pupils_appears_in_both_chronologies(svc, ids, demo_vault):
    a, b = ids["Sem Visser"], ids["Mila Smit"]
    entry_id = svc.add_entry(draft([a, b], demo_vault, situation="Duwden elkaar bij het hek."))
    assert entry_id in [i.entry_id for i in svc.chronology(a)]
    assert entry_id in [i.entry_id for i in svc.chronology(b)]
    assert svc.item(entry_id).pupil_ids == tuple(sorted((a, b)))


def test_chronology_order_and_filters(svc, ids, demo_vault):
    pid = ids["Sem Visser"]
    old = svc.add_entry(draft([pid], demo_vault, entry_date="02-11-2026", domain="leren"))
    new = svc.add_entry(draft([pid], demo_vault, entry_date="20-11-2026",
                              signalled_by=SignalledBy(name="Conciërge Henk")))
    assert [i.entry_id for i in svc.chronology(pid)] == [new, old]
    assert [i.entry_id for i in svc.chronology(pid, newest_first=False)] == [old, new]
    assert [i.entry_id for i in svc.chronology(pid, domain="leren")] == [old]
    assert [i.entry_id for i in svc.chronology(pid, signalled_by="Conciërge Henk")] == [new]
    assert svc.signallers(pid) == ["Anouk Jansen", "Conciërge Henk"]
    day = TODAY.replace(day=10)
    assert [i.entry_id for i in svc.chronology(pid, date_from=day)] == [new]
    assert [i.entry_id for i in svc.chronology(pid, date_to=day)] == [old]


def test_fts_finds_words_with_and_without_diacritics(svc, ids, demo_vault):
    pid = ids["Sem Visser"]
    entry_id = svc.add_entry(draft([pid], demo_vault,
                                   situation="Hij had een geïrriteerde huid op de knieën."))
    for query in ("geïrriteerde", "geirriteerde", "KNIEEN", "knieën huid", "knie"):
        assert entry_id in [h.entry_id for h in svc.search(query)], query
    assert entry_id in [i.entry_id for i in svc.chronology(pid, query="geirriteerd")]


@pytest.mark.parametrize("typed", ['"', '"knie', "knie OR", "AND", "NEAR(", "knie*", "-knie",
                                   "huid:", "(knie", "'; DROP TABLE logbook_version; --", "*",
                                   "knie NOT huid", "^knie", "{huid}"])
def test_fts_is_safe_with_user_syntax(svc, ids, demo_vault, typed):
    pid = ids["Sem Visser"]
    svc.add_entry(draft([pid], demo_vault, situation="Een geschaafde knie en rode huid."))
    svc.search(typed)  # must not raise
    svc.chronology(pid, query=typed)
    assert demo_vault.read().execute("SELECT count(*) FROM logbook_version").fetchone()[0] > 0


def test_fts_query_quotes_every_term():
    assert fts_query('knie "OR" huid') == '"knie"* AND "OR"* AND "huid"*'
    assert fts_query('"*()') == ""


def test_bad_input_gives_dutch_messages(svc, ids, demo_vault):
    with pytest.raises(ValidationError) as exc:
        svc.add_entry(draft([ids["Sem Visser"]], demo_vault, entry_date="31-02-2026",
                            situation="", location="x" * 300))
    err = exc.value
    assert "bestaat niet" in err.for_field("entry_date")[0]
    assert err.for_field("situation") == ["Beschrijf de situatie: wat heb je gezien of gehoord?"]
    assert "te lang" in err.for_field("location")[0]
    with pytest.raises(ValidationError):
        svc.add_entry(draft(["99999"], demo_vault))


def test_zienswijze_and_correction_requests_with_due_dates(svc, ids, demo_vault):
    pid = ids["Sem Visser"]
    entry_id = svc.add_entry(draft([pid], demo_vault))
    svc.parents.add_zienswijze(pid, "21-11-2026", "Moeder", "Wij zien het anders 🙂", [entry_id])
    assert svc.parents.zienswijzen(pid)[0].text == "Wij zien het anders 🙂"
    with pytest.raises(ValidationError) as exc:
        svc.parents.add_zienswijze(pid, "31-02-2026", "Moeder", "tekst")
    assert "bestaat niet" in exc.value.problems[0][1]
    parents = svc.parents
    near = parents.add_correction_request(pid, TODAY - timedelta(days=25), "Moeder",
                                          "Graag wijzigen")
    late = parents.add_correction_request(pid, TODAY - timedelta(days=30), "Vader", "Schrappen")
    parents.add_correction_request(pid, TODAY - timedelta(days=2), "Vader", "Nog lang de tijd")
    mine = [d for d in svc.parents.correction_deadlines() if d.request.pupil_id == str(pid)]
    assert [int(d.request.request_id) for d in mine] == [late, near]
    assert mine[0].overdue and mine[0].days_left == -2 and mine[1].days_left == 3
    answers = Session(demo_vault, FixedClock(TODAY)).request_answers
    with pytest.raises(ValidationError) as exc:
        answers.answer(late, CorrectionOutcome.REFUSED, TODAY)
    assert exc.value.problems[0][0] == "motivation"
    with pytest.raises(ValidationError) as exc:  # a grant that names nothing done
        answers.answer(late, CorrectionOutcome.GRANTED, TODAY, "Toegewezen.")
    assert exc.value.problems[0][0] == "entries"
    answers.answer(late, CorrectionOutcome.REFUSED, TODAY, "Feitelijk juist.")
    mine = [d for d in svc.parents.correction_deadlines() if d.request.pupil_id == str(pid)]
    assert [int(d.request.request_id) for d in mine] == [near]
    answered = [r for r in svc.parents.correction_requests(pid) if r.request_id == str(late)][0]
    assert answered.outcome == CorrectionOutcome.REFUSED and answered.answered_on == TODAY
    assert demo_vault.verify() == []


def test_list_rows_match_the_chronology_for_every_filter(demo_vault):
    """The Logboek list's SQL query (issue 23) shows the same entries in the same order
    as the chronology it replaces, with every filter."""
    from zorgdesk.services.session import Session

    session = Session(demo_vault)
    log = session.logbook
    for pupil in session.basedata.pupils():
        signallers = [None, *log.signallers(pupil.id)]
        for newest_first in (True, False):
            for filters in ({}, {"domain": "lichamelijk"}, {"signalled_by": signallers[-1]},
                            {"date_from": TODAY - timedelta(days=30)},
                            {"date_to": TODAY - timedelta(days=10)}, {"query": "moe"}):
                items = log.chronology(pupil.id, newest_first=newest_first, **filters)
                rows = log.list_rows(pupil.id, newest_first=newest_first, **filters)
                assert [r.entry_id for r in rows] == [i.entry_id for i in items]
                for row, item in zip(rows, items, strict=True):
                    entry = item.current.content
                    assert (row.version_no, row.entry_date, row.signalled_by, row.situation,
                            row.has_interpretation, row.counter_signal, row.pupil_ids) == (
                        item.current.version_no, entry.entry_date, item.signalled_by,
                        entry.situation, bool(entry.interpretation),
                        bool(entry.counter_signal), item.pupil_ids)
                    assert row.entry_time == (f"{entry.entry_time:%H:%M}"
                                              if entry.entry_time else None)


def test_an_unknown_pupil_or_staff_member_is_refused_and_a_known_one_named(svc, ids, demo_vault):
    """add_entry reads only the pupils and the staff member the draft names (issue 23:
    reading the whole school per save made saving grow with the school)."""
    zoe = ids["Zoë van der Berg"]
    missing = max(ids.values()) + 1
    for pupils in ([str(missing)], [str(zoe), str(missing)], ["x1"]):
        with pytest.raises(ValidationError) as refused:
            svc.add_entry(draft([], demo_vault, pupil_ids=tuple(pupils)))
        assert refused.value.problems == [("pupil_ids", "Kies een bestaande leerling.")]
    known = staff_id(demo_vault, "Anouk Jansen")
    for unknown in (str(int(known) + 1000), f"0{known}", "x"):
        with pytest.raises(ValidationError) as refused:
            svc.add_entry(draft([zoe], demo_vault, signalled_by=SignalledBy(staff_id=unknown)))
        assert [field for field, _ in refused.value.problems] == ["signalled_by"]
    named = draft([zoe], demo_vault, signalled_by=SignalledBy(staff_id=f" {known} "))
    assert svc.validated(named)[1] == "Anouk Jansen"
    svc.add_entry(named)
