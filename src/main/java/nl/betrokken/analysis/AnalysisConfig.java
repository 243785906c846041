package nl.betrokken.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "betrokken.analysis")
public interface AnalysisConfig {

    /** The level of every confidence interval unless a request asks for another. */
    @WithDefault("0.95")
    double confidence();

    /**
     * Below this share of a group's parents answering, a parents' figure is not representative: the bar of
     * the 5Essentials reports (Consortium on Chicago School Research), unless a municipality sets its own.
     */
    @WithDefault("0.20")
    double minParentResponseRate();

    /** The same for staff questionnaires: half of the team, as in the 5Essentials reports. */
    @WithDefault("0.50")
    double minStaffResponseRate();

    /** A group whose share of respondents is below this fraction of its share of all parents is under-represented. */
    @WithDefault("0.8")
    double underRepresentedBelow();

    /**
     * A typology statement is clearly not wanted when fewer than this share would like it ("the teacher
     * visits us at home"), or when fewer would like it than say it happens now.
     */
    @WithDefault("0.3")
    double notWantedBelow();

    /**
     * A mutual expectation is unmet for parents or team when at least half of them say it matters and the
     * share saying it happens lies at least this far below the share saying it matters.
     */
    @WithDefault("0.2")
    double unmetGap();
}
