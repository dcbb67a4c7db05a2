"""De sociale kaart: the Beheer dialog and the picker forms use."""
