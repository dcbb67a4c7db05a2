from zorgdesk.store.append_only import append_only_triggers
from zorgdesk.store.seal import seal_sql


def _seal_new_table(table: str, columns: tuple[str, ...], keys: tuple[str, ...] = ("rowid",)):
    """seal_sql without its "seal the existing rows" statement.

    That statement writes to row_seal, which a fresh vault only gets from
    seal.install *after* the migrations; these tables are new and empty, so there is
    nothing to seal yet. index() raises if seal_sql changes shape, so a test fails.
    """
    sql = seal_sql(table, columns, keys)
    start = sql.index("INSERT INTO row_seal (tbl, row_id, mac)\n    SELECT")
    return sql[:start] + sql[sql.index(";", start) + 1:]


# Signalenlijst (DOMAIN.md section 2). Every saved check, ticked signal and flag
# assessment is append-only: a check documents what someone saw on a date, so a
# correction is a new check that names the one it corrects.
# Item texts and group titles are copied into the check: catalogues are editable
# files, and the dossier must keep showing what was ticked at the time.
# Logboek entry ids are plain integers on purpose (no foreign key): the logboek
# tables live in another migration and a link must never block saving a check.
SQL = """
CREATE TABLE signal_check (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    catalogue_id TEXT NOT NULL,
    catalogue_version INTEGER NOT NULL,
    catalogue_title TEXT NOT NULL,
    checked_on TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    corrects_check_id INTEGER REFERENCES signal_check(id),
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX signal_check_pupil ON signal_check(pupil_id, catalogue_id, checked_on);
CREATE TABLE signal_check_item (
    id INTEGER PRIMARY KEY,
    check_id INTEGER NOT NULL REFERENCES signal_check(id),
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    item_text TEXT NOT NULL,
    group_title TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    contra INTEGER NOT NULL DEFAULT 0 CHECK (contra IN (0, 1)),
    UNIQUE (check_id, item_id)
);
CREATE TABLE signal_check_item_logbook (
    check_item_id INTEGER NOT NULL REFERENCES signal_check_item(id),
    logbook_entry_id INTEGER NOT NULL CHECK (logbook_entry_id > 0),
    PRIMARY KEY (check_item_id, logbook_entry_id)
);
CREATE TABLE flag_assessment (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    assessed_on TEXT NOT NULL,
    behaviour TEXT NOT NULL,
    suggested_flag TEXT NOT NULL CHECK (suggested_flag IN ('groen','geel','rood','zwart')),
    suggestion_reasoning TEXT NOT NULL,
    confirmed_flag TEXT NOT NULL CHECK (confirmed_flag IN ('groen','geel','rood','zwart')),
    override_reason TEXT NOT NULL DEFAULT '',
    assessed_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (confirmed_flag = suggested_flag OR length(trim(override_reason)) > 0)
);
CREATE INDEX flag_assessment_pupil ON flag_assessment(pupil_id, assessed_on);
CREATE TABLE flag_assessment_score (
    assessment_id INTEGER NOT NULL REFERENCES flag_assessment(id),
    criterion_id TEXT NOT NULL,
    score TEXT NOT NULL CHECK (score IN ('voldaan','licht','ernstig','zwaar')),
    PRIMARY KEY (assessment_id, criterion_id)
);
""" + "".join(append_only_triggers(t) for t in (
    "signal_check", "signal_check_item", "signal_check_item_logbook",
    "flag_assessment", "flag_assessment_score"))

# Row seals: a check changed with another SQLCipher client is reported by verify().
SQL += "".join([
    _seal_new_table("signal_check", (
        "pupil_id", "catalogue_id", "catalogue_version", "catalogue_title", "checked_on",
        "checked_by", "corrects_check_id", "recorded_by", "created_at")),
    _seal_new_table("signal_check_item", (
        "check_id", "position", "item_id", "item_text", "group_title", "note", "contra")),
    _seal_new_table("signal_check_item_logbook", ("check_item_id", "logbook_entry_id"),
                    ("check_item_id", "logbook_entry_id")),
    _seal_new_table("flag_assessment", (
        "pupil_id", "assessed_on", "behaviour", "suggested_flag", "suggestion_reasoning",
        "confirmed_flag", "override_reason", "assessed_by", "created_at")),
    _seal_new_table("flag_assessment_score", ("assessment_id", "criterion_id", "score"),
                    ("assessment_id", "criterion_id")),
])
