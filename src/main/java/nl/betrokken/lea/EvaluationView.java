package nl.betrokken.lea;

import java.time.LocalDate;
import java.util.List;
import nl.betrokken.targets.TargetView;

/**
 * The yearly evaluation of an action plan: per goal, its target as the monitor showed it at the end
 * of that year (latest figure, interval, status, trend), and what the partners said about it.
 */
public record EvaluationView(
        long planId,
        String title,
        String municipality,
        int year,
        List<Integer> years,
        List<GoalResult> goals,
        List<Comment> general,
        boolean mayComment,
        String generatedAt) {

    public record GoalResult(
            long id, String description, LocalDate dueDate, TargetView target, List<Comment> comments) {}

    public record Comment(String author, String organisation, String at, String body) {}
}
