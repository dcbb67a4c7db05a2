"""The one validation error type: Dutch messages per field, and str()/repr() that never
carry what was typed (an exception's text is what reaches logs and crash reports)."""

from __future__ import annotations

import copy
import logging
import pickle
import traceback

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.logbook import LogbookEntryDraft, validate_entry
from zorgdesk.domain.meldcode import MeldcodeError
from zorgdesk.domain.validation import FieldProblem, ValidationError

TYPED = "Jan de Vries zei dat zijn vader hem sloeg"


def _leaks(error: BaseException, typed: str) -> list[str]:
    texts = {"str": str(error), "repr": repr(error), "args": repr(error.args),
             "traceback": "".join(traceback.format_exception(error)),
             "problems repr": repr(getattr(error, "problems", ""))}
    return [where for where, text in texts.items() if typed in text]


def test_str_and_repr_name_fields_never_messages():
    error = ValidationError([FieldProblem("situation", f"'{TYPED}' is te lang."),
                             ("involved[0]", f"Gebruik initialen, niet '{TYPED}'.")])
    assert _leaks(error, TYPED) == []
    assert str(error) == "Ongeldige invoer; controleer: situation, involved[0]"
    assert repr(error) == "ValidationError(fields=['situation', 'involved[0]'])"
    assert TYPED in error.message  # for the field labels only
    assert error.for_field("involved") == [f"Gebruik initialen, niet '{TYPED}'."]
    assert error.for_field("situation") == [f"'{TYPED}' is te lang."]


def test_logging_an_error_writes_no_typed_text(caplog):
    try:
        raise ValidationError([("name", f"{TYPED} bestaat al.")])
    except ValidationError:
        logging.getLogger("zorgdesk.test").exception("opslaan mislukt")
    assert caplog.records and TYPED not in caplog.text


def test_copy_and_pickle_keep_the_problems():
    error = MeldcodeError(f"Het nummer '{TYPED}' is geen geldig nummer.", "vt_reference")
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):  # noqa: S301 (own bytes)
        assert type(again) is MeldcodeError and again.problems == error.problems
        assert str(again) == str(error) and TYPED not in str(again)


def test_meldcode_error_is_a_validation_error_with_its_field():
    error = MeldcodeError("Vul in door wie de melding is gedaan.", "by_whom")
    assert isinstance(error, ValidationError)
    assert error.for_field("by_whom") == ["Vul in door wie de melding is gedaan."]
    assert str(error) == "Meldcodestap geweigerd; controleer: by_whom"
    assert str(MeldcodeError("Dit meldcodetraject bestaat niet (meer).")) == \
        "Meldcodestap geweigerd"


def test_real_refusals_keep_typed_text_out_of_str():
    draft = LogbookEntryDraft(pupil_ids=("1",), entry_date="31-02-2026", situation="ok",
                              involved=(TYPED,))
    with pytest.raises(ValidationError) as refused:
        validate_entry(draft, TODAY, ())
    assert refused.value.for_field("involved") and _leaks(refused.value, TYPED) == []



def test_an_empty_required_field_is_named_in_one_dutch_sentence():
    """Walk s30: 'Vul in: met wie.' The same sentence everywhere: a thing with its
    article before 'in', a question after it."""
    from zorgdesk.domain.validation import fill_in

    assert fill_in("de locatie") == "Vul de locatie in."
    assert fill_in("het kenmerk van Veilig Thuis") == "Vul het kenmerk van Veilig Thuis in."
    assert fill_in("met wie er overlegd is") == "Vul in met wie er overlegd is."
    assert fill_in("wie de lijst invulde") == "Vul in wie de lijst invulde."


def test_every_route_says_an_empty_text_the_same_way():
    """Meldcode, incident between pupils and staff-abuse route, one wording each."""
    from datetime import datetime

    from zorgdesk.domain.event_sourcing.route import answered_text
    from zorgdesk.domain.meldcode.input_checks import required_text
    from zorgdesk.domain.peer_incident.events import IncidentEvent
    from zorgdesk.domain.peer_incident.vocabulary import PeerIncidentError

    with pytest.raises(MeldcodeError) as meldcode:
        required_text({"with_whom": " "}, "with_whom", "met wie er overlegd is")
    assert meldcode.value.for_field("with_whom") == ["Vul in met wie er overlegd is."]
    event = IncidentEvent("consultatie", {"with_whom": ""}, "IB", datetime(2026, 11, 20))
    with pytest.raises(PeerIncidentError) as peer:
        answered_text(event, "with_whom", "met wie er overlegd is", PeerIncidentError)
    assert peer.value.for_field("with_whom") == ["Vul in met wie er overlegd is."]
