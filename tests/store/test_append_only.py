import pytest
import sqlcipher3

from zorgdesk.store.append_only import append_only_triggers
from zorgdesk.store.migrations import split_sql


def test_triggers_refuse_update_and_delete(new_vault):
    with new_vault.transaction() as cur:
        cur.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        for statement in split_sql(append_only_triggers("note")):
            cur.execute(statement)
        cur.execute("INSERT INTO note (text) VALUES ('eerste versie')")
    for sql in ("UPDATE note SET text = 'stil gewijzigd'", "DELETE FROM note"):
        with pytest.raises(sqlcipher3.IntegrityError, match="alleen-toevoegen"), \
                new_vault.transaction() as cur:
            cur.execute(sql)
    assert new_vault.read().execute("SELECT text FROM note").fetchall() == [("eerste versie",)]


def test_table_name_is_checked():
    with pytest.raises(ValueError):
        append_only_triggers("note; DROP TABLE pupil")
