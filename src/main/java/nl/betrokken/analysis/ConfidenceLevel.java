package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import nl.betrokken.organisations.Municipality;

/** The confidence level of a municipality's intervals: its own setting, else the service's default. */
@ApplicationScoped
public class ConfidenceLevel {

    private final AnalysisConfig config;

    public ConfidenceLevel(AnalysisConfig config) {
        this.config = config;
    }

    public double of(long municipalityId) {
        Municipality municipality = Municipality.findById(municipalityId);
        return municipality == null || municipality.confidence == null
                ? config.confidence()
                : municipality.confidence.doubleValue();
    }
}
