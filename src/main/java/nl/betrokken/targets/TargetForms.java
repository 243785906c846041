package nl.betrokken.targets;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.MunicipalityView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/**
 * The target form: every indicator of every questionnaire (parents, staff, institutions) in one
 * list, an optional sector or school, the threshold in percent and a deadline, turned into the API's
 * {@link TargetRequest}.
 */
@ApplicationScoped
public class TargetForms {

    /** An indicator to choose, grouped by its questionnaire: value {@code questionnaire/indicator}. */
    public record IndicatorChoice(String value, String label) {}

    public record QuestionnaireGroup(String title, List<IndicatorChoice> indicators) {}

    /** What the form offers; administrators also choose the municipality. */
    public record Choices(
            List<QuestionnaireGroup> indicators,
            List<Sector> sectors,
            List<InstitutionView> institutions,
            List<MunicipalityView> municipalities,
            boolean choosesMunicipality) {}

    private final QuestionnaireCatalog catalog;
    private final OrganisationService organisations;
    private final TargetService targets;
    private final StaffFormChecks checks;
    private final CurrentUser currentUser;

    public TargetForms(
            QuestionnaireCatalog catalog,
            OrganisationService organisations,
            TargetService targets,
            StaffFormChecks checks,
            CurrentUser currentUser) {
        this.catalog = catalog;
        this.organisations = organisations;
        this.targets = targets;
        this.checks = checks;
        this.currentUser = currentUser;
    }

    public Choices choices() {
        List<QuestionnaireGroup> groups = new ArrayList<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            List<IndicatorChoice> indicators = new ArrayList<>();
            for (Indicator indicator : entry.questionnaire().indicators()) {
                indicators.add(new IndicatorChoice(
                        entry.questionnaire().id() + "/" + indicator.id(),
                        indicator.label().in(StaffLanguage.CODE)));
            }
            if (!indicators.isEmpty()) {
                groups.add(new QuestionnaireGroup(entry.questionnaire().title().in(StaffLanguage.CODE), indicators));
            }
        }
        return new Choices(
                groups,
                List.of(Sector.values()),
                organisations.institutions(null, null, null),
                organisations.municipalities(),
                currentUser.require().is(Role.ADMINISTRATOR));
    }

    public StaffForm form(TargetView target) {
        return StaffForm.of(
                        "name", target.name(),
                        "indicator", target.questionnaireId() + "/" + target.indicatorId(),
                        "threshold", TargetExtensions.percentNumber(target.threshold()),
                        "deadline", target.deadline().toString(),
                        "municipalityId", String.valueOf(target.municipalityId()))
                .set(
                        "scope",
                        target.institutionId() != null
                                ? "institution:" + target.institutionId()
                                : target.sector() != null
                                        ? "sector:" + target.sector().code()
                                        : null);
    }

    public Optional<Long> create(StaffForm form) {
        TargetRequest request = request(form);
        return checks.attempt(form, request, () -> targets.create(request).id());
    }

    public boolean update(long id, StaffForm form) {
        targets.get(id);
        TargetRequest request = request(form);
        return checks.attempt(form, request, () -> targets.update(id, request).id())
                .isPresent();
    }

    private TargetRequest request(StaffForm form) {
        form.alias("questionnaireId", "indicator").alias("indicatorId", "indicator");
        form.alias("sector", "scope").alias("institutionId", "scope");
        String indicator = form.text("indicator");
        String questionnaire = null;
        String indicatorId = null;
        if (indicator != null && indicator.contains("/")) {
            questionnaire = indicator.substring(0, indicator.indexOf('/'));
            indicatorId = indicator.substring(indicator.indexOf('/') + 1);
        } else if (indicator != null) {
            form.error("indicator", StaffTexts.of("choose_from_list"));
        }
        Sector sector = null;
        Long institution = null;
        StaffForm.Pick scope = form.pick("scope");
        if (scope != null && scope.kind().equals("sector")) {
            sector = Sector.ofCode(scope.value()).orElse(null);
        } else if (scope != null && scope.kind().equals("institution")) {
            institution = scope.id();
        }
        if (scope != null && sector == null && institution == null) {
            form.error("scope", StaffTexts.of("choose_from_list"));
        }
        return new TargetRequest(
                form.id("municipalityId"),
                form.text("name"),
                questionnaire,
                indicatorId,
                threshold(form),
                form.date("deadline"),
                sector,
                institution);
    }

    /** "90", "90 %" and "87,5" are percentages; the API takes the fraction. */
    private static BigDecimal threshold(StaffForm form) {
        String text = form.text("threshold");
        if (text == null) {
            return null;
        }
        try {
            BigDecimal percent =
                    new BigDecimal(text.replace("%", "").replace(',', '.').strip());
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                form.error("threshold", StaffTexts.of("target_threshold_range"));
                return null;
            }
            return percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            form.error("threshold", StaffTexts.of("target_threshold_range"));
            return null;
        }
    }
}
