package nl.betrokken.security;

import jakarta.validation.constraints.NotBlank;

public record LoginRequest(
        @NotBlank(message = "is required") String username,
        @NotBlank(message = "is required") String password,
        /** The code of the authenticator app (or a recovery code), for an account with a second factor. */
        String code) {}
