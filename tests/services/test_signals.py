"""SignalService on a real vault: append-only checks, over time, catalogues, flags."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
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


def _draft(days_ago, *ids, by="Ineke", **kw):
    return CheckDraft(KM, TODAY - timedelta(days=days_ago), by,
                      tuple(TickDraft(f"{KM}.{i}") for i in ids), **kw)


def test_saved_check_cannot_be_altered_in_place(service, pupil_id, demo_vault):
    check_id = service.save_check(pupil_id, CheckDraft(KM, TODAY, "Ineke", (
        TickDraft(f"{KM}.lichamelijk.02", "lengte 1,18 m", logbook_entry_ids=(4, 9)),)))
    for sql in ("UPDATE signal_check SET checked_by = 'x'", "DELETE FROM signal_check",
                "UPDATE signal_check_item SET note = 'x'", "DELETE FROM signal_check_item",
                "DELETE FROM signal_check_item_logbook"):
        with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
            cur.execute(sql)
    check = service.check(check_id)
    assert check.ticks[0].note == "lengte 1,18 m"
    assert check.ticks[0].logbook_entry_ids == (4, 9)
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
    assert "corrigeert lijst nr." in service.check_summary(view.checks[0].id)


def test_contra_signals_are_marked_in_the_over_time_view(service, pupil_id):
    service.save_check(pupil_id, _draft(20, "gedrag-ouder.08"))
    service.save_check(pupil_id, CheckDraft(KM, TODAY, "I", (
        TickDraft(f"{KM}.gedrag-ouder.08", "kwam wel", contra=True),)))
    view = service.over_time(pupil_id, KM)
    assert view.history.cells[f"{KM}.gedrag-ouder.08"] == (Change.NIEUW, Change.BLIJVEND)
    assert not view.is_contra(f"{KM}.gedrag-ouder.08", 0)
    assert view.is_contra(f"{KM}.gedrag-ouder.08", 1)


def test_check_summary_for_meldcode_and_gesprek(service, pupil_id):
    check_id = service.save_check(pupil_id, CheckDraft(KM, "3-11-2026", "Ineke de Vries", (
        TickDraft(f"{KM}.lichamelijk.10", "vraagt om eten", logbook_entry_ids=(12,)),
        TickDraft(f"{KM}.gedrag-ouder.08", "vader kwam wel", contra=True))))
    text = service.check_summary(check_id)
    assert "van 03-11-2026, ingevuld door Ineke de Vries" in text
    assert "- kind is hongerig: vraagt om eten (logboek 12)" in text
    assert "Contra-signalen (1):\n- zegt regelmatig afspraken af: vader kwam wel" in text


@pytest.mark.parametrize("draft, field, message", [
    (_draft(-1, "gezin.02"), "checked_on", "toekomst"),
    (CheckDraft(KM, "31-02-2026", "I", (TickDraft(f"{KM}.gezin.02"),)), "checked_on",
     "geen geldige datum"),
    (CheckDraft(KM, "", "I", (TickDraft(f"{KM}.gezin.02"),)), "checked_on", "Vul de datum"),
    (CheckDraft(KM, TODAY, "  ", (TickDraft(f"{KM}.gezin.02"),)), "checked_by", "Vul wie"),
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
