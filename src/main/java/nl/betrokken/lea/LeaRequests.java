package nl.betrokken.lea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the LEA's forms and JSON endpoints send: the same records for both, checked the same way. */
public final class LeaRequests {

    private LeaRequests() {}

    /** Who leads a round or a plan: a board of the municipality, or the municipality itself (null). */
    public record Lead(Long boardId) {}

    /** Boards and partner organisations to add to a round; those already in it are left as they are. */
    public record Invitation(List<Long> boardIds, List<Long> organisationIds) {}

    /** A partner organisation; the municipality is the caller's own (an administrator names it). */
    public record PartnerOrganisation(
            Long municipalityId,

            @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
            String name,

            @NotBlank(message = "is required") String kind) {}

    /** A member of a working group; role is chair, secretary, member or advisor. */
    public record Member(
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
            String name,

            @Size(max = 160, message = "must be at most 160 characters")
            String organisation,

            @NotBlank(message = "is required") String role,
            boolean parent) {}
}
