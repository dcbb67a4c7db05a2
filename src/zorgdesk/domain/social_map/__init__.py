"""De sociale kaart: the school's own list of help and contacts (seed 003 l.5432-5467).

The seed's protocol ends with a "sociale kaart" naming the organisations a school turns
to (jeugdgezondheidszorg, sociaal wijkteam, jeugd- en gezinsteam, CJG, calamiteiten- en
zedenteam, zeden- en jeugdpolitie) and l.3425-3427 say it holds "een telefoonlijst met
ketenpartners, relevante partijen en het calamiteitenteam". ZorgDesk keeps that list
per school: editable, picked from wherever the IB records whom she consulted or handed
over to, so names are spelled one way in every dossier.

Pure Python: validation returns Dutch problems and never loses input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from zorgdesk.domain.validation import FieldProblem, require_text


class Category(StrEnum):
    JEUGDGEZONDHEIDSZORG = "jeugdgezondheidszorg"
    SOCIAAL_WIJKTEAM = "sociaal_wijkteam"
    JEUGD_EN_GEZINSTEAM = "jeugd_en_gezinsteam"
    CJG = "cjg"
    CALAMITEITENTEAM = "calamiteitenteam"
    POLITIE = "politie"
    VEILIG_THUIS = "veilig_thuis"
    KETENPARTNER = "ketenpartner"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


# In the seed's order (l.5434-5458), then Veilig Thuis (l.3428) and the other partners
# the telephone list holds (l.3425-3426).
CATEGORY_LABELS = {
    Category.JEUGDGEZONDHEIDSZORG: "Jeugdgezondheidszorg (GGD)",
    Category.SOCIAAL_WIJKTEAM: "Sociaal wijkteam (SWT)",
    Category.JEUGD_EN_GEZINSTEAM: "Jeugd- en gezinsteam (JGT)",
    Category.CJG: "Centrum voor Jeugd en Gezin (CJG)",
    Category.CALAMITEITENTEAM: "Calamiteiten- en zedenteam",
    Category.POLITIE: "Sociale jeugd- en zedenpolitie",
    Category.VEILIG_THUIS: "Veilig Thuis",
    Category.KETENPARTNER: "Andere ketenpartner of relevante partij",
}

# Where each kind of choice picks from: consulting Veilig Thuis, and help or a warm
# handover (every category except the police and the calamiteitenteam come first).
VEILIG_THUIS_CATEGORIES = (Category.VEILIG_THUIS,)
HELP_CATEGORIES = (Category.JEUGDGEZONDHEIDSZORG, Category.SOCIAAL_WIJKTEAM,
                   Category.JEUGD_EN_GEZINSTEAM, Category.CJG, Category.KETENPARTNER,
                   Category.CALAMITEITENTEAM, Category.POLITIE, Category.VEILIG_THUIS)

MAX_NAME = 120
MAX_FIELD = 200
MAX_NOTE = 2000
_PHONE = re.compile(r"^[0-9+() \-]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class SocialMapDraft:
    """What the IB typed for one entry (any text; validate_entry says what is wrong)."""

    category: str
    organisation: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    note: str = ""


@dataclass(frozen=True)
class SocialMapEntry:
    id: int
    category: Category
    organisation: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    note: str = ""
    active: bool = True

    @property
    def label(self) -> str:
        """How a pick is written into a dossier: 'CJG Zuid (Ans de Wit, 010-1234567)'."""
        details = ", ".join(x for x in (self.contact_person, self.phone) if x)
        return f"{self.organisation} ({details})" if details else self.organisation


def validate_entry(draft: SocialMapDraft) -> tuple[dict[str, str], list[FieldProblem]]:
    """The cleaned values and a Dutch problem per bad field."""
    problems: list[FieldProblem] = []
    try:
        category = Category(draft.category).value
    except ValueError:
        category = ""
        problems.append(FieldProblem("category", "Kies een categorie uit de lijst."))
    values = {
        "category": category,
        "organisation": require_text(draft.organisation, "organisation",
                                     "de naam van de organisatie", problems, MAX_NAME),
        "contact_person": require_text(draft.contact_person, "contact_person",
                                       "de contactpersoon", problems, MAX_NAME, required=False),
        "phone": require_text(draft.phone, "phone", "het telefoonnummer", problems, 40,
                              required=False),
        "email": require_text(draft.email, "email", "het e-mailadres", problems, MAX_FIELD,
                              required=False),
        "website": require_text(draft.website, "website", "de website", problems, MAX_FIELD,
                                required=False),
        "note": require_text(draft.note, "note", "de toelichting", problems, MAX_NOTE,
                             required=False),
    }
    if values["phone"] and not _PHONE.match(values["phone"]):
        problems.append(FieldProblem(
            "phone", "Het telefoonnummer mag alleen cijfers, spaties, +, - en haakjes bevatten "
            "(bijvoorbeeld 010-1234567)."))
    if values["email"] and not _EMAIL.match(values["email"]):
        problems.append(FieldProblem(
            "email", "Het e-mailadres is niet geldig (bijvoorbeeld naam@organisatie.nl)."))
    return values, problems


def entries_for(entries: list[SocialMapEntry],
                categories: tuple[Category, ...]) -> list[SocialMapEntry]:
    """Active entries of the given categories, in the order of ``categories``, then by name."""
    order = {c: i for i, c in enumerate(categories)}
    chosen = [e for e in entries if e.active and e.category in order]
    return sorted(chosen, key=lambda e: (order[e.category], e.organisation.casefold()))


def warm_handover_text(label: str) -> str:
    """The agreement a warm handover starts from (seed 003 l.5565-5568): the IB fills in
    who, by when and how it shows that it worked."""
    return (f"Warme overdracht naar {label}: professional, ouder en hulpverlener zijn "
            "samen bij een overleg aanwezig.")
