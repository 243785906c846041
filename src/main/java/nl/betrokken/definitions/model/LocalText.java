package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.betrokken.common.i18n.SupportedLanguage;

/** One visible text in every language it was written in. */
public record LocalText(Map<String, String> byLanguage) {

    public static final LocalText NONE = new LocalText(Map.of());

    public LocalText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** The text in this language, or in Dutch (which every text has) when it was not translated. */
    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.get(SupportedLanguage.DEFAULT);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    @JsonValue
    Map<String, String> json() {
        return byLanguage;
    }
}
