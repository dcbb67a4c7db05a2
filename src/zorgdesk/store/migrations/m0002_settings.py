# Per-vault preferences (auto-lock minutes, backup rotation, ...) as key/value rows,
# so new settings need no schema change.
SQL = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO setting (key, value) VALUES ('autolock_minutes', '5');
"""
