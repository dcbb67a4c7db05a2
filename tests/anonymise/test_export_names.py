"""Every export about one pupil runs the same name removal over every text field.

Every text field of every record type of Emre (logboek entry with all its text fields,
an aanvulling, a zienswijze, a correction request, a signalenlijst with notes, a
Vlaggensysteem assessment, a zorggesprek with agreements, a meldcode trajectory, a
sharing record) is filled with the names of OTHER people the vault knows - a classmate,
her mother, a staff member - in every written form. The inzage PDF and JSON and the
dossier PDF are then read back (pypdf, json): none of those forms may be left.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, time, timedelta
from pathlib import Path

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.logbook.entry import ParentAgreement, ParentContact
from zorgdesk.domain.meldcode import Answer, Question
from zorgdesk.domain.meldcode.vocabulary import MeldcodeError
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.signals.check import CheckDraft, FlagDraft, TickDraft
from zorgdesk.domain.text import fold
from zorgdesk.services.clock import Clock, FixedClock
from zorgdesk.services.session import Session


def _forms(full: str) -> list[str]:
    words = full.split()
    first, last = words[0], words[-1]
    tussen = " ".join(words[1:-1])
    initials = "".join(w[0] + "." for w in words)
    base = [full, first, last, f"{first}s", f"{first}'s", f"{last}s", initials,
            f"{first} {last}"]
    if tussen:
        base += [f"{tussen.capitalize()} {last}", f"{tussen} {last}"]
    out = []
    for form in base:
        out += [form, form.upper(), form.lower(), fold(form), fold(form).capitalize()]
    return out


@pytest.fixture
def world(demo_vault):
    s = Session(demo_vault)
    emre = next(p for p in s.basedata.pupils() if p.display_name == "Emre Çelik")
    zoe = next(p for p in s.basedata.pupils() if p.first_name == "Zoë")
    mother = s.basedata.guardians(zoe.id)[0]
    member = next(m for m in s.basedata.staff() if m.name != s.vault.user.name)
    people = [zoe.display_name, mother.name, member.name]
    text = " ; ".join(f"{form} zag het" for person in people for form in _forms(person))
    return s, emre, people, text


class _Ticking(Clock):
    """Five minutes later at every reading: meldcode events are strictly ordered."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def now(self) -> datetime:
        self.at += timedelta(minutes=5)
        return self.at


def _fit(text: str, limit: int, offset: int = 0) -> str:
    """Whole "<form> zag het" items from ``offset`` on, at most ``limit`` characters: short
    fields each get other forms, so together they hold all of them."""
    items = text.split(" ; ")
    items = items[offset % len(items):] + items[:offset % len(items)]
    out = ""
    for item in items:
        if len(out) + len(item) + 3 > limit:
            break
        out = f"{out} ; {item}" if out else item
    return out


def _fill_every_record(s, emre, text: str) -> None:
    staff_id = str(next(m for m in s.basedata.staff() if m.name != s.vault.user.name).id)
    logbook = Session(s.vault, FixedClock(TODAY)).logbook
    entry = logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(emre.id),), entry_date=TODAY - timedelta(days=3), entry_time="10:00",
        location=_fit(text, 100, 1), signalled_by=SignalledBy(staff_id=staff_id), situation=text,
        interpretation=text, action=text, agreements=text, steps_if_not_kept=text,
        parent_contacts=(ParentContact(TODAY - timedelta(days=3), "11:00", _fit(text, 100, 2),
                                       summary=text),),
        parent_agreements=(ParentAgreement(text, TODAY + timedelta(days=14)),),
        domain="opvallend_gedrag"))
    Session(s.vault).logbook_progress.add(entry, TODAY - timedelta(days=2), "12:00", text)
    logbook.parents.add_zienswijze(emre.id, TODAY, "Ayşe Çelik (moeder)", text)
    logbook.parents.add_correction_request(emre.id, TODAY, "Mehmet Çelik", text)
    signals = Session(s.vault, FixedClock(TODAY)).signals
    signals.save_check(emre.id, CheckDraft(
        "km4-12", TODAY - timedelta(days=1), _fit(text, 100, 3), (
        TickDraft("km4-12.lichamelijk.07", _fit(text, 300, 5)),
        TickDraft("km4-12.gedrag-ouder.08", _fit(text, 300, 11), True))))
    signals.save_flag_assessment(emre.id, FlagDraft(
        TODAY - timedelta(days=1), _fit(text, 100, 17), _fit(text, 1000, 19),
        {"wederzijdse-toestemming": "licht", "vrijwilligheid": "licht",
         "gelijkwaardigheid": "licht", "ontwikkelingsadequaat": "licht",
         "contextadequaat": "licht", "zelfrespecterend": "voldaan"}))
    Session(s.vault, FixedClock(TODAY)).conversations.plan(emre.id, ConversationDraft(
        kind="regulier", on=TODAY + timedelta(days=3), at="15:00", place=_fit(text, 100, 23),
        subject=_fit(text, 100, 29), staff=((_fit(text, 60, 31), "Leerkracht"),),
        guardians=(("Ayşe Çelik", "moeder"),), phase_notes={"gesprek": text}))
    meldcode = Session(s.vault, _Ticking(datetime.combine(TODAY, time(9, 0)))).meldcode
    open_ones = meldcode.for_pupil(emre.id)
    trajectory = open_ones[0].id if open_ones else meldcode.start(emre.id,
                                                                   start_date=TODAY).id
    # Emre's trajectory of the demo stands at step 4 (the afwegingsvragen).
    for question in Question:  # the first question still open takes the text
        try:
            meldcode.perform(trajectory, "answer_question", question, Answer.NEE,
                             reasoning=text)
            break
        except MeldcodeError:
            continue
    s.sharing.record(emre.id, SharingDraft(_fit(text, 100, 37), _fit(text, 300, 41),
                                           _fit(text, 100, 43), TODAY))


def _leaks(output: str, people: list[str]) -> list[str]:
    folded = fold(output)
    found = []
    for person in people:
        for word in fold(person).split():
            if len(word) > 3 and re.search(rf"(?<!\w){re.escape(word)}", folded):
                found.append(word)
    # Initials are what the export promises ("S.O."), so they are no leak here.
    return found


def test_no_other_person_survives_in_any_field_of_any_export(world):
    s, emre, people, text = world
    _fill_every_record(s, emre, text)
    service = Session(s.vault, FixedClock(TODAY)).inzage
    export = service.collect(emre.id)
    counts = export.counts()
    for kind in ("logbook_entries", "logbook_progress_notes", "zienswijzen",
                 "correction_requests", "signal_checks", "flag_assessments",
                 "conversations", "meldcode_trajectories", "sharing_records"):
        assert counts[kind] >= 1, kind  # every record type is in the export
    document = service.to_json(export).decode("utf-8")
    strings = []

    def walk(value) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    walk(json.loads(document))
    joined = "\n".join(strings)
    assert not _leaks(joined, people), [x for x in strings if _leaks(x, people)][:3]
    assert "zag het" in document  # the facts around the names stay
    trajectories = json.dumps(json.loads(document)["meldcode"], ensure_ascii=False)
    assert "zag het" in trajectories  # the meldcode free text was filled and exported

    pdf_text = "\n".join(page.extract_text() for page in
                         pypdf.PdfReader(io.BytesIO(service.to_pdf(export))).pages)
    assert not _leaks(pdf_text, people)
    assert "zag het" in pdf_text and "Emre" in pdf_text  # own name stays

    dossier = "\n".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(s.logbook.dossier.pdf(emre.id, TODAY))).pages)
    assert not _leaks(dossier, people)
    assert "zag het" in dossier


def test_people_the_vault_does_not_know_go_when_a_title_names_them():
    """"Mevrouw S. Kramer" of Veilig Thuis in a meldcode step: initials in every export,
    found by the summary's word-list detector; without a title a capitalised word stays
    (a record keeps its facts), and a known person's own form still decides."""
    from zorgdesk.domain.anonymise.anonymiser import KnownName
    from zorgdesk.domain.anonymise.export_names import ExportScrubber
    from zorgdesk.services.name_lexicon import default_name_detector

    scrub = ExportScrubber([KnownName("Sven Oudshoorn")], own=[KnownName("Petra Smit")],
                           kept=[KnownName("Anja Visser")], strangers=default_name_detector())
    assert scrub("Mevrouw S. Kramer van Veilig Thuis belde.") \
        == "Mevrouw S.K. van Veilig Thuis belde."
    assert scrub("Overleg met dhr. P. de Vries (wijkagent), tolk Amal en mw. A.J. el Idrissi.") \
        == "Overleg met dhr. P.d.V. (wijkagent), tolk A. en mw. A.J.e.I."
    assert scrub("Gesprek met dhr. P.K. en tante Fatima.") \
        == "Gesprek met dhr. P.K. en tante F."
    kept = "Juf Anja en mevrouw Smit; op het Plein met Veilig Thuis en de GGD."
    assert scrub(kept) == kept
    assert scrub("Sven en meneer Oudshoorn.") == "S.O. en meneer S.O."


def test_the_quick_title_test_never_skips_a_text_with_a_title_before_a_name():
    """``has_title`` lets the export skip the name detector on texts without any title; it
    must say yes for every text in which ``title_before`` finds one."""
    from benchmarks.bench_anonymise import load_jsonl, parse

    from zorgdesk.domain.anonymise.role_fit import has_title, title_before

    data = Path(__file__).parent / "data"
    texts = [parse(r["text"]).text for f in sorted(data.glob("*.jsonl")) for r in load_jsonl(f)]
    with_title = 0
    for text in texts:
        starts = [m.start() for m in re.finditer(r"\w+", text)]
        if any(title_before(text, s) is not None for s in starts):
            with_title += 1
            assert has_title(text), text
    assert with_title > 100  # the corpora are full of titles: the test is not empty
    assert not has_title("Hij was boos op school; de huisarts.")
