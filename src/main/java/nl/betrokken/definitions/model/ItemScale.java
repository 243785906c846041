package nl.betrokken.definitions.model;

import java.util.List;

/** Scale items that together measure one thing; their reliability is reported as Cronbach's alpha. */
public record ItemScale(String id, LocalText label, List<String> items) {}
