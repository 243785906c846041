package nl.betrokken.analysis;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;

@ApplicationScoped
@Transactional
public class SettingsService {

    private final Scope scope;
    private final AuditLog audit;

    public SettingsService(Scope scope, AuditLog audit) {
        this.scope = scope;
        this.audit = audit;
    }

    public MunicipalitySettings get(long municipalityId) {
        Municipality municipality = scope.municipality(municipalityId);
        return new MunicipalitySettings(
                municipality.parentThreshold,
                municipality.staffThreshold,
                municipality.microdataThreshold,
                PopulationShare.ofMunicipality(municipality.id).stream()
                        .map(s -> new MunicipalitySettings.PopulationShare(s.itemKey, s.answer, s.share))
                        .toList());
    }

    public MunicipalitySettings put(long municipalityId, MunicipalitySettings settings) {
        Municipality municipality = scope.municipality(municipalityId);
        municipality.parentThreshold = settings.parentThreshold();
        municipality.staffThreshold = settings.staffThreshold();
        municipality.microdataThreshold = settings.microdataThreshold();
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
        audit.record(
                "settings-changed",
                "municipality",
                municipality.id,
                municipality.id,
                "thresholds: parents " + settings.parentThreshold() + ", staff " + settings.staffThreshold()
                        + ", raw rows " + settings.microdataThreshold() + "; "
                        + settings.populationShares().size() + " population shares");
        return get(municipalityId);
    }
}
