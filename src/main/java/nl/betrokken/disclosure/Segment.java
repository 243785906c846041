package nl.betrokken.disclosure;

import nl.betrokken.definitions.answers.AnswerWay;

/**
 * A part of an institution's respondents the counter keeps apart: those of one channel, or those who
 * answered one way. Each response is in exactly one channel segment and one way segment, so each kind
 * splits an institution's respondents without overlap. The counter writes the same codes
 * ({@code nl.betrokken.counting.AggregateSql}).
 */
public record Segment(String code) {

    /** The school's own link or codes: no channel. */
    public static final Segment OWN_LINK = new Segment("channel:0");

    public static Segment channel(long channelId) {
        return new Segment("channel:" + channelId);
    }

    public static Segment way(AnswerWay way) {
        return new Segment("way:" + way.name());
    }

    public boolean isChannel() {
        return code.startsWith("channel:");
    }
}
