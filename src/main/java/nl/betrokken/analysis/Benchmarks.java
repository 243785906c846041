package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.disclosure.PercentileBand;
import nl.betrokken.disclosure.Percentiles;
import nl.betrokken.disclosure.Withheld;

/**
 * One school's indicators next to its municipality, the schools of its sector in the municipality,
 * and the platform's norm group of its sector. {@code schoolYear} is the wave's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Benchmarks(
        long waveId,
        String wave,
        long institutionId,
        String institution,
        String sector,
        String schoolYear,
        double confidence,
        List<IndicatorBenchmark> indicators) {

    public record IndicatorBenchmark(String indicatorId, String label, Figure school, List<Against> against) {}

    /** What a school is held against. */
    public enum Kind {
        MUNICIPALITY,
        SECTOR,
        NORM_GROUP;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * One comparison. For the municipality and its sector: the group's share (the school included),
     * the school's band among the group's schools when there are enough of them, and the verdict of
     * the school against the group's other schools. For the norm group: its percentiles, the year they
     * were frozen, the band, and the verdict of the school's interval against the norm's median.
     * Without a verdict, {@code withheld} or {@code missing} says why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Against(
            Kind kind,
            String group,
            Double share,
            PercentileBand band,
            Verdict verdict,
            Integer schools,
            Percentiles norm,
            String normYear,
            OffsetDateTime normFrozenAt,
            Withheld withheld,
            String missing) {

        static Against missing(Kind kind, String group, Withheld withheld, String missing) {
            return new Against(kind, group, null, null, null, null, null, null, null, withheld, missing);
        }
    }
}
