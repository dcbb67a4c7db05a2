from datetime import date

import pytest

from zorgdesk.domain.people import GuardianDraft, PupilDraft, validate_guardian, validate_pupil
from zorgdesk.domain.validation import ValidationError

TODAY = date(2026, 11, 25)


def _draft(**overrides):
    values = dict(first_name="Daniëlle", last_name="Dijk", tussenvoegsel="van",
                  date_of_birth="05-11-2016", start_date="2020-11-05")
    values.update(overrides)
    return PupilDraft(**values)


def test_valid_pupil_accepts_dutch_and_iso_dates():
    valid = validate_pupil(_draft(), TODAY)
    assert valid.date_of_birth == date(2016, 11, 5)
    assert valid.start_date == date(2020, 11, 5)


@pytest.mark.parametrize("field, value, message", [
    ("first_name", "  ", "Vul de voornaam in."),
    ("last_name", "", "Vul de achternaam in."),
    ("date_of_birth", "31-02-2017", "geen geldige datum"),
    ("date_of_birth", "gisteren", "geen geldige datum"),
    ("date_of_birth", "01-01-2030", "in de toekomst"),
    ("date_of_birth", "01-01-1960", "past niet bij een leerling"),
    ("start_date", "01-01-2015", "vóór de geboortedatum"),
    ("leave_date", "01-01-2019", "vóór de startdatum"),
    ("first_name", "Z" * 101, "te lang"),
])
def test_bad_pupil_input_has_a_dutch_message(field, value, message):
    with pytest.raises(ValidationError) as info:
        validate_pupil(_draft(**{field: value}), TODAY)
    assert any(message in m for m in info.value.for_field(field)), info.value.problems


def test_all_problems_are_reported_at_once():
    with pytest.raises(ValidationError) as info:
        validate_pupil(_draft(first_name="", last_name="", date_of_birth=""), TODAY)
    assert {p.field for p in info.value.problems} == {"first_name", "last_name",
                                                      "date_of_birth"}


def test_emoji_and_diacritics_in_names_are_kept():
    valid = validate_pupil(_draft(first_name="Zoë 🌟", last_name="Çelik-Ørsted"), TODAY)
    assert valid.first_name == "Zoë 🌟"
    assert valid.last_name == "Çelik-Ørsted"


@pytest.mark.parametrize("draft, field", [
    (GuardianDraft("", "moeder"), "name"),
    (GuardianDraft("Ayşe Çelik", "buurvrouw"), "relation"),
    (GuardianDraft("Ayşe Çelik", "moeder", phone="bel maar"), "phone"),
    (GuardianDraft("Ayşe Çelik", "moeder", email="ayse@"), "email"),
])
def test_bad_guardian_input(draft, field):
    with pytest.raises(ValidationError) as info:
        validate_guardian(draft)
    assert info.value.for_field(field)


def test_valid_guardian():
    valid = validate_guardian(GuardianDraft(" Ayşe Çelik ", "moeder", "06-12345678",
                                            "ayse@voorbeeld.nl", False))
    assert valid.name == "Ayşe Çelik"
    assert valid.parental_authority is False
