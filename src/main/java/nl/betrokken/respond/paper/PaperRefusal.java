package nl.betrokken.respond.paper;

/**
 * Why a typed code does not open a form for entry. Nothing is written when a code is refused; the
 * status is what the API answers, the text what the staff page says by the code field.
 */
public class PaperRefusal extends RuntimeException {

    public enum Reason {
        NOT_A_CODE(400, "Dit is geen formuliercode. Een code heeft acht tekens, zoals K7Q2-PX9R."),
        MISTYPED(
                400,
                "Deze code klopt niet: er is waarschijnlijk een teken verkeerd getypt. Kijk de code op het formulier na."),
        UNKNOWN(404, "Dit formulier hoort niet bij deze peiling of bij een school die u ziet. Kijk de code na."),
        ENTERED(409, "Dit formulier is al ingevoerd. Er is niets opgeslagen; elk formulier telt maar één keer."),
        FINAL(
                409,
                "De eindcijfers van deze peiling zijn al gepubliceerd. Dit formulier kan niet meer worden ingevoerd:"
                        + " het zou de gepubliceerde cijfers veranderen."),
        NOT_YET_OPEN(409, "De peiling is nog niet begonnen. Formulieren kunnen vanaf de eerste dag worden ingevoerd.");

        final int status;
        final String dutch;

        Reason(int status, String dutch) {
            this.status = status;
            this.dutch = dutch;
        }

        public int status() {
            return status;
        }

        public String dutch() {
            return dutch;
        }
    }

    private final Reason reason;

    PaperRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
