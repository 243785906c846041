package nl.betrokken.openanswers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what would tell who wrote an open answer, before any analyst reads it: e-mail addresses, web
 * links, phone numbers, postcodes, bank account and other long numbers, and names where the text
 * introduces one (after a title such as "juf" or "meneer", after "mijn naam is", "mijn zoon", or under a
 * greeting). A pattern list cannot know every name, so the page asks the analyst to read a quote before
 * choosing it; the stored answer itself is not changed.
 */
public final class OpenAnswerMask {

    /** What stands in for a masked part. */
    public static final String NAME = "[naam]";

    public static final String EMAIL = "[e-mailadres]";
    public static final String PHONE = "[telefoonnummer]";
    public static final String LINK = "[link]";
    public static final String POSTCODE = "[postcode]";
    public static final String NUMBER = "[nummer]";

    private static final String PREFIXES = "(?:(?:van|de|der|den|het|ter|ten|te|el|al|bin|ben|da|di|le|la)[ \\t]+)*";

    /** A name: a capitalised word or initial, and up to two more for a surname with its prefixes ("van der Berg"). */
    private static final String NAME_WORDS =
            PREFIXES + "\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\.?" + "(?:[ \\t]+" + PREFIXES + "\\p{Lu}[\\p{Ll}'’-]+){0,2}";

    private record Rule(Pattern pattern, String replacement) {

        String apply(String text) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String kept = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(kept + replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /** In order: addresses and numbers first, so that a name pattern never sees half an e-mail address. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+"), EMAIL),
            new Rule(Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), LINK),
            new Rule(Pattern.compile("(?i)\\bNL\\d{2}[ ]?[A-Z]{4}(?:[ ]?\\d){10}\\b"), NUMBER),
            new Rule(
                    Pattern.compile(
                            "(?<![\\w+])(?:(?:\\+|00)\\d{2}[ .-]?(?:\\(0\\)[ .-]?)?|0)\\d(?:[ .-]?\\d){7,9}(?!\\w)"),
                    PHONE),
            new Rule(Pattern.compile("(?<!\\w)[1-9]\\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?!\\w)"), POSTCODE),
            new Rule(Pattern.compile("(?<!\\w)\\d(?:[ ]?\\d){6,}(?!\\w)"), NUMBER),
            new Rule(
                    Pattern.compile("(?iu)(\\b(?:juf|juffrouw|meester|meneer|mevrouw|mevr\\.?|mw\\.?|dhr\\.?|de heer"
                            + "|mr\\.?|mrs\\.?|ms\\.?|miss|teacher)[ \\t]+)(?-i)" + NAME_WORDS),
                    NAME),
            new Rule(
                    Pattern.compile("(?iu)(\\b(?:mijn naam is|ik heet|ik ben|wij zijn|my name is|i am|i'm"
                            + "|mijn (?:zoon|dochter|kind|kinderen|man|vrouw|partner|broer|zus)(?: heet| is)?"
                            + "|my (?:son|daughter|child|children)(?: is)?)[ \\t]+)(?-i)" + NAME_WORDS),
                    NAME),
            new Rule(
                    Pattern.compile("(?iu)(\\b(?:groet(?:en|jes)?|gr\\.|mvg|vriendelijke groet(?:en)?|regards"
                            + "|kind regards)[ \\t]*[,.!]?[ \\t\\r\\n]+)(?-i)" + NAME_WORDS
                            + "(?:[ \\t]*(?:en|&)[ \\t]*"
                            + NAME_WORDS + ")?"),
                    NAME));

    private OpenAnswerMask() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            masked = rule.apply(masked);
        }
        return masked;
    }
}
