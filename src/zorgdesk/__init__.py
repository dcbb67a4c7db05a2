"""ZorgDesk: offline, encrypted case files for the IB of a Dutch primary school."""

__version__ = "0.1.0"
