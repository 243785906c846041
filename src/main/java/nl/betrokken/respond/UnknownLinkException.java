package nl.betrokken.respond;

/** A link or code that leads nowhere; shown as a friendly page in the respondent's language. */
class UnknownLinkException extends RuntimeException {

    final AskedLanguage asked;

    UnknownLinkException(AskedLanguage asked) {
        super("unknown link");
        this.asked = asked;
    }
}
