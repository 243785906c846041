package nl.betrokken.waves;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What kind of place or person a channel reaches parents through; the name says which one. */
public enum ChannelKind {
    SCHOOL_LETTER("school-letter", "Brief van school"),
    SCHOOL_APP("school-app", "Bericht in de schoolapp"),
    LIBRARY("library", "Bibliotheek"),
    HEALTH_CLINIC("health-clinic", "Consultatiebureau of jeugdgezondheidszorg"),
    COMMUNITY_CENTRE("community-centre", "Buurthuis of wijkcentrum"),
    ADULT_EDUCATION("adult-education", "Taalles of volwassenenonderwijs"),
    KEY_PERSON("key-person", "Sleutelfiguur of gezinscoach"),
    OTHER("other", "Anders");

    private final String code;
    private final String label;

    ChannelKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ChannelKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
