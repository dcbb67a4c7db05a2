"""Walk finding: the Verloop of the printed Rapportage meldcode (and the Geschiedenis in
the wizard) showed 'soort_zorg: algemeen', an internal key and value, under every
'Signalen en contra-signalen vastgelegd'. The kind of concern is in the event's own
line when it is not the general one; the field lines carry Dutch labels only."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from zorgdesk.domain.meldcode import EventKind, Meldcode
from zorgdesk.domain.meldcode.event_descriptions import describe_event
from zorgdesk.reports.meldcode_pdf import event_details

AT = datetime(2026, 11, 2, 9)


def _signals_event(concern: str):
    meldcode = Meldcode.start("1", "IB", date(2026, 11, 2), author="IB", at=AT)
    meldcode = meldcode.record_signals(logboek_ids=("1",), contra_signalen="Moeder werkt mee.",
                                       concern=concern,
                                       author="IB", at=AT)
    event = meldcode.events[-1]
    assert event.kind is EventKind.SIGNALEN_VASTGELEGD
    return event


@pytest.mark.parametrize("concern", ["algemeen", "huwelijksdwang"])
def test_no_internal_key_in_the_lines_of_an_event(concern):
    event = _signals_event(concern)
    lines = event_details(event)
    assert "Contra-signalen: Moeder werkt mee." in lines
    assert not [line for line in lines if re.match(r"^\w+_\w+", line)], lines
    assert not any("soort_zorg" in line or line.endswith("algemeen") for line in lines)


def test_a_specific_concern_is_still_named_in_the_event_line():
    assert "huwelijksdwang" in describe_event(_signals_event("huwelijksdwang")).lower()
