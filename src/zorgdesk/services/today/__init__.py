"""The "Vandaag" overview: every deadline across pupils, and its calendar export."""
