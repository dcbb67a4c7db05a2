"""Letters to the parents of each pupil involved (seed 003 l.4974-4983): each names only
its own child, read back from the real PDF with pypdf."""

from __future__ import annotations

import os
from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.peer_incident.helpers import DAY, add_pupils, walk_to_plan
from tests.refusals import refused
from zorgdesk.domain.peer_incident import PeerIncidentError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

TOLD = "In de klas is verteld dat iedereen op het plein veilig moet kunnen spelen."


@pytest.fixture
def session(new_vault):
    return Session(new_vault, FixedClock(TODAY))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in
                    PdfReader(BytesIO(pdf)).pages)


def test_each_letter_names_only_its_own_child_and_parent(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    people = {"Daan": ("Daan", "Visser", "Karin Visser"),
              "Noor": ("Noor", "Bakker", "Peter Bakker")}
    for name in people:
        s.record_letter(iid, ids[name], on=DAY + timedelta(days=3), told=TOLD)
    for name, own in people.items():
        text = text_of(s.letter_pdf(iid, ids[name]))
        assert f"de ouders/verzorgers van {own[0]} {own[1]} ({own[2]})" in text
        assert "Extra toezicht op het plein" in text and TOLD in text
        assert "contact opnemen met de directeur" in text
        assert "rust te bewaren en geen uitspraken naar de pers" in text
        for other, parts in people.items():
            if other != name:
                for part in parts:
                    assert part not in text, (name, part)
        assert "Sem" not in text and "de Jong" not in text  # not involved at all
        for word in ("dader", "slachtoffer", "seksu", "schors"):
            assert word not in text.lower()
        assert "D.V." not in text and "N.B." not in text  # not even initials of the other


def test_no_letter_before_one_is_recorded(session):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    with refused(PeerIncidentError, match="nog geen brief", field=""):
        session.peer_incidents.letter_pdf(iid, ids["Daan"])


def test_a_name_added_to_the_base_data_later_stops_the_letter(session):
    from zorgdesk.domain.people import GuardianDraft

    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_letter(iid, ids["Daan"], on=DAY + timedelta(days=3),
                    told="Juf Ellen heeft het in de klas besproken.")
    s.letter_pdf(iid, ids["Daan"])
    session.basedata.add_guardian(ids["Noor"], GuardianDraft("Ellen Bakker", "moeder"))
    with refused(PeerIncidentError, match="niet gemaakt", field=""):
        s.letter_pdf(iid, ids["Daan"])


def test_saved_letter_is_private(session, tmp_path):
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.record_letter(iid, ids["Noor"], on=DAY + timedelta(days=3), told=TOLD)
    folder = tmp_path / "brieven"
    folder.mkdir()
    target = folder / "brief.pdf"
    s.save_letter(iid, ids["Noor"], target)
    assert target.read_bytes().startswith(b"%PDF")
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["brief.pdf"]


def test_nb_in_a_letter_is_no_name_even_when_a_pupil_has_the_initials_n_b(session):
    """Noor Bakker's initials are N.B.: a letter to Daan's parents may still write
    "N.B." (nota bene) and "i.v.m."; "N.B." as the one who acted is still refused."""
    ids = add_pupils(session)
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    extra = ("N.B. de klassen spelen i.v.m. de verbouwing t.z.t. op een ander plein; "
             "wij bellen u z.s.m. over o.a. de pauzes.")
    s.record_letter(iid, ids["Daan"], on=DAY + timedelta(days=3), told=TOLD, extra=extra)
    assert extra in text_of(s.letter_pdf(iid, ids["Daan"]))
    for named in ("Daarna duwde N.B. een klasgenoot.", "Wij hebben gesproken met N.B.",
                  "Mevrouw N.B. belde.", "De moeder van N.B. was er ook."):
        with refused(PeerIncidentError, match="noemt een andere betrokken leerling",
                     field="extra"):
            s.record_letter(iid, ids["Daan"], on=DAY + timedelta(days=3), told=TOLD,
                            extra=named)
