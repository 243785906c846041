package nl.betrokken.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The platform-wide part of the disclosure rules; the thresholds are set per municipality. */
@ConfigMapping(prefix = "betrokken.disclosure")
public interface DisclosureConfig {

    /** A published figure changes at most this often while its wave is open (closing and "publish now" do not wait). */
    @WithDefault("24h")
    Duration publishEvery();

    /** How often the service looks for figures that are due, and for closed waves to publish finally. */
    @WithDefault("1m")
    String checkEvery();

    /**
     * A board member or school lead sees an aggregate that reaches beyond their own institutions only when at
     * least this many institutions outside their own contribute to it.
     */
    @WithDefault("3")
    int institutionsBeyondScope();

    /**
     * Where a school stands among other schools (a percentile band, a norm group) is read from at least this many
     * schools with a figure, none of them named: ten, as in the norm groups of Panorama and the 5Essentials.
     */
    @WithDefault("10")
    int schoolsForSpread();

    /** This many sent responses on one link within {@link #burstWindow()} mark the link as having had a burst. */
    @WithDefault("10")
    int burstResponses();

    @WithDefault("10m")
    Duration burstWindow();

    /** Single-use codes per institution: its population plus this share of it, and at least {@link #codesMinimumMargin()}. */
    @WithDefault("0.1")
    double codesMargin();

    @WithDefault("5")
    int codesMinimumMargin();

    /** The cap on codes for an institution whose population is not known, until an analyst raises it. */
    @WithDefault("50")
    int codesWithoutPopulation();
}
