package nl.betrokken.definitions.model;

import java.util.Set;

/**
 * How a school's type is read from a tagged item list: per rung of the ordered dimension, the share
 * of positive answers; the school stands on the highest rung whose share reaches {@code reachedAt}.
 */
public record Typology(String dimension, Set<String> positive, double reachedAt) {}
