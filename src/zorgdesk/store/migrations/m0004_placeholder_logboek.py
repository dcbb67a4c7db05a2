# Placeholder so migration numbers stay consecutive on feat/signalen-ui while the
# logboek tables (m0004) are built on another branch. DROP THIS FILE at merge: the
# real m0004 replaces it (it creates nothing, so no vault depends on it).
SQL = ""
