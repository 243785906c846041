package nl.betrokken.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** The share of an answer in a municipality's whole population, which answers are weighted against. */
@Entity
@Table(name = "population_share")
@IdClass(PopulationShare.Key.class)
class PopulationShare extends PanacheEntityBase {

    record Key(long municipalityId, String itemKey, String answer) {}

    @Id
    @Column(name = "municipality_id")
    public long municipalityId;

    @Id
    @Column(name = "item_key")
    public String itemKey;

    @Id
    public String answer;

    @Column(nullable = false, precision = 6, scale = 5)
    public BigDecimal share;

    static List<PopulationShare> ofMunicipality(long municipalityId) {
        return list("municipalityId = ?1 order by itemKey, answer", municipalityId);
    }

    static void deleteOf(long municipalityId) {
        delete("municipalityId", municipalityId);
    }
}
