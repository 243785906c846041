package nl.betrokken.openanswers;

/** A theme as pages and the API show it: {@code number} is what an analyst types to code with it. */
public record ThemeView(long id, int number, String label, long answers) {}
