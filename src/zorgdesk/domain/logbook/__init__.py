"""Logboek (observation log) of the intern begeleider.

Modelled on the "Logboek voor signalen" form and the tips for noting signals in
the WIJ de Venen beleidsplan (seed 003, l.6677-6720 and l.1570-1631):

- facts (``situation``) apart from interpretation, stories and suspicions
  (``interpretation``), which are always shown with :data:`INTERPRETATION_LABEL`;
- other people involved only by their initials;
- information from third parties only with its source; a source that gave no
  consent is never stored (only :data:`SOURCE_WITHOUT_CONSENT` remains);
- a saved entry is never edited: corrections are new :class:`EntryVersion` s
  with a reason;
- parents may ask for a correction in writing, answered within 4 weeks
  (l.4613-4623), and may add their view (:class:`Zienswijze`);
- every disclosure is written to a sharing trail (:class:`SharingRecord`).

Pure Python (stdlib only). User-visible messages are Dutch.

The code lives in sibling modules; this module re-exports their public names so
every existing import keeps working:

- :mod:`zorgdesk.domain.logbook.entry` - constants, draft/entry model, parsing, initials;
- :mod:`zorgdesk.domain.logbook.validation` - :func:`validate_entry`;
- :mod:`zorgdesk.domain.logbook.versions` - versions and history of an entry;
- :mod:`zorgdesk.domain.logbook.progress` - progress notes;
- :mod:`zorgdesk.domain.logbook.parents` - correction requests, zienswijze, sharing trail.
"""

from __future__ import annotations

from zorgdesk.domain.logbook.entry import (
    CORRECTION_TERM,
    INTERPRETATION_LABEL,
    MAX_AGE_YEARS,  # noqa: F401  (module-level name before the split, not in __all__)
    MAX_SHORT_TEXT,
    MAX_TEXT,
    OBSERVATION_DOMAINS,
    SOURCE_WITHOUT_CONSENT,
    ContactMode,
    EntryKind,
    LogbookEntry,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    ParentsInformed,
    SignalledBy,
    Source,
    VersionError,
    is_initials,
    parse_date,
    parse_time,
)
from zorgdesk.domain.logbook.parents import (
    ChangeKind,
    CorrectionDeadline,
    CorrectionOutcome,
    CorrectionRequest,
    RequestChange,
    RequestSupplement,
    SharingRecord,
    SupplementKind,
    Zienswijze,
    correction_deadlines,
)
from zorgdesk.domain.logbook.progress import ProgressNote, SuspicionOutcome
from zorgdesk.domain.logbook.validation import validate_entry
from zorgdesk.domain.logbook.versions import (
    EntryHistory,
    EntryVersion,
    add_version,
    entry_history,
)

__all__ = [
    "CORRECTION_TERM",
    "INTERPRETATION_LABEL",
    "MAX_SHORT_TEXT",
    "MAX_TEXT",
    "OBSERVATION_DOMAINS",
    "SOURCE_WITHOUT_CONSENT",
    "ChangeKind",
    "ContactMode",
    "CorrectionDeadline",
    "CorrectionOutcome",
    "CorrectionRequest",
    "EntryHistory",
    "EntryKind",
    "EntryVersion",
    "LogbookEntry",
    "LogbookEntryDraft",
    "ParentAgreement",
    "ParentContact",
    "ParentsInformed",
    "ProgressNote",
    "RequestChange",
    "RequestSupplement",
    "SharingRecord",
    "SignalledBy",
    "Source",
    "SupplementKind",
    "SuspicionOutcome",
    "VersionError",
    "Zienswijze",
    "add_version",
    "correction_deadlines",
    "entry_history",
    "is_initials",
    "parse_date",
    "parse_time",
    "validate_entry",
]
