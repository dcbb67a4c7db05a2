"""Issue 23 made sealing and verifying faster; the MACs must stay exactly what older
versions wrote, or every existing vault would fail *Kluis controleren*."""

from __future__ import annotations

import hashlib
import hmac
import json

from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.store import audit, seal

KEY = bytes(range(32))


def _old_row_mac(key, table, row_id, values):
    """The formula of the versions before issue 23, verbatim."""
    def plain(value):
        if isinstance(value, bytes | bytearray | memoryview):
            return "blob:" + hashlib.sha256(bytes(value)).hexdigest()
        return value
    payload = json.dumps([table, row_id, [plain(v) for v in values]],
                         ensure_ascii=False, separators=(",", ":"), default=str)
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def _old_audit_mac(key, row):
    payload = json.dumps(list(row), sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                         default=str).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


SQL_VALUES = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(),
                       st.binary())


@given(st.text(min_size=1), st.one_of(st.integers(), st.text()),
       st.lists(SQL_VALUES, max_size=12))
def test_row_seal_is_unchanged(table, row_id, values):
    assert seal.RowMac(KEY)(table, row_id, values) == _old_row_mac(KEY, table, row_id, values)
    assert seal.row_mac(KEY, table, row_id, tuple(values)) == _old_row_mac(KEY, table, row_id,
                                                                            values)


def test_blob_kinds_seal_alike():
    data = b"scan \x00\xff"
    expected = _old_row_mac(KEY, "conversation_scan", 3, [data])
    for value in (data, bytearray(data), memoryview(data)):
        assert seal.RowMac(KEY)("conversation_scan", 3, [value]) == expected


@given(st.lists(SQL_VALUES, min_size=9, max_size=9))
def test_audit_row_mac_is_unchanged(row):
    row = [value for value in row if not isinstance(value, bytes)]
    assert audit._row_mac(KEY, tuple(row)) == _old_audit_mac(KEY, row)
