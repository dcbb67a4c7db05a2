"""Nicknames ("Ook genoemd") of pupils, guardians and staff: the names the vault did not know.

Children and adults are often called by a nickname ("Kruimel", "Mo", "de Beer"); the
anonymiser removes only names it knows, so an unknown nickname leaked from every export.
The IB records them once, per person; every export then removes them like a name.

One row per person that has nicknames (``nicknames``: a JSON list, in the IB's order),
for exactly one of a pupil, a guardian or a staff member. A new table rather than a
column: the pupil, guardian and staff rows are sealed over a fixed list of columns
(store/seal.py, ``BASE_SEALED``), and a new sealed table is sealed on open like every
feature table (``seal.install``), so old vaults need no re-sealing. Mutable (the IB edits
the list): the update trigger re-seals each ZorgDesk update; an emptied list deletes the
row. Pupil data: it leaves with the pupil at retention (services/retention.py,
``BASE_PLAN``) and is part of the inzage of that pupil.

``IF NOT EXISTS``: running the script on a vault that has the table changes nothing.
"""

SQL = """
CREATE TABLE IF NOT EXISTS person_nickname (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never the id of a removed row (m0022)
    pupil_id INTEGER REFERENCES pupil(id),
    guardian_id INTEGER REFERENCES guardian(id),
    staff_id INTEGER REFERENCES staff(id),
    nicknames TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK ((pupil_id IS NOT NULL) + (guardian_id IS NOT NULL) + (staff_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX IF NOT EXISTS person_nickname_pupil ON person_nickname(pupil_id)
    WHERE pupil_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS person_nickname_guardian ON person_nickname(guardian_id)
    WHERE guardian_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS person_nickname_staff ON person_nickname(staff_id)
    WHERE staff_id IS NOT NULL;
"""
