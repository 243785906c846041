package nl.betrokken.definitions.model;

import java.util.List;
import nl.betrokken.definitions.condition.ShowIf;

public record Page(String id, LocalText title, LocalText intro, ShowIf showIf, List<Item> items) {}
