package nl.betrokken.waves;

import java.util.List;

/** Freshly made codes. They are shown once: only their hashes are stored. */
public record CodesView(long waveId, long institutionId, String institution, String link, List<String> codes) {}
