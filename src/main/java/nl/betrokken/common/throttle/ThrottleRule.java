package nl.betrokken.common.throttle;

import java.time.Duration;

/**
 * How many attempts one key may make within a window. The first {@code free} attempts pass at once;
 * each later one must wait a delay that doubles from {@code firstDelay} up to {@code maxDelay}; none
 * passes beyond {@code limit}. A hard limit has no delays; a growing delay has no limit, so nobody
 * can lock the key for good.
 */
public record ThrottleRule(String name, int limit, int free, Duration firstDelay, Duration maxDelay, Duration window) {

    public ThrottleRule {
        if (limit < 1 || free < 1 || free > limit) {
            throw new IllegalArgumentException(
                    name + ": limit and free attempts must be at least 1, free at most the limit");
        }
    }

    public static ThrottleRule hardLimit(String name, int limit, Duration window) {
        return new ThrottleRule(name, limit, limit, Duration.ZERO, Duration.ZERO, window);
    }

    public static ThrottleRule growingDelay(
            String name, int free, Duration firstDelay, Duration maxDelay, Duration window) {
        return new ThrottleRule(name, Integer.MAX_VALUE, free, firstDelay, maxDelay, window);
    }
}
