"""De sociale kaart (issue 22): the school's own list of help and contacts.

Mutable (the IB keeps it up to date), sealed by the registry in store/seal.py; an entry
that is no longer used is made inactive, never deleted, because dossiers name it.
Prefilled with the organisations the seed's sociale kaart names (seed 003 l.5432-5458)
and their description from the seed; no phone numbers or contacts: the school adds its own.
"""

_SEED_ENTRIES = (
    ("jeugdgezondheidszorg", "Jeugdgezondheidszorg, GGD",
     "Jeugdarts/-verpleegkundige van de school: vragen en twijfels over de ontwikkeling "
     "van een kind, overleg of verdere hulp."),
    ("sociaal_wijkteam", "Sociaal wijkteam (SWT)",
     "Gezinnen die basisondersteuning nodig hebben en gezinnen met meer complexe "
     "problematiek (schulden, opvoeding, huisvesting)."),
    ("jeugd_en_gezinsteam", "Jeugd- en gezinsteam (JGT)",
     "Gezinnen met opvoed- en opgroeiproblemen."),
    ("cjg", "Centrum voor Jeugd en Gezin (CJG)", "Advies over opgroeien en opvoeden."),
    ("calamiteitenteam", "Calamiteiten- en zedenteam",
     "Ingrijpende incidenten, ook op school: hulpverlenende instanties en politie bekijken "
     "samen wie welke ondersteuning nodig heeft."),
    ("politie", "Sociale Jeugd- en Zedenpolitie (SJZP)",
     "Sociale jeugdproblematiek en zedenmisdrijven."),
    ("veilig_thuis", "Veilig Thuis", "Advies en meldingen bij huiselijk geweld en "
     "kindermishandeling."),
)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


SQL = """
CREATE TABLE social_map_entry (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL,
    organisation TEXT NOT NULL,
    contact_person TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
""" + "".join(
    "INSERT INTO social_map_entry (category, organisation, note, created_at, updated_at) "
    f"VALUES ({_quote(c)}, {_quote(o)}, {_quote(n)}, datetime('now'), datetime('now'));\n"
    for c, o, n in _SEED_ENTRIES)
