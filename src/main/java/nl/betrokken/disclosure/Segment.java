package nl.betrokken.disclosure;

import nl.betrokken.definitions.answers.AnswerWay;

/**
 * A part of an institution's respondents the counter keeps apart: those of one channel, those who
 * answered one way, or those who gave one answer (or none) to a background question. Each response is in
 * exactly one segment of each family (the channels, the ways, one background question's answers), so each
 * family splits an institution's respondents without overlap. The counter writes the same codes
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

    /** Those who gave this answer to a background question; {@code answer} "-" for no answer. */
    public static Segment answer(String itemKey, String answer) {
        return new Segment("answer:" + itemKey + "=" + answer);
    }

    public boolean isChannel() {
        return code.startsWith("channel:");
    }

    /** The family the segment splits the respondents with: "channel", "way", or "answer:" and the question. */
    public String family() {
        return code.startsWith("answer:") ? code.substring(0, code.indexOf('=')) : code.substring(0, code.indexOf(':'));
    }
}
