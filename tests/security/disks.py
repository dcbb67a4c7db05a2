"""Real small and read-only disks for fault tests: a tmpfs mounted in tmp_path.

Mounting needs root (CAP_SYS_ADMIN); where that is not available the tests that use
these fixtures are skipped, never faked. ``fill`` takes every free byte of the disk
with a filler file, so the next write by ZorgDesk fails with ENOSPC like a full stick.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from pathlib import Path

import pytest


def _mount(target: Path, size: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs",
                             str(target)], capture_output=True, check=False)
    return result.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "vulling.bin"

    def fill(self) -> None:
        """Take every free byte (unbuffered writes until the kernel says ENOSPC)."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1 << 20, 65536, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while os.write(fd, b"\0" * size):
                        pass
        finally:
            os.close(fd)
        probe = self.root / "probe"
        try:
            probe.write_bytes(b"x" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
            with contextlib.suppress(FileNotFoundError):
                probe.unlink()
        else:  # pragma: no cover - the disk must be full now
            probe.unlink()
            raise AssertionError("disk not full")

    def free(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.filler.unlink()

    def make_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)

    def make_writable(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(self.root)], check=True)


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MiB tmpfs: room for a demo vault (about 1 MiB) and little else."""
    root = tmp_path / "stick"
    if os.geteuid() != 0 or not _mount(root, "4m"):
        pytest.skip("mounting a tmpfs needs root; fault tests on a real small disk skipped")
    try:
        yield SmallDisk(root)
    finally:
        _umount(root)
