package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.definitions.parse.DefinitionProblem;
import org.junit.jupiter.api.Test;

/**
 * Each test breaks a valid file in one way and pins the message an author gets: the file, the line
 * and column of the mistake, and what to do about it.
 */
class BrokenDefinitionTest {

    /** Valid; the line numbers in the tests below refer to this text. */
    static final String VALID = """
            id: mini
            version: 1
            audience: parent
            languages: [nl, en]
            title:
              nl: Korte lijst
              en: Short list
            option-sets:
              agree3:
                options:
                  - id: disagree
                    label:
                      nl: Oneens
                      en: Disagree
                  - id: agree
                    label:
                      nl: Eens
                      en: Agree
            pages:
              - id: first
                title:
                  nl: Eerst
                  en: First
                items:
                  - id: kind
                    type: single-choice
                    text:
                      nl: Welke school?
                      en: Which school?
                    options:
                      - id: primary
                        label:
                          nl: Basisschool
                          en: Primary
                      - id: secondary
                        label:
                          nl: Voortgezet
                          en: Secondary
              - id: second
                title:
                  nl: Daarna
                  en: Then
                items:
                  - id: happy
                    type: scale
                    options: agree3
                    show-if: kind = primary
                    text:
                      nl: Ik ben tevreden.
                      en: I am satisfied.
            indicators:
              - id: happy
                label:
                  nl: Tevreden
                items: [happy]
                positive: [agree]
            """;

    static List<String> problems(String yaml) {
        return DefinitionParser.parse("mini.yaml", yaml).problems().stream()
                .map(DefinitionProblem::toString)
                .toList();
    }

    static void assertProblem(String yaml, String expected) {
        DefinitionParser.Result result = DefinitionParser.parse("mini.yaml", yaml);
        List<String> problems =
                result.problems().stream().map(DefinitionProblem::toString).toList();
        assertTrue(
                problems.contains(expected),
                () -> "expected\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
        assertTrue(result.questionnaire().isEmpty(), "a file with problems yields no questionnaire");
    }

    static String replace(String from, String to) {
        assertTrue(VALID.contains(from), "test setup: '" + from + "' not in the valid file");
        return VALID.replace(from, to);
    }

    @Test
    void theValidFileHasNoProblems() {
        assertEquals(List.of(), problems(VALID));
    }

    @Test
    void yamlSyntaxError() {
        assertProblem(
                replace("  nl: Korte lijst", "  nl: [Korte lijst"),
                "mini.yaml:7:5: this is not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void emptyFile() {
        assertProblem(
                "# nothing yet\n",
                "mini.yaml:1:1: the file is empty; a questionnaire needs at least id, version, audience, languages, title and pages");
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertProblem(
                replace("        type: single-choice\n", "        type: single-choice\n        requird: true\n"),
                "mini.yaml:27:9: unknown key 'requird' in an item (did you mean 'required'?); allowed keys are help, id, max, "
                        + "max-length, min, modes, not-applicable, options, required, show-if, tags, text, type");
    }

    @Test
    void missingRequiredKey() {
        assertProblem(
                replace("version: 1\n", ""),
                "mini.yaml:1:1: the questionnaire has no 'version'; start with version: 1");
    }

    @Test
    void duplicateKey() {
        assertProblem(
                replace("audience: parent\n", "audience: parent\naudience: staff\n"),
                "mini.yaml:4:1: 'audience' appears twice in the questionnaire; keep one");
    }

    @Test
    void duplicateItemId() {
        assertProblem(
                replace("      - id: happy\n", "      - id: kind\n"),
                "mini.yaml:44:9: there are two items with id 'kind'; item ids must be unique in the questionnaire");
    }

    @Test
    void missingTranslation() {
        assertProblem(
                replace("          en: I am satisfied.\n", ""),
                "mini.yaml:49:11: item 'happy' text has no 'en' text; every language in 'languages' needs one "
                        + "(or remove 'en' from 'languages')");
    }

    @Test
    void dutchIsRequired() {
        assertProblem(
                replace("languages: [nl, en]", "languages: [en]"),
                "mini.yaml:4:12: languages must include nl: Dutch is required for every questionnaire");
    }

    @Test
    void languageWithoutPages() {
        assertProblem(
                replace("languages: [nl, en]", "languages: [nl, en, fr]"),
                "mini.yaml:4:21: language 'fr' cannot be offered: Betrokken's pages exist in "
                        + String.join(", ", SupportedLanguage.codes())
                        + " only (adding one: survey-definitions/README.md)");
    }

    @Test
    void textInALanguageNotOffered() {
        assertProblem(
                replace("  en: Short list\n", "  en: Short list\n  tr: Kısa liste\n"),
                "mini.yaml:8:3: the title has a text in 'tr', which is not in languages [nl, en]; add it there or remove the text");
    }

    @Test
    void plainStringWhereTextsPerLanguageBelong() {
        assertProblem(
                replace("title:\n  nl: Korte lijst\n  en: Short list\n", "title: Korte lijst\n"),
                "mini.yaml:5:8: the title must give a text per language, such as  nl: ...  en: ...");
    }

    @Test
    void conditionOnAnUnknownItem() {
        assertProblem(
                replace("show-if: kind = primary", "show-if: sort = primary"),
                "mini.yaml:47:18: item 'happy' show-if: there is no item 'sort'");
    }

    @Test
    void aOnePageQuestionnaireHasNoConditions() {
        assertProblem(
                replace("languages: [nl, en]\n", "languages: [nl, en]\nlayout: one-page\n"),
                "mini.yaml:5:9: layout one-page shows every question at once, also without JavaScript, so no question"
                        + " can depend on another's answer; remove show-if from happy or use layout: pages");
    }

    @Test
    void anUnknownLayout() {
        assertProblem(
                replace("languages: [nl, en]\n", "languages: [nl, en]\nlayout: scroll\n"),
                "mini.yaml:5:9: layout 'scroll' is unknown; use one of pages, one-page");
    }

    @Test
    void aOnePageQuestionnaireIsAShortList() {
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 19; i++) {
            more.append("      - id: extra")
                    .append(i)
                    .append("\n")
                    .append("        type: scale\n        options: agree3\n        text:\n")
                    .append("          nl: Extra.\n          en: Extra.\n");
        }
        String onePage = replace("languages: [nl, en]\n", "languages: [nl, en]\nlayout: one-page\n")
                .replace("        show-if: kind = primary\n", "")
                .replace("          en: I am satisfied.\n", "          en: I am satisfied.\n" + more);
        assertProblem(
                onePage,
                "mini.yaml:5:9: layout one-page is for short lists of at most 20 items; this one has 21, so use layout:"
                        + " pages (each page is then saved before the next)");
    }

    @Test
    void aOnePageQuestionnaireIsAnsweredAsOnePageAndKeepsItsPages() {
        var result = DefinitionParser.parse(
                "mini.yaml",
                replace("languages: [nl, en]\n", "languages: [nl, en]\nlayout: one-page\n")
                        .replace("        show-if: kind = primary\n", ""));
        assertEquals(List.of(), result.problems());
        var questionnaire = result.questionnaire().orElseThrow();
        assertEquals(
                List.of("first", "second"),
                questionnaire.pages().stream().map(p -> p.id()).toList());
        assertEquals(1, questionnaire.answeringPages().size());
        assertEquals("first", questionnaire.answeringPages().get(0).id());
        assertEquals(
                List.of("kind", "happy"),
                questionnaire.answeringPages().get(0).items().stream()
                        .map(i -> i.id())
                        .toList());
        assertEquals(
                "Korte lijst", questionnaire.answeringPages().get(0).title().in("nl"));
    }

    @Test
    void conditionOnALaterItem() {
        assertProblem(
                replace(
                        "        type: single-choice\n",
                        "        type: single-choice\n        show-if: happy = agree\n"),
                "mini.yaml:27:18: item 'kind' show-if: 'happy' is on a later page; a condition can only use answers from earlier pages");
    }

    @Test
    void conditionSyntax() {
        assertProblem(
                replace("show-if: kind = primary", "show-if: kind == primary"),
                "mini.yaml:47:23: item 'happy' show-if: write a single '=' to compare");
    }

    @Test
    void conditionWithAnAnswerTheItemDoesNotHave() {
        assertProblem(
                replace("show-if: kind = primary", "show-if: \"kind in (primary, tertiary)\""),
                "mini.yaml:47:37: item 'happy' show-if: 'tertiary' is not an answer of 'kind'; its answers are primary, secondary");
    }

    @Test
    void orderingTestOnAChoiceItem() {
        assertProblem(
                replace("show-if: kind = primary", "show-if: kind > 2"),
                "mini.yaml:47:18: item 'happy' show-if: 'kind' is a single-choice item; <, <=, > and >= compare number items only");
    }

    @Test
    void indicatorOnAnUnknownItem() {
        assertProblem(
                replace("items: [happy]", "items: [unhappy]"),
                "mini.yaml:55:13: indicator 'happy' refers to item 'unhappy', which does not exist");
    }

    @Test
    void indicatorWithAnAnswerTheItemDoesNotHave() {
        assertProblem(
                replace("positive: [agree]", "positive: [agreed]"),
                "mini.yaml:56:16: indicator 'happy': 'agreed' is not an answer of item 'happy'; its answers are disagree, agree");
    }

    @Test
    void indicatorOverSeveralItemsNeedsCombine() {
        assertProblem(
                replace("items: [happy]", "items: [happy, kind]\n    positive: [primary]")
                        .replace("    positive: [primary]\n    positive: [agree]\n", "    positive: [agree]\n"),
                "mini.yaml:52:5: indicator 'happy' counts 2 items; say how a respondent counts as positive with combine: all, any or majority");
    }

    @Test
    void emptyChoiceList() {
        assertProblem(
                replace("""
                        options:
                          - id: primary
                            label:
                              nl: Basisschool
                              en: Primary
                          - id: secondary
                            label:
                              nl: Voortgezet
                              en: Secondary
                """, "        options: []\n"),
                "mini.yaml:30:18: item 'kind' has an empty list of options; give at least two answers");
    }

    @Test
    void versionIsNotANumber() {
        assertProblem(
                replace("version: 1", "version: one"), "mini.yaml:2:10: version must be a whole number, not 'one'");
    }

    @Test
    void versionBelowOne() {
        assertProblem(replace("version: 1", "version: 0"), "mini.yaml:2:10: version must be 1 or more, not 0");
    }

    @Test
    void numberBoundsTheWrongWayRound() {
        assertProblem(
                replace(
                                "    type: scale\n        options: agree3\n",
                                "    type: number\n        min: 10\n        max: 1\n")
                        .replace("show-if: kind = primary", "show-if: kind = primary"),
                "mini.yaml:46:14: item 'happy': min 10 is larger than max 1");
    }

    @Test
    void unknownItemType() {
        assertProblem(
                replace("type: scale", "type: rating"),
                "mini.yaml:45:15: item 'happy': type 'rating' is unknown; use one of yes-no, scale, single-choice, "
                        + "multiple-choice, number, text, long-text");
    }

    @Test
    void unknownOptionSet() {
        assertProblem(
                replace("options: agree3", "options: agree5"),
                "mini.yaml:46:18: item 'happy': there is no option set 'agree5'; defined sets are agree3");
    }

    @Test
    void undeclaredTag() {
        assertProblem(
                replace("        type: scale\n", "        type: scale\n        tags:\n          theme: a\n"),
                "mini.yaml:47:11: item 'happy': tag 'theme' is not declared; declare it under tags at the top of the file");
    }

    @Test
    void idWithCapitalsAndUnderscores() {
        assertProblem(
                replace("id: mini", "id: Mini_List"),
                "mini.yaml:1:5: id 'Mini_List' must use lower-case letters, digits and hyphens, start with a letter and be at most 63 long");
    }

    @Test
    void modeThatIsNotDeclared() {
        assertProblem(
                replace("        type: scale\n", "        type: scale\n        modes: [current]\n"),
                "mini.yaml:46:17: item 'happy': mode 'current' is not defined; define modes at the top of the file");
    }

    @Test
    void optionForAnItemTypeWithoutOptions() {
        assertProblem(
                replace("        type: single-choice\n", "        type: text\n"),
                "mini.yaml:30:9: item 'kind': 'options' does not apply to a text item; it is for scale, single-choice, multiple-choice items");
    }

    @Test
    void unknownAudience() {
        assertProblem(
                replace("audience: parent", "audience: parents"),
                "mini.yaml:3:11: audience 'parents' is unknown; use one of parent, staff, institution, lea-partner");
    }

    @Test
    void aFileCanHaveManyProblemsAndAllAreReported() {
        String broken = replace("version: 1", "version: x")
                .replace("type: scale", "type: rating")
                .replace("items: [happy]", "items: [gone]");
        assertEquals(3, problems(broken).size(), String.join("\n", problems(broken)));
    }
}
