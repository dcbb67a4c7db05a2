"""A signalenlijst keeps the number it got when it was saved ("Signalenlijst 3 van ...").

Until now the number was counted on every read: the pupil's lists in the order saved,
plus the versions removed on the parents' request before each list. A removed list
whose correction was saved after a later list made that later list's number move up
by one, so a number already printed on paper could change. From now on the number is
stored with the list, once, and never changes; a new list gets the count of every list
the pupil ever had (kept and removed) plus one, so no number is ever given twice.

Existing lists keep the number they show today (the count as the old reading made it).
No content: ids and a count. Append-only and sealed; the row goes with its list when
the list is removed on request, and with the pupil at the end of the retention period.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE signal_check_number (
    check_id INTEGER PRIMARY KEY REFERENCES signal_check(id),
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    number INTEGER NOT NULL CHECK (number > 0),
    UNIQUE (pupil_id, number)
);
INSERT INTO signal_check_number (check_id, pupil_id, number)
    SELECT c.id, c.pupil_id,
           (SELECT count(*) FROM signal_check o
             WHERE o.pupil_id = c.pupil_id AND o.id <= c.id)
           + (SELECT coalesce(sum(r.versions_removed), 0) FROM request_record_change r
               WHERE r.pupil_id = c.pupil_id AND r.record_kind = 'signalenlijst'
                 AND r.change = 'verwijderd' AND r.record_id < c.id)
    FROM signal_check c;
""" + append_only_triggers("signal_check_number")
