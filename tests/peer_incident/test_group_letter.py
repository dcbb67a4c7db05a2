"""Letters to the parents of a whole group (seed 003 l.6721-6885): every rule a test that
first checks its seed lines, and the real PDF read back with pypdf: no pupil is named."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.peer_incident.helpers import DAY, add_pupils, walk_to_plan
from tests.peer_incident.test_domain import DAY as DOMAIN_DAY
from tests.peer_incident.test_domain import IB, at, cites, with_plan, with_pupils
from tests.refusals import refused
from zorgdesk.domain.peer_incident import Audience, PeerIncidentError
from zorgdesk.domain.peer_incident.descriptions import describe
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

ON = DAY + timedelta(days=3)
GROUP = dict(incident_group="groep 4", situation="twee leerlingen uit deze groep",
             partners="de GGD", signed_by="M. Jansen, directeur")
WHY = "Veel onrust in de groep; ouders vragen ernaar op het plein."


def letter(i, audience=Audience.BETROKKEN_GROEP, days: int = 3, **changes):
    values = {**GROUP, "reasoning": WHY, **changes}
    return i.record_group_letter(audience, on=with_plan().state.actieplan_on
                                 + timedelta(days=days - 2), author=IB, at=at(days),
                                 **values)


# -- domain ------------------------------------------------------------------------------

def test_the_seed_has_three_group_letters():
    cites(4935, 4937, "Ouderbrieven bij ernstig incident: betrokken groep, overige groepen,"
          " grensoverschrijdend gedrag jong kind")
    cites(6721, 6721, "OUDERBRIEF ERNSTIG INCIDENT (BETROKKEN GROEP)")
    cites(6784, 6784, "OUDERBRIEF ERNSTIG INCIDENT (OVERIGE GROEPEN)")
    cites(6840, 6841, "grensoverschrijdend gedrag van/ tussen kleuters")
    assert [a.value for a in Audience] == ["betrokken_groep", "overige_groepen",
                                           "jonge_kinderen"]


def test_a_group_letter_needs_a_reason_because_small_is_preferred():
    cites(4943, 4944, "Klein houden (met alleen betrokken ouders) heeft altijd de voorkeur!")
    with refused(PeerIncidentError, match="klein houden heeft altijd de voorkeur",
                 field="reasoning"):
        letter(with_plan(), reasoning="")
    i = letter(with_plan())
    assert [g.audience for g in i.state.group_letters] == [Audience.BETROKKEN_GROEP]
    assert i.state.group_letters[0].to_groups == "groep 4"  # to the group itself


def test_a_group_letter_tells_the_schools_actions_so_comes_after_the_plan():
    cites(6732, 6734, "We informeren u over de acties die we als school ondernemen")
    with refused(PeerIncidentError, match="actieplan", field=""):
        with_pupils().record_group_letter(Audience.BETROKKEN_GROEP,
                                          on=DOMAIN_DAY + timedelta(days=3), reasoning=WHY,
                                          author=IB, at=at(3), **GROUP)


def test_it_says_the_parents_of_the_pupils_involved_were_spoken_to():
    cites(6739, 6740, "Met de ouders van betrokken leerlingen zijn hierover direct "
          "gesprekken gevoerd")
    i = with_plan().add_pupil(99, "overkomt", "werd ook aangeraakt", author=IB, at=at(2))
    with refused(PeerIncidentError, match="Spreek eerst de ouders", field=""):
        letter(i)


def test_the_other_groups_come_after_the_group_itself():
    cites(6804, 6805, "Ook hebben de ouders van de betreffende groep een brief ontvangen")
    with refused(PeerIncidentError, match="eerst de brief aan de ouders van de "
                       "betrokken groep", field=""):
        letter(with_plan(), Audience.OVERIGE_GROEPEN, to_groups="groepen 3 en 5")
    i = letter(letter(with_plan()), Audience.OVERIGE_GROEPEN, to_groups="groepen 3 en 5")
    assert i.state.group_letters[-1].to_groups == "groepen 3 en 5"
    with refused(PeerIncidentError, match="aan welke groepen", field="to_groups"):
        letter(letter(with_plan()), Audience.OVERIGE_GROEPEN)


def test_the_letter_for_young_children_says_who_talked_with_the_group_and_what():
    cites(6859, 6861, "In de groep heeft <juf ….> vanochtend met de leerlingen over de "
          "gebeurtenis gepraat")
    with refused(PeerIncidentError, match="wie in de groep", field="told_by"):
        letter(with_plan(), Audience.JONGE_KINDEREN)
    i = letter(with_plan(), Audience.JONGE_KINDEREN, told_by="juf Anja",
               in_class="dat je van elkaars lijf afblijft als de ander dat niet wil")
    assert i.state.group_letters[-1].audience is Audience.JONGE_KINDEREN


@pytest.mark.parametrize(("field", "word"), [("situation", "de dader"),
                                             ("in_class", "het slachtoffer"),
                                             ("situation", "seksueel getint gedrag"),
                                             ("partners", "de GGD; geschorst")])
def test_group_letters_avoid_the_words_the_seed_names(field, word):
    cites(4870, 4876, "Vermijd termen: dader/ slachtoffer")
    cites(6746, 6746, "Gebruik bij voorkeur niet het woord “schorsen”")
    with refused(PeerIncidentError, match="Vermijd|Gebruik bij voorkeur", field=field):
        letter(with_plan(), **{field: word})


def test_the_optional_sentence_about_keeping_the_pupil_home():
    cites(6744, 6746, "wordt op ons verzoek enkele dagen thuis gehouden")
    i = letter(with_plan(), kept_home=True)
    assert i.events[-1].answer["kept_home"] is True
    assert "Ouders van de betrokken groep (groep 4)" in describe(i.events[-1])


# -- service and PDF ---------------------------------------------------------------------

@pytest.fixture
def session(new_vault):
    return Session(new_vault, FixedClock(TODAY))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in
                    PdfReader(BytesIO(pdf)).pages)


NAMES = ("Daan", "Visser", "Karin", "Noor", "Bakker", "Peter", "Sem", "de Jong", "Fatima")


def test_the_group_letter_pdf_names_no_pupil(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY, kept_home=True,
                          in_class="In de klas is besproken dat iedereen veilig moet kunnen "
                                   "spelen.", **GROUP)
    text = text_of(s.group_letter_pdf(iid))
    assert "Aan: de ouders/verzorgers van de leerlingen van groep 4" in text
    assert "Betreft: incident in groep 4" in text
    assert "grensoverschrijdend gedrag door twee leerlingen uit deze groep" in text
    assert "iedereen veilig moet kunnen spelen" in text
    assert "om met de GGD een plan te maken" in text
    assert "enkele dagen thuis gehouden" in text
    assert "Aanspreekpunt voor uw vragen: de directeur" in text
    assert "M. Jansen, directeur" in text
    assert "noemt deze brief geen namen" in text
    assert "Leerling:" not in text  # no pupil in the page header
    for name in NAMES:
        assert name not in text, name
    for word in ("dader", "slachtoffer", "seksu", "schors"):
        assert word not in text.lower()


def test_the_letter_to_the_other_groups_and_to_young_children(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY, **GROUP)
    s.record_group_letter(iid, "overige_groepen", on=ON, reasoning=WHY,
                          to_groups="de groepen 3, 5 en 6", **GROUP)
    text = text_of(s.group_letter_pdf(iid))
    assert "van de leerlingen van de groepen 3, 5 en 6" in text
    assert "Ook hebben de ouders van de betreffende groep een brief ontvangen" in text
    assert "enkele dagen thuis" not in text  # not chosen
    first = text_of(s.group_letter_pdf(iid, 0))
    assert "van de leerlingen van groep 4" in first
    s.record_group_letter(iid, "jonge_kinderen", on=ON, reasoning=WHY, told_by="juf Anja",
                          in_class="dat je van elkaars lijf afblijft.", **GROUP)
    text = text_of(s.group_letter_pdf(iid))
    assert f"Op {DAY:%d-%m-%Y} werd ons gemeld" in text
    assert "In de groep heeft juf Anja met de leerlingen over de gebeurtenis gepraat" in text
    for name in NAMES:
        assert name not in text, name


@pytest.mark.parametrize(("field", "typed"), [
    ("situation", "Daan en een andere leerling"),  # a pupil involved
    ("in_class", "Noor was erg verdrietig"),  # the other pupil involved
    ("situation", "leerlingen, ook Sem"),  # a pupil of the school not involved
    ("partners", "de GGD en Karin Visser"),  # a parent of a pupil involved
    ("situation", "Daans jas lag op de grond"),  # a possessive
    ("told_by", "juf Anja en K.V."),  # initials of a parent of a pupil involved
    ("in_class", "wat er met noor gebeurde"),  # any case
])
def test_a_text_that_names_a_pupil_is_refused(session, field, typed):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    values = {**GROUP, field: typed}
    with refused(PeerIncidentError, match="noemt een leerling", field=field):
        s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY, **values)
    assert not s.load(iid).state.group_letters


def test_the_reason_for_a_group_letter_names_no_pupil_either(session):
    """The reason is not in the letter, but in the incident's history that the inzage
    export prints for the parents of each pupil involved."""
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    with refused(PeerIncidentError, field="reasoning") as refusal:
        s.record_group_letter(iid, "betrokken_groep", on=ON, **GROUP,
                              reasoning="De ouders van Sem vragen ernaar op het plein.")
    message = refusal.value.message
    assert message.startswith("Reden voor een brief aan de groep noemt een leerling")
    assert "die de ouders van elke betrokken leerling kunnen inzien" in message
    assert "Sem" not in message
    assert not s.load(iid).state.group_letters
    s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY, **GROUP)
    assert len(s.load(iid).state.group_letters) == 1


def test_a_name_that_became_a_pupil_later_stops_the_pdf(session, tmp_path):
    from zorgdesk.domain.people import PupilDraft

    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY,
                          **{**GROUP, "partners": "de GGD en Loes Vermeer"})
    s.save_group_letter(iid, tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").stat().st_mode & 0o777 == 0o600
    session.basedata.add_pupil(PupilDraft("Loes", "Vermeer", DAY - timedelta(days=2900),
                                          DAY - timedelta(days=900)))
    with refused(PeerIncidentError, match="niet gemaakt", field=""):
        s.group_letter_pdf(iid)


def test_no_group_letter_yet(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    with refused(PeerIncidentError, match="nog geen brief aan een groep", field=""):
        session.peer_incidents.group_letter_pdf(iid)


def test_the_history_keeps_the_group_letter(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_group_letter(iid, "betrokken_groep", on=ON, reasoning=WHY, **GROUP)
    stored = s.load(iid)  # replays from the vault
    assert stored.state.group_letters[0].audience is Audience.BETROKKEN_GROEP
    assert "Ouders van de betrokken groep (groep 4)" in describe(stored.incident.events[-1])
