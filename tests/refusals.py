"""``refused``: like ``pytest.raises(..., match=...)`` for the one validation error type.

Its ``str()`` names the fields only (privacy: it may end up in a log), so the Dutch
messages are matched against ``error.message`` instead, and ``field`` says under which
input of the form the message belongs (the form shows it there; "" for the form as a
whole).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from zorgdesk.domain.validation import ValidationError


@contextmanager
def refused(kind: type[ValidationError] = ValidationError, match: str | None = None,
            field: str | None = None) -> Iterator[pytest.ExceptionInfo]:
    with pytest.raises(kind) as info:
        yield info
    if match is not None:
        assert re.search(match, info.value.message), (match, info.value.message)
    if field is not None:
        # The field of the problem the match is about (the only one, without a match).
        fields = [p.field for p in info.value.problems
                  if match is None or re.search(match, p.message)]
        assert fields and fields[0] == field, (field, fields)
