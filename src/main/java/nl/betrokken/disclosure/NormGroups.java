package nl.betrokken.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.AuditLog;

/**
 * The platform's norm groups: for one school year, every school of a sector, in any municipality,
 * with a published figure on an indicator (at its own municipality's threshold), read as
 * percentiles and frozen. A school is compared with the norm of its wave's school year, or the
 * newest frozen before it, so the norm does not move under it while other schools answer. A group is
 * kept only when it holds at least {@link DisclosureConfig#schoolsForSpread()} schools from more
 * than one municipality; below that it would say little, or say something about a few schools.
 */
@ApplicationScoped
@Transactional
public class NormGroups {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    /** A school year that was frozen, when, and how many norm groups it gave. */
    public record Freeze(String schoolYear, OffsetDateTime frozenAt, int groups) {}

    /** The norm a school is compared with: its school year, when it was frozen, and its percentiles. */
    public record Norm(String schoolYear, OffsetDateTime frozenAt, int municipalities, Percentiles percentiles) {}

    private final EntityManager entityManager;
    private final CellStore cells;
    private final QuestionnaireCatalog catalog;
    private final DisclosureConfig config;
    private final AuditLog audit;

    NormGroups(
            EntityManager entityManager,
            CellStore cells,
            QuestionnaireCatalog catalog,
            DisclosureConfig config,
            AuditLog audit) {
        this.entityManager = entityManager;
        this.cells = cells;
        this.catalog = catalog;
        this.config = config;
        this.audit = audit;
    }

    /** The school year a day falls in: from 1 August to 31 July, written as "2025-2026". */
    public static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    public List<Freeze> frozen() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select school_year, frozen_at, groups from norm_freeze order by school_year desc")
                .getResultList();
        return rows.stream()
                .map(r -> new Freeze((String) r[0], CellStore.time(r[1]), ((Number) r[2]).intValue()))
                .toList();
    }

    /** Freezes a school year that has ended; once frozen it stays as it is. */
    public Freeze freeze(String requested) {
        String schoolYear = requested == null ? "" : requested.strip();
        LocalDate[] span = span(schoolYear);
        if (!Dates.today().isAfter(span[1])) {
            throw new InvalidFieldException(
                    "schoolYear",
                    "the school year " + schoolYear + " runs until " + span[1]
                            + ": freeze it after that, when every school that answers in it has answered",
                    "norm_year_not_over",
                    schoolYear,
                    span[1].getYear());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = entityManager
                .createNativeQuery("insert into norm_freeze (school_year, frozen_at, groups) values (:year, :at, 0)"
                        + " on conflict do nothing")
                .setParameter("year", schoolYear)
                .setParameter("at", now)
                .executeUpdate();
        if (inserted == 0) {
            throw new ConflictException(
                    "the norm of school year " + schoolYear + " is frozen already; a frozen norm does not change",
                    "norm_frozen_already",
                    schoolYear);
        }
        int groups = 0;
        for (Map.Entry<GroupKey, Map<Long, SchoolShare>> group : shares(span).entrySet()) {
            Set<Long> municipalities = new HashSet<>();
            group.getValue().values().forEach(s -> municipalities.add(s.municipalityId()));
            if (group.getValue().size() < config.schoolsForSpread() || municipalities.size() < 2) {
                continue;
            }
            Percentiles p = Percentiles.of(group.getValue().values().stream()
                    .mapToDouble(SchoolShare::share)
                    .toArray());
            GroupKey key = group.getKey();
            entityManager
                    .createNativeQuery("""
                            insert into norm_group (school_year, questionnaire_id, indicator_id, sector, schools,
                                                    municipalities, p10, p25, p50, p75, p90)
                            values (:year, :questionnaire, :indicator, :sector, :schools, :municipalities,
                                    :p10, :p25, :p50, :p75, :p90)
                            """)
                    .setParameter("year", schoolYear)
                    .setParameter("questionnaire", key.questionnaireId())
                    .setParameter("indicator", key.indicatorId())
                    .setParameter("sector", key.sector().name())
                    .setParameter("schools", p.schools())
                    .setParameter("municipalities", municipalities.size())
                    .setParameter("p10", p.p10())
                    .setParameter("p25", p.p25())
                    .setParameter("p50", p.p50())
                    .setParameter("p75", p.p75())
                    .setParameter("p90", p.p90())
                    .executeUpdate();
            groups++;
        }
        entityManager
                .createNativeQuery("update norm_freeze set groups = :groups where school_year = :year")
                .setParameter("groups", groups)
                .setParameter("year", schoolYear)
                .executeUpdate();
        audit.record("frozen", "norm", schoolYear, null, groups + " norm groups");
        return new Freeze(schoolYear, now, groups);
    }

    /** The norm for a wave of this school year: that year's, or the newest frozen before it. */
    public Optional<Norm> norm(String questionnaireId, String indicatorId, Sector sector, String schoolYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select g.school_year, f.frozen_at, g.municipalities, g.schools, g.p10, g.p25, g.p50, g.p75, g.p90
                        from norm_group g join norm_freeze f on f.school_year = g.school_year
                        where g.questionnaire_id = :questionnaire and g.indicator_id = :indicator
                          and g.sector = :sector and g.school_year <= :year
                        order by g.school_year desc limit 1
                        """)
                .setParameter("questionnaire", questionnaireId)
                .setParameter("indicator", indicatorId)
                .setParameter("sector", sector.name())
                .setParameter("year", schoolYear)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Norm(
                        (String) r[0],
                        CellStore.time(r[1]),
                        ((Number) r[2]).intValue(),
                        new Percentiles(
                                ((Number) r[3]).intValue(),
                                ((Number) r[4]).doubleValue(),
                                ((Number) r[5]).doubleValue(),
                                ((Number) r[6]).doubleValue(),
                                ((Number) r[7]).doubleValue(),
                                ((Number) r[8]).doubleValue())));
    }

    private record GroupKey(String questionnaireId, String indicatorId, Sector sector) {}

    private record SchoolShare(long municipalityId, LocalDate opensOn, double share) {}

    private record UnitRow(
            long id,
            long waveId,
            long institutionId,
            Sector sector,
            long municipalityId,
            LocalDate opensOn,
            long versionId) {}

    /** Per group, per school, the share of its newest wave in the school year that has a figure. */
    private Map<GroupKey, Map<Long, SchoolShare>> shares(LocalDate[] span) {
        @SuppressWarnings("unchecked")
        List<Object[]> raw = entityManager
                .createNativeQuery("""
                        select wi.id, w.id, i.id, i.sector, w.municipality_id, w.opens_on, w.questionnaire_version_id
                        from wave w join wave_institution wi on wi.wave_id = w.id
                        join institution i on i.id = wi.institution_id
                        where w.opens_on between :from and :to
                        """)
                .setParameter("from", span[0])
                .setParameter("to", span[1])
                .getResultList();
        List<UnitRow> units = new ArrayList<>();
        for (Object[] r : raw) {
            units.add(new UnitRow(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    Sector.valueOf((String) r[3]),
                    ((Number) r[4]).longValue(),
                    r[5] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[5],
                    ((Number) r[6]).longValue()));
        }
        Map<CellKey, CellStore.Published> published =
                cells.published(units.stream().map(UnitRow::id).toList());
        Map<Long, Rules> rules = new HashMap<>();
        Map<GroupKey, Map<Long, SchoolShare>> groups = new HashMap<>();
        for (UnitRow unit : units) {
            var entry = catalog.byVersionId().get(unit.versionId());
            if (entry == null) {
                continue;
            }
            Questionnaire questionnaire = entry.questionnaire();
            Audience audience = questionnaire.audience();
            if (Rules.aboutOrganisations(audience)) {
                continue;
            }
            int threshold = rules.computeIfAbsent(
                            unit.municipalityId(), id -> Rules.of(Municipality.findById(id), config))
                    .threshold(audience);
            for (var indicator : questionnaire.indicators()) {
                CellStore.Published cell = published.get(new CellKey(unit.id(), CellKind.INDICATOR, indicator.id()));
                if (cell == null || cell.cell().n() < threshold || cell.cell().count("answered") == 0) {
                    continue;
                }
                double share =
                        (double) cell.cell().count("positive") / cell.cell().count("answered");
                groups.computeIfAbsent(
                                new GroupKey(questionnaire.id(), indicator.id(), unit.sector()), k -> new HashMap<>())
                        .merge(
                                unit.institutionId(),
                                new SchoolShare(unit.municipalityId(), unit.opensOn(), share),
                                (old, next) -> next.opensOn().isAfter(old.opensOn()) ? next : old);
            }
        }
        return groups;
    }

    private static LocalDate[] span(String schoolYear) {
        Matcher m = SCHOOL_YEAR.matcher(schoolYear);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new InvalidFieldException(
                    "schoolYear", "must be a school year such as 2025-2026", "norm_school_year");
        }
        int start = Integer.parseInt(m.group(1));
        return new LocalDate[] {LocalDate.of(start, 8, 1), LocalDate.of(start + 1, 7, 31)};
    }
}
