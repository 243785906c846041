package nl.betrokken.definitions.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.LocalText;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * Warnings, not errors, about the texts respondents read: sentences longer than a number of words,
 * in every language, and for Dutch long words that are not among the common ones given. Readers
 * with little Dutch (or little reading) stop at exactly these; an author decides what to do.
 */
public final class PlainLanguage {

    /** A text that is harder to read than it needs to be; {@code where} says which text of the file. */
    public record Warning(String language, String where, String problem, String text) {

        @Override
        public String toString() {
            return "WARN [" + language + "] " + where + ": " + problem + ": \"" + text + "\"";
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

    private final int maxWords;
    private final int longWord;
    private final Set<String> commonDutch;

    /**
     * @param maxWords the most words a sentence may have without a warning
     * @param longWord Dutch words of more letters than this are warned about unless common
     * @param commonDutch common Dutch words in lower case, never warned about
     */
    public PlainLanguage(int maxWords, int longWord, Set<String> commonDutch) {
        this.maxWords = maxWords;
        this.longWord = longWord;
        this.commonDutch = commonDutch;
    }

    /** For parent questionnaires: at most 15 words a sentence, Dutch words up to 12 letters or common. */
    public static PlainLanguage forParents() {
        return new PlainLanguage(15, 12, commonDutchWords());
    }

    static Set<String> commonDutchWords() {
        try (var in = PlainLanguage.class.getResourceAsStream("/definitions/common-dutch-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("definitions/common-dutch-words.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Warning> check(Questionnaire q) {
        Map<String, LocalText> texts = new LinkedHashMap<>();
        texts.put("title", q.title());
        texts.put("description", q.description());
        q.modes().forEach(m -> texts.put("mode " + m.id(), m.label()));
        for (Page page : q.pages()) {
            texts.put("page " + page.id() + " title", page.title());
            texts.put("page " + page.id() + " intro", page.intro());
            for (Item item : page.items()) {
                texts.put("item " + item.id(), item.text());
                texts.put("item " + item.id() + " help", item.help());
                for (AnswerOption option : item.allOptions()) {
                    texts.put("item " + item.id() + " option " + option.id(), option.label());
                }
            }
        }
        List<Warning> warnings = new ArrayList<>();
        texts.forEach((where, text) -> {
            if (text == null) {
                return;
            }
            text.byLanguage().forEach((language, value) -> warnings.addAll(check(language, where, value)));
        });
        return warnings;
    }

    /** The warnings about one text in one language. */
    public List<Warning> check(String language, String where, String text) {
        List<Warning> warnings = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            long words = WORD.matcher(sentence).results().count();
            if (words > maxWords) {
                warnings.add(new Warning(
                        language, where, words + " words in one sentence (more than " + maxWords + ")", sentence));
            }
        }
        if ("nl".equals(language)) {
            WORD.matcher(text).results().map(r -> r.group()).distinct().forEach(word -> {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (word.length() > longWord && !commonDutch.contains(lower)) {
                    warnings.add(new Warning(language, where, "a long, uncommon word", word));
                }
            });
        }
        return warnings;
    }
}
