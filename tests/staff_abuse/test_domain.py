"""Protocol misbruik door professionals (seed 003 l.5139-5212): every rule a test that
first checks the cited seed lines say what the rule rests on."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.refusals import refused
from tests.seed import seed_lines
from zorgdesk.domain.staff_abuse import (
    StaffAbuseCase,
    StaffAbuseError,
    StaffAbuseEvent,
    describe,
    missing_to_close,
    replay,
)

BESTUUR = "mevrouw A. de Boer (bestuurder)"
AF = "Marieke Hoekstra"
DAY = date(2026, 11, 2)


def cites(first: int, last: int, phrase: str) -> None:
    raw = " ".join(seed_lines()[first - 1:last]).replace("\ufffd", " ")
    assert phrase in " ".join(raw.split()), f"seed 003 l.{first}-{last}: {phrase!r}"


def at(days: int = 0) -> datetime:
    return datetime(2026, 11, 2, 16, 0) + timedelta(days=days)


def reported(**changes) -> StaffAbuseCase:
    fields = {"on": DAY, "informant": "medewerker", "to_bevoegd_gezag": True,
              "bevoegd_gezag": BESTUUR, "staff_member": "invalkracht groep 6",
              "facts": "Een leerling vertelde dat de invalkracht haar na de gym vasthield."}
    fields.update(changes)
    return StaffAbuseCase.start(7, author=AF, at=at(), **fields)


def consulted(case: StaffAbuseCase | None = None) -> StaffAbuseCase:
    return (case or reported()).consult("vertrouwensinspecteur", on=DAY, author=AF, at=at(),
                                        advice="Er is een redelijk vermoeden; doe aangifte.")


def test_straight_to_the_bevoegd_gezag_not_an_intermediary():
    cites(5150, 5157, "moet hij dit onmiddellijk bekend maken bij het schoolbestuur. Het is "
          "niet voldoende om een tussenpersoon te informeren")
    with refused(StaffAbuseError, match="niet voldoende", field="to_bevoegd_gezag"):
        reported(to_bevoegd_gezag=False)
    assert reported().state.reported_on == DAY


def test_every_member_of_staff_reports_including_interns_and_volunteers():
    cites(5157, 5160, "stagiaires, uitzendkrachten, vrijwilligers en zelfs schoonmakers")
    cites(5197, 5200, "contactpersoon krijgt informatie en meldt dit aan het bevoegd")
    assert reported(informant="interne_contactpersoon").state.informant == \
        "interne_contactpersoon"
    with refused(StaffAbuseError, match="wie de informatie kreeg", field="informant"):
        reported(informant="buurvrouw")


def test_the_bestuur_lays_it_before_the_vertrouwensinspecteur_first():
    cites(5170, 5173, "direct voorleggen aan de vertrouwensinspecteur van de Inspectie van "
          "het Onderwijs")
    with refused(StaffAbuseError, match="vertrouwensinspecteur", field=""):
        reported().establish(True, on=DAY, reasoning="x", author=AF, at=at())
    case = consulted().establish(True, on=DAY, reasoning="Advies inspecteur", author=AF,
                                 at=at())
    assert case.state.reasonable_suspicion is True


def test_other_parties_may_be_consulted_too():
    cites(5183, 5186, "Sociale Jeugd en Zeden van de politie, de gemeente en het "
          "calamiteitenteam")
    case = reported().consult("zedenpolitie", on=DAY, advice="Wacht op de inspecteur",
                              author=AF, at=at())
    assert case.state.consulted == {"zedenpolitie"} and case.state.inspector_on is None
    with refused(StaffAbuseError, match="met wie", field="party"):
        reported().consult("buren", on=DAY, advice="x", author=AF, at=at())


def test_a_reasonable_suspicion_means_aangifte_also_when_those_involved_object():
    cites(5176, 5180, "dan is het schoolbestuur altijd verplicht aangifte van misbruik te "
          "doen bij de politie. Ook als de betrokkenen hierover hun bedenkingen hebben.")
    case = consulted().establish(True, on=DAY, reasoning="x", author=AF, at=at())
    assert any("verplicht aangifte" in m for m in missing_to_close(case.state))
    with refused(StaffAbuseError, match="Nog niet af te sluiten", field=""):
        case.close(on=DAY, reasoning="ouders willen geen aangifte", author=AF, at=at())


def test_the_involved_are_told_of_the_aangifte_by_bestuur_or_police():
    cites(5207, 5210, "Bevoegd gezag informeert (ouders van) klager en aangeklaagde dat "
          "aangifte wordt gedaan. Dit kan ook door de politie gedaan worden")
    case = consulted().establish(True, on=DAY, reasoning="x", author=AF, at=at())
    with refused(StaffAbuseError, match="bevoegd gezag of de politie", field="by"):
        case.inform_involved(on=DAY, by="juf", whom="ouders", author=AF, at=at())
    case = case.inform_involved(on=DAY, by="politie", whom="ouders van de leerling en de "
                                "invalkracht", author=AF, at=at())
    case = case.report_to_police(on=DAY + timedelta(days=1), where="politie", author=AF,
                                 at=at(1))
    cites(5212, 5212, "Bevoegd gezag doet aangifte bij justitie of politie.")
    assert missing_to_close(case.state) == []
    done = case.close(on=DAY + timedelta(days=1), reasoning="Aangifte gedaan; politie "
                      "onderzoekt.", author=AF, at=at(1))
    assert done.state.closed
    with refused(StaffAbuseError, match="afgesloten", field=""):
        done.consult("gemeente", on=DAY, advice="x", author=AF, at=at(2))


def test_no_aangifte_without_a_reasonable_suspicion():
    cites(5173, 5176, "stelt vast of er sprake is van een redelijk vermoeden van een "
          "strafbaar feit")
    case = consulted().establish(False, on=DAY, reasoning="Geen redelijk vermoeden volgens "
                                 "de inspecteur.", author=AF, at=at())
    with refused(StaffAbuseError, match="redelijk vermoeden", field=""):
        case.report_to_police(on=DAY, where="politie", author=AF, at=at())
    assert missing_to_close(case.state) == []
    with refused(StaffAbuseError, match="al vastgesteld", field=""):
        case.establish(True, on=DAY, reasoning="x", author=AF, at=at())


def test_the_record_replays_and_describes_itself():
    case = consulted().establish(True, on=DAY, reasoning="x", author=AF, at=at())
    records = [e.to_record() for e in case.state.events]
    again = replay(StaffAbuseEvent.from_record(r) for r in records)
    assert again == case.state
    assert describe(case.state.events[0]).startswith("Gemeld aan het bevoegd gezag — "
                                                     "Medewerker (ook stagiair")
    with refused(StaffAbuseError, match="eerst de melding", field=""):
        replay(records and [StaffAbuseEvent.from_record(records[1])])


def test_dates_not_in_the_future_nor_before_the_melding():
    with refused(StaffAbuseError, match="toekomst", field="date"):
        reported(on=DAY + timedelta(days=3))
    with refused(StaffAbuseError, match="vóór de melding", field="date"):
        reported().consult("gemeente", on=DAY - timedelta(days=1), advice="x", author=AF,
                           at=at())
