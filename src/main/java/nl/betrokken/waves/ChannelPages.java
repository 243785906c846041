package nl.betrokken.waves;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.common.qr.QrCode;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A wave's channels on screen: add the library or a key person, hand out their links, print posters
 * and slips in Dutch and one more of the questionnaire's languages.
 */
@Path("/app/waves/{id}/channels")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(Html.UTF8)
public class ChannelPages {

    /** Slips per printed page: two columns of four fit an A4 with a QR code each. */
    static final int SLIPS_PER_PAGE = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channels(
                WaveView wave, List<ChannelView> channels, List<ChannelKind> kinds, WavePages.FormError error);

        static native TemplateInstance channel(
                WaveView wave,
                ChannelView channel,
                List<SupportedLanguage> languages,
                RawString assistedQr,
                String assistedUrl);

        static native TemplateInstance poster(
                WaveView wave, ChannelView channel, String place, Letter letter, String url, RawString qr);

        static native TemplateInstance slips(
                WaveView wave, ChannelView channel, String place, Letter letter, String url, List<RawString> qrs);
    }

    private final ChannelService channels;
    private final WaveService waves;
    private final PublicUrl publicUrl;
    private final QuestionnaireCatalog catalog;

    public ChannelPages(ChannelService channels, WaveService waves, PublicUrl publicUrl, QuestionnaireCatalog catalog) {
        this.channels = channels;
        this.waves = waves;
        this.publicUrl = publicUrl;
        this.catalog = catalog;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@PathParam("id") long id) {
        return Templates.channels(waves.summary(id), channels.list(id), kinds(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("id") long id, @FormParam("name") String name, @FormParam("kind") String kind) {
        try {
            if (name == null || name.isBlank()) {
                throw new InvalidFieldException("name", "is required", "channel_name_required");
            }
            if (name.strip().length() > 80) {
                throw new InvalidFieldException("name", "is at most 80 characters", "channel_name_long");
            }
            ChannelView added = channels.add(id, new ChannelRequest(name, kind == null ? "" : kind));
            return Response.seeOther(URI.create("/app/waves/" + id + "/channels/" + added.id()))
                    .build();
        } catch (InvalidFieldException e) {
            WavePages.FormError error =
                    new WavePages.FormError(e.field(), "name".equals(e.field()) ? name : kind, StaffTexts.of(e));
            return Response.status(400)
                    .entity(Templates.channels(waves.summary(id), channels.list(id), kinds(), error))
                    .build();
        }
    }

    @GET
    @Path("/{channelId}")
    @Operation(hidden = true)
    public TemplateInstance channel(
            @PathParam("id") long id, @PathParam("channelId") long channelId, @Context UriInfo uri) {
        WaveView wave = waves.summary(id);
        ChannelView channel = channels.get(id, channelId);
        String assistedUrl = publicUrl.of(channel.assistedLink(), uri);
        return Templates.channel(
                wave,
                channel,
                Letter.others(questionnaire(wave)),
                new RawString(QrCode.svg(assistedUrl, "QR-code met de link voor helpers")),
                assistedUrl);
    }

    /** A poster for the channel's place: for one school, or (without one) for the whole municipality. */
    @GET
    @Path("/{channelId}/poster")
    @Operation(hidden = true)
    public TemplateInstance poster(
            @PathParam("id") long id,
            @PathParam("channelId") long channelId,
            @QueryParam("institution") Long institutionId,
            @QueryParam("lang") String language,
            @Context UriInfo uri) {
        Printed p = printed(id, channelId, institutionId, language, uri);
        return Templates.poster(p.wave(), p.channel(), p.place(), p.letter(), p.url(), p.qr());
    }

    /** Slips to hand out at the place, {@value #SLIPS_PER_PAGE} to a page, each with the link and its QR code. */
    @GET
    @Path("/{channelId}/slips")
    @Operation(hidden = true)
    public TemplateInstance slips(
            @PathParam("id") long id,
            @PathParam("channelId") long channelId,
            @QueryParam("institution") Long institutionId,
            @QueryParam("lang") String language,
            @Context UriInfo uri) {
        Printed p = printed(id, channelId, institutionId, language, uri);
        return Templates.slips(
                p.wave(), p.channel(), p.place(), p.letter(), p.url(), Collections.nCopies(SLIPS_PER_PAGE, p.qr()));
    }

    /** What a poster or slip of a channel prints: whose name, which address and its QR code, in which languages. */
    private record Printed(WaveView wave, ChannelView channel, String place, Letter letter, String url, RawString qr) {}

    private Printed printed(long id, long channelId, Long institutionId, String language, UriInfo uri) {
        WaveView wave = waves.summary(id);
        ChannelView channel = channels.get(id, channelId);
        Target target = target(channel, institutionId);
        String url = publicUrl.of(target.path(), uri);
        return new Printed(
                wave,
                channel,
                target.place(),
                Letter.of(questionnaire(wave), language, target.place(), wave.closesOn()),
                url,
                new RawString(QrCode.svg(url, "QR-code met de link naar de vragenlijst")));
    }

    /** Where a poster or slip leads, and whose name it carries: one school's, or the channel's own for all schools. */
    private record Target(String path, String place) {}

    private static Target target(ChannelView channel, Long institutionId) {
        if (institutionId == null) {
            return new Target(channel.link(), channel.name());
        }
        return channel.schools().stream()
                .filter(s -> s.institutionId() == institutionId)
                .findFirst()
                .map(s -> new Target(s.link(), s.institution()))
                .orElseThrow(() -> new NotFoundException("institution with a link of this channel", institutionId));
    }

    private Questionnaire questionnaire(WaveView wave) {
        return catalog.version(wave.questionnaireId(), wave.version())
                .orElseThrow()
                .questionnaire();
    }

    private static List<ChannelKind> kinds() {
        return Arrays.asList(ChannelKind.values());
    }
}
