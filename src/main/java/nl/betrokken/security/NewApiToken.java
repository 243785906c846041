package nl.betrokken.security;

import java.time.OffsetDateTime;

/** A token just made: the only moment the token itself is shown. */
public record NewApiToken(long id, String name, String token, OffsetDateTime expiresAt) {}
