package nl.betrokken.organisations.duo;

/** The counts file's template, offered for download on the import page. */
public final class ImportTemplate {

    /**
     * The header and two example rows with made-up codes: 240 pupils, 310 parents and 22 staff at
     * 12AB; at 34CD only the parents are given, so its other counts stay as they are.
     */
    public static final String COUNTS = "BRIN;LEERLINGEN;OUDERS;MEDEWERKERS\r\n12AB;240;310;22\r\n34CD;;180;\r\n";

    private ImportTemplate() {}
}
