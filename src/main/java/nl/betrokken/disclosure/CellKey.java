package nl.betrokken.disclosure;

/** Which cell: the wave institution, and the item key, indicator or scale it measures. */
record CellKey(long waveInstitutionId, CellKind kind, String measure) {}
