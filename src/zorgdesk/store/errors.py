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
