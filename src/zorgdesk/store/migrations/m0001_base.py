SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    digest TEXT NOT NULL,
    prev_mac TEXT NOT NULL,
    mac TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE school (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    logo BLOB,
    retention_years INTEGER NOT NULL DEFAULT 2 CHECK (retention_years BETWEEN 1 AND 30)
);

CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'Intern begeleider / aandachtsfunctionaris'
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE school_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE pupil (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    tussenvoegsel TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    group_id INTEGER REFERENCES school_group(id),
    start_date TEXT NOT NULL,
    leave_date TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pupil_group ON pupil(group_id);

CREATE TABLE guardian (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    parental_authority INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX guardian_pupil ON guardian(pupil_id);

CREATE TABLE sibling_link (
    pupil_a INTEGER NOT NULL REFERENCES pupil(id),
    pupil_b INTEGER NOT NULL REFERENCES pupil(id),
    CHECK (pupil_a < pupil_b),
    PRIMARY KEY (pupil_a, pupil_b)
);
"""
