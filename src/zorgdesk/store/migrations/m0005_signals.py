from zorgdesk.store.append_only import append_only_triggers

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
