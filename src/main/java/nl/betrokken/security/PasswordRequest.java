package nl.betrokken.security;

import jakarta.validation.constraints.NotNull;

public record PasswordRequest(
        String currentPassword,
        @NotNull(message = "is required") String newPassword) {}
