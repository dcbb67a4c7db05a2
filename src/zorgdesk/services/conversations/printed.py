"""A zorggesprek as its documents print it: other families by initials (issue 16).

The invitation, the gespreksverslag and the SMART form are handed to the pupil's
parents. Policy ``ZORGGESPREK`` (``services/export_names.py``): the pupil, the own
parents and the school's staff keep their names; every participant keeps the name the
signature block and the data table print (attendees, notulist, spokesperson, signers);
every other pupil and every other pupil's parents appear by initials in every free
text (subject, place, signals, notes of each phase, agreements, addenda, zienswijzen).
The vault keeps the conversation exactly as recorded.
"""

from __future__ import annotations

from dataclasses import replace

from zorgdesk.domain.conversations.conversation import Zorggesprek
from zorgdesk.services.export_names import ZORGGESPREK, export_scrubber


def participants(g: Zorggesprek) -> list[str]:
    """Every name the document prints as a participant (they stay where they occur)."""
    a = g.attendees
    names = [m.name for m in a.staff] + [gd.name for gd in a.guardians]
    names += [a.notulist, a.spokesperson] + [s.signer for s in g.signatures]
    return [n for n in names if n and n.strip()]


def printed_gesprek(basedata, pupil_id: int, g: Zorggesprek) -> Zorggesprek:
    """``g`` with every free text run through the export name removal."""
    scrub = export_scrubber(basedata, pupil_id, ZORGGESPREK, keep=participants(g))
    return replace(
        g,
        subject=scrub(g.subject),
        place=scrub(g.place),
        signals=tuple(replace(s, text=scrub(s.text)) for s in g.signals),
        preparation=tuple(replace(p, text=scrub(p.text)) for p in g.preparation),
        phase_notes=tuple(replace(n, text=scrub(n.text)) for n in g.phase_notes),
        agreements=tuple(replace(a, what=scrub(a.what), measure=scrub(a.measure),
                                 who=scrub(a.who)) for a in g.agreements),
        addenda=tuple(replace(a, author=scrub(a.author), text=scrub(a.text))
                      for a in g.addenda),
        signatures=tuple(replace(s, signed_place=scrub(s.signed_place),
                                 parents_view=scrub(s.parents_view)) for s in g.signatures),
    )
