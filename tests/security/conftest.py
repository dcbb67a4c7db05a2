"""Fixtures of the security tests: real small and read-only disks (tests/security/disks.py)."""

from tests.security.disks import small_disk  # noqa: F401 - a fixture, used by name
