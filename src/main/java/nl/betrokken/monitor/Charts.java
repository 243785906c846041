package nl.betrokken.monitor;

import java.util.List;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.common.web.Svg;

/**
 * Charts drawn on the server as inline SVG: no chart library, no script, readable in print. Every
 * chart has a title and a description for screen readers, and the page shows its numbers in a
 * table as well. Colours keep 3:1 contrast against white.
 */
public final class Charts {

    private static final String BAR = "#0b5cad";
    private static final String MUTED = "#595959";
    private static final String TARGET = "#a4000f";

    private Charts() {}

    /** One bar of a bar chart: a share with its interval; a null share draws "not shown". */
    public record Bar(String label, Double share, Double lower, Double upper) {}

    /**
     * Horizontal bars with interval whiskers, one per group, and an optional target line.
     *
     * @param threshold a target to draw as a vertical line, or null
     */
    public static String bars(String title, String description, List<Bar> bars, Double threshold) {
        int labelWidth = 190;
        int plotWidth = 300;
        int rowHeight = 26;
        int top = 8;
        int height = top + rowHeight * Math.max(1, bars.size()) + 24;
        int width = labelWidth + plotWidth + 60;
        String titleId = Svg.id("t");
        String descId = Svg.id("d");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
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
                .append(Svg.text(title))
                .append("</title><desc id=\"")
                .append(descId)
                .append("\">")
                .append(Svg.text(description))
                .append("</desc>");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = labelWidth + plotWidth * tick / 100.0;
            svg.append("<line x1=\"")
                    .append(Svg.number(x))
                    .append("\" y1=\"")
                    .append(top)
                    .append("\" x2=\"")
                    .append(Svg.number(x))
                    .append("\" y2=\"")
                    .append(height - 20)
                    .append("\" stroke=\"#d6d6d6\"/>")
                    .append("<text x=\"")
                    .append(Svg.number(x))
                    .append("\" y=\"")
                    .append(height - 6)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(tick)
                    .append("%</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * rowHeight;
            svg.append("<text x=\"")
                    .append(labelWidth - 8)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1b1b1b\">")
                    .append(Svg.text(shorten(bar.label(), 28)))
                    .append("</text>");
            if (bar.share() == null) {
                svg.append("<text x=\"")
                        .append(labelWidth + 6)
                        .append("\" y=\"")
                        .append(y + 17)
                        .append("\" font-size=\"12\" fill=\"")
                        .append(MUTED)
                        .append("\">niet getoond (te weinig respons)</text>");
                continue;
            }
            double w = plotWidth * bar.share();
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 5)
                    .append("\" width=\"")
                    .append(Svg.number(w))
                    .append("\" height=\"16\" fill=\"")
                    .append(BAR)
                    .append("\"/>");
            if (bar.lower() != null && bar.upper() != null) {
                double x1 = labelWidth + plotWidth * bar.lower();
                double x2 = labelWidth + plotWidth * bar.upper();
                svg.append("<line x1=\"")
                        .append(Svg.number(x1))
                        .append("\" y1=\"")
                        .append(y + 13)
                        .append("\" x2=\"")
                        .append(Svg.number(x2))
                        .append("\" y2=\"")
                        .append(y + 13)
                        .append("\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>")
                        .append(whisker(x1, y))
                        .append(whisker(x2, y));
            }
            svg.append("<text x=\"")
                    .append(labelWidth + plotWidth + 8)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" font-size=\"12\" fill=\"#1b1b1b\">")
                    .append(FigureTexts.percent(bar.share()))
                    .append("</text>");
        }
        if (threshold != null) {
            double x = labelWidth + plotWidth * threshold;
            svg.append("<line x1=\"")
                    .append(Svg.number(x))
                    .append("\" y1=\"")
                    .append(top - 4)
                    .append("\" x2=\"")
                    .append(Svg.number(x))
                    .append("\" y2=\"")
                    .append(height - 20)
                    .append("\" stroke=\"")
                    .append(TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String whisker(double x, int y) {
        return "<line x1=\"" + Svg.number(x) + "\" y1=\"" + (y + 8) + "\" x2=\"" + Svg.number(x) + "\" y2=\"" + (y + 18)
                + "\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>";
    }

    /** One point of a trend: a label (date or wave) and a share with interval. */
    public record Point(String label, Double share, Double lower, Double upper) {}

    /** A line through the waves with interval whiskers, and the target as a dashed line. */
    public static String trend(String title, String description, List<Point> points, Double threshold) {
        int width = 320;
        int height = 150;
        int left = 36;
        int right = 12;
        int top = 10;
        int bottom = 26;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        String titleId = Svg.id("t");
        String descId = Svg.id("d");
        StringBuilder svg =
                new StringBuilder("<svg class=\"chart trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                        + width + " " + height + "\" role=\"img\" aria-labelledby=\"" + titleId + " " + descId
                        + "\"><title id=\""
                        + titleId + "\">" + Svg.text(title) + "</title><desc id=\"" + descId + "\">"
                        + Svg.text(description) + "</desc>");
        for (int tick = 0; tick <= 100; tick += 50) {
            double y = top + plotHeight * (1 - tick / 100.0);
            svg.append("<line x1=\"")
                    .append(left)
                    .append("\" y1=\"")
                    .append(Svg.number(y))
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y2=\"")
                    .append(Svg.number(y))
                    .append("\" stroke=\"#d6d6d6\"/><text x=\"")
                    .append(left - 4)
                    .append("\" y=\"")
                    .append(Svg.number(y + 4))
                    .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(tick)
                    .append("%</text>");
        }
        if (threshold != null) {
            double y = top + plotHeight * (1 - threshold);
            svg.append("<line x1=\"")
                    .append(left)
                    .append("\" y1=\"")
                    .append(Svg.number(y))
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y2=\"")
                    .append(Svg.number(y))
                    .append("\" stroke=\"")
                    .append(TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = left + (points.size() == 1 ? plotWidth / 2 : plotWidth * i / (points.size() - 1));
            svg.append("<text x=\"")
                    .append(Svg.number(x))
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(Svg.text(shorten(p.label(), 14)))
                    .append("</text>");
            if (p.share() == null) {
                continue;
            }
            double y = top + plotHeight * (1 - p.share());
            line.append(line.isEmpty() ? "M" : "L")
                    .append(Svg.number(x))
                    .append(' ')
                    .append(Svg.number(y));
            if (p.lower() != null && p.upper() != null) {
                svg.append("<line x1=\"")
                        .append(Svg.number(x))
                        .append("\" y1=\"")
                        .append(Svg.number(top + plotHeight * (1 - p.upper())))
                        .append("\" x2=\"")
                        .append(Svg.number(x))
                        .append("\" y2=\"")
                        .append(Svg.number(top + plotHeight * (1 - p.lower())))
                        .append("\" stroke=\"#1b1b1b\"/>");
            }
            svg.append("<circle cx=\"")
                    .append(Svg.number(x))
                    .append("\" cy=\"")
                    .append(Svg.number(y))
                    .append("\" r=\"4\" fill=\"")
                    .append(BAR)
                    .append("\"/>");
        }
        if (!line.isEmpty()) {
            svg.append("<path d=\"")
                    .append(line)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(BAR)
                    .append("\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Grouped bars: per category (rung) one bar per series (parents now, parents wish, staff now, staff wish). */
    public static String grouped(
            String title, String description, List<String> categories, List<String> series, List<List<Double>> values) {
        // each at least 3:1 against white (WCAG 1.4.11); the values are written next to the bars as well
        String[] colours = {"#0b5cad", "#4a7bbf", "#1b6e3a", "#3d8a55"};
        int groupHeight = 18 * series.size() + 14;
        int labelWidth = 170;
        int plotWidth = 300;
        int legend = 18 * series.size() + 6;
        int height = legend + groupHeight * categories.size() + 24;
        int width = labelWidth + plotWidth + 60;
        String titleId = Svg.id("t");
        String descId = Svg.id("d");
        StringBuilder svg = new StringBuilder(
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " "
                        + height + "\" role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\"><title id=\""
                        + titleId + "\">"
                        + Svg.text(title) + "</title><desc id=\"" + descId + "\">" + Svg.text(description) + "</desc>");
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(4 + s * 18)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colours[s % colours.length])
                    .append("\"/><text x=\"")
                    .append(labelWidth + 18)
                    .append("\" y=\"")
                    .append(14 + s * 18)
                    .append("\" font-size=\"12\" fill=\"#1b1b1b\">")
                    .append(Svg.text(series.get(s)))
                    .append("</text>");
        }
        for (int c = 0; c < categories.size(); c++) {
            int y0 = legend + c * groupHeight;
            svg.append("<text x=\"")
                    .append(labelWidth - 8)
                    .append("\" y=\"")
                    .append(y0 + 16)
                    .append("\" font-size=\"12\" text-anchor=\"end\" font-weight=\"600\" fill=\"#1b1b1b\">")
                    .append(Svg.text(shorten(categories.get(c), 24)))
                    .append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Double value = values.get(s).get(c);
                int y = y0 + 4 + s * 18;
                if (value == null) {
                    svg.append("<text x=\"")
                            .append(labelWidth + 4)
                            .append("\" y=\"")
                            .append(y + 12)
                            .append("\" font-size=\"11\" fill=\"")
                            .append(MUTED)
                            .append("\">niet getoond</text>");
                    continue;
                }
                svg.append("<rect x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(Svg.number(plotWidth * value))
                        .append("\" height=\"14\" fill=\"")
                        .append(colours[s % colours.length])
                        .append("\"/><text x=\"")
                        .append(Svg.number(labelWidth + plotWidth * value + 4))
                        .append("\" y=\"")
                        .append(y + 12)
                        .append("\" font-size=\"11\" fill=\"#1b1b1b\">")
                        .append(FigureTexts.percent(value))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
