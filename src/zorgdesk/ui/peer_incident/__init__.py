"""Leerling > Incidenten tussen leerlingen: the route for grensoverschrijdend gedrag."""
