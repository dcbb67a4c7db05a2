"""A shutdown's SIGTERM (or Ctrl+C) ends ZorgDesk cleanly, even with a dialog open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _catches_sigterm(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        time.sleep(3)  # no procfs: fall back to a generous wait
        return True
    caught = next(line.split()[1] for line in status.splitlines()
                  if line.startswith("SigCgt:"))
    return bool(int(caught, 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_closes_unlock_dialog_and_removes_temporary_demo(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "zorgdesk", "--demo"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("zorgdesk-demo-*/demo.zdv.key")):
            assert time.monotonic() < deadline, "demo vault never appeared"
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.1)
        # Seeding the demo takes a while on a busy machine: wait until ZorgDesk catches
        # SIGTERM itself (Python leaves it at the default until the GUI's handler is in).
        while not _catches_sigterm(proc.pid):
            assert time.monotonic() < deadline, "SIGTERM handler never installed"
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.1)
        time.sleep(1.0)  # the unlock dialog is now waiting for a passphrase
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("zorgdesk-demo-*")) == [], "temporary demo vault left behind"
