package nl.betrokken.respond;

import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveStatus;

/**
 * Everything about the link a respondent followed: the school's own one or a channel's (then with
 * the channel, and assisted when it was the helper's link). Pages and cookies stay on that link.
 */
record WaveContext(
        WaveInstitution row,
        String slug,
        Long channelId,
        AnswerWay way,
        Wave wave,
        Questionnaire questionnaire,
        long versionId,
        WaveStatus status,
        String institutionName) {

    boolean assisted() {
        return way == AnswerWay.ASSISTED;
    }
}
