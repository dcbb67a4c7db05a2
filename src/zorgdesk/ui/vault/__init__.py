"""Opening, creating and locking the vault; backup dialogs."""
