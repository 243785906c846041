package nl.betrokken.analysis;

import java.util.List;

/**
 * The answers of a questionnaire organisations fill in about themselves, per institution: a table
 * per page of the questionnaire with a row per question and a column per institution. An
 * institution normally answers once, so a cell is its answer; when it answered more than once, the
 * cell says how often each answer was given. Open questions are not in it.
 */
public record InstitutionAnswers(
        long waveId, long municipalityId, String wave, List<Column> institutions, List<Section> sections) {

    /** An institution of the wave the viewer sees, with how many answers it sent. */
    public record Column(long institutionId, String name, String sector, long responses) {}

    public record Section(String id, String title, List<Row> rows) {}

    /** One question (in one mode); {@code answers} follows the order of the columns, empty when not answered. */
    public record Row(String key, String itemId, String text, List<String> answers) {}
}
