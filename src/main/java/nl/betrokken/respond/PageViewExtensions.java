package nl.betrokken.respond;

import io.quarkus.qute.TemplateExtension;

/** Display decisions for the answering page, so the template holds none. */
@TemplateExtension
final class PageViewExtensions {

    private PageViewExtensions() {
    }

    /** Answered by picking: radio buttons or check boxes in a fieldset. */
    static boolean choiceLike(PageView.ItemView item) {
        return PageViews.isChoice(item.type());
    }

    /** The help and error texts a text field points to, or null when there are none. */
    static String ariaDescribedBy(PageView.FieldView field, PageView.ItemView item) {
        String help = item.help() == null ? null : "help-" + field.domId();
        String error = field.error() == null ? null : field.errorId();
        if (help == null) {
            return error;
        }
        return error == null ? help : help + " " + error;
    }
}
