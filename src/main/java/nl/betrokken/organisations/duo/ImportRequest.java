package nl.betrokken.organisations.duo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An import on the API: the municipality, the sector (primary, secondary, vocational, preschool;
 * empty or "auto" to take it from the file's columns; counts take none), the file's name (it is
 * recorded as the counts' source) and the file itself, its bytes in base64 (so any encoding
 * arrives as it was saved: {@code base64 -w0 file.csv}).
 */
public record ImportRequest(
        @NotNull(message = "is required") Long municipalityId,

        String sector,

        @Size(max = 200, message = "must be at most 200 characters")
        String filename,

        @NotBlank(message = "is required: the CSV file's bytes in base64")
        @Size(max = 22_400_000, message = "is larger than 16 MB")
        String file) {}
