package nl.betrokken.lea;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of partner organisation beside the schools that the LEA screening names. */
public enum PartnerKind {
    YOUTH_HEALTH("youth-health", "Jeugdgezondheidszorg (JGZ)"),
    WELFARE("welfare", "Welzijn"),
    LIBRARY("library", "Bibliotheek"),
    CHILDCARE("childcare", "Kinderopvang"),
    OTHER("other", "Andere partner");

    private final String code;
    private final String dutchName;

    PartnerKind(String code, String dutchName) {
        this.code = code;
        this.dutchName = dutchName;
    }

    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    public static Optional<PartnerKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
