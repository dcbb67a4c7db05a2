"""``Vault.table_marker``: the pupils' cache in BaseDataService follows every write to
pupils and groups, on this connection, another connection, and after a handover's
connection swap (issue 23), through a real vault in tmp_path."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS

NEW = "lantaarn gieter pompoen walvis"


def _names(session: Session) -> set[str]:
    return {p.display_name for p in session.basedata.pupils(include_inactive=True)}


def test_a_draft_leaves_the_pupils_marker_alone_a_pupil_write_moves_it(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    before = demo_vault.table_marker("pupil", "school_group")
    session.drafts.save("logboek", "x", session.basedata.pupils()[0].id, {"situation": "getypt"})
    assert demo_vault.table_marker("pupil", "school_group") == before
    zoe = session.basedata.pupils("Zoë")[0]
    session.basedata.update_pupil(zoe.id, PupilDraft(
        "Zoey", zoe.last_name, zoe.date_of_birth, zoe.start_date,
        tussenvoegsel=zoe.tussenvoegsel, group_id=zoe.group_id))
    assert demo_vault.table_marker("pupil", "school_group") != before
    assert "Zoey van der Berg" in _names(session)


def test_the_cached_school_follows_names_groups_leaving_and_another_connection(
        demo_vault, demo_path):
    session = Session(demo_vault, FixedClock(TODAY))
    first = session.basedata.pupils(include_inactive=True)
    assert session.basedata.pupils(include_inactive=True) == first  # from the cache
    group = first[0].group_id
    with demo_vault.transaction() as cur:  # no service renames a group yet
        cur.execute("UPDATE school_group SET name = 'Groep Zonnebloem' WHERE id = ?", (group,))
    assert {p.group_name for p in session.basedata.pupils(group_id=group)} \
        == {"Groep Zonnebloem"}
    leaver = first[1]
    session.basedata.deactivate_pupil(leaver.id, TODAY)
    assert leaver.id not in {p.id for p in session.basedata.pupils()}
    assert leaver.id in {p.id for p in session.basedata.pupils(include_inactive=True)}
    added = session.basedata.add_pupil(PupilDraft("Wessel", "Nieuw", date(2017, 3, 1),
                                                  date(2021, 8, 30)))
    assert added in {p.id for p in session.basedata.pupils("wessel")}
    # A worker's own connection:
    with demo_vault.writer_for_worker()() as other, other.transaction() as cur:
        cur.execute("UPDATE pupil SET first_name = 'Wendel' WHERE id = ?", (added,))
    assert "Wendel Nieuw" in _names(session)


def _in_this_thread(work):
    return work()


@pytest.mark.parametrize("run", [_in_this_thread, None], ids=["worker", "same-thread"])
def test_the_cache_follows_writes_after_a_handover(demo_vault, run):
    """The worker's handover swaps the connection (``_follow_rekey``): writes on the new
    one are heard too, and the head still carries their seals (verify is clean)."""
    session = Session(demo_vault, FixedClock(TODAY))
    assert "Zoë van der Berg" in _names(session)
    session.hand_over(current=DEMO_PASSPHRASE, new=NEW, repeated=NEW,
                      successor="Fatima el Amrani", kdf=FAST_KDF_FOR_TESTS, run=run)
    _names(session)  # read on the new connection
    added = session.basedata.add_pupil(PupilDraft("Wessel", "Nieuw", date(2017, 3, 1),
                                                  date(2021, 8, 30)))
    assert added in {p.id for p in session.basedata.pupils(include_inactive=True)}
    assert session.vault.verify() == []
    session.close()
