package nl.betrokken.respond;

import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveStatus;

/** Everything about the link a respondent followed. */
record WaveContext(
        WaveInstitution row,
        Wave wave,
        Questionnaire questionnaire,
        long versionId,
        WaveStatus status,
        String institutionName) {}
