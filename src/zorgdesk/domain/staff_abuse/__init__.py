"""Route 'vermoeden van misbruik door een medewerker' (seed 003 l.5139-5212).

Not the meldcode: a suspicion that a member of staff abuses or intimidates a pupil goes
at once to the bevoegd gezag (not to an intermediary), which lays it before the
vertrouwensinspecteur; with a reasonable suspicion of a sexual offence it must report it
to the police (aangifte), also when those involved object, and tells (the parents of) the
complainant and the accused. An append-only history like the other routes; the state is
replayed and :func:`apply_event` refuses every step the seed does not allow, in Dutch.
"""

from zorgdesk.domain.staff_abuse.route import (
    ACCESS_NOTE,
    CONSULTED_PARTIES,
    INFORMANTS,
    StaffAbuseCase,
    StaffAbuseError,
    StaffAbuseEvent,
    StaffAbuseState,
    apply_event,
    describe,
    missing_to_close,
    replay,
)

__all__ = ["ACCESS_NOTE", "CONSULTED_PARTIES", "INFORMANTS", "StaffAbuseCase", "StaffAbuseError",
           "StaffAbuseEvent", "StaffAbuseState", "apply_event", "describe",
           "missing_to_close", "replay"]
