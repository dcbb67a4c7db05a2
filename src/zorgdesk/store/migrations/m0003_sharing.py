from zorgdesk.store.append_only import append_only_triggers

# The sharing trail ("verstrekkingen"): every time information about a pupil leaves
# the IB (a conversation with Veilig Thuis, an export, an inzage copy) it is recorded
# here. Append-only: a trail that can be edited proves nothing.
SQL = """
CREATE TABLE sharing_record (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    shared_on TEXT NOT NULL,
    shared_with TEXT NOT NULL,
    what TEXT NOT NULL,
    basis TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX sharing_pupil ON sharing_record(pupil_id, shared_on);
""" + append_only_triggers("sharing_record")
