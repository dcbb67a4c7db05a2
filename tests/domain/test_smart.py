"""SMART checker and zorggesprek domain rules (seed 003, l.5524-5640)."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.domain.conversations.conversation import (
    Addendum,
    Attendees,
    ConversationKind,
    Guardian,
    SignatureRecord,
    SignatureStatus,
    StaffMember,
    Zorggesprek,
    parse_dutch_date,
    parse_dutch_time,
    reports_not_returned,
    validate_conversation,
)
from zorgdesk.domain.conversations.smart import (
    DEFAULT_VAGUE_WORDS,
    SmartAgreement,
    SmartFinding,
    check_agreement,
    load_vague_words,
)
from zorgdesk.domain.printing import PrintedPupil
from zorgdesk.paths import resources_dir

TODAY = date(2025, 3, 14)

GOOD = SmartAgreement(
    what="Zoë is elke schooldag om 8.25 uur in de klas.",
    measure="De leerkracht noteert de aankomsttijd; doel: 0 keer te laat per week.",
    who="moeder",
    by_when=date(2025, 4, 25),
    acceptable=True,
    realistic=True,
)


def fields(findings: list[SmartFinding]) -> list[str]:
    return [f.field for f in findings]


def test_good_agreement_has_no_findings() -> None:
    assert check_agreement(GOOD, TODAY) == []


def test_deadline_today_is_fine() -> None:
    assert check_agreement(GOOD.__class__(**{**GOOD.__dict__, "by_when": TODAY}), TODAY) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"what": "  "}, "what"),
        ({"measure": ""}, "measure"),
        ({"who": ""}, "who"),
        ({"by_when": None}, "by_when"),
        ({"by_when": date(2025, 3, 13)}, "by_when"),
        ({"acceptable": False}, "acceptable"),
        ({"realistic": False}, "realistic"),
    ],
)
def test_each_defect_gives_exactly_one_finding(change: dict, field: str) -> None:
    agreement = SmartAgreement(**{**GOOD.__dict__, **change})
    findings = check_agreement(agreement, TODAY)
    assert fields(findings) == [field]
    finding = findings[0]
    assert finding.message and finding.suggestion
    assert finding.message != finding.suggestion


def test_past_date_message_names_the_date() -> None:
    agreement = SmartAgreement(**{**GOOD.__dict__, "by_when": date(2025, 1, 2)})
    (finding,) = check_agreement(agreement, TODAY)
    assert "02-01-2025" in finding.message
    assert "verleden" in finding.message


@pytest.mark.parametrize(
    "phrase",
    ["proberen", "beter", "meer", "minder", "zo snel mogelijk", "af en toe", "regelmatig",
     "soms", "vaak"],
)  # fmt: skip
def test_vague_words_are_flagged(phrase: str) -> None:
    agreement = SmartAgreement(
        **{**GOOD.__dict__, "what": f"Ouders gaan {phrase.upper()} letten op bedtijd."}
    )
    findings = check_agreement(agreement, TODAY)
    assert fields(findings) == ["what"]
    assert phrase in findings[0].message
    assert phrase in findings[0].suggestion


def test_vague_word_in_measure_is_flagged_on_measure() -> None:
    agreement = SmartAgreement(**{**GOOD.__dict__, "measure": "Zoë komt minder  vaak te laat"})
    assert fields(check_agreement(agreement, TODAY)) == ["measure", "measure"]


def test_vague_words_match_whole_words_only() -> None:
    # "meerdere", "vaker" and "Soms" inside "Somsen" are no vague words by themselves
    agreement = SmartAgreement(
        **{**GOOD.__dict__, "what": "Meerdere keren overleg met mevrouw Somsen, vakantierooster."}
    )
    assert check_agreement(agreement, TODAY) == []


def test_custom_word_list() -> None:
    agreement = SmartAgreement(**{**GOOD.__dict__, "what": "We kijken hoe het gaat."})
    assert check_agreement(agreement, TODAY) == []
    assert fields(check_agreement(agreement, TODAY, ["kijken hoe het gaat"])) == ["what"]


def test_word_list_file_matches_default() -> None:
    words = load_vague_words(resources_dir() / "wordlists" / "smart_vague.txt")
    assert set(words) == set(DEFAULT_VAGUE_WORDS)


def test_many_defects_all_reported_never_raises() -> None:
    findings = check_agreement(SmartAgreement(what=""), TODAY)
    assert set(fields(findings)) == {
        "what", "measure", "who", "by_when", "acceptable", "realistic",
    }  # fmt: skip


@given(
    what=st.text(),
    measure=st.text(),
    who=st.text(),
    by_when=st.none() | st.dates(),
)
def test_checker_never_raises(what: str, measure: str, who: str, by_when: date | None) -> None:
    findings = check_agreement(SmartAgreement(what, measure, who, by_when), TODAY)
    assert all(isinstance(f, SmartFinding) for f in findings)


# --- zorggesprek domain (conversation.py) -----------------------------------------


def conversation(**change: object) -> Zorggesprek:
    base: dict[str, object] = {
        "kind": ConversationKind.REGULIER,
        "pupil": PrintedPupil("Zoë Çelik", date(2016, 4, 3), "5b"),
        "on": date(2025, 3, 10),
        "at": time(15, 30),
        "place": "Spreekkamer IB",
        "subject": "Aanwezigheid",
        "attendees": Attendees(
            staff=(StaffMember("Daniëlle van der Berg", "intern begeleider"),),
            guardians=(Guardian("Ayşe Çelik", "moeder"),),
        ),
    }
    base.update(change)
    return Zorggesprek(**base)  # type: ignore[arg-type]


def messages(g: Zorggesprek) -> list[str]:
    return [i.message for i in validate_conversation(g, TODAY)]


def test_valid_conversation() -> None:
    assert validate_conversation(conversation(), TODAY) == []


def test_empty_subject_gives_dutch_message() -> None:
    issues = validate_conversation(conversation(subject="  "), TODAY)
    assert [(i.field, i.message) for i in issues] == [
        ("subject", "Vul het onderwerp van het gesprek in.")
    ]


def test_zwaar_requires_notulist_and_regulier_has_no_spokesperson() -> None:
    zwaar = conversation(kind=ConversationKind.ZWAAR)
    assert any("notulist" in m for m in messages(zwaar))
    regulier = conversation(attendees=Attendees(
        staff=(StaffMember("IB"),), guardians=(Guardian("Ayşe Çelik"),), spokesperson="oom",
    ))  # fmt: skip
    assert any("woordvoerder" in m.lower() for m in messages(regulier))


def test_impossible_dates() -> None:
    assert any("vervolgcontact" in m for m in messages(conversation(follow_up_on=date(2025, 3, 1))))
    future_child = conversation(pupil=PrintedPupil("Zoë Çelik", date(2026, 1, 1), "5b"))
    assert any("geboortedatum" in m for m in messages(future_child))
    with pytest.raises(ValueError, match="De datum 30-02-2025 bestaat niet."):
        parse_dutch_date("30-02-2025")
    with pytest.raises(ValueError, match="dd-mm-jjjj"):
        parse_dutch_date("morgen")
    assert parse_dutch_date("1-4-2025") == date(2025, 4, 1)
    assert parse_dutch_time("9.05") == time(9, 5)
    with pytest.raises(ValueError, match="bestaat niet"):
        parse_dutch_time("25:00")


def test_signature_rules() -> None:
    signed = SignatureRecord("Ayşe Çelik", SignatureStatus.AKKOORD, handed_out_on=date(2025, 3, 11))
    msgs = messages(conversation(signatures=(signed,)))
    assert any("datum van ondertekening" in m for m in msgs)
    assert any("plaats van ondertekening" in m for m in msgs)
    ok = SignatureRecord(
        "Ayşe Çelik", SignatureStatus.GEZIEN, date(2025, 3, 11), date(2025, 3, 12), "Utrecht",
        parents_view="Wij zien het anders.",
    )  # fmt: skip
    assert messages(conversation(signatures=(ok,))) == []
    future = SignatureRecord(
        "Ayşe Çelik", SignatureStatus.AKKOORD, date(2025, 3, 11), date(2025, 4, 1), "Utrecht"
    )
    assert any("toekomst" in m for m in messages(conversation(signatures=(future,))))
    addendum = Addendum(date(2025, 3, 1), "IB", "tekst")
    assert any("vóór het gesprek" in m for m in messages(conversation(addenda=(addendum,))))


def test_reports_not_returned() -> None:
    out_long = SignatureRecord("Ayşe Çelik", SignatureStatus.UITGEREIKT, date(2025, 2, 20))
    out_recent = SignatureRecord("Mehmet Çelik", SignatureStatus.UITGEREIKT, date(2025, 3, 12))
    returned = SignatureRecord(
        "Ayşe Çelik", SignatureStatus.AKKOORD, date(2025, 2, 1), date(2025, 2, 2), "Utrecht"
    )
    marked = SignatureRecord("Ouder X", SignatureStatus.NIET_GERETOURNEERD, date(2025, 3, 1))
    g1 = conversation(signatures=(out_long, out_recent))
    g2 = conversation(on=date(2025, 1, 30), signatures=(returned, marked))
    result = reports_not_returned([g1, g2], TODAY, days=7)
    assert [(r.signature.signer, r.days_out) for r in result] == [
        ("Ayşe Çelik", 22),
        ("Ouder X", 13),
    ]
    assert len(reports_not_returned([g1, g2], TODAY, days=0)) == 3
    with pytest.raises(ValueError):
        reports_not_returned([g1], TODAY, days=-1)


def test_preparation_checklist_per_kind_from_form() -> None:
    import json

    from zorgdesk.domain.conversations.conversation import new_preparation, tick
    from zorgdesk.paths import forms_dir

    form = json.loads((forms_dir() / "zorggesprek.json").read_text(encoding="utf-8"))
    regulier = new_preparation(ConversationKind.REGULIER, form)
    zwaar = new_preparation(ConversationKind.ZWAAR, form)
    assert len(regulier) == 3 and len(zwaar) == 9
    assert not any(i.done for i in zwaar)
    assert any("Veilig Thuis" in i.text for i in zwaar)
    assert any("onafhankelijke derde" in i.text for i in zwaar)
    ticked = tick(zwaar, "notulist")
    assert [i.key for i in ticked if i.done] == ["notulist"]
    with pytest.raises(KeyError):
        tick(zwaar, "bestaat-niet")
    # every item and phase carries a reference to the seed lines it comes from
    for kind_items in form["preparation"].values():
        assert all(item["bron"].startswith("r. ") for item in kind_items)
    assert [p["title"] for p in form["phases"]] == [
        "Voorbereiding", "Introductie", "Het gesprek", "Afspraken maken en afsluiten",
        "Registratie",
    ]  # fmt: skip
    assert form["lsd_tip"]["items"] == ["Luisteren", "Samenvatten", "Doorvragen"]


@pytest.mark.parametrize(
    ("what", "word"),
    [("We zullen de communicatie verbeteren", "verbeteren"),
     ("Vader gaat werken aan de bedtijd", "werken aan"),
     ("Moeder zal proberen op tijd te komen", "proberen"),
     ("We gaan beter communiceren", "beter communiceren")],
)  # fmt: skip
def test_intentions_are_vague(what: str, word: str) -> None:
    findings = check_agreement(SmartAgreement(**{**GOOD.__dict__, "what": what}), TODAY)
    assert fields(findings) == ["what"]  # one finding, also where a shorter word fits inside
    assert f"‘{word}’" in findings[0].message


@pytest.mark.parametrize("measure", ["Goed gevoel", "Ouders zijn tevreden", "Rustiger in de klas"])
def test_feelings_are_no_measure(measure: str) -> None:
    findings = check_agreement(SmartAgreement(**{**GOOD.__dict__, "measure": measure}), TODAY)
    assert fields(findings) == ["measure"]
    assert f"‘{measure}’ is niet te meten" in findings[0].message
    assert "Meetbaar" in findings[0].message


@pytest.mark.parametrize("measure", ["Goed gevoel: 4 keer per week op tijd, genoteerd",
                                     "Tevredenheid gemeten met de lijst van de GGD",
                                     "Leerkracht noteert elke dag of het goed ging"])
def test_a_feeling_with_something_to_count_is_measurable(measure: str) -> None:
    agreement = SmartAgreement(**{**GOOD.__dict__, "measure": measure})
    assert "measure" not in fields(check_agreement(agreement, TODAY))
