package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who each channel reached and how answers given with help or on paper compare. Numbers of respondents
 * per channel, sector and way are live (like response numbers); what they answered (the background
 * questions per channel, the indicators per way) is published with the final publication of the closed
 * wave only, under the segment rules of disclosure control, and is empty before ({@code answersPublished}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelReport(
        long waveId,
        String wave,
        int threshold,
        boolean answersPublished,
        long respondents,
        List<Channel> channels,
        List<Way> ways,
        List<IndicatorByWay> indicators) {

    /** One channel ({@code channelId} null: the school's own link or codes). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(
            Long channelId,
            String name,
            String kind,
            long respondents,
            List<Count> sectors,
            List<Reach.MakeUp> makeUp) {}

    /** Respondents of one group (a sector, a way). */
    public record Count(String code, String label, long respondents) {}

    /** How many answered alone, with help, on paper. */
    public record Way(String way, String label, long respondents) {}

    /**
     * One indicator per way of answering, and answers with help against answers alone: the difference
     * with Newcombe's interval and the two-proportion z-test, when both are shown.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorByWay(
            String indicatorId,
            String label,
            List<Figure> ways,
            Double assistedMinusSelf,
            Double lower,
            Double upper,
            Boolean significant) {}
}
