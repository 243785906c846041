package nl.betrokken.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * One indicator over the municipality's waves of a questionnaire, oldest first, up to the wave on
 * screen: only the waves whose version counts the indicator the same way (see
 * {@link nl.betrokken.definitions.model.Indicator#countsLike}), each with its figure as published.
 */
public record IndicatorTrend(String indicatorId, String label, List<Point> points) {

    public record Point(long waveId, String wave, LocalDate opensOn, int version, Figure figure) {}
}
