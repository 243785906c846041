package nl.betrokken.respond.paper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.betrokken.security.Role;
import nl.betrokken.waves.paper.PaperPrinting;
import nl.betrokken.waves.paper.PrintRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waves/{id}/paper-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Paper forms", description = "Printed questionnaires with a code each, and typing them in")
public class PaperResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final PaperPrinting printing;
    private final PaperEntryService entry;

    public PaperResource(PaperPrinting printing, PaperEntryService entry) {
        this.printing = printing;
        this.entry = entry;
    }

    @POST
    @Operation(
            summary = "Make paper forms for a school of the wave (parent and staff questionnaires);"
                    + " their codes are shown only in this answer")
    public Response print(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) PrintRequest body) {
        return Response.status(201).entity(printing.print(id, body).forms()).build();
    }

    @POST
    @Path("/{code}/entry")
    @Operation(
            summary = "Enter a filled-in paper form as one sent response marked as paper: answers by item id"
                    + " (\"id:mode\" per mode), an option id, a list of them for multiple choice, a number or text;"
                    + " 409 when the form was entered already")
    public Response enter(
            @PathParam("id") long id,
            @PathParam("code") String code,
            @Valid @NotNull(message = BODY_REQUIRED) PaperAnswersRequest body) {
        return Response.status(201).entity(entry.enter(id, code, body.asForm())).build();
    }
}
