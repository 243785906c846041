package nl.betrokken.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new user or a change to one. The role decides which organisation id is required: none for an
 * administrator, municipalityId for an analyst, boardId for a board member, institutionId for a lead.
 * The password is the temporary one for a new user, who must change it at first login.
 */
public record UserRequest(
        @NotBlank(message = "is required")
        @Size(min = 3, max = 120, message = "must be 3 to 120 characters")
        @Pattern(regexp = "[^\\s]+", message = "must not contain spaces")
        String username,

        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        String displayName,

        @NotNull(message = "is required: one of administrator, municipality-analyst, board-member, institution-lead")
        Role role,

        Long municipalityId,
        Long boardId,
        Long institutionId,
        Boolean active,
        String password) {}
