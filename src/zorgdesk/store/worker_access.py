"""A worker thread's own way into the vault (issue 23: long work off the UI thread).

SQLCipher connections belong to the thread that opened them, so a worker never uses the
session's connection. ``WorkerAccess`` is made on the UI thread from the open vault
(path and copies of the keys) and opens a separate, read-only connection inside the
worker. ``close()`` wipes its key copy; call it when the work is over.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.store import seal
from zorgdesk.store.keyfile import wipe
from zorgdesk.store.verify import verify_connection, with_rollback_note

INTERRUPT_EVERY = 20_000  # SQLite VM steps between two looks at the cancel flag


class WorkerAccess:
    def __init__(self, path: Path, data_key: bytes, audit_key: bytes, seal_key: bytes,
                 rolled_back: tuple[int, int] | None, opener: Callable) -> None:
        """``opener(path, key)``: a keyed SQLCipher connection (the vault's own way)."""
        self.path = path
        self._opener = opener
        self._rolled_back = rolled_back
        self._data_key = bytearray(data_key)
        self._audit_key = bytes(audit_key)
        self._seal_key = bytes(seal_key)

    @contextlib.contextmanager
    def connect(self, progress: Progress | None = None, *,
                writable_elsewhere: bool = False) -> Iterator:
        """A read-only connection for this thread; a long statement stops on cancel.

        ``writable_elsewhere``: the vault itself is still only read, but the statement
        writes another file (``VACUUM INTO`` for a backup), which ``query_only`` forbids.
        """
        conn = self._opener(self.path, bytes(self._data_key))
        try:
            seal.register(conn, self._seal_key)
            conn.execute("PRAGMA temp_store = MEMORY")
            if not writable_elsewhere:
                conn.execute("PRAGMA query_only = ON")
            if progress is not None:
                conn.set_progress_handler(lambda: 1 if progress.cancelled else 0,
                                          INTERRUPT_EVERY)
            try:
                yield conn
            except Exception:
                if progress is not None and progress.cancelled:
                    raise Cancelled() from None
                raise
        finally:
            conn.close()

    def verify(self, progress: Progress) -> list[str]:
        """``Vault.verify`` on this worker's own connection, with progress and cancel.

        One connection for all checks (no longer the integrity check in a thread of its
        own): with the large page cache of verify_connection the chain and seal checks
        read what the integrity check decrypted, which costs less than a second
        connection decrypting everything again beside them."""
        with self.connect(progress) as conn:
            found = verify_connection(conn, self._audit_key, self._seal_key, progress)
        return with_rollback_note(found, self._rolled_back)

    def close(self) -> None:
        wipe(self._data_key)
        self._audit_key = self._seal_key = b""
