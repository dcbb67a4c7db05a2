"""Vandaag reads the evaluation dates of agreements with parents on every unlock.

Only logboek versions whose JSON names an evaluation date can hold one; this partial
index lists just those versions, so the query (services/logbook/evaluations.py, same
condition) reads a handful of rows instead of decrypting every version of the school
(120 ms at 60,000 versions, issue 23). SQLite keeps it up to date on every write.
"""

SQL = """
CREATE INDEX logbook_version_with_evaluation ON logbook_version(entry_id)
    WHERE instr(content, '"evaluation_date"') > 0;
"""
