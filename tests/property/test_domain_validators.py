"""Any string, any date: domain validators accept or refuse in Dutch, nothing else."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.people import (
    GuardianDraft,
    PupilDraft,
    validate_guardian,
    validate_pupil,
)
from zorgdesk.domain.sharing import SharingDraft, validate_sharing
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError, parse_date, require_text

any_date = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
date_input = st.one_of(hostile_text, any_date, any_date.map(lambda d: d.strftime("%d-%m-%Y")),
                       st.from_regex(r"\A\d{1,2}-\d{1,2}-\d{4}\Z"))


@FAST
@given(hostile_text, st.booleans())
def test_require_text_keeps_text_or_names_the_problem(value, required):
    problems = []
    result = require_text(value, "f", "de naam", problems, required=required)
    assert result == clean(value)
    for p in problems:
        assert_dutch_no_echo(p.message, value)


@FAST
@given(date_input)
def test_parse_date_returns_real_date_or_dutch_problem(value):
    problems = []
    result = parse_date(value, "d", "de datum", problems)
    assert (result is None) == bool(problems)
    if result is not None:
        assert isinstance(result, date)
    for p in problems:
        assert_dutch_no_echo(p.message, value if isinstance(value, str) else "")


@FAST
@given(hostile_text, hostile_text, hostile_text, date_input, date_input, hostile_text)
def test_validate_pupil(first, tussen, last, dob, start, gender):
    draft = PupilDraft(first, last, dob, start, tussenvoegsel=tussen, gender=gender)
    try:
        valid = validate_pupil(draft, TODAY)
    except ValidationError as error:
        assert error.problems
        for p in error.problems:
            assert_dutch_no_echo(p.message, first, tussen, last, gender)
        return
    assert (valid.first_name, valid.last_name) == (clean(first), clean(last))
    assert valid.date_of_birth <= TODAY


@FAST
@given(hostile_text, st.one_of(hostile_text, st.just("moeder")), hostile_text, hostile_text)
def test_validate_guardian(name, relation, phone, email):
    try:
        valid = validate_guardian(GuardianDraft(name, relation, phone, email))
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, name, relation, phone, email)
        return
    assert valid.name == clean(name)


@FAST
@given(hostile_text, hostile_text, hostile_text, date_input)
def test_validate_sharing(with_whom, what, basis, on):
    try:
        valid = validate_sharing(SharingDraft(with_whom, what, basis, on), TODAY)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, with_whom, what, basis)
        return
    assert valid.what == clean(what) and valid.shared_on <= TODAY
