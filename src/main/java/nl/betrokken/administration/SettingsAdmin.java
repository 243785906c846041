package nl.betrokken.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.betrokken.analysis.MunicipalitySettings;
import nl.betrokken.analysis.SettingsService;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
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
                .set("twoFactorForAnalysts", Boolean.TRUE.equals(current.twoFactorForAnalysts()) ? "true" : null);
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
                form.checked("twoFactorForAnalysts"));
        return checks.attempt(form, request, () -> settings.put(municipalityId, request))
                .isPresent();
    }

    private static BigDecimal confidence(StaffForm form) {
        String level = form.choice("confidence", CONFIDENCE_LEVELS, Function.identity());
        return level == null ? null : new BigDecimal(level);
    }
}
