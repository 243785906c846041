package nl.betrokken.waves;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new channel of a wave: its name ("Bibliotheek Centrum", "Sleutelfiguur Fatima") and kind (a code of {@link ChannelKind}). */
public record ChannelRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is at most 80 characters")
        String name,

        @NotBlank(message = "is required") String kind) {}
