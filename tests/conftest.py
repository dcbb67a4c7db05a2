"""Shared fixtures: real vaults in tmp_path, Qt offscreen, no real user profile touched."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (a red CI must mean a real, reproducible bug);
# local runs keep drawing new random examples, which is how the property tests find them.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)  # a failure prints how to replay it
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Tests see the screen of a school laptop: 1366x768 at 125 % scaling is 1093x614
# logical pixels, less a taskbar of 40 (the offscreen screen has none of its own).
LAPTOP_SCREEN = Path(__file__).parent / "data" / "laptop_screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

# Issue 14: ZORGDESK_GC_STRESS=1 runs the suite with the cyclic garbage collector firing
# every few allocations, so a Qt object left to the collector crashes here, not in use.
# (pytest's faulthandler prints the Python stack of such a crash.)
if os.environ.get("ZORGDESK_GC_STRESS") == "1":
    gc.set_threshold(5, 1, 1)

from zorgdesk.services.clock import FixedClock  # noqa: E402
from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from zorgdesk.services.session import Session  # noqa: E402
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, keyfile_path  # noqa: E402
from zorgdesk.store.throttle import GLOBAL_THROTTLE  # noqa: E402
from zorgdesk.store.vault import Vault  # noqa: E402

PASSPHRASE = "paraplu tijger kompas zeilboot"


def pytest_addoption(parser):
    parser.addoption(
        "--qt-garbage-probe", action="store_true",
        help="fail every test that leaves a live Qt object to the cyclic garbage collector "
             "(tests/qt_garbage_probe.py; slower: a full collection after each test)")


def pytest_configure(config):
    from tests import modal_guard  # a real modal fails its test instead of hanging the run

    if not config.pluginmanager.is_registered(modal_guard):
        config.pluginmanager.register(modal_guard, "modal_guard")
    if config.getoption("--qt-garbage-probe"):
        from tests.qt_garbage_probe import register

        register(config)


def pytest_collection_finish(session):
    """Everything collection made (test modules, parameters, the imported program) lives
    until the run ends: move it out of the cyclic collector's sight (``gc.freeze``), so
    each later collection scans only what tests create. The Qt probes collect several
    times per test (tests/ui/qt_garbage.py) and a background read collects when it ends;
    over the whole suite's heap that was most of test_dialog_lifetime's time. Garbage
    made by a test is found as before: only objects alive before the first test are
    frozen, after one full collection.

    Measured (s31): no QObject is alive at that point (about 100,000 objects are frozen,
    400 of them Qt wrappers: QColor, QKeySequence, enums), and with or without the freeze
    the collector ran the same collections and freed the same objects in the dialog and
    conversation tests, in half the CPU. So the freeze hides no Qt lifetime bug from the
    collector; the check below keeps it that way (a QObject made at import time would be
    frozen, never collected, while the program's collector would meet it)."""
    gc.collect()
    live = _live_qobjects()
    if live:
        raise pytest.UsageError(
            f"Qt objects alive after collection: {live}. Make them in a fixture: "
            "gc.freeze() would hide them from the cyclic garbage collector.")
    gc.freeze()


def _live_qobjects() -> list[str]:
    if "PySide6.QtCore" not in sys.modules:
        return []
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    return sorted({type(o).__name__ for o in gc.get_objects()
                   if isinstance(o, QObject) and Shiboken.isValid(o)})
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """No test may read or write the real user data dir, or inherit a passphrase."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZORGDESK_HOME", str(home))
    monkeypatch.delenv("ZORGDESK_PASSPHRASE", raising=False)
    yield home
    GLOBAL_THROTTLE._failures.clear()
    GLOBAL_THROTTLE._blocked_until.clear()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One demo vault per test run; tests get their own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.zdv"
    create_demo_vault(path, today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
    return path


def copy_vault(source: Path, target_dir: Path) -> Path:
    target = target_dir / source.name
    shutil.copy2(source, target)
    shutil.copy2(keyfile_path(source), keyfile_path(target))
    return target


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    return copy_vault(demo_template, tmp_path)


@pytest.fixture
def demo_vault(demo_path):
    vault = Vault.open(demo_path, DEMO_PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def session(demo_vault):
    """The demo school's services on its fixed day (a test file may define its own)."""
    return Session(demo_vault, FixedClock(TODAY))


@pytest.fixture
def zoe(session):
    return session.basedata.pupils("Zoë")[0]


@pytest.fixture
def asked(monkeypatch):
    """Questions are recorded; the answers a test puts in ``asked.answers`` are given."""
    from zorgdesk.ui import messages  # Qt only for the tests that ask for this fixture

    said: list = []
    answers: list[bool] = []
    monkeypatch.setattr(messages, "_sink", said)
    monkeypatch.setattr(messages, "_answers", answers)

    class Asked:
        questions = said

    Asked.answers = answers
    return Asked


@pytest.fixture
def new_vault(tmp_path):
    vault, _ = Vault.create(tmp_path / "school.zdv", PASSPHRASE, school_name="OBS Testschool",
                            user_name="Ineke Test", kdf=FAST_KDF_FOR_TESTS)
    yield vault
    vault.close()
