package nl.betrokken.security;

/** What a script sends: {@code name} to recognise the token by, and how many days it may be used. */
public record ApiTokenRequest(String name, Integer validDays) {}
