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
        if (message.startsWith("was wrong too often")) {
            return "U hebt te vaak een verkeerd wachtwoord getypt. Wacht een minuut en probeer het opnieuw.";
        }
        if (message.startsWith("could not be checked")) {
            return "Uw wachtwoord kon nu niet worden gecontroleerd. Probeer het over een ogenblik opnieuw.";
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
