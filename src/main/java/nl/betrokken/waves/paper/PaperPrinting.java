package nl.betrokken.waves.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.security.AuditLog;
import nl.betrokken.waves.WaveChannel;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveStatus;

/**
 * Making paper forms: a code per form (kept as a hash), printed on every page of it. Whoever sees a
 * school in a wave may print its forms, as for its letter; paper is offered for the questionnaires
 * people fill in themselves (parents, staff), not for an institution's or a partner's one.
 */
@ApplicationScoped
@Transactional
public class PaperPrinting {

    public static final int MAX_AT_ONCE = 200;

    private final WaveService waves;
    private final AuditLog audit;

    public PaperPrinting(WaveService waves, AuditLog audit) {
        this.waves = waves;
        this.audit = audit;
    }

    public static boolean offered(Audience audience) {
        return audience == Audience.PARENT || audience == Audience.STAFF;
    }

    /** The forms and the sheet they carry, for the print page. */
    public record PrintJob(PrintedForms forms, PaperSheet sheet, String waveName) {}

    public PrintJob print(long waveId, PrintRequest request) {
        WaveService.Visible visible = waves.visible(waveId);
        Questionnaire questionnaire = visible.questionnaire().questionnaire();
        if (!offered(questionnaire.audience())) {
            throw new InvalidFieldException(
                    "waveId", "paper forms are made for parent and staff questionnaires only", "paper_audience");
        }
        if (visible.wave().status(Dates.today()) == WaveStatus.CLOSED) {
            throw new InvalidFieldException(
                    "waveId", "the wave is closed; forms for it would be of no use", "paper_wave_closed");
        }
        WaveInstitution row = visible.rows().stream()
                .filter(r -> r.institution.id.equals(request.institutionId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution in this wave", request.institutionId()));
        if (request.count() == null || request.count() < 1 || request.count() > MAX_AT_ONCE) {
            throw new InvalidFieldException(
                    "count", "must be a number from 1 to " + MAX_AT_ONCE, "paper_count", MAX_AT_ONCE);
        }
        String language = language(questionnaire, request.language());
        WaveChannel channel = channel(visible, request.channelId());

        OffsetDateTime hour = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        List<String> codes = new ArrayList<>(request.count());
        while (codes.size() < request.count()) {
            String code = PaperCodes.generate();
            String hash = PaperCodes.hash(PaperCodes.normalise(code).orElseThrow());
            // 2^34 codes: a repeat is rare, but the column is unique, so one is drawn again rather than failing
            if (PaperForm.exists(hash) || codes.contains(code)) {
                continue;
            }
            PaperForm form = new PaperForm();
            form.waveInstitutionId = row.id;
            form.channelId = channel == null ? null : channel.id;
            form.language = language;
            form.codeHash = hash;
            form.printedAt = hour;
            form.persist();
            codes.add(code);
        }
        audit.record(
                "paper-forms-printed",
                "wave",
                visible.wave().id,
                visible.wave().municipalityId,
                codes.size() + " paper forms for " + row.institution.name + " (" + language
                        + (channel == null ? "" : ", " + channel.name) + ")");
        return new PrintJob(
                new PrintedForms(
                        visible.wave().id,
                        row.institution.id,
                        row.institution.name,
                        language,
                        channel == null ? null : channel.id,
                        channel == null ? null : channel.name,
                        codes),
                PaperSheet.of(questionnaire, language),
                visible.wave().name);
    }

    /** "nl" for Dutch alone; otherwise a language the questionnaire is written in. */
    private static String language(Questionnaire questionnaire, String asked) {
        if (asked == null || asked.isBlank() || SupportedLanguage.DEFAULT.equals(asked.strip())) {
            return SupportedLanguage.DEFAULT;
        }
        String code = asked.strip();
        if (!questionnaire.offers(code)) {
            throw new InvalidFieldException(
                    "language",
                    "the questionnaire is not written in '" + code + "'; choose one of " + questionnaire.languages(),
                    "paper_language");
        }
        return code;
    }

    private static WaveChannel channel(WaveService.Visible visible, Long channelId) {
        if (channelId == null) {
            return null;
        }
        WaveChannel channel = WaveChannel.findById(channelId);
        if (channel == null || !channel.wave.id.equals(visible.wave().id)) {
            throw new InvalidFieldException(
                    "channelId", "there is no channel with id " + channelId + " in this wave", "paper_channel");
        }
        return channel;
    }

    /** What the paper page offers: per school how many forms were printed and entered, the languages, the channels. */
    public record Desk(
            long waveId,
            String waveName,
            String title,
            boolean offered,
            boolean printable,
            boolean enterable,
            String closedReason,
            List<School> schools,
            List<SupportedLanguage> languages,
            List<Channel> channels) {}

    public record School(long institutionId, String name, long printed, long entered) {}

    public record Channel(long id, String name) {}

    /** The paper page of a wave, for the schools the user sees. */
    public Desk desk(long waveId) {
        WaveService.Visible visible = waves.visible(waveId);
        Questionnaire questionnaire = visible.questionnaire().questionnaire();
        Map<Long, PaperForm.Tally> tallies =
                PaperForm.tallies(visible.rows().stream().map(r -> r.id).toList());
        List<School> schools = visible.rows().stream()
                .map(r -> {
                    PaperForm.Tally tally = tallies.getOrDefault(r.id, PaperForm.Tally.NONE);
                    return new School(r.institution.id, r.institution.name, tally.printed(), tally.entered());
                })
                .toList();
        WaveStatus status = visible.wave().status(Dates.today());
        boolean finalPublished = visible.wave().finalPublishedAt != null;
        String closedReason = finalPublished
                ? "De eindcijfers van deze peiling zijn gepubliceerd. Formulieren die nu nog binnenkomen, kunnen niet"
                        + " meer worden ingevoerd: ze zouden de gepubliceerde cijfers veranderen."
                : status == WaveStatus.NOT_YET_OPEN
                        ? "De peiling is nog niet begonnen; invoeren kan vanaf de eerste dag."
                        : null;
        return new Desk(
                visible.wave().id,
                visible.wave().name,
                questionnaire.title().in(SupportedLanguage.DEFAULT),
                offered(questionnaire.audience()),
                offered(questionnaire.audience()) && status != WaveStatus.CLOSED,
                offered(questionnaire.audience()) && closedReason == null,
                closedReason,
                schools,
                questionnaire.languages().stream()
                        .filter(code -> !SupportedLanguage.DEFAULT.equals(code))
                        .map(code -> SupportedLanguage.byCode(code).orElseThrow())
                        .toList(),
                WaveChannel.ofWave(visible.wave()).stream()
                        .map(c -> new Channel(c.id, c.name))
                        .toList());
    }
}
