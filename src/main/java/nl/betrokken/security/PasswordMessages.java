package nl.betrokken.security;

import nl.betrokken.common.api.InvalidFieldException;

/** The password rules' messages as the Dutch pages show them (the API keeps the English). */
final class PasswordMessages {

    private PasswordMessages() {
    }

    static String dutch(InvalidFieldException e) {
        String message = e.getMessage();
        if (message.startsWith("is not your current")) {
            return "Dit is niet uw huidige wachtwoord.";
        }
        if (message.startsWith("must differ")) {
            return "Kies een ander wachtwoord dan het huidige.";
        }
        if (message.startsWith("must be at least")) {
            return "Kies een wachtwoord van minstens " + Passwords.MIN_LENGTH + " tekens.";
        }
        if (message.startsWith("must be at most")) {
            return "Dit wachtwoord is te lang; gebruik hoogstens 70 tekens.";
        }
        if (message.startsWith("must not be the username")) {
            return "Uw wachtwoord mag niet gelijk zijn aan uw gebruikersnaam.";
        }
        return "Kies een wachtwoord met meer verschillende tekens.";
    }
}
