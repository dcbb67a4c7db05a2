"""Shared hypothesis strategies for hostile user input."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Characters a paste from Word, a phone or a corrupted file can bring along.
NASTY = ["\x00", "\u200f", "\u202e", "\u200b", "\ufeff", "😀", "👨‍👩‍👧", "ë", "Ç", "\r\n", "\t"]

hostile_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=3), max_size=20).map("".join),
    st.sampled_from(NASTY).map(lambda c: ("x" + c) * 50_000),  # ~100 KB
)

DUTCH_WORDS = ("Vul", " is ", "niet", "te lang", "geen", "Kies", "ligt", "klopt", " de ", " het ",
               " een ", "bevat", " hoort ", "eerst", " kan ", " moet ", " vóór ", "Geef ",
               "Koppel ", "Leg ", " nog ", "Noem ", " aan ")

FAST = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def assert_dutch_no_echo(message: str, *inputs: str) -> None:
    """A refusal speaks Dutch and does not repeat long pupil data back."""
    assert any(word.lower() in message.lower() for word in DUTCH_WORDS), message
    for value in inputs:
        if isinstance(value, str) and len(value.strip()) > 40:
            assert value.strip()[:40] not in message
