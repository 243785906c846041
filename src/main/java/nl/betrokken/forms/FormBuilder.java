package nl.betrokken.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Mode;

/**
 * Turns definition items, with what was given and what is wrong, into form fields in one
 * language. The prefix keeps the ids of two forms on one page apart.
 */
public final class FormBuilder {

    private FormBuilder() {}

    public static Form build(
            String prefix,
            List<Item> items,
            List<Mode> modes,
            String language,
            Map<String, List<String>> values,
            Map<String, PageAnswers.FieldError> errors) {
        List<Field> fields = new ArrayList<>();
        List<Form.ErrorLink> errorLinks = new ArrayList<>();
        for (Item item : items) {
            String text = item.text().in(language);
            List<Field.Input> inputs = new ArrayList<>();
            for (String mode : item.answerModes()) {
                String key = AnswerKey.of(item, mode);
                String domId = prefix + key.replace(':', '-');
                String modeLabel = mode == null ? null : modeLabel(modes, mode, language);
                List<String> given = values.getOrDefault(key, List.of());
                PageAnswers.FieldError error = errors.get(key);
                String errorText = error == null ? null : FieldProblems.text(error, language);
                List<Field.Choice> choices =
                        choices(item, language, given, domId, key, errorText == null ? null : "err-" + domId);
                if (errorText != null) {
                    errorLinks.add(new Form.ErrorLink(
                            "#" + (choices.isEmpty() ? domId : choices.get(0).domId()),
                            text + (modeLabel == null ? "" : " (" + modeLabel + ")") + ": " + errorText));
                }
                inputs.add(new Field.Input(
                        key,
                        domId,
                        modeLabel,
                        choices,
                        given.isEmpty() ? "" : given.get(0),
                        errorText,
                        item.maxLength()));
            }
            fields.add(new Field(
                    prefix + item.id(),
                    item.type(),
                    text,
                    item.help().isEmpty() ? null : item.help().in(language),
                    item.required(),
                    inputs));
        }
        return new Form(fields, errorLinks);
    }

    private static List<Field.Choice> choices(
            Item item, String language, List<String> given, String domId, String name, String errorId) {
        List<Field.Choice> choices = new ArrayList<>();
        List<AnswerOption> options = item.allOptions();
        String inputType = item.type() == ItemType.MULTIPLE_CHOICE ? "checkbox" : "radio";
        for (int i = 0; i < options.size(); i++) {
            AnswerOption option = options.get(i);
            choices.add(new Field.Choice(
                    option.id(),
                    option.label().in(language),
                    given.contains(option.id()),
                    domId + "-" + i,
                    inputType,
                    name,
                    errorId));
        }
        return choices;
    }

    private static String modeLabel(List<Mode> modes, String mode, String language) {
        return modes.stream()
                .filter(m -> m.id().equals(mode))
                .map(Mode::label)
                .findFirst()
                .map(l -> l.in(language))
                .orElse(mode);
    }
}
