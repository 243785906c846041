package nl.betrokken.definitions.answers;

/**
 * How a response was given: by the parent alone, with a helper at a trusted place (who reads and
 * explains, never answers), or on paper, entered by staff. A flag on the response, never an identity.
 */
public enum AnswerWay {
    SELF,
    ASSISTED,
    PAPER
}
