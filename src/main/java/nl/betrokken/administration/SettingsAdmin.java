package nl.betrokken.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.betrokken.analysis.MunicipalitySettings;
import nl.betrokken.analysis.SettingsService;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.MunicipalityView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/** The settings page's view of a municipality and how its form becomes {@link MunicipalitySettings}. */
@ApplicationScoped
public class SettingsAdmin {

    /** The confidence levels offered; others are possible through the API. */
    static final List<String> CONFIDENCE_LEVELS = List.of("0.9", "0.95", "0.99");

    public record Page(
            MunicipalityView municipality,
            MunicipalitySettings settings,
            MunicipalitySettings defaults,
            List<InstitutionView> institutions,
            List<String> confidenceLevels,
            boolean administrator) {}

    private final SettingsService settings;
    private final OrganisationService organisations;
    private final StaffFormChecks checks;
    private final CurrentUser currentUser;

    public SettingsAdmin(
            SettingsService settings,
            OrganisationService organisations,
            StaffFormChecks checks,
            CurrentUser currentUser) {
        this.settings = settings;
        this.organisations = organisations;
        this.checks = checks;
        this.currentUser = currentUser;
    }

    public Page page(long municipalityId) {
        MunicipalityView municipality = organisations.municipality(municipalityId);
        return new Page(
                municipality,
                settings.get(municipalityId),
                settings.defaults(),
                organisations.institutions(null, municipalityId, null),
                CONFIDENCE_LEVELS,
                currentUser.require().is(Role.ADMINISTRATOR));
    }

    public StaffForm form(Page page) {
        MunicipalitySettings current = page.settings();
        return StaffForm.of()
                .set("parentThreshold", current.parentThreshold())
                .set("staffThreshold", current.staffThreshold())
                .set("microdataThreshold", current.microdataThreshold())
                .set(
                        "confidence",
                        current.confidence() == null
                                ? null
                                : current.confidence().stripTrailingZeros().toPlainString())
                .set("publishEveryHours", current.publishEveryHours())
                .set("twoFactorForAnalysts", Boolean.TRUE.equals(current.twoFactorForAnalysts()) ? "true" : null)
                .set("minParentResponseRate", wholePercent(current.minParentResponseRate()))
                .set("minStaffResponseRate", wholePercent(current.minStaffResponseRate()))
                .set("weightedTargets", Boolean.TRUE.equals(current.weightedTargets()) ? "true" : null);
    }

    /** Saves the form; the population make-up set through the API stays as it is. */
    public boolean save(long municipalityId, StaffForm form) {
        MunicipalitySettings current = settings.get(municipalityId);
        MunicipalitySettings request = new MunicipalitySettings(
                form.integer("parentThreshold"),
                form.integer("staffThreshold"),
                form.integer("microdataThreshold"),
                current.populationShares(),
                confidence(form),
                form.integer("publishEveryHours"),
                form.checked("twoFactorForAnalysts"),
                fraction(form, "minParentResponseRate"),
                fraction(form, "minStaffResponseRate"),
                form.checked("weightedTargets"));
        return checks.attempt(form, request, () -> settings.put(municipalityId, request))
                .isPresent();
    }

    /** The page asks for whole percentages (20), the settings hold fractions (0.20). */
    private static Integer wholePercent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).intValue();
    }

    /** A percentage outside 1..100 is an error by its field (the API's limits speak of fractions). */
    private static BigDecimal fraction(StaffForm form, String field) {
        Integer percent = form.integer(field);
        if (percent == null) {
            return null;
        }
        if (percent < 1 || percent > 100) {
            form.error(field, StaffTexts.of("percent_range"));
            return null;
        }
        return BigDecimal.valueOf(percent).movePointLeft(2);
    }

    private static BigDecimal confidence(StaffForm form) {
        String level = form.choice("confidence", CONFIDENCE_LEVELS, Function.identity());
        return level == null ? null : new BigDecimal(level);
    }
}
