package nl.betrokken.lea;

import java.util.Arrays;
import java.util.Optional;

/** The six sections of a local action plan, after the format in the appendix of the LEA policy box. */
public enum PlanSection {
    INTRODUCTION(
            "introduction",
            "1. Inleiding",
            "Waarom dit plan er is en hoe het aansluit op ander lokaal beleid, zoals onderwijs, jeugd en voor- en vroegschoolse educatie."),
    INVENTORY(
            "inventory",
            "2. De huidige situatie",
            "Wat er nu al gebeurt en waar u staat: de uitkomsten van de screening en de cijfers van de nulmeting."),
    VISION(
            "vision",
            "3. Gezamenlijke visie en doelen",
            "Een gedeelde visie en een algemeen doel, en daarnaast concrete doelen met een datum. Koppel die doelen hieronder aan"
                    + " de monitor."),
    PARTIES(
            "parties",
            "4. Partijen en organisatie",
            "Wie doet wat, en waar houdt die verantwoordelijkheid op? Wie heeft de regie: de gemeente of een bestuur? Hoe"
                    + " worden ouders betrokken bij het maken en uitvoeren van het beleid?"),
    MONITORING(
            "monitoring",
            "5. Monitoring en evaluatie",
            "Hoe de partners hun voortgang volgen en elk jaar samen evalueren op het LEA-overleg, eventueel met een extern"
                    + " onderzoek."),
    STEPS("steps", "6. Stappen en financiën", "De stappen in de tijd, wie ze zet en hoe ze worden betaald.");

    private final String key;
    private final String title;
    private final String hint;

    PlanSection(String key, String title, String hint) {
        this.key = key;
        this.title = title;
        this.hint = hint;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    public static Optional<PlanSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
