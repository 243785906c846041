package nl.betrokken.respond;

import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.waves.WaveStatus;

/**
 * Everything about the link a respondent followed: the school's own one or a channel's (then with
 * the channel, and assisted when it was the helper's link). Pages and cookies stay on that link.
 */
record WaveContext(LinkMemory.Link link, String slug, Questionnaire questionnaire, long versionId, WaveStatus status) {

    long rowId() {
        return link.rowId();
    }

    Long channelId() {
        return link.channelId();
    }

    AnswerWay way() {
        return link.way();
    }

    String institutionName() {
        return link.institutionName();
    }

    boolean assisted() {
        return way() == AnswerWay.ASSISTED;
    }
}
