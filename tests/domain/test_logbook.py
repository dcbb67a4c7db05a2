from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgdesk.domain.logbook import (
    INTERPRETATION_LABEL,
    MAX_TEXT,
    OBSERVATION_DOMAINS,
    SOURCE_WITHOUT_CONSENT,
    ContactMode,
    CorrectionOutcome,
    CorrectionRequest,
    EntryVersion,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    ProgressNote,
    SharingRecord,
    SignalledBy,
    Source,
    SuspicionOutcome,
    VersionError,
    Zienswijze,
    add_version,
    correction_deadlines,
    entry_history,
    is_initials,
    validate_entry,
)
from zorgdesk.domain.validation import ValidationError

TODAY = date(2025, 3, 14)
STAFF = {"s1", "s2"}


def good_draft(**changes) -> LogbookEntryDraft:
    draft = LogbookEntryDraft(
        pupil_ids=("p1",),
        entry_date=date(2025, 3, 13),
        entry_time="10:15",
        location="Speelplaats",
        signalled_by=SignalledBy(staff_id="s1"),
        situation="L. huilde 3 keer tijdens de ochtendpauze en zat alleen op het bankje.",
        interpretation="Vermoeden: er speelt thuis iets.",
        involved=("J.D.",),
        action="Gesprekje met L. gevoerd.",
        agreements="L. meldt zich bij de juf als ze verdrietig is.",
        steps_if_not_kept="IB inschakelen.",
        parent_contacts=(
            ParentContact(date(2025, 3, 13), "15:30", "moeder", ContactMode.PHONE, "Gebeld."),
        ),
        parent_agreements=(ParentAgreement("Over 2 weken evalueren.", "27-03-2025"),),
        domain="opvallend_gedrag",
    )
    return dataclasses.replace(draft, **changes)


def errors_of(draft: LogbookEntryDraft) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        validate_entry(draft, TODAY, STAFF)
    return info.value.problems


# --------------------------------------------------------------------------- valid


def test_good_draft_validates_and_parses_text_dates():
    entry = validate_entry(good_draft(), TODAY, STAFF)
    assert entry.entry_time == time(10, 15)
    assert entry.parent_agreements[0].evaluation_date == date(2025, 3, 27)
    assert entry.parent_contacts[0].contact_time == time(15, 30)
    assert entry.parent_contacts[0].mode is ContactMode.PHONE
    assert entry.domain_label == "Opvallend gedrag"
    assert entry.interpretation_display.startswith(INTERPRETATION_LABEL)
    assert entry.pupil_ids == ("p1",)


def test_emoji_and_diacritics_accepted_and_nfc_normalised():
    text = "Zoe\u0308 zei: “ik ben bang 😢” — daarna café-bezoek geweigerd."
    entry = validate_entry(good_draft(situation=text, location="Gymzaal ‘De Eik’"), TODAY, STAFF)
    assert "Zoë" in entry.situation
    assert "😢" in entry.situation


def test_today_is_allowed_and_date_objects_or_iso_text():
    assert validate_entry(good_draft(entry_date=TODAY), TODAY, STAFF).entry_date == TODAY
    assert validate_entry(good_draft(entry_date="2025-03-01"), TODAY, STAFF).entry_date == date(
        2025, 3, 1
    )


def test_six_observation_domains():
    assert len(OBSERVATION_DOMAINS) == 6
    assert "lichamelijk" in OBSERVATION_DOMAINS
    for domain in OBSERVATION_DOMAINS:
        assert validate_entry(good_draft(domain=domain), TODAY, STAFF).domain == domain
    assert validate_entry(good_draft(domain=None), TODAY, STAFF).domain is None


def test_several_pupils_for_incident_between_pupils_deduplicated():
    entry = validate_entry(good_draft(pupil_ids=("p1", "p2", "p1", " ")), TODAY, STAFF)
    assert entry.pupil_ids == ("p1", "p2")


def test_free_text_signaller_and_counter_signal():
    entry = validate_entry(
        good_draft(signalled_by=SignalledBy(name="Overblijfmoeder"), counter_signal=True),
        TODAY,
        STAFF,
    )
    assert entry.signalled_by == SignalledBy(name="Overblijfmoeder")
    assert entry.counter_signal is True


# --------------------------------------------------------------------------- invalid


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"situation": "   "}, "situation", "Beschrijf de situatie"),
        ({"pupil_ids": ()}, "pupil_ids", "minstens één leerling"),
        ({"entry_date": None}, "entry_date", "Vul de datum in"),
        ({"entry_date": date(2025, 3, 15)}, "entry_date", "in de toekomst"),
        ({"entry_date": "31-02-2025"}, "entry_date", "bestaat niet"),
        ({"entry_date": "29-02-2025"}, "entry_date", "bestaat niet"),
        ({"entry_date": "gisteren"}, "entry_date", "bestaat niet"),
        ({"entry_date": date(1990, 1, 1)}, "entry_date", "meer dan 20 jaar"),
        ({"entry_time": "25:00"}, "entry_time", "geen geldige tijd"),
        ({"situation": "x" * (MAX_TEXT + 1)}, "situation", "te lang"),
        ({"location": "x" * 201}, "location", "te lang"),
        ({"situation": "a\x00b"}, "situation", "stuurtekens"),
        ({"signalled_by": None}, "signalled_by", "wie het gesignaleerd"),
        ({"signalled_by": SignalledBy(staff_id="onbekend")}, "signalled_by", "onbekend"),
        ({"domain": "sport"}, "domain", "zes observatiegebieden"),
        (
            {"parent_agreements": (ParentAgreement("Evalueren.", date(2025, 3, 12)),)},
            "parent_agreements[0].evaluation_date",
            "vóór de datum van de notitie",
        ),
        (
            {"parent_agreements": (ParentAgreement("Evalueren.", None),)},
            "parent_agreements[0].evaluation_date",
            "evaluatiemoment",
        ),
        (
            {"parent_agreements": (ParentAgreement(" ", date(2025, 4, 1)),)},
            "parent_agreements[0].text",
            "Beschrijf de afspraak",
        ),
        (
            {"parent_contacts": (ParentContact(date(2025, 4, 1), None, "vader"),)},
            "parent_contacts[0].contact_date",
            "in de toekomst",
        ),
        (
            {"parent_contacts": (ParentContact(date(2025, 3, 1), None, ""),)},
            "parent_contacts[0].with_whom",
            "met wie",
        ),
        (
            {"parent_contacts": (ParentContact(date(2025, 3, 1), None, "vader", "brief"),)},
            "parent_contacts[0].mode",
            "telefonisch",
        ),
        (
            {"from_third_party": True, "source": None},
            "source",
            "vermeld de bron",
        ),
        (
            {"from_third_party": True, "source": Source("", consent=True)},
            "source",
            "Vermeld de bron",
        ),
    ],
)
def test_each_bad_input_has_a_dutch_message(changes, field, fragment):
    errors = errors_of(good_draft(**changes))
    messages = [msg for name, msg in errors if name == field]
    assert messages, errors
    assert any(fragment in msg for msg in messages), messages


def test_all_problems_reported_at_once():
    draft = good_draft(
        situation="",
        pupil_ids=(),
        entry_date=date(2030, 1, 1),
        involved=("Jan de Vries",),
    )
    with pytest.raises(ValidationError) as info:
        validate_entry(draft, TODAY, STAFF)
    fields = {name for name, _ in info.value.problems}
    assert {"situation", "pupil_ids", "entry_date", "involved[0]"} <= fields
    assert "Jan de Vries" not in str(info.value)  # str() may reach a log: no typed text
    assert "involved[0]" in str(info.value)
    involved = info.value.for_field("involved")
    assert len(involved) == 1 and "initialen" in involved[0]
    # the future entry date also makes the evaluation date (27-03-2025) lie before it
    assert info.value.for_field("parent_agreements")


def test_evaluation_date_on_entry_date_is_fine():
    draft = good_draft(parent_agreements=(ParentAgreement("Evalueren.", date(2025, 3, 13)),))
    validate_entry(draft, TODAY, STAFF)


# --------------------------------------------------------------------------- source


def test_source_without_consent_is_not_stored():
    secret = "buurvrouw mevrouw Pietersen, Dorpsstraat 3"
    entry = validate_entry(
        good_draft(from_third_party=True, source=Source(secret, consent=False)), TODAY, STAFF
    )
    assert entry.source == Source(SOURCE_WITHOUT_CONSENT, consent=False)
    assert secret not in repr(entry)
    assert "Pietersen" not in repr(entry)


def test_source_with_consent_is_kept():
    entry = validate_entry(
        good_draft(from_third_party=True, source=Source("  moeder van J.D. ", consent=True)),
        TODAY,
        STAFF,
    )
    assert entry.source == Source("moeder van J.D.", consent=True)
    assert entry.source.display == "moeder van J.D."
    assert Source("x", consent=False).display == SOURCE_WITHOUT_CONSENT


# --------------------------------------------------------------------------- initials


@pytest.mark.parametrize(
    "text", ["J.D.", "JD", "J. v. D.", "J.v.d.B.", "A.", "É.Ö.", "M.K", "Z.d.V.", "J. van D."]
)
def test_initials_accepted(text):
    assert is_initials(text)
    validate_entry(good_draft(involved=(text,)), TODAY, STAFF)


@pytest.mark.parametrize(
    "text", ["Jan", "Jan de Vries", "jd", "Zoë", "de V.", "Ed", "Mohammed A.", "J.D. 😀"]
)
def test_full_names_rejected(text):
    assert not is_initials(text)
    errors = errors_of(good_draft(involved=(text,)))
    assert errors == [("involved[0]", errors[0][1])]
    assert "initialen" in errors[0][1]


# --------------------------------------------------------------------------- versions


def version(no: int, reason: str | None = "Typefout hersteld", minute: int | None = None):
    entry = validate_entry(good_draft(situation=f"Versie {no}: L. huilde 3 keer."), TODAY, STAFF)
    return EntryVersion(
        entry_id="e1",
        version_no=no,
        content=entry,
        author="s1",
        created_at=datetime(2025, 3, 14, 10, minute if minute is not None else no),
        reason=reason if no > 1 else None,
    )


def test_history_order_current_is_newest():
    hist = entry_history([version(3), version(1), version(2)])
    assert hist.current.version_no == 3
    assert [v.version_no for v in hist.history] == [1, 2]
    assert [v.version_no for v in hist.all_versions] == [1, 2, 3]
    assert hist.is_amended
    assert "Versie 1" in hist.history[0].content.situation


def test_single_version_without_reason_is_fine():
    hist = entry_history([version(1)])
    assert hist.current.version_no == 1
    assert hist.history == ()
    assert not hist.is_amended


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_new_version_without_reason_refused(reason):
    with pytest.raises(VersionError, match="reden"):
        add_version([version(1)], dataclasses.replace(version(2), reason=reason))
    with pytest.raises(VersionError, match="reden"):
        entry_history([version(1), dataclasses.replace(version(2), reason=reason)])


@pytest.mark.parametrize("no", [1, 3, 0, -1])
def test_non_consecutive_version_refused(no):
    with pytest.raises(VersionError, match="nummer 2"):
        add_version([version(1)], dataclasses.replace(version(2), version_no=no))


def test_gaps_duplicates_and_mixed_entries_refused():
    with pytest.raises(VersionError, match="sluit niet aan"):
        entry_history([version(1), version(3)])
    with pytest.raises(VersionError, match="sluit niet aan"):
        entry_history([version(1), version(2), version(2)])
    with pytest.raises(VersionError, match="sluit niet aan"):
        entry_history([version(2)])
    with pytest.raises(VersionError, match="dezelfde notitie"):
        entry_history([version(1), dataclasses.replace(version(2), entry_id="e2")])
    with pytest.raises(VersionError, match="geen enkele versie"):
        entry_history([])
    with pytest.raises(VersionError, match="eerder gedateerd"):
        entry_history([version(1, minute=30), version(2, minute=5)])
    with pytest.raises(VersionError, match="wie"):
        entry_history([dataclasses.replace(version(1), author=" ")])


def test_add_version_appends():
    hist = add_version([version(1), version(2)], version(3))
    assert hist.current.version_no == 3
    assert add_version([], version(1)).current.version_no == 1


# --------------------------------------------------------------------------- corrections


def request(received: date, rid: str = "r1", **kw) -> CorrectionRequest:
    return CorrectionRequest(
        request_id=rid,
        pupil_id="p1",
        received=received,
        requested_by="moeder",
        request="De datum van het incident klopt niet.",
        **kw,
    )


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2025, 3, 14), date(2025, 4, 11)),
        (date(2025, 1, 31), date(2025, 2, 28)),
        (date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (date(2023, 2, 1), date(2023, 3, 1)),
        (date(2024, 2, 29), date(2024, 3, 28)),
        (date(2025, 12, 15), date(2026, 1, 12)),  # year end
    ],
)
def test_due_date_is_four_weeks_after_receipt(received, due):
    assert request(received).due == due


def test_deadlines_nearing_and_past_due():
    today = date(2024, 3, 1)
    requests = [
        request(date(2024, 2, 1), "due-feb29"),  # due 29-02-2024: 1 day late
        request(date(2024, 2, 9), "due-mar8"),  # due 08-03: exactly 7 days left
        request(date(2024, 2, 10), "due-mar9"),  # 8 days left: not listed
        request(date(2024, 2, 2), "due-today"),  # due 01-03: today
        request(
            date(2024, 1, 2),
            "answered",
            outcome=CorrectionOutcome.GRANTED,
            answered_on=date(2024, 1, 20),
        ),
    ]
    listed = correction_deadlines(requests, today)
    assert [d.request.request_id for d in listed] == ["due-feb29", "due-today", "due-mar8"]
    assert [d.days_left for d in listed] == [-1, 0, 7]
    assert listed[0].overdue and not listed[1].overdue
    assert listed[0].message == "Termijn verstreken (1 dag te laat)"
    assert listed[1].message == "Vandaag beantwoorden"
    assert listed[2].message == "Nog 7 dagen"


def test_correction_request_rules():
    with pytest.raises(ValueError, match="gemotiveerd"):
        request(date(2025, 1, 1), outcome=CorrectionOutcome.REFUSED, answered_on=date(2025, 1, 10))
    with pytest.raises(ValueError, match="vóór de ontvangst"):
        request(date(2025, 1, 10), outcome=CorrectionOutcome.GRANTED, answered_on=date(2025, 1, 1))
    with pytest.raises(ValueError, match="uitkomst"):
        request(date(2025, 1, 10), answered_on=date(2025, 1, 11))
    refused = request(
        date(2025, 1, 1),
        outcome=CorrectionOutcome.REFUSED,
        answered_on=date(2025, 1, 10),
        motivation="De gegevens zijn feitelijk juist.",
    )
    assert not refused.is_open


def test_zienswijze_and_sharing_record():
    z = Zienswijze("z1", "p1", date(2025, 3, 1), "vader", "Wij herkennen dit niet.", "s1", ("e1",))
    assert z.entry_ids == ("e1",)
    with pytest.raises(ValueError, match="zienswijze"):
        Zienswijze("z2", "p1", date(2025, 3, 1), "vader", " ", "s1")
    rec = SharingRecord("p1", "Veilig Thuis", "Anonieme casus", "Wet meldcode", TODAY, "s1")
    assert rec.basis == "Wet meldcode"
    with pytest.raises(ValueError, match="grondslag"):
        SharingRecord("p1", "Veilig Thuis", "Anonieme casus", "", TODAY, "s1")


def test_time_later_today_refused_when_now_given():
    now = datetime(2025, 3, 14, 9, 0)
    draft = good_draft(entry_date=TODAY, entry_time="10:15")
    with pytest.raises(ValidationError) as info:
        validate_entry(draft, TODAY, STAFF, now=now)
    assert info.value.problems == [("entry_time", "Het tijdstip ligt in de toekomst.")]
    assert validate_entry(draft, TODAY, STAFF).entry_time == time(10, 15)
    earlier = good_draft(entry_date=TODAY, entry_time="08:59")
    assert validate_entry(earlier, TODAY, STAFF, now=now).entry_time == time(8, 59)


def test_progress_note_confirms_or_refutes():
    created = datetime(2025, 3, 20, 12, 0)
    note = ProgressNote(
        "e1",
        date(2025, 3, 20),
        None,
        "Moeder bevestigt de val.",
        "s1",
        created,
        SuspicionOutcome.CONFIRMED,
    )
    assert note.outcome == "bevestigd"
    with pytest.raises(ValueError, match="verloop"):
        ProgressNote("e1", date(2025, 3, 20), None, " ", "s1", created)
    with pytest.raises(ValueError, match="toekomst"):
        ProgressNote("e1", date(2025, 3, 21), None, "Later.", "s1", created)


# --------------------------------------------------------------------------- properties

texts = st.text(max_size=40)
maybe_dates = st.one_of(st.none(), st.dates(), texts)


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        LogbookEntryDraft,
        pupil_ids=st.lists(texts, max_size=3).map(tuple),
        entry_date=maybe_dates,
        entry_time=st.one_of(st.none(), st.times(), texts),
        location=texts,
        signalled_by=st.one_of(
            st.none(),
            st.builds(SignalledBy, st.one_of(st.none(), texts), st.one_of(st.none(), texts)),
        ),
        situation=texts,
        interpretation=texts,
        from_third_party=st.booleans(),
        source=st.one_of(st.none(), st.builds(Source, texts, st.booleans())),
        involved=st.lists(texts, max_size=3).map(tuple),
        parent_contacts=st.lists(
            st.builds(ParentContact, maybe_dates, st.one_of(st.none(), texts), texts, texts, texts),
            max_size=2,
        ).map(tuple),
        parent_agreements=st.lists(st.builds(ParentAgreement, texts, maybe_dates), max_size=2).map(
            tuple
        ),
        domain=st.one_of(st.none(), st.sampled_from(sorted(OBSERVATION_DOMAINS)), texts),
        counter_signal=st.booleans(),
    )
)
def test_validate_entry_accepts_or_raises_only_validation_error(draft):
    try:
        entry = validate_entry(draft, TODAY, STAFF)
    except ValidationError as exc:
        assert exc.problems
        assert all(isinstance(f, str) and isinstance(m, str) and m for f, m in exc.problems)
    else:
        assert entry.situation and entry.pupil_ids and entry.entry_date <= TODAY
        if entry.source is not None and not entry.source.consent:
            assert entry.source.description == SOURCE_WITHOUT_CONSENT
        assert all(is_initials(i) for i in entry.involved)
