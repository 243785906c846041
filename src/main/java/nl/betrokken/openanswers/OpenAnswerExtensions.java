package nl.betrokken.openanswers;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.disclosure.Publication;

/** How the coding page and the theme tables word things. */
@TemplateExtension
public final class OpenAnswerExtensions {

    private OpenAnswerExtensions() {}

    static String themesField(OpenAnswers.Answer answer) {
        return "themes-" + answer.responseId();
    }

    static String quoteField(OpenAnswers.Answer answer) {
        return "quote-" + answer.responseId();
    }

    static String labelField(ThemeView theme) {
        return "label-" + theme.id();
    }

    static String published(Publication.Outcome outcome) {
        return published(outcome.published(), outcome.heldBack());
    }

    static String published(int published, int heldBack) {
        String text = published == 0
                ? "Er zijn geen nieuwe themacijfers gepubliceerd."
                : published + (published == 1 ? " themacijfer" : " themacijfers") + " gepubliceerd.";
        if (heldBack > 0) {
            text += " Bij " + heldBack + (heldBack == 1 ? " school" : " scholen")
                    + " wacht het cijfer tot er meer antwoorden ingedeeld zijn: een cijfer verandert pas als er"
                    + " minstens zoveel antwoorden bij komen als de drempel.";
        }
        return text;
    }

    /** "12 van 40 ingedeeld" for a school on the coding page. */
    static String codedText(OpenAnswers.School school) {
        if (!school.shown()) {
            return "niet getoond: minder dan de drempel aan antwoorden op de vragenlijst";
        }
        return school.coded() + " van " + school.answers() + " ingedeeld";
    }

    /** Why a theme table has no numbers, in the monitor's words. */
    static String why(ThemeTable table, int threshold) {
        return FigureTexts.why(table.withheld(), threshold);
    }

    /** "3 scholen met te weinig ingedeelde antwoorden tellen niet mee", or nothing. */
    static String leftOutText(ThemeTable table) {
        if (table.leftOut() == 0) {
            return "";
        }
        return table.leftOut() + (table.leftOut() == 1 ? " school telt" : " scholen tellen")
                + " niet mee: te weinig ingedeelde antwoorden of nog niet gepubliceerd.";
    }
}
