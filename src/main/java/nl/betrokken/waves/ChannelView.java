package nl.betrokken.waves;

import java.util.List;

/**
 * A channel with its links: one for the whole municipality (the parent picks the school) and one per
 * school the caller sees, each with the helper's link beside it; only schools with an open link get
 * channel links (a school that hands out codes keeps its codes).
 */
public record ChannelView(
        long id,
        long waveId,
        String name,
        ChannelKind kind,
        String kindLabel,
        String link,
        String assistedLink,
        List<SchoolLink> schools) {

    public record SchoolLink(long institutionId, String institution, String link, String assistedLink) {}
}
