package nl.betrokken.waves.paper;

import java.util.List;

/** The forms just made: their codes, shown this once (only their hashes are kept). */
public record PrintedForms(
        long waveId,
        long institutionId,
        String institution,
        String language,
        Long channelId,
        String channel,
        List<String> codes) {}
