package nl.betrokken.definitions.model;

/**
 * One answer that can be picked. The score places scale points on a number line for means and
 * standard deviations; options outside the scale (such as "does not apply") have none.
 */
public record AnswerOption(String id, LocalText label, Double score) {}
