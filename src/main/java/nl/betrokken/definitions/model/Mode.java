package nl.betrokken.definitions.model;

/** A way of answering the same item twice, such as the current and the desired situation. */
public record Mode(String id, LocalText label) {}
