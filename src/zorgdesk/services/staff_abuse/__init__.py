"""Route 'vermoeden van misbruik door een medewerker' on the vault (issue 22)."""
