package nl.betrokken.respond;

import java.util.List;

/** One questionnaire page as the template renders it, every text already in the respondent's language. */
public record PageView(String slug, String token, String lang, boolean rtl, String title, String institution, int step,
        int total, String pageId, String pageTitle, String intro, List<ItemView> items, boolean first, boolean last,
        List<LanguageChoice> languages, List<ErrorLink> errors) {

    public record ItemView(String id, String type, String text, String help, boolean required, List<FieldView> fields) {

        /** An item answered once has one field; a two-mode item one per mode. */
        public boolean twoMode() {
            return fields.size() > 1 || fields.get(0).modeLabel() != null;
        }

        public String describedBy() {
            return help == null ? null : "help-" + id;
        }
    }

    public record FieldView(String name, String domId, String modeLabel, List<ChoiceView> choices, String value,
            String error, Integer maxLength, String min, String max) {

        public String errorId() {
            return "err-" + domId;
        }
    }

    public record ChoiceView(String id, String label, boolean checked, String domId) {
    }

    public record LanguageChoice(String code, String name, boolean selected) {
    }

    public record ErrorLink(String target, String text) {
    }
}
