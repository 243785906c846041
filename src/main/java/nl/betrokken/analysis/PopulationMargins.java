package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;

/**
 * The make-up of a municipality's parents per background question (home language, sector, ...), entered
 * per question with its source: all shares of the question's answers, adding up to 100 %, or none.
 */
@ApplicationScoped
@Transactional
public class PopulationMargins {

    /** How far the shares may add up away from 1: rounding to whole or half percentages. */
    static final BigDecimal ROUNDING = new BigDecimal("0.011");

    static final int SOURCE_LENGTH = 300;

    private final Scope scope;
    private final QuestionnaireCatalog catalog;
    private final EntityManager entityManager;
    private final AuditLog audit;

    public PopulationMargins(Scope scope, QuestionnaireCatalog catalog, EntityManager entityManager, AuditLog audit) {
        this.scope = scope;
        this.catalog = catalog;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** The single-choice background questions parents are asked, each once, in the catalog's order. */
    private Map<String, Item> questions() {
        Map<String, Item> questions = new LinkedHashMap<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            if (entry.questionnaire().audience() != Audience.PARENT) {
                continue;
            }
            for (Item item : entry.questionnaire().backgroundItems()) {
                if (item.type() == ItemType.SINGLE_CHOICE) {
                    questions.putIfAbsent(item.id(), item);
                }
            }
        }
        return questions;
    }

    public List<PopulationMargin> list(long municipalityId) {
        Municipality municipality = scope.municipality(municipalityId);
        Map<String, Map<String, BigDecimal>> shares = new HashMap<>();
        for (PopulationShare share : PopulationShare.ofMunicipality(municipality.id)) {
            shares.computeIfAbsent(share.itemKey, k -> new HashMap<>()).put(share.answer, share.share);
        }
        Map<String, Object[]> sources = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select item_key, source, entered_on from population_margin where municipality_id = :m")
                .setParameter("m", municipality.id)
                .getResultList();
        rows.forEach(r -> sources.put((String) r[0], r));
        List<PopulationMargin> margins = new ArrayList<>();
        questions().forEach((key, item) -> {
            Map<String, BigDecimal> known = shares.getOrDefault(key, Map.of());
            List<PopulationMargin.Share> answers = item.options().stream()
                    .map(o -> new PopulationMargin.Share(o.id(), o.label().in(StaffLanguage.CODE), known.get(o.id())))
                    .toList();
            Object[] source = sources.get(key);
            margins.add(new PopulationMargin(
                    key,
                    item.text().in(StaffLanguage.CODE),
                    answers,
                    source == null ? null : (String) source[1],
                    source == null ? null : date(source[2])));
        });
        return margins;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /**
     * Replaces the make-up for one question: a share (0 to 1) for every answer, adding up to 1 within
     * rounding, and where they come from.
     */
    public PopulationMargin save(long municipalityId, String itemKey, Map<String, BigDecimal> shares, String source) {
        Municipality municipality = scope.municipality(municipalityId);
        Item item = question(itemKey);
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.isEmpty()) {
            throw new InvalidFieldException(
                    "source",
                    "say where the shares come from, such as 'CBS, Kerncijfers wijken en buurten 2025'",
                    "margin_source");
        }
        if (cleanSource.length() > SOURCE_LENGTH) {
            throw new InvalidFieldException(
                    "source", "the source has at most " + SOURCE_LENGTH + " characters", "too_long", SOURCE_LENGTH);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (AnswerOption option : item.options()) {
            BigDecimal share = shares == null ? null : shares.get(option.id());
            if (share == null) {
                throw new InvalidFieldException(
                        "shares." + option.id(),
                        "give a share for every answer of '" + itemKey + "'; '" + option.id() + "' has none",
                        "margin_share_missing",
                        option.label().in(StaffLanguage.CODE));
            }
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidFieldException(
                        "shares." + option.id(), "a share is between 0 and 1", "margin_share_range");
            }
            total = total.add(share);
        }
        for (String answer : shares.keySet()) {
            if (item.option(answer).isEmpty()) {
                throw new InvalidFieldException(
                        "shares." + answer, "'" + answer + "' is not an answer of '" + itemKey + "'", "margin_answer");
            }
        }
        if (total.subtract(BigDecimal.ONE).abs().compareTo(ROUNDING) > 0) {
            throw new InvalidFieldException(
                    "shares",
                    "the shares add up to " + total.stripTrailingZeros().toPlainString() + ", not 1",
                    "margin_total",
                    total.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ','));
        }
        remove(municipality, itemKey);
        for (AnswerOption option : item.options()) {
            entityManager
                    .createNativeQuery("insert into population_share (municipality_id, item_key, answer, share)"
                            + " values (:m, :k, :a, :s)")
                    .setParameter("m", municipality.id)
                    .setParameter("k", itemKey)
                    .setParameter("a", option.id())
                    .setParameter("s", shares.get(option.id()))
                    .executeUpdate();
        }
        entityManager
                .createNativeQuery("insert into population_margin (municipality_id, item_key, source, entered_on)"
                        + " values (:m, :k, :s, :d)")
                .setParameter("m", municipality.id)
                .setParameter("k", itemKey)
                .setParameter("s", cleanSource)
                .setParameter("d", Dates.today())
                .executeUpdate();
        audit.record("margin-set", "municipality", municipality.id, municipality.id, itemKey + ": " + cleanSource);
        return list(municipalityId).stream()
                .filter(m -> m.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow();
    }

    /** Removes the make-up of one question: the monitor then shows who answered without comparing. */
    public void delete(long municipalityId, String itemKey) {
        Municipality municipality = scope.municipality(municipalityId);
        question(itemKey);
        remove(municipality, itemKey);
        audit.record("margin-removed", "municipality", municipality.id, municipality.id, itemKey);
    }

    private void remove(Municipality municipality, String itemKey) {
        for (String table : List.of("population_share", "population_margin")) {
            entityManager
                    .createNativeQuery("delete from " + table + " where municipality_id = :m and item_key = :k")
                    .setParameter("m", municipality.id)
                    .setParameter("k", itemKey)
                    .executeUpdate();
        }
    }

    private Item question(String itemKey) {
        Item item = questions().get(itemKey);
        if (item == null) {
            throw new InvalidFieldException(
                    "item",
                    "'" + itemKey + "' is not a background question of a parents' questionnaire; use one of "
                            + String.join(", ", questions().keySet()),
                    "margin_item");
        }
        return item;
    }
}
