"""SignalService on a real vault: append-only checks, over time, catalogues, flags."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.logbook.entry import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.signals.check import MAX_NOTE, CheckDraft, FlagDraft, TickDraft
from zorgdesk.domain.signals.history import Change
from zorgdesk.domain.validation import ValidationError
from zorgdesk.paths import user_catalogue_dir
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

KM = "km4-12"
ALL_MET = {c: "voldaan" for c in ("wederzijdse-toestemming", "vrijwilligheid",
                                   "gelijkwaardigheid", "ontwikkelingsadequaat",
                                   "contextadequaat", "zelfrespecterend")}


@pytest.fixture
def service(demo_vault, tmp_path):
    return Session(demo_vault, FixedClock(TODAY)).signals


@pytest.fixture
def pupil_id(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Minh")[0].id


def add_note(vault, pupil_id, days_ago, situation) -> int:
    """A real logboek note of the pupil (what a ticked signal may link)."""
    return Session(vault, FixedClock(TODAY)).logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil_id),), entry_date=TODAY - timedelta(days=days_ago),
        location="Klas", signalled_by=SignalledBy(name="Ineke de Vries"), situation=situation))


@pytest.fixture
def notes(demo_vault, pupil_id) -> tuple[int, int]:
    return (add_note(demo_vault, pupil_id, 9, "Minh had om 10 uur honger en vroeg om eten."),
            add_note(demo_vault, pupil_id, 4, "Minh was 1,18 m bij het meten in de gymles."))


def _draft(days_ago, *ids, by="Ineke", **kw):
    return CheckDraft(KM, TODAY - timedelta(days=days_ago), by,
                      tuple(TickDraft(f"{KM}.{i}") for i in ids), **kw)


def test_saved_check_cannot_be_altered_in_place(service, pupil_id, demo_vault, notes):
    check_id = service.save_check(pupil_id, CheckDraft(KM, TODAY, "Ineke", (
        TickDraft(f"{KM}.lichamelijk.02", "lengte 1,18 m", logbook_entry_ids=notes),)))
    for sql in ("UPDATE signal_check SET checked_by = 'x'", "DELETE FROM signal_check",
                "UPDATE signal_check_item SET note = 'x'", "DELETE FROM signal_check_item",
                "DELETE FROM signal_check_item_logbook"):
        with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
            cur.execute(sql)
    check = service.check(check_id)
    assert check.ticks[0].note == "lengte 1,18 m"
    assert check.ticks[0].logbook_entry_ids == notes
    assert check.ticks[0].logbook_days == (TODAY - timedelta(days=9), TODAY - timedelta(days=4))
    assert check.catalogue_version == 1
    assert demo_vault.verify() == []


def test_over_time_classifies_new_persisting_disappeared(service, pupil_id):
    service.save_check(pupil_id, _draft(30, "lichamelijk.07", "lichamelijk.10"))
    service.save_check(pupil_id, _draft(20, "lichamelijk.07", "gezin.02"))
    service.save_check(pupil_id, _draft(10, "gezin.02"))
    view = service.over_time(pupil_id, KM)
    h = view.history
    assert [c.checked_on for c in view.checks] == [TODAY - timedelta(days=d) for d in (30, 20, 10)]
    assert h.cells[f"{KM}.lichamelijk.07"] == (Change.NIEUW, Change.BLIJVEND, Change.VERDWENEN)
    assert h.cells[f"{KM}.lichamelijk.10"] == (Change.NIEUW, Change.VERDWENEN, None)
    assert h.cells[f"{KM}.gezin.02"] == (None, Change.NIEUW, Change.BLIJVEND)
    assert h.item_ids == (f"{KM}.lichamelijk.07", f"{KM}.lichamelijk.10", f"{KM}.gezin.02")
    assert view.labels[f"{KM}.gezin.02"] == "sociaal isolement"


def test_correction_replaces_the_corrected_check_in_the_view(service, pupil_id):
    wrong = service.save_check(pupil_id, _draft(20, "lichamelijk.07"))
    service.save_check(pupil_id, _draft(20, "lichamelijk.08", corrects_check_id=wrong))
    view = service.over_time(pupil_id, KM)
    assert [c.ticked_ids for c in view.checks] == [{f"{KM}.lichamelijk.08"}]
    assert len(service.checks(pupil_id)) == 2  # the wrong one is kept, not overwritten
    day = TODAY - timedelta(days=20)
    assert f"corrigeert signalenlijst 1 van {day:%d-%m-%Y}." in service.check_summary(
        view.checks[0].id)


def test_contra_signals_are_marked_in_the_over_time_view(service, pupil_id):
    service.save_check(pupil_id, _draft(20, "gedrag-ouder.08"))
    service.save_check(pupil_id, CheckDraft(KM, TODAY, "I", (
        TickDraft(f"{KM}.gedrag-ouder.08", "kwam wel", contra=True),)))
    view = service.over_time(pupil_id, KM)
    assert view.history.cells[f"{KM}.gedrag-ouder.08"] == (Change.NIEUW, Change.BLIJVEND)
    assert not view.is_contra(f"{KM}.gedrag-ouder.08", 0)
    assert view.is_contra(f"{KM}.gedrag-ouder.08", 1)


def test_check_summary_for_meldcode_and_gesprek(service, pupil_id, notes):
    check_id = service.save_check(pupil_id, CheckDraft(KM, "3-11-2026", "Ineke de Vries", (
        TickDraft(f"{KM}.lichamelijk.10", "vraagt om eten", logbook_entry_ids=(notes[0],)),
        TickDraft(f"{KM}.gedrag-ouder.08", "vader kwam wel", contra=True))))
    text = service.check_summary(check_id)
    assert text.startswith("Signalenlijst 1 van 03-11-2026: ")
    assert "ingevuld door Ineke de Vries" in text
    day = TODAY - timedelta(days=9)
    assert f"- kind is hongerig: vraagt om eten (logboek {day:%d-%m-%Y} (nr. {notes[0]}))" in text
    # Walk finding (70.png): "- zegt regelmatig afspraken af: vader kwam wel" read as if
    # the signal were present; the item is named as where the contra-signal was ticked.
    assert ("Contra-signalen (1):\n- Contra-signaal bij 'zegt regelmatig afspraken af': "
            "vader kwam wel") in text
    assert "- zegt regelmatig afspraken af" not in text


def test_a_contra_signal_without_a_note_says_so_in_the_check_summary(service, pupil_id):
    check_id = service.save_check(pupil_id, CheckDraft(KM, "3-11-2026", "Ineke de Vries", (
        TickDraft(f"{KM}.gedrag-ouder.08", contra=True),)))
    text = service.check_summary(check_id)
    assert ("Contra-signalen (1):\n- Contra-signaal zonder toelichting (bij: zegt "
            "regelmatig afspraken af)") in text


@pytest.mark.parametrize("draft, field, message", [
    (_draft(-1, "gezin.02"), "checked_on", "toekomst"),
    (CheckDraft(KM, "31-02-2026", "I", (TickDraft(f"{KM}.gezin.02"),)), "checked_on",
     "geen geldige datum"),
    (CheckDraft(KM, "", "I", (TickDraft(f"{KM}.gezin.02"),)), "checked_on", "Vul de datum"),
    (CheckDraft(KM, TODAY, "  ", (TickDraft(f"{KM}.gezin.02"),)), "checked_by",
     "Vul in wie de lijst invulde."),
    (_draft(1), "items", "geen signaal aangevinkt"),
    (_draft(1, "gezin.99"), "items", "Onbekend signaal"),
    (CheckDraft(KM, TODAY, "I", (TickDraft(f"{KM}.gezin.02", "x" * (MAX_NOTE + 1)),)),
     f"note:{KM}.gezin.02", "te lang"),
])
def test_bad_check_input_is_refused_with_a_dutch_message(service, pupil_id, draft, field,
                                                         message):
    with pytest.raises(ValidationError) as err:
        service.save_check(pupil_id, draft)
    assert any(message in m for m in err.value.for_field(field)), err.value.problems
    assert service.checks(pupil_id) == []


def test_empty_check_only_when_confirmed_and_diacritics_and_emoji_survive(service, pupil_id):
    empty = service.save_check(pupil_id, _draft(1), allow_empty=True)
    assert service.check(empty).ticks == ()
    note = "Zoë zegt: “papa’s fiets” 🚲 – Çelik"
    check_id = service.save_check(pupil_id, CheckDraft(KM, TODAY, "Daniëlle", (
        TickDraft(f"{KM}.gezin.02", note),)))
    assert service.check(check_id).ticks[0].note == note


def test_broken_user_catalogue_gives_dutch_error_with_file_and_line(service, tmp_path):
    folder = user_catalogue_dir()  # in the test's own home (conftest)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "eigen.json").write_text('{\n  "id": "eigen",\n  "version": 1,\n  "title": \n}\n',
                                       encoding="utf-8")
    found = service.catalogues()
    assert [c.id for c in found.catalogues] == ["km4-12", "observatie"]  # built-ins still work
    assert len(found.problems) == 1
    assert "Fout in signalenlijst" in found.problems[0]
    assert "eigen.json, regel 5" in found.problems[0]


def test_user_catalogue_reusing_a_builtin_id_is_refused_with_line(service, tmp_path):
    folder = user_catalogue_dir()  # in the test's own home (conftest)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kopie.json").write_text(
        '{\n "version": 1,\n "id": "km4-12", "title": "Kopie", "source": {"file": "x"},'
        ' "age_range": null, "groups": [{"id": "km4-12.a", "title": "A", "items":'
        ' [{"id": "km4-12.a.1", "text": "x"}]}]}', encoding="utf-8")
    found = service.catalogues()
    assert [c.title for c in found.catalogues if c.id == "km4-12"] != ["Kopie"]
    assert "kopie.json, regel 3: de id 'km4-12' wordt al gebruikt" in found.problems[0]


def test_user_catalogue_is_offered(service, tmp_path):
    folder = user_catalogue_dir()  # in the test's own home (conftest)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "eigen.json").write_text(
        '{"id": "eigen", "version": 2, "title": "Eigen lijst", "source": {"file": "school"},'
        ' "age_range": null, "groups": [{"id": "eigen.a", "title": "A", "items":'
        ' [{"id": "eigen.a.1", "text": "komt te laat"}]}]}', encoding="utf-8")
    assert service.catalogues().get("eigen").version == 2


def test_flag_override_requires_a_reason(service, pupil_id):
    draft = FlagDraft(TODAY, "Ineke", "Kust een klasgenoot op de wang.", ALL_MET,
                      confirmed_flag="geel")
    with pytest.raises(ValidationError) as err:
        service.save_flag_assessment(pupil_id, draft)
    assert "schrijf op waarom" in err.value.for_field("override_reason")[0]
    saved = service.save_flag_assessment(pupil_id, FlagDraft(
        TODAY, "Ineke", draft.behaviour, ALL_MET, "geel", "Klasgenoot trok zich terug."))
    [assessment] = service.flag_assessments(pupil_id)
    assert assessment.id == saved
    assert (assessment.suggested_flag, assessment.confirmed_flag) == ("groen", "geel")
    assert assessment.overridden and assessment.override_reason == "Klasgenoot trok zich terug."


def test_flag_suggestion_follows_the_worst_criterion(service, pupil_id):
    scores = dict(ALL_MET, vrijwilligheid="ernstig", gelijkwaardigheid="licht")
    service.save_flag_assessment(pupil_id, FlagDraft(TODAY, "Ineke", "Gedrag.", scores))
    [a] = service.flag_assessments(pupil_id)
    assert a.suggested_flag == a.confirmed_flag == "rood" and a.override_reason == ""
    assert "Vrijwilligheid (ernstig overschreden)" in a.suggestion_reasoning
    assert a.scores["vrijwilligheid"] == "ernstig"


def test_flag_assessment_bad_input(service, pupil_id):
    with pytest.raises(ValidationError) as err:
        service.save_flag_assessment(pupil_id, FlagDraft(
            TODAY + timedelta(days=1), "", "", {"vrijwilligheid": "licht"}))
    fields = {p.field for p in err.value.problems}
    assert fields == {"assessed_on", "assessed_by", "behaviour", "scores"}
    assert service.flag_assessments(pupil_id) == []


def test_demo_vault_has_checks_showing_every_change(demo_vault):
    service = Session(demo_vault, FixedClock(TODAY)).signals
    zoe = Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Zoë")[0].id
    view = service.over_time(zoe, KM)
    assert len(view.checks) == 3
    last = view.history.column(2)
    assert last[Change.NIEUW] and last[Change.BLIJVEND] and last[Change.VERDWENEN]
    assert len(service.flag_assessments(zoe)) == 1


def test_retention_exports_and_deletes_checks_and_flags(demo_vault):
    import json
    from datetime import date

    from zorgdesk.services.retention import export_digest

    data = Session(demo_vault, FixedClock(TODAY)).basedata
    zoe = data.pupils("Zoë")[0]
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    retention = Session(demo_vault, FixedClock(TODAY)).retention
    export = retention.export_json(zoe.id)
    tables = json.loads(export)["tables"]
    assert len(tables["signal_check"]) == 3
    assert any(i["note"] == "vader is op het gesprek gekomen" and i["contra"] == 1
               for i in tables["signal_check_item"])
    assert len(tables["flag_assessment_score"]) == 6
    retention.delete_after_export(zoe.id, export_digest(export))
    service = Session(demo_vault, FixedClock(TODAY)).signals
    assert service.checks(zoe.id) == [] and service.flag_assessments(zoe.id) == []
    assert demo_vault.verify() == []
    emre = data.pupils("Emre")[0]
    assert len(service.checks(emre.id)) == 2  # other pupils' checks untouched
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM signal_check_item")  # triggers are back


def test_check_changed_outside_zorgdesk_is_detected(demo_path):
    from tests.security.helpers import drop_seal_triggers, raw_connection
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.store.vault import Vault

    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []  # the demo checks are sealed
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    for table in ("signal_check_item", "signal_check"):
        drop_seal_triggers(conn, table)
        conn.execute(f"DROP TRIGGER {table}_no_update")
    conn.execute("UPDATE signal_check_item SET note = 'anders' WHERE id = 1")
    conn.execute("UPDATE signal_check SET checked_by = 'iemand' WHERE id = 1")
    conn.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        problems = vault.verify()
    assert "Signaal in signalenlijst 1 is gewijzigd buiten ZorgDesk." in problems, problems
    assert "Signalenlijst 1 is gewijzigd buiten ZorgDesk." in problems


def test_catalogues_are_parsed_once_and_again_when_a_file_changes(service, tmp_path,
                                                                  monkeypatch):
    from zorgdesk.services.signals import service as signals

    parsed = []
    real = signals.load_catalogue
    monkeypatch.setattr(signals, "load_catalogue", lambda path: parsed.append(path) or real(path))
    folder = user_catalogue_dir()  # in the test's own home (conftest)
    folder.mkdir(parents=True, exist_ok=True)
    own = folder / "eigen.json"
    own.write_text('{"id": "eigen", "version": 2, "title": "Eigen lijst", "source": {"file":'
                   ' "school"}, "age_range": null, "groups": [{"id": "eigen.a", "title": "A",'
                   ' "items": [{"id": "eigen.a.1", "text": "komt te laat"}]}]}',
                   encoding="utf-8")
    first = service.catalogues()
    assert service.catalogues() is first and len(parsed) == 1, "not parsed per call"
    own.write_text(own.read_text(encoding="utf-8").replace('"version": 2', '"version": 30'),
                   encoding="utf-8")
    assert service.catalogues().get("eigen").version == 30, "a changed file is read again"
    own.unlink()
    assert service.catalogues().get("eigen") is None


# -- logboek links point at real notes of this pupil ------------------------------------

def _tick_with(*links):
    return CheckDraft(KM, TODAY, "Ineke", (
        TickDraft(f"{KM}.lichamelijk.10", "vraagt om eten", logbook_entry_ids=links),
        TickDraft(f"{KM}.gezin.02", "speelt alleen")))


def test_a_made_up_logboeknummer_is_refused_naming_it(service, pupil_id, notes):
    made_up = max(notes) + 500
    with pytest.raises(ValidationError) as err:
        service.save_check(pupil_id, _tick_with(notes[0], made_up))
    (message,) = err.value.for_field(f"logbook:{KM}.lichamelijk.10")
    assert f"Logboeknummer {made_up} is geen logboeknotitie van deze leerling" in message
    assert str(notes[0]) not in message  # the right one is not blamed
    assert service.checks(pupil_id) == []  # nothing stored
    with pytest.raises(ValidationError) as err:  # two wrong ones: both named
        service.save_check(pupil_id, _tick_with(made_up, made_up + 1))
    assert f"Logboeknummers {made_up} en {made_up + 1} zijn geen" in err.value.problems[0].message


def test_another_pupils_logboeknotitie_cannot_be_linked(service, pupil_id, demo_vault):
    other = Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Zoë")[0].id
    theirs = add_note(demo_vault, other, 3, "Zoë viel van het klimrek.")
    with pytest.raises(ValidationError) as err:
        service.save_check(pupil_id, _tick_with(theirs))
    assert f"Logboeknummer {theirs} is geen" in err.value.problems[0].message
    assert service.checks(pupil_id) == []
    assert service.save_check(other, _tick_with(theirs))  # in Zoë's own list it is fine


def test_a_removed_logboeknotitie_cannot_be_linked_any_more(service, pupil_id, demo_vault,
                                                            notes):
    from zorgdesk.domain.logbook import CorrectionOutcome

    session = Session(demo_vault, FixedClock(TODAY))
    request = session.parents.add_correction_request(
        pupil_id, TODAY - timedelta(days=1), "Ouder", "Graag de notitie verwijderen.",
        [str(notes[0])])
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                   remove=[str(notes[0])], grondslag="Doet niet ter zake.")
    with pytest.raises(ValidationError) as err:
        service.save_check(pupil_id, _tick_with(notes[0]))
    assert f"Logboeknummer {notes[0]} is geen" in err.value.problems[0].message
    check_id = service.save_check(pupil_id, _tick_with(notes[1]))
    assert service.check(check_id).ticks[0].logbook_entry_ids == (notes[1],)


def test_the_pupils_notes_to_link_are_offered_by_date_and_first_words(service, pupil_id,
                                                                     notes):
    titles = service.logbook_titles(pupil_id)
    assert list(titles)[:2] == [notes[1], notes[0]]  # newest first
    day = TODAY - timedelta(days=9)
    assert titles[notes[0]] == (f"Logboek {day:%d-%m-%Y} (I. de Vries): Minh had om 10 uur "
                                "honger en vroeg om eten.")


# -- lists are named by the pupil's own count, never by the vault's id ------------------

def test_each_pupil_counts_its_own_lists_and_titles_never_show_the_vault_id(
        service, pupil_id, demo_vault):
    other = Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Zoë")[0].id
    before = len(service.checks(other))
    first = service.save_check(pupil_id, _draft(30, "gezin.02"))
    theirs = service.save_check(other, _draft(25, "gezin.02"))
    second = service.save_check(pupil_id, _draft(40, "gezin.03"))  # an earlier day, saved later
    correction = service.save_check(pupil_id, _draft(30, "gezin.04", corrects_check_id=first))
    assert [service.check(i).number for i in (first, second, correction)] == [1, 2, 3]
    assert service.check(theirs).number == before + 1
    day = TODAY - timedelta(days=30)
    assert service.title(first) == f"Signalenlijst 1 van {day:%d-%m-%Y} (Ineke)"
    assert service.check(correction).corrects_name == f"signalenlijst 1 van {day:%d-%m-%Y}"
    assert service.check_summary(correction).startswith(f"Signalenlijst 3 van {day:%d-%m-%Y}")
    for check_id in (first, second, correction):
        assert f"nr. {check_id}" not in service.check_summary(check_id)


def test_an_old_list_prints_each_links_own_day_and_no_other_childs(service, pupil_id,
                                                                   demo_vault, notes):
    """A list saved before the links were checked may link another child's note or a
    number that is no note (the vault took any number). It still opens and prints, and a
    date next to a number is that note's own day, of this pupil: another child's note
    gets no date (its day is that child's fact), and the days after it do not shift onto
    the wrong numbers."""
    session = Session(demo_vault, FixedClock(TODAY))
    zoe = session.basedata.pupils("Zoë")[0].id
    foreign = min(session.logbook.titles(zoe))  # Zoë's oldest note: a lower number
    assert foreign < notes[0]
    check_id = service.save_check(pupil_id, CheckDraft(KM, TODAY, "Ineke", (
        TickDraft(f"{KM}.lichamelijk.02", "lengte 1,18 m", logbook_entry_ids=notes),)))
    item = demo_vault.read().execute(
        "SELECT id FROM signal_check_item WHERE check_id = ?", (check_id,)).fetchone()[0]
    with demo_vault.transaction() as cur:  # as an older ZorgDesk stored it
        for number in (foreign, 99999):
            cur.execute("INSERT INTO signal_check_item_logbook (check_item_id,"
                        " logbook_entry_id) VALUES (?, ?)", (item, number))
    tick = service.check(check_id).ticks[0]
    assert tick.logbook_entry_ids == (foreign, *notes, 99999)
    first, second = (f"{TODAY - timedelta(days=d):%d-%m-%Y}" for d in (9, 4))
    expected = (f"nr. {foreign}, {first} (nr. {notes[0]}), {second} (nr. {notes[1]}), "
                "nr. 99999")
    assert f"(logboek {expected})" in service.check_summary(check_id)
    zoe_day = session.logbook.item(foreign).current.content.entry_date
    assert f"{zoe_day:%d-%m-%Y}" not in service.check_summary(check_id)
    printed = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(service.check_pdf(check_id))).pages).split())
    assert f"{first} (nr. {notes[0]})" in printed and f"nr. {foreign}" in printed
    assert f"{zoe_day:%d-%m-%Y} (nr. {foreign})" not in printed
