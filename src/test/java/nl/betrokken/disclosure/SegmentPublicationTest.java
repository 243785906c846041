package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.betrokken.disclosure.FeasibleRange.Expression;
import org.junit.jupiter.api.Test;

/**
 * The segment rules of the final publication, by hand and against an attacker. Threshold 5; one
 * school, its home-language answers split per channel and per way of answering.
 */
class SegmentPublicationTest {

    private static final int T = 5;
    private static final String ITEM = "home-language";
    private static final List<String> ANSWERS = List.of("dutch", "dutch-and-other", "other");
    private static final long SCHOOL = 1;

    /** The case of ChannelsTest: own link 10, library 7, clinic 2, key person 5. */
    @Test
    void theSmallestShownSegmentIsHiddenWhenTheRestWouldGiveAHiddenOneAway() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "channel:0", 10, 0, 0);
        segment(live, "channel:1", 0, 0, 7);
        segment(live, "channel:2", 0, 0, 2);
        segment(live, "channel:3", 0, 0, 5);
        Map<CellKey, Cell> whole = Map.of(wholeKey(), cell(10, 0, 14));

        Set<String> chosen = segments(SegmentPublication.choose(live, whole, T));

        assertEquals(
                Set.of("channel:0", "channel:1"),
                chosen,
                "the clinic's 2 are too few; the key person's 5 would leave exactly them over");
    }

    /** Each family splits the school on its own: a background question's answers are not added to the ways. */
    @Test
    void eachFamilyOfSegmentsIsCheckedAgainstTheWholeOnItsOwn() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "way:SELF", 10, 0, 14);
        segment(live, "answer:child-age=age-4-7", 6, 0, 6);
        segment(live, "answer:child-age=-", 4, 0, 8);
        Map<CellKey, Cell> whole = Map.of(wholeKey(), cell(10, 0, 14));

        assertEquals(
                Set.of("way:SELF", "answer:child-age=age-4-7", "answer:child-age=-"),
                segments(SegmentPublication.choose(live, whole, T)),
                "24 answered one way, and 12 + 12 by their child's age: both splits are whole");
    }

    @Test
    void aRestOfAtLeastTheThresholdLeavesEveryLargeSegmentShown() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "channel:0", 10, 0, 0);
        segment(live, "channel:1", 0, 0, 7);
        segment(live, "channel:2", 0, 2, 0);
        segment(live, "channel:3", 0, 1, 2);
        Map<CellKey, Cell> whole = Map.of(wholeKey(), cell(10, 3, 9));

        assertEquals(
                Set.of("channel:0", "channel:1"),
                segments(SegmentPublication.choose(live, whole, T)),
                "2 and 3 are hidden, together 5: enough to stay hidden as a group");
    }

    @Test
    void nothingIsSplitWhereTheSchoolsFigureLacksTheLastAnswers() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "channel:0", 10, 0, 0);
        segment(live, "channel:1", 0, 0, 8);
        // published before the last 3 came in, which were fewer than the growth rule asks
        Map<CellKey, Cell> whole = Map.of(wholeKey(), cell(10, 0, 5));

        assertEquals(Set.of(), segments(SegmentPublication.choose(live, whole, T)));
    }

    @Test
    void aHiddenSchoolIsNotSplitEither() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "way:SELF", 3, 0, 0);
        segment(live, "way:PAPER", 0, 0, 1);
        assertEquals(Set.of(), segments(SegmentPublication.choose(live, Map.of(wholeKey(), cell(3, 0, 1)), T)));
        assertEquals(Set.of(), segments(SegmentPublication.choose(live, Map.of(), T)));
    }

    @Test
    void channelsAndWaysAreSplitEachOnTheirOwn() {
        Map<CellKey, Cell> live = new LinkedHashMap<>();
        segment(live, "channel:0", 6, 0, 0);
        segment(live, "channel:1", 0, 0, 6);
        segment(live, "way:SELF", 6, 0, 3);
        segment(live, "way:ASSISTED", 0, 0, 3);
        Map<CellKey, Cell> whole = Map.of(wholeKey(), cell(6, 0, 6));

        assertEquals(
                Set.of("channel:0", "channel:1"),
                segments(SegmentPublication.choose(live, whole, T)),
                "with help only 3: its rest would be 3, so the ways show nothing, and the channels all");
    }

    /**
     * The attacker knows how many answered through each channel and each way (live numbers), the school's
     * distribution, and every published segment, and works out with linear programming how many of a
     * hidden segment gave each answer. All they may learn is what a group of at least the threshold shares:
     * when every member of the rest gave the same answer, so did every member of each part of it (as 5 of
     * 5 says of each of the five); never a count strictly between none and all of a hidden segment.
     */
    @Test
    void anAttackerLearnsOfAHiddenSegmentNoMoreThanTheGroupAroundItShares() {
        Random random = new Random(20261202L);
        int attacked = 0;
        for (int round = 0; round < 400; round++) {
            int channels = 2 + random.nextInt(4);
            int[][][] table = new int[channels][3][ANSWERS.size()];
            for (int c = 0; c < channels; c++) {
                int size = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(13);
                for (int i = 0; i < size; i++) {
                    int way = random.nextInt(5) < 3 ? 0 : 1 + random.nextInt(2);
                    int answer = random.nextInt(3) == 0 ? c % ANSWERS.size() : random.nextInt(ANSWERS.size());
                    table[c][way][answer]++;
                }
            }
            Map<CellKey, Cell> live = new LinkedHashMap<>();
            int[] whole = new int[ANSWERS.size()];
            for (int c = 0; c < channels; c++) {
                segment(live, "channel:" + c, sum(table, c, -1));
                for (int a = 0; a < ANSWERS.size(); a++) {
                    whole[a] += sum(table, c, -1)[a];
                }
            }
            String[] ways = {"way:SELF", "way:ASSISTED", "way:PAPER"};
            for (int w = 0; w < 3; w++) {
                segment(live, ways[w], sum(table, -1, w));
            }
            Map<CellKey, Cell> published = Map.of(wholeKey(), cell(whole));
            Map<CellKey, Cell> chosen = SegmentPublication.choose(live, published, T);

            FeasibleRange lp = new FeasibleRange();
            int[][][] x = new int[channels][3][ANSWERS.size()];
            for (int c = 0; c < channels; c++) {
                for (int w = 0; w < 3; w++) {
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        x[c][w][a] = lp.variable("x" + c + w + a);
                    }
                }
            }
            for (int c = 0; c < channels; c++) {
                lp.equal(all(x, c, -1, -1), total(table, c, -1), "respondents of channel " + c);
            }
            for (int w = 0; w < 3; w++) {
                lp.equal(all(x, -1, w, -1), total(table, -1, w), "respondents of " + ways[w]);
            }
            int n = total(table, -1, -1);
            if (n >= T) {
                for (int a = 0; a < ANSWERS.size(); a++) {
                    lp.equal(all(x, -1, -1, a), whole[a], "the school's " + ANSWERS.get(a));
                }
            }
            Set<String> shown = segments(chosen);
            for (int c = 0; c < channels; c++) {
                if (shown.contains("channel:" + c)) {
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        lp.equal(all(x, c, -1, a), sum(table, c, -1)[a], "published channel " + c);
                    }
                }
            }
            for (int w = 0; w < 3; w++) {
                if (shown.contains(ways[w])) {
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        lp.equal(all(x, -1, w, a), sum(table, -1, w)[a], "published " + ways[w]);
                    }
                }
            }
            for (Map.Entry<CellKey, Cell> entry : chosen.entrySet()) {
                assertTrue(entry.getValue().n() >= T, "a published segment has at least the threshold: " + entry);
            }
            for (int c = 0; c < channels; c++) {
                if (!shown.contains("channel:" + c) && total(table, c, -1) > 0) {
                    attacked++;
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        assertNoneOrAll(
                                lp.range(all(x, c, -1, a)), total(table, c, -1), "round " + round + ", channel " + c);
                    }
                }
            }
            for (int w = 0; w < 3; w++) {
                if (!shown.contains(ways[w]) && total(table, -1, w) > 0) {
                    attacked++;
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        assertNoneOrAll(
                                lp.range(all(x, -1, w, a)), total(table, -1, w), "round " + round + ", " + ways[w]);
                    }
                }
            }
        }
        assertTrue(attacked > 400, "the rounds had hidden segments to attack: " + attacked);
    }

    private static void assertNoneOrAll(FeasibleRange.Range range, int size, String where) {
        if (range.pinned()) {
            long value = Math.round(range.min());
            assertTrue(
                    value == 0 || value == size,
                    where + ": pinned to " + value + " of " + size + ", which no group of " + T + " shares");
        }
    }

    /** Respondents per answer of a channel (way -1: all ways) or of a way (channel -1: all channels). */
    private static int[] sum(int[][][] table, int channel, int way) {
        int[] counts = new int[ANSWERS.size()];
        for (int c = 0; c < table.length; c++) {
            for (int w = 0; w < 3; w++) {
                if ((channel < 0 || c == channel) && (way < 0 || w == way)) {
                    for (int a = 0; a < ANSWERS.size(); a++) {
                        counts[a] += table[c][w][a];
                    }
                }
            }
        }
        return counts;
    }

    private static int total(int[][][] table, int channel, int way) {
        int n = 0;
        for (int count : sum(table, channel, way)) {
            n += count;
        }
        return n;
    }

    private static Expression all(int[][][] x, int channel, int way, int answer) {
        Expression e = new Expression();
        for (int c = 0; c < x.length; c++) {
            for (int w = 0; w < 3; w++) {
                for (int a = 0; a < ANSWERS.size(); a++) {
                    if ((channel < 0 || c == channel) && (way < 0 || w == way) && (answer < 0 || a == answer)) {
                        e.plus(x[c][w][a], 1);
                    }
                }
            }
        }
        return e;
    }

    private static void segment(Map<CellKey, Cell> live, String segment, int... counts) {
        live.put(
                new CellKey(SCHOOL, CellKind.SEGMENT_ITEM, CellKind.segmentMeasure(new Segment(segment), ITEM)),
                cell(counts));
    }

    private static CellKey wholeKey() {
        return new CellKey(SCHOOL, CellKind.ITEM, ITEM);
    }

    private static Cell cell(int... counts) {
        Map<String, Long> byAnswer = new HashMap<>();
        long n = 0;
        for (int a = 0; a < counts.length; a++) {
            byAnswer.put(ANSWERS.get(a), (long) counts[a]);
            n += counts[a];
        }
        byAnswer.put("*", n);
        return new Cell(n, byAnswer, Map.of());
    }

    private static Set<String> segments(Map<CellKey, Cell> chosen) {
        Set<String> names = new TreeSet<>();
        List<CellKey> keys = new ArrayList<>(chosen.keySet());
        keys.forEach(k -> names.add(k.measure().substring(0, k.measure().indexOf('|'))));
        return names;
    }
}
