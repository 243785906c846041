package nl.betrokken.security;

import java.util.Locale;

/** Usernames are compared without regard to case or surrounding spaces, as people type them. */
final class Usernames {

    private Usernames() {}

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
