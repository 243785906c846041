package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Rules;
import nl.betrokken.disclosure.Unit;

/** Puts together {@link InstitutionAnswers}: each visible institution's own answers, read through disclosure control. */
@ApplicationScoped
@Transactional
public class InstitutionAnswersService {

    private final AnalysisService analysis;

    public InstitutionAnswersService(AnalysisService analysis) {
        this.analysis = analysis;
    }

    public InstitutionAnswers answers(long waveId, AnalysisService.Filter filter) {
        AnalysisService.Selection s = analysis.select(waveId, filter, null);
        Questionnaire questionnaire = s.questionnaire();
        if (!Rules.aboutOrganisations(questionnaire.audience())) {
            throw new InvalidFieldException(
                    "wave",
                    "is answered by " + questionnaire.audience().code()
                            + "s; answers are shown per institution only for questionnaires institutions or partners"
                            + " answer about themselves");
        }
        List<Unit> units = s.units();
        List<InstitutionAnswers.Column> columns = units.stream()
                .map(u -> new InstitutionAnswers.Column(
                        u.institutionId(), u.name(), u.sector().dutchName(), u.respondents()))
                .toList();
        List<InstitutionAnswers.Section> sections = new ArrayList<>();
        for (Page page : questionnaire.pages()) {
            List<InstitutionAnswers.Row> rows = new ArrayList<>();
            for (Item item : page.items()) {
                if (item.type().isOpenText()) {
                    continue;
                }
                for (String key : AnswerKey.of(item)) {
                    List<String> answers = units.stream()
                            .map(u -> cell(item, s.figures().distribution(key, List.of(u))))
                            .toList();
                    String mode = AnswerKey.mode(key);
                    String text = item.text().in(StaffLanguage.CODE)
                            + (mode == null ? "" : " (" + modeLabel(questionnaire, mode) + ")");
                    rows.add(new InstitutionAnswers.Row(key, item.id(), text, answers));
                }
            }
            if (!rows.isEmpty()) {
                sections.add(
                        new InstitutionAnswers.Section(page.id(), page.title().in(StaffLanguage.CODE), rows));
            }
        }
        return new InstitutionAnswers(
                waveId, s.visible().wave().municipalityId, s.visible().wave().name, columns, sections);
    }

    /** One institution's answer: the chosen options, or how often each was chosen when it answered more than once. */
    static String cell(Item item, Aggregate counts) {
        long answered = counts.shown() ? counts.count("*") : 0;
        if (answered == 0) {
            return "";
        }
        Map<String, Long> chosen = counts.counts().entrySet().stream()
                .filter(e -> !e.getKey().equals("*") && e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> parts = new ArrayList<>();
        List<String> order =
                new ArrayList<>(item.allOptions().stream().map(AnswerOption::id).toList());
        chosen.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String id : order) {
            Long n = chosen.get(id);
            if (n != null) {
                String label = item.option(id)
                        .map(o -> o.label().in(StaffLanguage.CODE))
                        .orElse(id);
                parts.add(answered == 1 ? label : label + " (" + n + "×)");
            }
        }
        return String.join(", ", parts);
    }

    private static String modeLabel(Questionnaire questionnaire, String mode) {
        return questionnaire.modes().stream()
                .filter(m -> m.id().equals(mode))
                .findFirst()
                .map(m -> m.label().in(StaffLanguage.CODE))
                .orElse(mode);
    }
}
