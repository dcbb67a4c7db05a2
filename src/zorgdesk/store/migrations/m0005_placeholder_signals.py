# Placeholder so migration numbers stay consecutive on feat/gesprek-ui while the
# signalen tables (m0005) are built on another branch. DROP THIS FILE at merge: the
# real m0005 replaces it (it creates nothing, so no vault depends on it).
SQL = ""
