package nl.betrokken.respond;

/** A link or code that leads nowhere; shown as a friendly page in the respondent's language. */
class UnknownLinkException extends RuntimeException {

    final String language;

    UnknownLinkException(String language) {
        super("unknown link");
        this.language = language;
    }
}
