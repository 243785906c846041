package nl.betrokken.waves;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API beside the channel pages: a wave's channels and their links. */
@Path("/api/waves/{id}/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Waves")
public class ChannelResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final ChannelService channels;

    public ChannelResource(ChannelService channels) {
        this.channels = channels;
    }

    @GET
    @Operation(summary = "The channels of a wave, with the links of the institutions you can see")
    public List<ChannelView> list(@PathParam("id") long id) {
        return channels.list(id);
    }

    @POST
    @Operation(summary = "Add a channel (a place or person that reaches parents) with its own links per school")
    public Response add(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) ChannelRequest body) {
        ChannelView created = channels.add(id, body);
        return Response.created(URI.create("/api/waves/" + id + "/channels/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{channelId}")
    @Operation(summary = "One channel with its links")
    public ChannelView get(@PathParam("id") long id, @PathParam("channelId") long channelId) {
        return channels.get(id, channelId);
    }
}
