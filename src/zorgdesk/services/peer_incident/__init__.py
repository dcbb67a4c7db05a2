"""Route 'grensoverschrijdend gedrag tussen leerlingen' on the vault (issue 22)."""
