package nl.betrokken.security;

import java.net.URI;

/** Where to go after logging in: only a path on this site, never another site ("//evil.example"). */
final class SafeRedirect {

    static final String HOME = "/app";

    private SafeRedirect() {}

    static URI to(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.contains("\r")
                || next.contains("\n")
                || next.startsWith("/login")) {
            return URI.create(HOME);
        }
        try {
            return URI.create(next);
        } catch (IllegalArgumentException e) {
            return URI.create(HOME);
        }
    }
}
