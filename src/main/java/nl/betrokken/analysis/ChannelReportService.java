package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.disclosure.ResponseCounts;
import nl.betrokken.disclosure.Segment;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.organisations.Sector;
import nl.betrokken.waves.WaveChannel;

/** A wave's channels and ways of answering for the current user: see {@link ChannelReport}. */
@ApplicationScoped
@Transactional
public class ChannelReportService {

    static final String OWN_LINK = "Eigen link of codes van de school";

    private final AnalysisService analysis;
    private final ReachService reach;
    private final ResponseCounts responses;

    public ChannelReportService(AnalysisService analysis, ReachService reach, ResponseCounts responses) {
        this.analysis = analysis;
        this.reach = reach;
        this.responses = responses;
    }

    public ChannelReport report(long waveId, AnalysisService.Filter filter) {
        AnalysisService.Selection s = analysis.select(waveId, filter, null);
        List<Unit> units = s.units();
        Map<Long, Map<Segment, Long>> counts =
                responses.perSegment(units.stream().map(Unit::waveInstitutionId).toList());
        boolean published = s.visible().wave().finalPublishedAt != null;
        Map<String, Map<String, Double>> shares =
                ReachService.populationShares(s.figures().municipalityId());

        List<ChannelReport.Channel> channels = new ArrayList<>();
        channels.add(channel(s, counts, Segment.OWN_LINK, null, OWN_LINK, null, published, shares));
        for (WaveChannel c : WaveChannel.ofWave(s.visible().wave())) {
            channels.add(channel(s, counts, Segment.channel(c.id), c.id, c.name, c.kind.label(), published, shares));
        }
        List<ChannelReport.Way> ways = new ArrayList<>();
        for (AnswerWay way : AnswerWay.values()) {
            ways.add(new ChannelReport.Way(
                    way.name().toLowerCase(), label(way), count(counts, units, Segment.way(way))));
        }
        List<ChannelReport.IndicatorByWay> indicators = new ArrayList<>();
        if (published) {
            for (Indicator indicator : s.questionnaire().indicators()) {
                indicators.add(byWay(s, indicator));
            }
        }
        return new ChannelReport(
                waveId,
                s.visible().wave().name,
                s.figures().threshold(),
                published,
                s.figures().respondents(units),
                channels,
                ways,
                indicators);
    }

    private ChannelReport.Channel channel(
            AnalysisService.Selection s,
            Map<Long, Map<Segment, Long>> counts,
            Segment segment,
            Long id,
            String name,
            String kind,
            boolean published,
            Map<String, Map<String, Double>> shares) {
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        for (Unit unit : s.units()) {
            long n = counts.getOrDefault(unit.waveInstitutionId(), Map.of()).getOrDefault(segment, 0L);
            if (n > 0) {
                bySector.merge(unit.sector(), n, Long::sum);
            }
        }
        List<ChannelReport.Count> sectors = new ArrayList<>();
        bySector.forEach((sector, n) -> sectors.add(new ChannelReport.Count(sector.code(), sector.dutchName(), n)));
        List<Reach.MakeUp> makeUp = new ArrayList<>();
        if (published) {
            for (Item item : s.questionnaire().backgroundItems()) {
                makeUp.add(reach.makeUp(
                        item,
                        s.figures().segmentDistribution(segment, item.id(), s.units()),
                        shares.getOrDefault(item.id(), Map.of())));
            }
        }
        return new ChannelReport.Channel(id, name, kind, count(counts, s.units(), segment), sectors, makeUp);
    }

    private static ChannelReport.IndicatorByWay byWay(AnalysisService.Selection s, Indicator indicator) {
        List<Figure> figures = new ArrayList<>();
        for (AnswerWay way : AnswerWay.values()) {
            figures.add(Figure.of(
                    way.name().toLowerCase(),
                    null,
                    s.figures().segmentIndicator(Segment.way(way), indicator.id(), s.units()),
                    s.confidence()));
        }
        Figure self = figures.get(AnswerWay.SELF.ordinal());
        Figure assisted = figures.get(AnswerWay.ASSISTED.ordinal());
        String label = indicator.label().in(StaffLanguage.CODE);
        if (!self.shown() || !assisted.shown()) {
            return new ChannelReport.IndicatorByWay(indicator.id(), label, figures, null, null, null, null);
        }
        Proportions.Difference d = Proportions.difference(
                assisted.positive(), assisted.answered(), self.positive(), self.answered(), s.confidence());
        return new ChannelReport.IndicatorByWay(
                indicator.id(), label, figures, d.estimate(), d.lower(), d.upper(), d.significant());
    }

    private static long count(Map<Long, Map<Segment, Long>> counts, List<Unit> units, Segment segment) {
        return units.stream()
                .mapToLong(u ->
                        counts.getOrDefault(u.waveInstitutionId(), Map.of()).getOrDefault(segment, 0L))
                .sum();
    }

    static String label(AnswerWay way) {
        return switch (way) {
            case SELF -> "Zelf ingevuld";
            case ASSISTED -> "Met hulp ingevuld";
            case PAPER -> "Op papier";
        };
    }
}
