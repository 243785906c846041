package nl.betrokken.definitions;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/questionnaires")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "The loaded questionnaire definitions")
public class QuestionnaireResource {

    private final QuestionnaireService questionnaires;

    public QuestionnaireResource(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(summary = "The latest version of every questionnaire")
    public List<QuestionnaireSummary> list(@QueryParam("lang") String language) {
        return questionnaires.list(language);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One questionnaire in full, in a chosen language (default: its default language)")
    public QuestionnaireView get(
            @PathParam("id") String id, @QueryParam("version") Integer version, @QueryParam("lang") String language) {
        return questionnaires.get(id, version, language);
    }
}
