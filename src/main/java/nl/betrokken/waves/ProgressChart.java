package nl.betrokken.waves;

import java.util.List;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.web.Svg;

/**
 * A small inline SVG of how one school's response grew: the responses sent by the end of each day,
 * added up (the live count as it stood that evening; see {@code ResponseCounts.cumulativePerDay}). It
 * is an image with a title and a description for screen readers; the page lists the same numbers in
 * a table. No script, no colour that carries meaning on its own.
 */
final class ProgressChart {

    private static final String LINE = "#0b5cad";
    private static final String AREA = "#dbe8f6";
    private static final String MUTED = "#595959";

    private ProgressChart() {}

    static String svg(String school, List<WavePage.Day> days) {
        int width = 320;
        int height = 130;
        int left = 36;
        int right = 8;
        int top = 10;
        int bottom = 28;
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        long last = days.isEmpty() ? 0 : days.get(days.size() - 1).sent();
        long max = Math.max(1, niceMax(last));
        String titleId = Svg.id("progress-t");
        String descId = Svg.id("progress-d");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart progress\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId)
                .append(' ')
                .append(descId)
                .append("\"><title id=\"")
                .append(titleId)
                .append("\">")
                .append(Svg.text("Ingevulde vragenlijsten van " + school + ", opgeteld per dag"))
                .append("</title><desc id=\"")
                .append(descId)
                .append("\">")
                .append(Svg.text(description(days)))
                .append("</desc>");
        for (long tick : max >= 2 ? new long[] {0, max / 2, max} : new long[] {0, max}) {
            double y = top + plotHeight - plotHeight * (double) tick / max;
            svg.append("<line x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y1=\"")
                    .append(Svg.number(y))
                    .append("\" y2=\"")
                    .append(Svg.number(y))
                    .append("\" stroke=\"#d6d6d6\"/><text x=\"")
                    .append(left - 4)
                    .append("\" y=\"")
                    .append(Svg.number(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(tick)
                    .append("</text>");
        }
        if (!days.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                double x = left + (days.size() == 1 ? plotWidth / 2.0 : plotWidth * (double) i / (days.size() - 1));
                double y = top + plotHeight - plotHeight * (double) days.get(i).sent() / max;
                points.append(Svg.number(x)).append(',').append(Svg.number(y)).append(' ');
            }
            String line = points.toString().strip();
            svg.append("<polygon fill=\"")
                    .append(AREA)
                    .append("\" points=\"")
                    .append(Svg.number(days.size() == 1 ? left + plotWidth / 2.0 : left))
                    .append(',')
                    .append(top + plotHeight)
                    .append(' ')
                    .append(line)
                    .append(' ')
                    .append(Svg.number(days.size() == 1 ? left + plotWidth / 2.0 : left + plotWidth))
                    .append(',')
                    .append(top + plotHeight)
                    .append("\"/><polyline fill=\"none\" stroke=\"")
                    .append(LINE)
                    .append("\" stroke-width=\"2\" points=\"")
                    .append(line)
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(left)
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" font-size=\"11\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(Svg.text(shortDate(days.get(0))))
                    .append("</text><text x=\"")
                    .append(width - right)
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(Svg.text(shortDate(days.get(days.size() - 1))))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** "Van 3 maart 2027 tot en met 10 maart 2027 gegroeid van 0 naar 42 ingevulde vragenlijsten." */
    static String description(List<WavePage.Day> days) {
        if (days.isEmpty()) {
            return "De peiling is nog niet begonnen.";
        }
        WavePage.Day first = days.get(0);
        WavePage.Day last = days.get(days.size() - 1);
        return "Van " + StaffLanguage.date(first.date()) + " tot en met " + StaffLanguage.date(last.date())
                + " gegroeid van " + first.sent() + " naar " + last.sent() + " ingevulde vragenlijsten.";
    }

    private static String shortDate(WavePage.Day day) {
        return day.date().getDayOfMonth() + "-" + day.date().getMonthValue();
    }

    /** 1, 2, 5, 10, 20, 50 … at or above the value, so that the axis reads easily. */
    static long niceMax(long value) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * step >= value) {
                    return f * step;
                }
            }
            step *= 10;
        }
    }
}
