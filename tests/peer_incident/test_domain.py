"""The route 'grensoverschrijdend gedrag tussen leerlingen': every seed rule is a test.

Each test first checks that the cited seed lines (seed 003) say what the rule rests on,
so a wrong line reference fails too.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.refusals import refused
from tests.seed import seed_lines
from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.peer_incident import (
    Consultation,
    EventKind,
    IncidentEvent,
    PeerIncident,
    PeerIncidentError,
    Role,
    Scale,
    missing_for_actieplan,
    missing_for_close,
    names_in_text,
    open_deadlines,
    replay,
    terminology_problems,
)
from zorgdesk.domain.peer_incident.schedule import add_months

IB = "J. de Vries (IB)"
DAY = date(2026, 3, 2)
A, B, C = 11, 12, 13  # pupil ids


def cites(first: int, last: int, phrase: str) -> None:
    raw = " ".join(seed_lines()[first - 1:last]).replace("•", " ").replace("\ufffd", " ")
    text = " ".join(raw.split())
    assert phrase in text, f"seed 003 l.{first}-{last} does not say {phrase!r}"


def at(days: int = 0) -> datetime:
    return datetime(2026, 3, 2, 10, 0) + timedelta(days=days)


def started() -> PeerIncident:
    return PeerIncident.start(occurred_on=DAY, reported_on=DAY, location="speelplein",
                              description="A. trok bij B. de broek naar beneden.",
                              reported_by="leerkracht groep 4", leader=IB, author=IB, at=at())


def with_pupils(i: PeerIncident | None = None) -> PeerIncident:
    i = i or started()
    i = i.add_pupil(A, Role.INITIATIEF, "trok de broek naar beneden", author=IB, at=at())
    return i.add_pupil(B, Role.OVERKOMT, "broek werd naar beneden getrokken", author=IB,
                       at=at())


def ready_for_plan(scale: Scale = Scale.KLEIN) -> PeerIncident:
    i = with_pupils()
    i = i.record_consultation(Consultation.INTERN, on=DAY, with_whom="directeur",
                              advice="ouders vandaag uitnodigen", author=IB, at=at())
    for pupil in (A, B):
        i = i.record_parents_conversation(pupil, on=DAY + timedelta(days=1),
                                          summary="zorg gedeeld", agreements="actieplan samen",
                                          author=IB, at=at(1))
    i = i.record_flag(A, flag="rood", behaviour="broek naar beneden trekken", author=IB,
                      at=at(1))
    return i.estimate(scale, reasoning="twee leerlingen, geen onrust", author=IB, at=at(1))


def with_plan(scale: Scale = Scale.KLEIN) -> PeerIncident:
    i = ready_for_plan(scale)
    if scale is Scale.GROOT:
        i = i.record_consultation(Consultation.CALAMITEITENTEAM, on=DAY + timedelta(days=1),
                                  with_whom="bestuur, K&O, GGD", advice="plan samen",
                                  author=IB, at=at(1))
    return i.record_actieplan(on=DAY + timedelta(days=2), maatregelen="toezicht op het plein",
                              afspraken="evaluatie over twee weken",
                              aanspreekpunt="directeur", author=IB, at=at(2))


def with_rules(i: PeerIncident | None = None, start: date = DAY + timedelta(days=2)
               ) -> PeerIncident:
    i = i or with_plan()
    return i.set_rules(start=start, rules={"speelkwartier": "speelt binnen het gezichtsveld"},
                       author=IB, at=at(2))


def evaluate(i: PeerIncident, on: date, **extra) -> PeerIncident:
    return i.evaluate_rules(on=on, with_whom=["leerkrachten", "ouders"], outcome="gaat goed",
                            adjustments="niets", other_parents_informed=True, author=IB,
                            at=datetime.combine(on, datetime.min.time()), **extra)


def closable() -> PeerIncident:
    i = with_rules()
    i = evaluate(i, DAY + timedelta(days=16))
    i = i.end_rules(on=DAY + timedelta(days=16), reason="geen incidenten meer", author=IB,
                    at=at(16))
    i = i.record_communicated(on=DAY + timedelta(days=2), parents=True, colleagues=True,
                              how="brief en teamoverleg", author=IB, at=at(16))
    for pupil in (A, B):
        i = i.record_letter(pupil, on=DAY + timedelta(days=3), told="In de klas is verteld "
                            "dat iedereen veilig moet kunnen spelen.", author=IB, at=at(16))
    return i.record_follow_up(on=DAY + timedelta(days=16), afspraken_check="ja",
                              signals="geen signalen van meer leerlingen",
                              policy="toezicht op het plein blijft", author=IB, at=at(16))


# -- roles and pupils ------------------------------------------------------------------

def test_roles_are_the_seeds_terms_not_dader_slachtoffer():
    cites(4870, 4872, "leerling dat initiatief neemt en leerling dat iets overkomt")
    assert Role.INITIATIEF.label == "leerling die initiatief neemt"
    assert Role.OVERKOMT.label == "leerling die iets overkomt"
    with refused(PeerIncidentError, match="rol", field="role"):
        started().add_pupil(A, "dader", "deed iets", author=IB, at=at())


def test_a_pupil_has_one_role_per_incident():
    cites(5643, 5645, "meerdere leerlingen bedoeld")
    i = with_pupils()
    with refused(PeerIncidentError, match="al als betrokkene", field="pupil"):
        i.add_pupil(A, Role.OVERKOMT, "ook", author=IB, at=at())
    i = i.add_pupil(C, Role.INITIATIEF, "keek toe en lachte", author=IB, at=at())
    assert len(i.state.with_role(Role.INITIATIEF)) == 2


def test_behaviour_between_pupils_needs_two_pupils_and_an_initiator():
    cites(4780, 4780, "grensoverschrijdend gedrag tussen leerlingen")
    i = started().add_pupil(B, Role.OVERKOMT, "werd geduwd", author=IB, at=at())
    missing = missing_for_actieplan(i.state)
    assert any("twee betrokken leerlingen" in m for m in missing)
    assert any("initiatief" in m for m in missing)


def test_the_incident_comes_first_and_only_once():
    cites(4825, 4825, "Houd een logboek bij.")
    with refused(PeerIncidentError, match="eerst het incident", field=""):
        replay([IncidentEvent(EventKind.LEERLING, {"role": "initiatief", "what": "x"}, IB,
                              at(), A)])
    i = started()
    with refused(PeerIncidentError, match="één keer", field=""):
        i.add(i.events[0])


def test_incident_needs_facts_place_and_who_saw_it():
    with refused(PeerIncidentError, match="wat er gebeurd is", field="description"):
        PeerIncident.start(occurred_on=DAY, reported_on=DAY, location="plein", description=" ",
                           reported_by="juf", leader=IB, author=IB, at=at())
    with refused(PeerIncidentError, match="vóór het gebeurde", field="reported_on"):
        PeerIncident.start(occurred_on=DAY, reported_on=DAY - timedelta(days=1),
                           location="plein", description="x", reported_by="juf", leader=IB,
                           author=IB, at=at())
    with refused(PeerIncidentError, match="toekomst", field="occurred_on"):
        PeerIncident.start(occurred_on=DAY + timedelta(days=5), reported_on=DAY + timedelta(5),
                           location="plein", description="x", reported_by="juf", leader=IB,
                           author=IB, at=at())


# -- before the actieplan ---------------------------------------------------------------

def test_actieplan_needs_internal_consultation_first():
    cites(4828, 4830, "Bespreek het (vermoeden van) grensoverschrijdend gedrag met de "
          "professional / AF HGKM / directie/locatieleiding")
    i = with_pupils()
    assert any("directie" in m for m in missing_for_actieplan(i.state))
    i = i.record_consultation(Consultation.INTERN, on=DAY, with_whom="directeur",
                              advice="x", author=IB, at=at())
    assert not any("directie" in m for m in missing_for_actieplan(i.state))


def test_actieplan_needs_a_conversation_with_the_parents_of_every_pupil():
    cites(4833, 4838, "Nodig, op zeer korte termijn, ouders van betrokken leerlingen uit")
    cites(4837, 4838, "Bespreek met de ouders mogelijke oplossingen en maak een ac")
    i = ready_for_plan()
    assert missing_for_actieplan(i.state) == []
    i2 = with_pupils().add_pupil(C, Role.OVERKOMT, "werd ook geduwd", author=IB, at=at())
    missing = missing_for_actieplan(i2.state, {A: "Daan", B: "Bram", C: "Chris"})
    assert "Voer het gesprek met de ouders van Chris." in missing


def test_the_behaviour_of_the_initiating_pupil_is_weighed_with_the_vlaggensysteem():
    cites(4858, 4859, "Maak een afweging van het gedrag met be- hulp van het vlaggensysteem")
    i = with_pupils()
    assert any("Vlaggensysteem" in m for m in missing_for_actieplan(i.state, {A: "Daan"}))
    with refused(PeerIncidentError, match="groen, geel, rood of zwart", field="flag"):
        i.record_flag(A, flag="oranje", behaviour="x", author=IB, at=at())
    with refused(PeerIncidentError, match="niet als betrokkene", field=""):
        i.record_flag(C, flag="geel", behaviour="x", author=IB, at=at())
    i = i.record_flag(A, flag="geel", behaviour="x", assessment_id=7, author=IB, at=at())
    assert i.state.pupils[A].flag == "geel" and i.state.pupils[A].flag_assessment_id == 7
    assert i.state.pupils[B].flag is None  # the pupil it happened to needs no flag


def test_a_first_estimate_of_how_big_it_is_comes_before_the_plan():
    cites(4840, 4841, "eerste inschatting over hoe groot de zaak is/kan worden")
    i = ready_for_plan()
    with refused(PeerIncidentError, match="Licht de inschatting toe", field="reasoning"):
        i.estimate(Scale.GROOT, reasoning="", author=IB, at=at())
    assert i.state.scale is Scale.KLEIN


def test_a_big_case_needs_the_team_with_ko_bestuur_and_external_professionals():
    cites(4850, 4853, "Als de zaak groot wordt: stel een team samen met K&O, bestuur en "
          "externe")
    i = ready_for_plan(Scale.GROOT)
    with refused(PeerIncidentError, match="kinderopvang en onderwijs, bestuur", field=""):
        i.record_actieplan(on=DAY + timedelta(days=2), maatregelen="m", afspraken="a",
                           aanspreekpunt="directeur", author=IB, at=at(2))
    assert with_plan(Scale.GROOT).state.actieplan is not None


def test_actieplan_names_the_contact_for_the_parents():
    cites(4924, 4926, "Spreek af wie aanspreekpunt is voor de ouders.")
    with refused(PeerIncidentError, match="aanspreekpunt", field="aanspreekpunt"):
        ready_for_plan().record_actieplan(on=DAY + timedelta(days=2), maatregelen="m",
                                          afspraken="a", aanspreekpunt="", author=IB, at=at(2))


def test_external_professionals_are_an_optional_consultation():
    cites(4843, 4845, "Eventueel met externe professionals (GGD-JGZ,")
    i = ready_for_plan().record_consultation(Consultation.EXTERN, on=DAY, with_whom="GGD-JGZ",
                                             advice="training", organisation="GGD",
                                             author=IB, at=at(1))
    assert i.state.consultations[-1].organisation == "GGD"
    assert missing_for_actieplan(ready_for_plan().state) == []


# -- measures, communication, letters -----------------------------------------------------

def test_measures_are_communicated_to_parents_and_colleagues_after_the_plan():
    cites(4847, 4848, "Neem snel maatregelen en communiceer deze naar de betrokken ouders en")
    cites(4887, 4887, "Informeer collega’s over de genomen maatregelen.")
    with refused(PeerIncidentError, match="actieplan", field=""):
        ready_for_plan().record_communicated(on=DAY, parents=True, colleagues=True, how="x",
                                             author=IB, at=at(2))
    i = with_plan().record_communicated(on=DAY + timedelta(days=2), parents=True,
                                        colleagues=False, how="brief", author=IB, at=at(2))
    assert any("medewerkers" in m for m in missing_for_close(i.state))


def test_letter_to_parents_tells_what_pupils_were_told_after_the_plan():
    cites(4974, 4978, "Vertel aan ouders wat aan de leerlingen op de")
    with refused(PeerIncidentError, match="actieplan", field=""):
        ready_for_plan().record_letter(A, on=DAY, told="x", author=IB, at=at(2))
    with refused(PeerIncidentError, match="verteld", field="told"):
        with_plan().record_letter(A, on=DAY + timedelta(days=2), told="", author=IB, at=at(2))
    i = with_plan().record_letter(A, on=DAY + timedelta(days=2), told="rustig besproken",
                                  author=IB, at=at(2))
    assert i.state.pupils[A].letters == (DAY + timedelta(days=2),)


@pytest.mark.parametrize(("word", "line_from", "line_to", "phrase"), [
    ("de dader", 4870, 4870, "Vermijd termen: dader/ slachtoffer"),
    ("het slachtoffer", 4870, 4870, "Vermijd termen: dader/ slachtoffer"),
    ("seksueel gedrag", 4873, 4876, "het woord ‘seksueel’"),
    ("geschorst", 6746, 6746, "Gebruik bij voorkeur niet het woord “schorsen”"),
])
def test_letters_avoid_the_words_the_seed_names(word, line_from, line_to, phrase):
    cites(line_from, line_to, phrase)
    assert terminology_problems(f"Er was {word}.")
    with refused(PeerIncidentError, match="Vermijd|Gebruik bij voorkeur", field="told"):
        with_plan().record_letter(A, on=DAY + timedelta(days=2), told=f"Er was {word}.",
                                  author=IB, at=at(2))


def test_no_false_alarm_on_ordinary_words():
    assert terminology_problems("Grensoverschrijdend en ongepast gedrag; schoolplein.") == []


ZOE = KnownName("Zoë van Dam", first="Zoë", tussenvoegsel="van", last="Dam")
ALI = KnownName("Ali Yilmaz", first="Ali", last="Yilmaz")
DAAN = KnownName("Daan de Boer", first="Daan", tussenvoegsel="de", last="Boer")
THIJS = KnownName("Thijs Kok", first="Thijs", last="Kok")
PEOPLE = {"Zoë": ZOE, "Ali": ALI, "Daan": DAAN, "Thijs": THIJS}


@pytest.mark.parametrize(("text", "found"), [
    ("Zoe en anderen speelden", ["Zoë"]),  # without the diaeresis
    ("ZOË VAN DAM was er", ["Zoë"]),  # any case
    ("yilmaz was erbij", ["Ali"]),  # the surname alone, lower case
    ("Daans jas lag op de grond", ["Daan"]),  # possessive glued on
    ("Ali's tas en die van Ali\u2019s broer", ["Ali"]),  # possessive with (curly) apostrophe
    ("Thijs' fiets stond er", ["Thijs"]),  # possessive after an s
    ("Daantje huilde", ["Daan"]),  # diminutive
    ("D.d.B. en T.K. waren erbij", ["Daan", "Thijs"]),  # initials with dots
    ("Gezien: DdB bij de poort", ["Daan"]),  # initials run together
    ("D. de Boer belde", ["Daan"]),  # initial and surname
    ("mevrouw v. Dam belde", ["Zoë"]),  # abbreviated tussenvoegsel
])
def test_names_in_text_finds_every_written_form_of_a_name(text, found):
    assert names_in_text(text, PEOPLE) == found


@pytest.mark.parametrize("text", [
    "Alimentatie en een alibi; thijsen",  # a name inside another word
    "Daarna niet meer",  # 'Daa' is no form of anyone
    "De IB en de GGD zijn ingelicht",  # abbreviations of the school, not initials
    "Getekend: D. Jansen, directeur",  # one initial names nobody
    "",
])
def test_names_in_text_no_false_alarm(text):
    assert names_in_text(text, {**PEOPLE, "X": KnownName("Daa")}) == []


def test_names_in_text_allows_the_own_childs_forms_but_not_a_siblings_full_name():
    """A letter to Sem de Boer's parents may say 'mevrouw De Boer'; Daan's own name and his
    first name still count as naming another pupil."""
    sem = KnownName("Sem de Boer", first="Sem", tussenvoegsel="de", last="Boer")
    mother = KnownName("Karin de Boer")
    own = [sem, mother]
    assert names_in_text("Mevrouw De Boer is gebeld.", {"Daan": DAAN}, own) == []
    assert names_in_text("Daan de Boer was erbij.", {"Daan": DAAN}, own) == ["Daan"]
    assert names_in_text("Daans moeder belde.", {"Daan": DAAN}, own) == ["Daan"]


NOAH = KnownName("Noah Bakker", first="Noah", last="Bakker")  # initials N.B.
ILSE = KnownName("Ilse van Meer", first="Ilse", tussenvoegsel="van", last="Meer")  # i.v.M.
OTTO = KnownName("Otto Aksoy", first="Otto", last="Aksoy")  # O.A.
TIM = KnownName("Tim Zandstra", first="Tim", last="Zandstra")  # T.Z.
ABBREVIATED = {"Noah": NOAH, "Ilse": ILSE, "Otto": OTTO, "Tim": TIM}


@pytest.mark.parametrize("text", [
    "N.B. de ouders zijn gebeld.",
    "N.B.: volgende week evalueren wij.",
    "Het plein is dicht (N.B. alleen in de pauze).",
    "NB de ouders zijn gebeld.",
    "Ruzie i.v.m. de bal; zie o.a. het logboek.",
    "I.v.m. de verbouwing bellen wij u t.z.t. terug.",
    "Wij nemen z.s.m. contact op.",
])
def test_everyday_abbreviations_are_no_initials(text):
    assert names_in_text(text, ABBREVIATED) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Daarna sloeg N.B. een klasgenoot.", ["Noah"]),  # capitals inside a sentence
    ("Afspraak: N.B. blijft in de pauze binnen.", ["Noah"]),  # the subject of a verb
    ("Mevrouw N.B. belde.", ["Noah"]),  # a title
    ("De moeder van N.B. belde.", ["Noah"]),  # a relation
    ("Sem speelde met O.A. op het plein.", ["Otto"]),
    ("Gesprek met T.Z. gehad.", ["Tim"]),
    ("N.B. Bakker belde.", ["Noah"]),  # the surname is a name on its own
])
def test_abbreviations_the_text_makes_a_person_still_count(text, found):
    assert names_in_text(text, ABBREVIATED) == found


def test_names_in_text_skips_a_placeholder_typed_for_a_parent():
    """'Ouder van Sem' is a description: its words would refuse every 'ouder'."""
    placeholder = {"ouder": KnownName("Ouder van Sem")}
    assert names_in_text("De ouders zijn ingelicht.", placeholder) == []


# -- temporary omgangsregels ---------------------------------------------------------------

def test_first_evaluation_of_the_rules_two_weeks_after_they_start():
    cites(5749, 5751, "twee weken na het ingaan voor het eerst geëvalueerd")
    start = DAY + timedelta(days=2)
    i = with_rules(start=start)
    assert i.state.active_rules.next_evaluation == start + timedelta(days=14)
    assert (start + timedelta(days=14), "Eerste evaluatie tijdelijke omgangsregels "
            "(na twee weken)", None) in open_deadlines(i.state)


def test_then_every_month():
    cites(5762, 5762, "Vervolgens vindt er elke maand een evaluatiegesprek plaats.")
    i = evaluate(with_rules(), date(2026, 3, 18))
    assert i.state.active_rules.next_evaluation == date(2026, 4, 18)
    i = evaluate(i, date(2026, 4, 20))
    assert i.state.active_rules.next_evaluation == date(2026, 5, 20)
    assert add_months(date(2026, 1, 31)) == date(2026, 2, 28)
    assert any("Maandelijkse evaluatie" in d[1] for d in open_deadlines(i.state))


def test_another_date_may_be_chosen_with_a_reason():
    cites(5762, 5763, "Zo nodig kan van deze data afgeweken worden.")
    with refused(PeerIncidentError, match="waarom", field="deviation_reason"):
        evaluate(with_rules(), date(2026, 3, 18), next_date=date(2026, 4, 1))
    i = evaluate(with_rules(), date(2026, 3, 18), next_date=date(2026, 4, 1),
                 deviation_reason="meivakantie")
    assert i.state.active_rules.next_evaluation == date(2026, 4, 1)
    with refused(PeerIncidentError, match="na deze evaluatie", field="next_date"):
        evaluate(with_rules(), date(2026, 3, 18), next_date=date(2026, 3, 10),
                 deviation_reason="x")


def test_evaluation_is_with_the_seeds_parties_and_records_adjustments():
    cites(5751, 5756, "- Leerkrachten. - Ouders van het betrokken leerling.")
    cites(5757, 5760, "wordt het plan bijgesteld")
    i = with_rules()
    with refused(PeerIncidentError, match="met wie", field="parties"):
        i.evaluate_rules(on=date(2026, 3, 18), with_whom=["buurman"], outcome="x",
                         adjustments="x", other_parents_informed=True, author=IB, at=at(16))
    with refused(PeerIncidentError, match="bijgesteld", field="adjustments"):
        i.evaluate_rules(on=date(2026, 3, 18), with_whom=["ib"], outcome="x", adjustments="",
                         other_parents_informed=True, author=IB, at=at(16))


def test_evaluation_records_whether_the_other_parents_were_informed():
    cites(5763, 5764, "De overige ouders worden, in grote lijnen, geïnformeerd")
    event = IncidentEvent(EventKind.EVALUATIE_REGELS, {
        "date": date(2026, 3, 18), "parties": ["ib"], "outcome": "x", "adjustments": "x"},
        IB, at(16))
    with refused(PeerIncidentError, match="overige ouders", field="other_parents_informed"):
        with_rules().add(event)


def test_rules_cover_the_seeds_areas_and_one_set_at_a_time():
    cites(5664, 5664, "START EN AFSLUITING SCHOOLDAG")
    with refused(PeerIncidentError, match="minstens één", field="rules"):
        with_plan().set_rules(start=DAY, rules={"toilet": "  "}, author=IB, at=at(2))
    with refused(PeerIncidentError, match="Onbekend", field="rules"):
        with_plan().set_rules(start=DAY, rules={"kantine": "x"}, author=IB, at=at(2))
    with refused(PeerIncidentError, match="gelden al", field=""):
        with_rules(with_rules())


def test_rules_end_only_after_an_evaluation():
    cites(5757, 5760, "Op basis van de evaluatie wordt het plan bijgesteld")
    with refused(PeerIncidentError, match="Evalueer", field=""):
        with_rules().end_rules(on=date(2026, 3, 10), reason="x", author=IB, at=at(10))
    i = evaluate(with_rules(), date(2026, 3, 18))
    i = i.end_rules(on=date(2026, 3, 18), reason="rustig", author=IB, at=at(16))
    assert i.state.active_rules is None
    assert not any("omgangsregels" in d[1] for d in open_deadlines(i.state))


# -- support, follow-up, closing ----------------------------------------------------------

def test_support_is_for_the_seeds_groups():
    cites(4910, 4919, "Zorg voor ondersteuning voor:")
    with refused(PeerIncidentError, match="voor wie", field="for_whom"):
        with_plan().record_support(for_whom=["pers"], what_support="x", author=IB, at=at(2))
    i = with_plan().record_support(for_whom=["team", "ouders"], what_support="GGD-gesprek",
                                   author=IB, at=at(2))
    assert i.state.support_for == {"team", "ouders"}


def test_closing_needs_follow_up_letters_and_ended_rules():
    cites(4947, 4955, "Check of alles volgens gemaakte afspraken verloopt.")
    cites(4947, 4955, "Mogelijk zijn er meer slachtoffers.")
    cites(4947, 4955, "huidige beleid door te lichten")
    missing = missing_for_close(with_rules().state, {A: "Daan", B: "Bram"})
    assert "Informeer de ouders van Bram met een brief." in missing
    assert any("omgangsregels" in m for m in missing)
    assert any("vervolg" in m for m in missing)
    with refused(PeerIncidentError, match="Nog niet af te sluiten", field=""):
        with_rules().close(on=DAY, reason="x", author=IB, at=at(3))
    done = closable().close(on=date(2026, 3, 18), reason="afspraken lopen", author=IB,
                            at=at(16))
    assert done.state.closed
    with refused(PeerIncidentError, match="afgesloten", field=""):
        done.record_support(for_whom=["team"], what_support="x", author=IB, at=at(17))
    assert open_deadlines(done.state) == []


def test_parents_are_invited_at_once_and_informed_by_letter_after_the_plan():
    cites(4833, 4833, "op zeer korte termijn")
    cites(4974, 4974, "Informeer betrokken ouders zo spoedig mogelijk")
    due = open_deadlines(with_pupils().state)
    assert {(d, p) for d, _w, p in due} == {(DAY, A), (DAY, B)}
    due = open_deadlines(with_plan().state)
    assert {(d, p) for d, w, p in due if "brief" in w} == {(DAY + timedelta(days=2), A),
                                                            (DAY + timedelta(days=2), B)}


# -- the record ------------------------------------------------------------------------------

def test_replay_of_stored_records_gives_the_same_state():
    i = closable()
    records = [e.to_record() for e in i.events]
    again = replay(IncidentEvent.from_record(r) for r in records)
    assert again == i.state


def test_pupil_events_carry_the_pupil_and_incident_events_do_not():
    with refused(PeerIncidentError, match="één leerling", field=""):
        started().add(IncidentEvent(EventKind.LEERLING, {"role": "overkomt", "what": "x"},
                                    IB, at()))
    with refused(PeerIncidentError, match="hele incident", field=""):
        started().add(IncidentEvent(EventKind.INSCHATTING, {"scale": "klein"}, IB, at(), A,
                                    "x"))


def test_dates_not_before_the_incident():
    with refused(PeerIncidentError, match="vóór het incident", field="date"):
        with_pupils().record_consultation(Consultation.INTERN, on=DAY - timedelta(days=1),
                                          with_whom="x", advice="x", author=IB, at=at())
