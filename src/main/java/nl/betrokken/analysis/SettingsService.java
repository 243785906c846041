package nl.betrokken.analysis;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.disclosure.DisclosureConfig;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;

@ApplicationScoped
@Transactional
public class SettingsService {

    private final Scope scope;
    private final AuditLog audit;
    private final AnalysisConfig analysis;
    private final DisclosureConfig disclosure;

    public SettingsService(Scope scope, AuditLog audit, AnalysisConfig analysis, DisclosureConfig disclosure) {
        this.scope = scope;
        this.audit = audit;
        this.analysis = analysis;
        this.disclosure = disclosure;
    }

    /** The service's defaults, for the settings page to say what an empty field means. */
    public MunicipalitySettings defaults() {
        return new MunicipalitySettings(
                5,
                5,
                10,
                List.of(),
                BigDecimal.valueOf(analysis.confidence()),
                (int) Math.max(1, disclosure.publishEvery().toHours()),
                false,
                BigDecimal.valueOf(analysis.minParentResponseRate()),
                BigDecimal.valueOf(analysis.minStaffResponseRate()),
                false);
    }

    public MunicipalitySettings get(long municipalityId) {
        Municipality municipality = scope.municipality(municipalityId);
        return new MunicipalitySettings(
                municipality.parentThreshold,
                municipality.staffThreshold,
                municipality.microdataThreshold,
                PopulationShare.ofMunicipality(municipality.id).stream()
                        .map(s -> new MunicipalitySettings.PopulationShare(s.itemKey, s.answer, s.share))
                        .toList(),
                municipality.confidence,
                municipality.publishEveryHours,
                municipality.twoFactorForAnalysts,
                municipality.minParentResponseRate,
                municipality.minStaffResponseRate,
                municipality.weightedTargets);
    }

    public MunicipalitySettings put(long municipalityId, MunicipalitySettings settings) {
        Municipality municipality = scope.municipality(municipalityId);
        municipality.parentThreshold = settings.parentThreshold();
        municipality.staffThreshold = settings.staffThreshold();
        municipality.microdataThreshold = settings.microdataThreshold();
        municipality.confidence = settings.confidence();
        municipality.publishEveryHours = settings.publishEveryHours();
        municipality.minParentResponseRate = settings.minParentResponseRate();
        municipality.minStaffResponseRate = settings.minStaffResponseRate();
        if (settings.weightedTargets() != null) {
            municipality.weightedTargets = settings.weightedTargets();
        }
        if (settings.twoFactorForAnalysts() != null) {
            // a municipality's analyst may ask more of its own logins, not less than an administrator set
            if (municipality.twoFactorForAnalysts && !settings.twoFactorForAnalysts() && !scope.isAdministrator()) {
                throw new InvalidFieldException(
                        "twoFactorForAnalysts",
                        "only an administrator can turn the second factor off",
                        "settings_two_factor_admin_only");
            }
            municipality.twoFactorForAnalysts = settings.twoFactorForAnalysts();
        }
        PopulationShare.deleteOf(municipality.id);
        for (MunicipalitySettings.PopulationShare share : settings.populationShares()) {
            // an upsert: the same answer twice in the request keeps the last share, as it always did
            Panache.getEntityManager()
                    .createNativeQuery(
                            "insert into population_share (municipality_id, item_key, answer, share)"
                                    + " values (:m, :k, :a, :s) on conflict (municipality_id, item_key, answer) do update set share = excluded.share")
                    .setParameter("m", municipality.id)
                    .setParameter("k", share.itemKey())
                    .setParameter("a", share.answer())
                    .setParameter("s", share.share())
                    .executeUpdate();
        }
        // a question whose shares the request left out keeps no source of them either
        Panache.getEntityManager()
                .createNativeQuery("delete from population_margin where municipality_id = :m and item_key not in"
                        + " (select item_key from population_share where municipality_id = :m)")
                .setParameter("m", municipality.id)
                .executeUpdate();
        audit.record(
                "settings-changed",
                "municipality",
                municipality.id,
                municipality.id,
                "thresholds: parents " + settings.parentThreshold() + ", staff " + settings.staffThreshold()
                        + ", raw rows " + settings.microdataThreshold() + "; confidence "
                        + (settings.confidence() == null ? "default" : settings.confidence()) + ", publish every "
                        + (settings.publishEveryHours() == null ? "default" : settings.publishEveryHours() + " h")
                        + ", second factor for analysts " + municipality.twoFactorForAnalysts
                        + "; representative from parents " + orDefault(settings.minParentResponseRate())
                        + ", staff " + orDefault(settings.minStaffResponseRate()) + ", weighted targets "
                        + municipality.weightedTargets + "; "
                        + settings.populationShares().size() + " population shares");
        return get(municipalityId);
    }

    private static String orDefault(BigDecimal value) {
        return value == null ? "default" : value.toPlainString();
    }
}
