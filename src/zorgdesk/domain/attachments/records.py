"""The kinds of record an attachment can hang on, and how the IB reads them."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    LOGBOEK = "logboek"
    SIGNALENLIJST = "signalenlijst"
    ZORGGESPREK = "zorggesprek"
    MELDCODE = "meldcode"


RECORD_LABELS = {RecordKind.LOGBOEK: "logboeknotitie", RecordKind.SIGNALENLIJST:
                 "signalenlijst", RecordKind.ZORGGESPREK: "zorggesprek",
                 RecordKind.MELDCODE: "meldcodestap"}
