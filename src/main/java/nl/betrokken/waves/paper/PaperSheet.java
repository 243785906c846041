package nl.betrokken.waves.paper;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.condition.ShowIf;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.LocalText;
import nl.betrokken.definitions.model.Mode;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * A questionnaire as it is printed and typed in again: every question of every page, numbered 1, 2,
 * 3... through the whole questionnaire (the entry screen shows the same numbers), in Dutch and, where
 * chosen, one more language. Paper cannot hide a question, so every question is printed; one that a
 * condition may hide online says "only if it fits your answer to question n", and what a condition
 * hides is dropped again when the form is entered, as online.
 */
public record PaperSheet(Side dutch, Side second, Pair title, List<Section> sections) {

    /** The texts around the questions in one language, and the direction it is written in. */
    public record Side(
            String language,
            boolean rightToLeft,
            String form,
            String how,
            String skip,
            String privacy,
            String handIn,
            String thanks) {

        public String dir() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    /** A text in Dutch and in the second language (null when Dutch alone). */
    public record Pair(String dutch, String second) {
        public boolean isEmpty() {
            return dutch == null || dutch.isBlank();
        }
    }

    public enum Kind {
        ONE,
        MANY,
        NUMBER,
        TEXT,
        LONG_TEXT
    }

    /** One page of the questionnaire, with the condition of the whole page if it has one. */
    public record Section(String pageId, Pair title, Pair intro, Pair condition, List<Question> questions) {}

    /** An answer that can be ticked. */
    public record Option(String id, Pair label) {}

    /** One answer of a question: its key in the document (item id, or "id:mode"), and the mode's label. */
    public record Answer(String key, Pair mode) {}

    public record Question(
            int number,
            String itemId,
            Kind kind,
            Pair label,
            Pair text,
            Pair help,
            Pair instruction,
            Pair condition,
            List<Option> options,
            List<Answer> answers) {

        public boolean twoMode() {
            return answers.size() > 1 || answers.get(0).mode() != null;
        }

        public boolean choice() {
            return kind == Kind.ONE || kind == Kind.MANY;
        }

        /** A number is written in a box, text on lines. */
        public boolean numberBox() {
            return kind == Kind.NUMBER;
        }

        public boolean longText() {
            return kind == Kind.LONG_TEXT;
        }
    }

    /** The questions numbered through, with their numbers by item id (for conditions and the entry screen). */
    public Map<String, Question> byItemId() {
        return questions().stream().collect(Collectors.toMap(Question::itemId, Function.identity()));
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The sheet in Dutch and, when {@code second} is another language the questionnaire offers, that one too. */
    public static PaperSheet of(Questionnaire questionnaire, String second) {
        Optional<SupportedLanguage> other = questionnaire.languages().stream()
                .filter(code -> !SupportedLanguage.DEFAULT.equals(code) && code.equals(second))
                .findFirst()
                .flatMap(SupportedLanguage::byCode);
        PaperMessages nl = messages(SupportedLanguage.dutch());
        PaperMessages two = other.map(PaperSheet::messages).orElse(null);
        String code = other.map(SupportedLanguage::code).orElse(null);

        Map<String, Integer> numbers = new HashMap<>();
        int next = 1;
        for (Item item : questionnaire.items().toList()) {
            numbers.put(item.id(), next++);
        }
        List<Section> sections = new ArrayList<>();
        for (Page page : questionnaire.pages()) {
            List<Question> questions = new ArrayList<>();
            for (Item item : page.items()) {
                int number = numbers.get(item.id());
                Kind kind = kind(item.type());
                questions.add(new Question(
                        number,
                        item.id(),
                        kind,
                        new Pair(nl.question(number), two == null ? null : two.question(number)),
                        pair(item.text(), code),
                        pair(item.help(), code),
                        instruction(kind, item.twoMode(), nl, two),
                        condition(item.showIf(), numbers, nl, two),
                        item.allOptions().stream()
                                .map(o -> new Option(o.id(), pair(o.label(), code)))
                                .toList(),
                        answers(item, questionnaire, code)));
            }
            sections.add(new Section(
                    page.id(),
                    pair(page.title(), code),
                    pair(page.intro(), code),
                    condition(page.showIf(), numbers, nl, two),
                    questions));
        }
        return new PaperSheet(
                side(SupportedLanguage.dutch(), nl),
                other.map(l -> side(l, two)).orElse(null),
                pair(questionnaire.title(), code),
                sections);
    }

    private static PaperMessages messages(SupportedLanguage language) {
        return MessageBundles.get(PaperMessages.class, Localized.Literal.of(language.code()));
    }

    private static Side side(SupportedLanguage language, PaperMessages m) {
        return new Side(
                language.code(),
                language.rightToLeft(),
                m.form(),
                m.how(),
                m.skip(),
                m.privacy(),
                m.hand_in(),
                m.thanks());
    }

    private static Kind kind(ItemType type) {
        return switch (type) {
            case YES_NO, SCALE, SINGLE_CHOICE -> Kind.ONE;
            case MULTIPLE_CHOICE -> Kind.MANY;
            case NUMBER -> Kind.NUMBER;
            case TEXT -> Kind.TEXT;
            case LONG_TEXT -> Kind.LONG_TEXT;
        };
    }

    private static Pair pair(LocalText text, String second) {
        if (text == null || text.isEmpty()) {
            return new Pair(null, null);
        }
        return new Pair(text.in(SupportedLanguage.DEFAULT), second == null ? null : text.in(second));
    }

    private static Pair instruction(Kind kind, boolean twoMode, PaperMessages nl, PaperMessages two) {
        Function<PaperMessages, String> text = switch (kind) {
            case ONE -> twoMode ? PaperMessages::one_per_column : PaperMessages::one;
            case MANY -> PaperMessages::many;
            case NUMBER -> PaperMessages::number;
            case TEXT, LONG_TEXT -> PaperMessages::text;
        };
        return new Pair(text.apply(nl), two == null ? null : text.apply(two));
    }

    /** "Only if it fits your answer to question 3", naming the questions the condition reads. */
    private static Pair condition(ShowIf showIf, Map<String, Integer> numbers, PaperMessages nl, PaperMessages two) {
        if (showIf == null) {
            return new Pair(null, null);
        }
        String list = showIf.condition().references().stream()
                .map(numbers::get)
                .filter(n -> n != null)
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return new Pair(nl.only_if(list), two == null ? null : two.only_if(list));
    }

    private static List<Answer> answers(Item item, Questionnaire questionnaire, String second) {
        List<Answer> answers = new ArrayList<>();
        for (String mode : item.answerModes()) {
            Pair label = null;
            if (mode != null) {
                label = questionnaire.modes().stream()
                        .filter(m -> m.id().equals(mode))
                        .findFirst()
                        .map(Mode::label)
                        .map(l -> pair(l, second))
                        .orElse(new Pair(mode, second == null ? null : mode));
            }
            answers.add(new Answer(AnswerKey.of(item, mode), label));
        }
        return answers;
    }
}
