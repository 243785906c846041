package nl.betrokken.analysis;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.betrokken.security.AuditLog;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;

@ApplicationScoped
@Transactional
public class SettingsService {

    private final Scope scope;
    private final AuditLog audit;

    public SettingsService(Scope scope, AuditLog audit) {
        this.scope = scope;
        this.audit = audit;
    }

    @SuppressWarnings("unchecked")
    public MunicipalitySettings get(long municipalityId) {
        Municipality municipality = scope.municipality(municipalityId);
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select item_key, answer, share from population_share"
                + " where municipality_id = :m order by item_key, answer").setParameter("m", municipality.id).getResultList();
        return new MunicipalitySettings(municipality.parentThreshold, municipality.staffThreshold,
                municipality.microdataThreshold, rows.stream()
                .map(r -> new MunicipalitySettings.PopulationShare((String) r[0], (String) r[1], (BigDecimal) r[2])).toList());
    }

    public MunicipalitySettings put(long municipalityId, MunicipalitySettings settings) {
        Municipality municipality = scope.municipality(municipalityId);
        municipality.parentThreshold = settings.parentThreshold();
        municipality.staffThreshold = settings.staffThreshold();
        municipality.microdataThreshold = settings.microdataThreshold();
        var entityManager = Panache.getEntityManager();
        entityManager.createNativeQuery("delete from population_share where municipality_id = :m")
                .setParameter("m", municipality.id).executeUpdate();
        for (MunicipalitySettings.PopulationShare share : settings.populationShares()) {
            entityManager.createNativeQuery("insert into population_share (municipality_id, item_key, answer, share)"
                    + " values (:m, :k, :a, :s) on conflict (municipality_id, item_key, answer) do update set share = excluded.share")
                    .setParameter("m", municipality.id).setParameter("k", share.itemKey()).setParameter("a", share.answer())
                    .setParameter("s", share.share()).executeUpdate();
        }
        audit.record("settings-changed", "municipality", municipality.id, municipality.id,
                "thresholds: parents " + settings.parentThreshold() + ", staff " + settings.staffThreshold() + ", raw rows "
                        + settings.microdataThreshold() + "; " + settings.populationShares().size() + " population shares");
        return get(municipalityId);
    }
}
