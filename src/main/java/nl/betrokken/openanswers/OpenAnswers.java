package nl.betrokken.openanswers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of a wave's answers to one open item, masked, with their codes: what an analyst codes from.
 * Only schools with at least the threshold of respondents are shown; the others are counted in
 * {@code schools} with {@code shown} false and none of their answers.
 */
public record OpenAnswers(
        long waveId,
        String wave,
        int threshold,
        List<OpenItem> items,
        OpenItem item,
        List<ThemeView> themes,
        List<School> schools,
        Long institutionId,
        boolean uncodedOnly,
        List<Answer> answers,
        int page,
        int pages,
        long matching) {

    /** An open question of the questionnaire. */
    public record OpenItem(String id, String text) {}

    /** A school of the wave: its respondents, its answers to the item, how many are coded, whether they are shown. */
    public record School(long institutionId, String name, long respondents, long answers, long coded, boolean shown) {}

    /**
     * One answer: {@code numbers} the numbers of its themes ("1 3"), "0" when coded with none, empty when not
     * coded yet.
     */
    public record Answer(long responseId, String school, String text, String numbers, boolean quote) {

        public boolean coded() {
            return !numbers.isEmpty();
        }
    }

    public boolean chosen(long school) {
        return institutionId != null && institutionId == school;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** This page's address with another page number. */
    public String link(int other) {
        return address(waveId, item.id(), institutionId, uncodedOnly, other);
    }

    /** The coding page of a wave at one question, school (or null for all) and page. */
    static String address(long waveId, String item, Long institutionId, boolean uncodedOnly, int page) {
        return "/monitor/waves/" + waveId + "/open-answers?item="
                + (item == null ? "" : URLEncoder.encode(item, StandardCharsets.UTF_8))
                + (institutionId == null ? "" : "&institution=" + institutionId)
                + (uncodedOnly ? "&uncoded=true" : "")
                + "&page=" + page;
    }

    public long shownAnswers() {
        return schools.stream().filter(School::shown).mapToLong(School::answers).sum();
    }

    public long codedAnswers() {
        return schools.stream().filter(School::shown).mapToLong(School::coded).sum();
    }

    /** Schools whose answers are left out, and how many answers they have. */
    public long withheldSchools() {
        return schools.stream().filter(s -> !s.shown() && s.answers() > 0).count();
    }

    public long withheldAnswers() {
        return schools.stream()
                .filter(s -> !s.shown())
                .mapToLong(School::answers)
                .sum();
    }
}
