"""The vault of a large school, built through the services API and cached between runs.

Used by bench_scale.py. Sizes are those of issue 23 times ``scale`` (1.0 = 1,500 pupils
in 60 groups with guardians, 60,000 logboek entries with a busiest pupil of 1,200,
3,000 signal checks, 1,500 conversations with agreements, 200 meldcode trajectories).

Every record goes through the production services (validation, version rows, FTS,
audit chain, row seals); only the commits are batched (``batched``: many service calls
share one transaction) and the key derivation is the fast test KDF. The finished vault
is copied into a cache folder outside the repository (``ZORGDESK_BENCH_CACHE`` or the
user cache dir) under a name that carries the sizes, a hash of the builder's code
(this file and the demo steps it uses) and the schema version, so a second run starts
in seconds and a changed builder builds again. Invented names only; the passphrase is
the public demo one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from platformdirs import user_cache_dir

from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import Answer, Question
from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.meldcode import DemoClock, trajectory_at_step_4
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, keyfile_path
from zorgdesk.store.vault import Vault

BATCH = 1_000
FIRST = ("Daan", "Sem", "Emma", "Julia", "Noah", "Lucas", "Mila", "Tess", "Liam", "Saar",
         "Finn", "Nora", "Levi", "Yara", "Bram", "Zoë", "Adam", "Amira", "Luuk", "Fleur",
         "Jesse", "Lotte", "Milan", "Eva", "Thijs", "Anna", "Ruben", "Sophie", "Mohammed",
         "Noor", "Sam", "Lieke", "Gijs", "Isa", "Max", "Fenna", "Jayden", "Elif", "Emre",
         "Sara", "Hugo", "Roos", "Jens", "Femke", "Stijn", "Iris", "Owen", "Maud", "Tim",
         "Lina", "Olivier", "Evi", "Mees", "Jade", "Siem", "Lynn", "Teun", "Vera", "Ravi",
         "Hanna")
PREFIX = ("", "", "", "de", "van", "van der", "van den", "", "ter", "")
LAST = ("Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
        "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Koster", "Prins", "Huisman", "Kok",
        "Boer", "Kuipers", "Veenstra", "Schouten", "Post", "Vink", "Maas", "Groot", "Berg",
        "Wit", "Leeuwen", "Brink", "Haan", "Çelik", "Yılmaz", "Nguyen", "Bouzid", "Amrani",
        "Kowalski", "Pinas", "Rossi", "García", "Benali", "Haddad", "Martins", "Horst",
        "Veen", "Wal", "Graaf", "Laan", "Linden", "Molen", "Sluis")
SITUATIONS = (
    "Kwam binnen met een blauwe plek op de linkerarm, ongeveer 3 cm.",
    "Huilde 5 minuten bij het hek en wilde niet naar binnen.",
    "Had geen ontbijt gehad en at twee boterhammen in de pauze.",
    "Vertelde dat papa en mama gisteravond hard ruzie maakten.",
    "Droeg drie dagen achter elkaar dezelfde kleren.",
    "Sloeg twee keer een klasgenoot tijdens het buitenspelen.",
    "Zat de hele ochtend stil in de hoek en reageerde niet op vragen.",
    "Kwam 20 minuten te laat; moeder zei dat de wekker niet ging.",
)
LOCATIONS = ("Speelplein", "Klaslokaal", "Gymzaal", "Gang", "Hek")
DOMAINS = ("opvallend_gedrag", "lichamelijk", "verzorging", None)
KM = "km4-12"
KM_ITEMS = ("lichamelijk.01", "lichamelijk.07", "lichamelijk.10", "gedrag-kind.02",
            "gedrag-kind.09", "gedrag-kind-overig.01", "gedrag-ouder.08")


@dataclass(frozen=True)
class Sizes:
    pupils: int
    groups: int
    entries: int
    biggest: int  # entries of the busiest pupil
    checks: int
    conversations: int
    trajectories: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        def n(full: int, least: int = 1) -> int:
            return max(least, round(full * scale))
        return cls(pupils=n(1_500, 30), groups=n(60, 3), entries=n(60_000, 100),
                   biggest=n(1_200, 20), checks=n(3_000), conversations=n(1_500),
                   trajectories=n(200))

    @property
    def key(self) -> str:
        return "-".join(f"{v}" for v in asdict(self).values())


@dataclass(frozen=True)
class ScaleVault:
    path: Path
    sizes: Sizes
    built_seconds: float
    biggest_pupil: int
    typical_pupil: int  # about the average number of entries
    common_name_pupil: int  # a pupil whose first name many texts mention
    today: str

    @property
    def passphrase(self) -> str:
        return DEMO_PASSPHRASE


def cache_dir() -> Path:
    folder = Path(os.environ.get("ZORGDESK_BENCH_CACHE") or user_cache_dir("zorgdesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextlib.contextmanager
def batched(vault: Vault):
    """BENCHMARK ONLY: service calls inside share one transaction (one fsync)."""
    real = vault.transaction
    with real() as outer:
        @contextlib.contextmanager
        def shared():
            yield outer
        vault.transaction = shared
        try:
            yield
        finally:
            del vault.transaction


def _chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _people(session: Session, sizes: Sizes, today: date) -> tuple[list[int], list[str]]:
    base = session.basedata
    with batched(session.vault):
        groups = [base.add_group(f"Groep {1 + g % 8}{chr(65 + g // 8)}")
                  for g in range(sizes.groups)]
        staff = [str(base.add_staff(f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}",
                                    "leerkracht")) for i in range(max(10, sizes.groups))]
    pupils: list[int] = []
    for chunk in _chunks(list(range(sizes.pupils))):
        with batched(session.vault):
            for i in chunk:
                prefix = PREFIX[i % len(PREFIX)]
                last = LAST[(i // len(FIRST)) % len(LAST)]
                born = date(today.year - 5 - i % 8, 1 + i % 12, 1 + i % 28)
                pid = base.add_pupil(PupilDraft(
                    FIRST[i % len(FIRST)], last, born, date(born.year + 4, born.month, 1),
                    tussenvoegsel=prefix, group_id=groups[i % len(groups)]))
                surname = f"{prefix} {last}".strip()
                base.add_guardian(pid, GuardianDraft(
                    f"{FIRST[(i + 17) % len(FIRST)]} {surname}", "moeder", "06-12345678"))
                if i % 4:
                    base.add_guardian(pid, GuardianDraft(
                        f"{FIRST[(i + 31) % len(FIRST)]} {surname}", "vader"))
                pupils.append(pid)
    return pupils, staff


def _entries(session: Session, sizes: Sizes, pupils: list[int], staff: list[str],
             today: date) -> None:
    big, others = pupils[0], pupils[1:]
    plan: list[tuple[int, ...]] = [(big,)] * sizes.biggest
    for n in range(sizes.entries - sizes.biggest):
        pupil = others[n % len(others)]
        # Every 50th entry is an incident between two pupils (shown in both logboeken).
        plan.append((pupil, others[(n + 7) % len(others)]) if n % 50 == 0 else (pupil,))
    for start in range(0, len(plan), BATCH):
        with batched(session.vault):
            for n, pupil_ids in enumerate(plan[start:start + BATCH], start):
                mention = (f" Speelde daarna met {FIRST[(n * 13) % len(FIRST)]}."
                           if n % 5 == 0 else "")
                session.logbook.add_entry(LogbookEntryDraft(
                    pupil_ids=tuple(str(p) for p in pupil_ids),
                    entry_date=today - timedelta(days=1 + n % 700),
                    entry_time=f"{8 + n % 8}:{n % 60:02d}",
                    location=LOCATIONS[n % len(LOCATIONS)],
                    signalled_by=SignalledBy(staff_id=staff[n % len(staff)]),
                    situation=f"{SITUATIONS[n % len(SITUATIONS)]}{mention} (waarneming {n})",
                    domain=DOMAINS[n % len(DOMAINS)]))


def _checks(session: Session, sizes: Sizes, pupils: list[int], today: date) -> None:
    service = Session(session.vault, FixedClock(today)).signals
    for chunk in _chunks(list(range(sizes.checks))):
        with batched(session.vault):
            for n in chunk:
                ticks = tuple(TickDraft(f"{KM}.{KM_ITEMS[(n + k) % len(KM_ITEMS)]}",
                                        "gezien door de leerkracht" if k == 0 else "")
                              for k in range(1 + n % 4))
                service.save_check(pupils[n % len(pupils)], CheckDraft(
                    KM, today - timedelta(days=1 + (n * 11) % 600), "Leerkracht", ticks))


def _conversations(session: Session, sizes: Sizes, pupils: list[int], today: date) -> None:
    service = Session(session.vault, FixedClock(today)).conversations
    signing = Session(service.vault, service.clock).signing
    base = session.basedata
    for chunk in _chunks(list(range(sizes.conversations))):
        with batched(session.vault):
            for n in chunk:
                pid = pupils[n % len(pupils)]
                guardian = base.guardians(pid)[0].name
                held = today - timedelta(days=5 + (n * 7) % 400)
                cid = service.plan(pid, ConversationDraft(
                    kind="regulier", on=held, at="15:30", place="Kamer van de IB",
                    subject=f"Zorgen over welbevinden ({n})",
                    staff=(("Leerkracht", "Leerkracht"),), guardians=((guardian, "moeder"),),
                    phase_notes={"gesprek": "Moeder herkent het beeld."},
                    follow_up_on=held + timedelta(days=42),
                    agreements=(
                        SmartAgreement("Ontbijt elke schooldag thuis vóór 8.15 uur.",
                                       "Leerkracht noteert dagelijks.", guardian,
                                       held + timedelta(days=42), True, True),
                        SmartAgreement("De leerkracht belt elke vrijdag.",
                                       "Aantal gesprekken in het logboek.", "Leerkracht",
                                       held + timedelta(days=28), True, True))))
                if n % 3:  # two in three handed out; half of those signed back
                    signing.hand_out(cid, held + timedelta(days=1))
                    if n % 2:
                        signing.register_signature(cid, guardian, SignatureStatus.AKKOORD,
                                                   held + timedelta(days=3), "School")


def _trajectories(session: Session, sizes: Sizes, pupils: list[int], today: date) -> None:
    for n in range(sizes.trajectories):
        pid = pupils[1 + (n * 7) % (len(pupils) - 1)]
        start = today - timedelta(days=20 + n % 300)
        clock = DemoClock(start)
        svc = Session(session.vault, clock).meldcode
        with batched(session.vault):
            t = trajectory_at_step_4(session, svc, clock, pid, start,
                                     "Blauwe plekken op de bovenarmen, twee keer gezien.",
                                     "Geen broers of zussen op school.", skip=True)
            if n % 3 == 0:
                continue  # open, at step 4
            svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.NEE,
                        reasoning="Geen vermoeden na het gesprek.")
            if n % 3 == 1:
                svc.perform(t, "close", reasoning="Geen vermoeden (afwegingsvraag 1).",
                            monitoring_agreements="Leerkracht let zes weken op.")


def _build(path: Path, sizes: Sizes, today: date, log) -> dict:
    vault, _ = Vault.create(path, DEMO_PASSPHRASE, school_name="OBS De Grote School",
                            place="Weidebeek", user_name="Ineke Bench", kdf=FAST_KDF_FOR_TESTS)
    session = Session(vault, FixedClock(today))
    try:
        start = time.perf_counter()
        pupils, staff = _people(session, sizes, today)
        log(f"  leerlingen en ouders: {time.perf_counter() - start:.0f} s")
        for name, step in (
                ("logboek", lambda: _entries(session, sizes, pupils, staff, today)),
                ("signalenlijsten", lambda: _checks(session, sizes, pupils, today)),
                ("zorggesprekken", lambda: _conversations(session, sizes, pupils, today)),
                ("meldcode", lambda: _trajectories(session, sizes, pupils, today))):
            begin = time.perf_counter()
            step()
            log(f"  {name}: {time.perf_counter() - begin:.0f} s")
        typical = pupils[len(pupils) // 2]
        common = pupils[len(FIRST) if len(pupils) > len(FIRST) else 1]  # another "Daan"
        return {"biggest_pupil": pupils[0], "typical_pupil": typical,
                "common_name_pupil": common, "built_seconds": time.perf_counter() - start}
    finally:
        vault.close()


def builder_digest() -> str:
    """A short hash of the code that decides what the vault holds.

    This file and the demo modules it borrows steps from: when either changes, the
    cached vault no longer matches and is built again (sizes and schema are in the key
    besides).
    """
    from zorgdesk.services.demo import meldcode, school

    digest = hashlib.sha256()
    for source in (Path(__file__), Path(meldcode.__file__), Path(school.__file__)):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def cache_name(sizes: Sizes, schema: int | None = None) -> str:
    tail = "*" if schema is None else str(schema)
    return f"scale-{sizes.key}-b{builder_digest()}-s{tail}"


def scale_vault(scale: float, log=print) -> ScaleVault:
    """The cached vault at this scale; built (and cached) when missing.

    The cache is keyed on the sizes, the builder's code and the schema. A vault cached
    by the same builder at an older schema is migrated (the way a school's own vault
    is) instead of built again.
    """
    sizes = Sizes.at(scale)
    schema = _schema_version()
    folder = cache_dir() / cache_name(sizes, schema)
    meta = folder / "meta.json"
    if not meta.exists():
        shutil.rmtree(folder, ignore_errors=True)
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        older = _older_schema(sizes, schema)
        if older is not None:
            log(f"Kluis van schaal {scale} bijwerken van {older.parent.name}…")
            info = _migrate(older, building)
        else:
            log(f"Kluis bouwen op schaal {scale} ({sizes}); dit kan lang duren…")
            today = date.today()
            info = _build(building / "school.zdv", sizes, today, log)
            info["today"] = today.isoformat()
        (building / "meta.json").write_text(json.dumps(info))
        building.rename(folder)
    info = json.loads(meta.read_text())
    return ScaleVault(folder / "school.zdv", sizes, **info)


def _older_schema(sizes: Sizes, schema: int) -> Path | None:
    """The newest cached vault of the same builder and sizes at an older schema."""
    found = []
    for folder in cache_dir().glob(cache_name(sizes)):
        tail = folder.name.rsplit("-s", 1)[-1]
        if tail.isdigit() and int(tail) < schema and (folder / "meta.json").exists():
            found.append((int(tail), folder))
    return max(found)[1] / "school.zdv" if found else None


def _migrate(older: Path, building: Path) -> dict:
    target = building / older.name
    shutil.copy2(older, target)
    shutil.copy2(keyfile_path(older), keyfile_path(target))
    home = building / "home"
    home.mkdir()
    saved = os.environ.get("ZORGDESK_HOME")
    os.environ["ZORGDESK_HOME"] = str(home)  # rollback memory of this copy only
    try:
        Vault.open(target, DEMO_PASSPHRASE).close()  # migrates to the current schema
    finally:
        if saved is None:
            os.environ.pop("ZORGDESK_HOME", None)
        else:
            os.environ["ZORGDESK_HOME"] = saved
        shutil.rmtree(home, ignore_errors=True)
    return json.loads((older.parent / "meta.json").read_text())


def working_copy(source: ScaleVault, target_dir: Path) -> Path:
    """A private copy to measure on (the cache stays untouched by saves and deletes).

    It gets a user folder of its own too: the vault remembers how far each vault's audit
    log got (rollback detection), and every copy starts from the cached state.
    """
    home = target_dir / "home"
    home.mkdir(exist_ok=True)
    os.environ["ZORGDESK_HOME"] = str(home)
    target = target_dir / source.path.name
    shutil.copy2(source.path, target)
    shutil.copy2(keyfile_path(source.path), keyfile_path(target))
    return target


def _schema_version() -> int:
    from zorgdesk.store import migrations

    return migrations.latest_version()


def stamp() -> str:
    return datetime.now().strftime("%H:%M:%S")
