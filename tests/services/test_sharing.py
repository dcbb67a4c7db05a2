from datetime import date

import pytest
import sqlcipher3

from tests.conftest import TODAY
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def test_record_and_list_sharing(demo_vault):
    pupil = Session(demo_vault).basedata.pupils("zoë")[0]
    trail = Session(demo_vault, FixedClock(TODAY)).sharing
    trail.record(pupil.id, SharingDraft("Veilig Thuis (anoniem)", "Casusbeschrijving",
                                        "Anoniem consult Veilig Thuis", "20-11-2026"))
    records = trail.for_pupil(pupil.id)
    assert [(r.shared_on, r.shared_with) for r in records] == [
        (date(2026, 11, 20), "Veilig Thuis (anoniem)")]
    assert records[0].recorded_by == "Marieke Hoekstra"
    with pytest.raises(sqlcipher3.IntegrityError), demo_vault.transaction() as cur:
        cur.execute("UPDATE sharing_record SET shared_with = 'niemand'")


def test_bad_sharing_input(demo_vault):
    trail = Session(demo_vault, FixedClock(TODAY)).sharing
    with pytest.raises(ValidationError) as info:
        trail.record(1, SharingDraft("", "", "", "01-01-2030"))
    fields = {p.field for p in info.value.problems}
    assert fields == {"shared_with", "what", "basis", "shared_on"}
