"""A fictitious demo school. Every name and place here is invented."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import DEFAULT_KDF, KdfParams, keyfile_path
from zorgdesk.store.vault import Vault

# Public on purpose: the demo vault holds only invented people.
DEMO_PASSPHRASE = "regenjas kompas tijger zeilboot"  # noqa: S105
DEMO_SCHOOL = "OBS De Vlinderboom"
DEMO_PLACE = "Weidebeek"
DEMO_USER = "Marieke Hoekstra"

STAFF = [
    ("Marieke Hoekstra", "Intern begeleider / aandachtsfunctionaris"),
    ("Johan de Wit", "Directeur"),
    ("Fatma Yıldız", "Leerkracht groep 3"),
    ("Pieter Bakker", "Leerkracht groep 5"),
    ("Anouk Jansen", "Leerkracht groep 7"),
    ("Rachid El Idrissi", "Gymdocent"),
]

GROUPS = {"Groep 3": 6, "Groep 5": 8, "Groep 7": 10}

# (family key, guardians) - guardians are (name, relation, phone, e-mail, gezag)
FAMILIES = {
    "berg": [("Ingrid van der Berg", "moeder", "06-11223344", "ingrid@voorbeeld.nl", True),
             ("Maarten van der Berg", "vader", "06-22334455", "", True)],
    "celik": [("Ayşe Çelik", "moeder", "06-33445566", "", True),
              ("Mehmet Çelik", "vader", "06-44556677", "m.celik@voorbeeld.nl", True)],
    "dijk": [("Petra van Dijk", "moeder", "06-55667788", "", True)],
    "nguyen": [("Thi Lan Nguyen", "moeder", "06-66778899", "", True),
               ("Van Minh Nguyen", "vader", "", "", True)],
    "jong": [("Sanne de Jong", "moeder", "06-77889900", "sanne@voorbeeld.nl", True),
             ("Kees de Jong", "stiefouder", "", "", False)],
    "kowalski": [("Agnieszka Kowalska", "moeder", "06-88990011", "", True)],
    "bouzid": [("Fatima Bouzid", "moeder", "06-99001122", "", True),
               ("Youssef Bouzid", "vader", "06-10203040", "", True)],
    "pinas": [("Gerda Pinas", "grootouder", "06-20304050", "", False),
              ("Rowena Pinas", "moeder", "06-30405060", "", True)],
}

# first, tussenvoegsel, last, gender, group, birthday (month, day), family or None
PUPILS = [
    ("Zoë", "van der", "Berg", "meisje", "Groep 5", (3, 14), "berg"),
    ("Daan", "van der", "Berg", "jongen", "Groep 3", (9, 2), "berg"),
    ("Emre", "", "Çelik", "jongen", "Groep 7", (1, 23), "celik"),
    ("Elif", "", "Çelik", "meisje", "Groep 3", (6, 30), "celik"),
    ("Daniëlle", "van", "Dijk", "meisje", "Groep 7", (11, 5), "dijk"),
    ("Minh", "", "Nguyen", "jongen", "Groep 5", (7, 19), "nguyen"),
    ("Lotte", "de", "Jong", "meisje", "Groep 5", (2, 8), "jong"),
    ("Bram", "de", "Jong", "jongen", "Groep 7", (10, 12), "jong"),
    ("Julia", "", "Kowalska", "meisje", "Groep 3", (4, 27), "kowalski"),
    ("Adam", "", "Bouzid", "jongen", "Groep 5", (12, 1), "bouzid"),
    ("Noor", "", "Bouzid", "meisje", "Groep 7", (5, 16), "bouzid"),
    ("Jayden", "", "Pinas", "jongen", "Groep 3", (8, 9), "pinas"),
    ("Sem", "", "Visser", "jongen", "Groep 3", (1, 4), None),
    ("Mila", "", "Smit", "meisje", "Groep 3", (3, 3), None),
    ("Chloë", "", "Peeters", "meisje", "Groep 3", (10, 21), None),
    ("Luuk", "", "Mulder", "jongen", "Groep 3", (12, 18), None),
    ("Yara", "", "Haddad", "meisje", "Groep 3", (2, 25), None),
    ("Ömer", "", "Aydın", "jongen", "Groep 3", (6, 6), None),
    ("Tess", "", "Hendriks", "meisje", "Groep 5", (9, 29), None),
    ("Finn", "", "Dekker", "jongen", "Groep 5", (4, 11), None),
    ("Saar", "van", "Leeuwen", "meisje", "Groep 5", (11, 30), None),
    ("Joël", "", "Martins", "jongen", "Groep 5", (8, 17), None),
    ("Amira", "", "Benali", "meisje", "Groep 5", (5, 5), None),
    ("Anaïs", "", "Dubois", "meisje", "Groep 5", (1, 31), None),
    ("Ruben", "", "Koster", "jongen", "Groep 7", (7, 7), None),
    ("Femke", "", "Brouwer", "meisje", "Groep 7", (3, 22), None),
    ("Mohammed", "", "Amrani", "jongen", "Groep 7", (9, 13), None),
    ("Sofía", "", "García", "meisje", "Groep 7", (6, 24), None),
    ("Thijs", "ter", "Horst", "jongen", "Groep 7", (2, 2), None),
    ("Isabella", "", "Rossi", "meisje", "Groep 7", (12, 9), None),
]

DEMO_NAMES = [" ".join(p for p in (f, t, la) if p) for f, t, la, *_ in PUPILS] + [
    g[0] for guardians in FAMILIES.values() for g in guardians] + [s[0] for s in STAFF]


def _feature_seeders() -> list:
    """Example records per feature (logboek, signalen, ...), in dependency order.

    Each seeder is ``seed(session, pupil_ids_by_full_name, today)``.
    """
    # Late imports: the seeders import the services, which import this module's users.
    from zorgdesk.services.demo import case as demo_case
    from zorgdesk.services.demo import conversations as demo_conversations
    from zorgdesk.services.demo import incident as demo_incident
    from zorgdesk.services.demo import logbook as demo_logbook
    from zorgdesk.services.demo import meldcode as demo_meldcode
    from zorgdesk.services.demo import routes as demo_routes
    from zorgdesk.services.demo import signals as demo_signals
    from zorgdesk.services.demo import yearly as demo_yearly

    return [demo_logbook.seed, demo_signals.seed, demo_conversations.seed, demo_meldcode.seed,
            demo_case.seed, demo_incident.seed, demo_yearly.seed, demo_routes.seed_egg,
            demo_routes.seed_staff_abuse]


def _school_year_start(today: date) -> date:
    return date(today.year if today.month >= 8 else today.year - 1, 8, 25)


def create_demo_vault(path: Path | str, today: date | None = None,
                      kdf: KdfParams = DEFAULT_KDF) -> Vault:
    """Create and fill a demo vault; the caller closes it."""
    today = today or date.today()
    # Made the way the first run makes a vault (Session.create): the IB is a staff member,
    # so she is the default "Gesignaleerd door" in the demo as in a real school.
    session, _ = Session.create(Path(path), DEMO_PASSPHRASE, school_name=DEMO_SCHOOL,
                                place=DEMO_PLACE, user_name=DEMO_USER, kdf=kdf,
                                with_recovery_key=False)
    vault = session.vault
    try:
        pupil_ids = fill_demo_data(Session(vault, FixedClock(today)).basedata, today)
        for seed in _feature_seeders():
            seed(session, pupil_ids, today)
    except BaseException:
        vault.close()
        # A half-filled demo is worth nothing and would block a retry ("bestaat al").
        for leftover in (vault.path, keyfile_path(vault.path),
                         vault.path.with_name(vault.path.name + "-wal"),
                         vault.path.with_name(vault.path.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return vault


def fill_demo_data(service: BaseDataService, today: date) -> dict[str, int]:
    for name, role in STAFF[1:]:  # STAFF[0], the IB, is added when the vault is made
        service.add_staff(name, role)
    group_ids = {name: service.add_group(name) for name in GROUPS}
    year_start = _school_year_start(today)
    pupil_ids: dict[str, int] = {}
    family_members: dict[str, list[int]] = {}
    for first, tussen, last, gender, group, (month, day), family in PUPILS:
        # Dutch groups follow the 1 October cut-off: later birthdays sit a year older.
        age = GROUPS[group] + (1 if (month, day) > (10, 1) else 0)
        born = date(year_start.year - age, month, day)
        start = date(born.year + 4, month, day)  # pupils start the day they turn four
        pupil_id = service.add_pupil(PupilDraft(
            first_name=first, tussenvoegsel=tussen, last_name=last, date_of_birth=born,
            start_date=start, gender=gender, group_id=group_ids[group]))
        pupil_ids[" ".join(p for p in (first, tussen, last) if p)] = pupil_id
        if family:
            family_members.setdefault(family, []).append(pupil_id)
            for name, relation, phone, email, authority in FAMILIES[family]:
                service.add_guardian(pupil_id, GuardianDraft(name, relation, phone, email,
                                                             authority))
        else:
            service.add_guardian(pupil_id, GuardianDraft(
                f"Ouder van {first}", "ouder", "", "", True))
    for members in family_members.values():
        for index, a in enumerate(members):
            for b in members[index + 1:]:
                service.link_siblings(a, b)
    return pupil_ids
