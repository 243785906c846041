package nl.betrokken.organisations.duo;

/** One value an import sets: the field, what it was (null for nothing) and what it becomes. */
public record ImportChange(String field, String from, String to) {}
