"""The logboek's drafts join every other form's in ``form_draft`` (issue 18: one draft
mechanism); its own ``logbook_draft`` table (m0004) goes.

Every row is carried over unchanged (same key 'nieuw:<pupil id>' or 'correctie:<entry
id>', same fields, same moment) under form 'logboek', so no typed draft is lost.
logbook_draft had no author column: ``saved_by`` is taken from the audit row of the
draft's last save (audit rows hold who, never what), else left empty. The drop runs in
the same transaction as the copy, and the vault has ``secure_delete`` on, so the old
pages are overwritten.
"""

SQL = """
INSERT INTO form_draft (form, draft_key, pupil_id, fields, saved_at, saved_by)
SELECT 'logboek', d.draft_key, d.pupil_id, d.fields, d.saved_at,
       coalesce((SELECT a.actor FROM audit_log a
                 WHERE a.entity = 'logbook_draft' AND a.entity_id = d.draft_key
                   AND a.action = 'logboek.concept_bewaard'
                 ORDER BY a.seq DESC LIMIT 1), '')
FROM logbook_draft d;
DROP TABLE logbook_draft;
"""
