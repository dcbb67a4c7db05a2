"""Opening, creating and locking the vault; backup dialogs; the recovery key page."""
