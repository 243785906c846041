package nl.betrokken.respond.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.waves.paper.PaperSheet;

/**
 * The entry screen of one form: every question with native controls, in the paper's order and
 * numbers, filled with what was typed when the form comes back with errors. A question with one answer
 * starts on "niet ingevuld", an empty value that stores nothing: Tab lands on it, the arrow keys move
 * to the ticked option, and a slip of the key can be undone the same way.
 */
public record EntryView(PaperEntryService.EntryForm form, List<Section> sections, List<Problem> problems) {

    public record Section(String title, String condition, List<Question> questions) {}

    public record Question(
            int number,
            String id,
            String text,
            String help,
            String instruction,
            String condition,
            List<Group> groups) {}

    /** One answer: a set of radios or checkboxes, or a text field; its mode's label when answered per mode. */
    public record Group(
            String key,
            String id,
            String mode,
            boolean multiple,
            boolean choice,
            boolean longText,
            boolean number,
            List<Choice> choices,
            String value,
            String error,
            boolean autofocus) {}

    public record Choice(String id, String value, String label, boolean checked, boolean autofocus) {}

    /** An error at the top of the page, with a link to its field. */
    public record Problem(String href, String text) {}

    static final String NOT_FILLED_IN = "niet ingevuld";

    static EntryView of(
            PaperEntryService.EntryForm form,
            Map<String, List<String>> typed,
            Map<String, PageAnswers.FieldError> errors) {
        List<Section> sections = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean first = true;
        for (PaperSheet.Section section : form.sheet().sections()) {
            List<Question> questions = new ArrayList<>();
            for (PaperSheet.Question q : section.questions()) {
                List<Group> groups = new ArrayList<>();
                for (PaperSheet.Answer answer : q.answers()) {
                    String id = "q-" + answer.key().replace(':', '-');
                    List<String> values = typed.getOrDefault(answer.key(), List.of());
                    PageAnswers.FieldError error = errors.get(answer.key());
                    String message = error == null ? null : text(error);
                    if (message != null) {
                        problems.add(new Problem(
                                "#" + id,
                                "Vraag " + q.number()
                                        + (answer.mode() == null
                                                ? ""
                                                : " (" + answer.mode().dutch() + ")") + ": " + message));
                    }
                    List<Choice> choices = new ArrayList<>();
                    if (q.choice()) {
                        boolean multiple = q.kind() == PaperSheet.Kind.MANY;
                        boolean anyTicked = values.stream().anyMatch(v -> !v.isBlank());
                        if (!multiple) {
                            choices.add(new Choice(id, "", NOT_FILLED_IN, !anyTicked, first));
                        }
                        for (PaperSheet.Option option : q.options()) {
                            choices.add(new Choice(
                                    choices.isEmpty() ? id : id + "-" + option.id(),
                                    option.id(),
                                    option.label().dutch(),
                                    values.contains(option.id()),
                                    first && choices.isEmpty()));
                        }
                    }
                    groups.add(new Group(
                            answer.key(),
                            id,
                            answer.mode() == null ? null : answer.mode().dutch(),
                            q.kind() == PaperSheet.Kind.MANY,
                            q.choice(),
                            q.kind() == PaperSheet.Kind.LONG_TEXT,
                            q.kind() == PaperSheet.Kind.NUMBER,
                            choices,
                            values.isEmpty() ? "" : String.join(" ", values),
                            message,
                            first && !q.choice()));
                    first = false;
                }
                questions.add(new Question(
                        q.number(),
                        "vraag-" + q.number(),
                        q.text().dutch(),
                        q.help().dutch(),
                        q.instruction().dutch(),
                        q.condition().dutch(),
                        groups));
            }
            sections.add(
                    new Section(section.title().dutch(), section.condition().dutch(), questions));
        }
        errors.values().stream()
                .filter(e -> e.problem() == null)
                .forEach(e -> problems.add(new Problem("#vraag-1", "Geen vraag van deze vragenlijst: " + e.key())));
        return new EntryView(form, sections, problems);
    }

    private static String text(PageAnswers.FieldError error) {
        if (error.problem() == null) {
            return null;
        }
        return switch (error.problem()) {
            case CHOICE -> "kies één van de mogelijkheden.";
            case NUMBER -> "vul een getal in, zoals op het formulier staat.";
            case NUMBER_MIN -> "vul minstens " + error.argument() + " in.";
            case NUMBER_MAX -> "vul hoogstens " + error.argument() + " in.";
            case TOO_LONG -> "gebruik hoogstens " + error.argument() + " tekens; neem de rest niet over.";
            case REQUIRED -> "vul dit in.";
        };
    }
}
