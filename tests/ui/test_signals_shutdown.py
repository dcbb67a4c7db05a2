"""A shutdown's SIGTERM (or Ctrl+C) ends ZorgDesk cleanly, even with a dialog open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest


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
        time.sleep(1.0)  # the unlock dialog is now waiting for a passphrase
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("zorgdesk-demo-*")) == [], "temporary demo vault left behind"
