"""The names a group had before it was renamed in place (a new school year: 5a -> 6a).

A renamed group without former pupils keeps its row and takes the new name, so its old
name was gone from the vault. Texts written before the rename still use it ("de
Zonnebloemgroep"), and the anonymiser can only remove a class nickname it knows. One row
per rename: the group, the name it had, the day it stopped having it. School data, not
pupil data (no retention); append-only and sealed.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE group_former_name (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES school_group(id),
    name TEXT NOT NULL,
    until TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX group_former_name_group ON group_former_name(group_id);
""" + append_only_triggers("group_former_name")
