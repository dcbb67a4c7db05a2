"""Vault errors. Messages are Dutch (shown to the IB) and never contain pupil data."""

from __future__ import annotations


class VaultError(Exception):
    """Base class; ``str(error)`` is a complete Dutch sentence for the user."""


class WrongPassphraseError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Het wachtwoord is onjuist. Controleer hoofdletters en probeer het opnieuw."
        )


class TooManyAttemptsError(VaultError):
    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        seconds = max(1, round(wait_seconds))
        super().__init__(
            f"Te veel onjuiste pogingen. Wacht {seconds} seconden voordat u het opnieuw probeert."
        )


class NotAVaultError(VaultError):
    def __init__(self, detail: str = "") -> None:
        message = "Dit bestand is geen ZorgDesk-kluis of het is beschadigd."
        if detail:
            message += " " + detail
        super().__init__(message)


class VaultMissingError(VaultError):
    def __init__(self, what: str = "kluis") -> None:
        super().__init__(f"Het {what}bestand is niet gevonden. Controleer de locatie.")


class VaultInUseError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Deze kluis is al geopend in een ander ZorgDesk-venster of op een andere computer. "
            "Sluit dat venster eerst."
        )


class VaultExistsError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Op deze plek staat al een bestand. ZorgDesk maakt geen nieuwe kluis over een "
            "bestaand bestand heen; kies een andere naam of map."
        )


class WeakPassphraseError(VaultError):
    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("Het wachtwoord is niet sterk genoeg: " + " ".join(reasons))


class VaultLockedError(VaultError):
    def __init__(self) -> None:
        super().__init__("De kluis is vergrendeld. Ontgrendel de kluis eerst.")


class VaultTooNewError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Deze kluis is gemaakt met een nieuwere versie van ZorgDesk. "
            "Werk ZorgDesk bij om hem te openen."
        )


class VaultRolledBackError(VaultError):
    """The audit log ends before a row this computer has already seen: an older copy."""

    def __init__(self, found: int, seen: int) -> None:
        self.found, self.seen = found, seen
        super().__init__(
            f"Deze kluis is een oudere kopie: het auditlogboek eindigt bij regel {found}, "
            f"maar op deze computer was de kluis al tot regel {seen} gekomen. Gegevens van "
            "daarna ontbreken in dit bestand (teruggezette of verwisselde kopie). U kunt de "
            "oudere kopie alleen-lezen openen om te kijken of af te drukken, of annuleren en "
            "de nieuwste kluis of back-up zoeken."
        )


class VaultReadOnlyError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Deze kluis is alleen-lezen geopend: bekijken en afdrukken kan, wijzigen niet. "
            "Niets is opgeslagen; uw invoer staat nog in het venster."
        )


class ReadOnlyMediumError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "ZorgDesk mag in deze map niet schrijven (alleen-lezen schijf, USB-stick met "
            "schrijfbeveiliging of een map zonder schrijfrechten). Kopieer de kluis en het "
            "sleutelbestand naar een map waarin u mag schrijven, of open de kluis alleen-lezen."
        )


class DiskFullError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "De schijf is vol: er is niets opgeslagen. Uw invoer staat nog in het venster. "
            "Maak ruimte vrij (verwijder of verplaats bestanden) en probeer het opnieuw."
        )


class DamagedVaultError(NotAVaultError):
    """The key unwrapped but the database cannot be read: damage (or a swapped file)."""

    def __init__(self) -> None:
        VaultError.__init__(self,
            "Databasecontrole: het bestand is geen leesbare ZorgDesk-kluis meer; het is "
            "beschadigd of door iets anders vervangen. Wat u sinds de laatste back-up "
            "opsloeg, is mogelijk niet meer leesbaar. Werk niet verder in dit bestand; zet "
            "een back-up terug op een nieuwe plek (Beheer > Back-up terugzetten of "
            "'zorgdesk restore')."
        )


class KeyFileMismatchError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Het sleutelbestand hoort niet bij deze kluis (een ander kluisnummer). Het "
            "wachtwoord is niet gecontroleerd en dit telt niet als mislukte poging. Zet het "
            "juiste sleutelbestand (*.zdv.key, uit dezelfde back-up of map) naast de kluis."
        )


class ForeignLockError(VaultInUseError):
    """The lock was left by another computer; it may be stale (a USB stick after a crash)."""

    def __init__(self, host: str) -> None:
        Exception.__init__(
            self,
            f"Deze kluis staat als geopend op een andere computer ({host}). Is ZorgDesk "
            "daar nog open, sluit het dan eerst. Is die computer vastgelopen of uitgezet "
            "terwijl de kluis open was, dan kunt u de kluis hier overnemen. Let op: werkt "
            "iemand er toch nog in, dan kunnen wijzigingen elkaar in de weg zitten."
        )
        self.host = host


class KeyNoLongerFitsError(DamagedVaultError):
    """The key unwrapped but does not read the file's first page: an old key (the vault
    was handed over and rekeyed) or damage right at the start of the file."""

    def __init__(self) -> None:
        VaultError.__init__(self,
            "Databasecontrole: met deze sleutel is het bestand geen leesbare ZorgDesk-kluis. "
            "Is de kluis overgedragen aan een nieuwe intern begeleider? Dan werken het oude "
            "wachtwoord, de oude "
            "herstelsleutel en een oud sleutelbestand niet meer; zij opent de kluis met haar "
            "eigen wachtwoord. Is dat niet zo, dan is het bestand beschadigd: werk niet "
            "verder in dit bestand en zet een back-up terug (Beheer > Back-up terugzetten)."
        )


class PendingKeyFileError(VaultError):
    """After a handover's rekey the new key file could not replace the old one: the vault
    is hers already and the new recovery key is the only one, so this comes back beside
    the key instead of being raised; the next open puts the file in place."""

    def __init__(self) -> None:
        super().__init__(
            "De kluis is overgedragen, maar het nieuwe sleutelbestand kon niet op zijn "
            "plaats worden gezet (de schijf of USB-stick was vol, weg of alleen-lezen). Het "
            "staat naast de kluis als *.zdv.key.pending. Bewaar de herstelsleutel goed en "
            "laat dat bestand staan: ZorgDesk zet het op zijn plaats zodra de kluis weer "
            "wordt geopend met het nieuwe wachtwoord of de nieuwe herstelsleutel."
        )


class UpgradeFailedError(VaultError):
    """A schema upgrade at open failed; its transaction was rolled back, so the vault is
    as it was (the older schema). ``detail``: what the IB can do about the cause (a full
    disk, a backup that could not be made); never anything from the dossier.

    ``partly``: migrations before the failing one were committed (one transaction
    each), so the vault is no longer as it was and a previous ZorgDesk may refuse it;
    opening again continues the upgrade."""

    def __init__(self, detail: str = "", *, partly: bool = False) -> None:
        if partly:
            message = ("De kluis is maar voor een deel bijgewerkt naar de nieuwe versie van "
                       "ZorgDesk: het bijwerken stopte halverwege. Wat al bijgewerkt was, "
                       "blijft bewaard; bij de volgende keer openen gaat het bijwerken verder.")
            advice = ("Probeer het opnieuw. Lukt het weer niet, neem dan contact op met de "
                      "beheerder; de back-up van voor het bijwerken staat in de back-upmap.")
        else:
            message = ("De kluis kon niet worden bijgewerkt naar de nieuwe versie van "
                       "ZorgDesk. Er is niets gewijzigd: de kluis is nog zoals hij was.")
            advice = ("Probeer het opnieuw. Lukt het weer niet, neem dan contact op met de "
                      "beheerder en werk zolang met de vorige versie van ZorgDesk.")
        super().__init__(message + " " + (detail or advice))
