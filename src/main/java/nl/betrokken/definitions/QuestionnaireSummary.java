package nl.betrokken.definitions;

import java.util.List;
import nl.betrokken.definitions.model.Audience;

public record QuestionnaireSummary(
        String id,
        int version,
        List<Integer> versions,
        String title,
        Audience audience,
        List<String> languages,
        List<String> awaitingReview) {}
