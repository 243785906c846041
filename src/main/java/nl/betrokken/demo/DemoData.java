package nl.betrokken.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.BoardRequest;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.InstitutionRequest;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.MunicipalityRequest;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Passwords;
import nl.betrokken.security.Role;
import nl.betrokken.security.UserAccount;
import nl.betrokken.waves.Access;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A small, fictional municipality for a newcomer's first start: two boards and institutions of every
 * sector, one of them small enough to fall under the privacy threshold later on.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String MUNICIPALITY = "Gemeente Rijnstede";
    static final String PRIMARY_BOARD = "Stichting Primair Onderwijs Rijnstede";
    static final String LEAD_SCHOOL = "Basisschool De Regenboog";
    public static final String PASSWORD = "demo-wachtwoord";

    private final DemoConfig config;
    private volatile boolean stopping;
    private final OrganisationService organisations;
    private final WaveService waves;
    private final QuestionnaireCatalog catalog;
    private final DemoResponses responses;
    private final DemoLea lea;
    private final DemoSchoolPlan schoolPlan;

    private final String httpHost;

    public DemoData(
            DemoConfig config,
            OrganisationService organisations,
            WaveService waves,
            QuestionnaireCatalog catalog,
            DemoResponses responses,
            DemoLea lea,
            DemoSchoolPlan schoolPlan,
            @ConfigProperty(name = "quarkus.http.host") String httpHost) {
        this.config = config;
        this.httpHost = httpHost;
        this.organisations = organisations;
        this.waves = waves;
        this.catalog = catalog;
        this.responses = responses;
        this.lea = lea;
        this.schoolPlan = schoolPlan;
    }

    /** Early (after the definitions, before the first-administrator check), so demo users count as users. */
    void onStart(@Observes @Priority(150) StartupEvent event) {
        if (config.enabled().isEmpty() && !loopbackOnly(httpHost)) {
            LOG.infof(
                    "No demo data: the service listens on %s, not on the loopback address alone;"
                            + " set betrokken.demo.enabled=true to fill an empty database with the demo anyway",
                    httpHost);
        }
        if (config.enabled().orElse(loopbackOnly(httpHost))) {
            createIfEmpty();
            createUsersIfNone();
            createWavesIfNone();
            if (config.answersAfterReady()) {
                DemoProgress.preparing(true);
                Thread later = new Thread(this::createAnswers, "demo-answers");
                // a service stopped meanwhile does not wait: the demo is written in one go or not at all
                later.setDaemon(true);
                later.start();
            } else {
                createAnswers();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** The demo's answers and what builds on their figures (the LEA screening, the school plan). */
    private void createAnswers() {
        // on a thread of its own: Hibernate's choice of database (ReadRouting) is made in a request context
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            responses.createIfNone();
            lea.createIfNone();
            schoolPlan.createIfNone();
        } catch (RuntimeException e) {
            if (stopping) {
                // what a stop does to work in flight: the one transaction rolls back, nothing is half-written
                LOG.info("The service stopped while the demo's answers were being written; the next start writes them");
            } else {
                LOG.error("The demo's answers could not be written; the next start tries again", e);
            }
        } finally {
            DemoProgress.preparing(false);
            if (activated) {
                context.terminate();
            }
        }
    }

    /** Whether only this machine can reach the service: the demo's public password then opens nothing on a network. */
    static boolean loopbackOnly(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    /** An open parent baseline for every demo school and a staff typology list for one, so links work at once. */
    @Transactional
    public boolean createWavesIfNone() {
        if (Wave.count() > 0 || Municipality.named(MUNICIPALITY).isEmpty()) {
            return false;
        }
        List<Institution> schools = Institution.ofMunicipalityNamed(MUNICIPALITY);
        LocalDate today = Dates.today();
        waves.open(
                "Ouderpeiling Rijnstede (demo)",
                catalog.latest("parent-baseline").orElseThrow(),
                today.minusDays(7),
                today.plusDays(60),
                Access.LINK,
                schools,
                null);
        Institution lead = Institution.named(LEAD_SCHOOL).orElseThrow();
        waves.open(
                "Teamvragenlijst schooltype (demo)",
                catalog.latest("school-typology-staff").orElseThrow(),
                today.minusDays(7),
                today.plusDays(60),
                Access.LINK,
                List.of(lead),
                null);
        waves.open(
                "Ouders over schooltype (demo)",
                catalog.latest("school-typology-parents").orElseThrow(),
                today.minusDays(7),
                today.plusDays(60),
                Access.CODES,
                List.of(lead),
                null);
        LOG.info("Opened the demo waves; school@rijnstede.example sees their links");
        return true;
    }

    /** One user per role, all with the password {@value #PASSWORD}; the README lists them. */
    @Transactional
    public boolean createUsersIfNone() {
        if (UserAccount.count() > 0 || Municipality.named(MUNICIPALITY).isEmpty()) {
            return false;
        }
        Municipality municipality = Municipality.named(MUNICIPALITY).orElseThrow();
        Board board = Board.named(PRIMARY_BOARD).orElseThrow();
        Institution school = Institution.named(LEAD_SCHOOL).orElseThrow();
        String hash = Passwords.hash(PASSWORD);
        user("beheer@rijnstede.example", "Bea Beheer", Role.ADMINISTRATOR, hash, null, null, null);
        user(
                "gemeente@rijnstede.example",
                "Gijs Gemeente",
                Role.MUNICIPALITY_ANALYST,
                hash,
                municipality.id,
                null,
                null);
        user("bestuur@rijnstede.example", "Bo Bestuur", Role.BOARD_MEMBER, hash, null, board.id, null);
        user("school@rijnstede.example", "Sanne School", Role.INSTITUTION_LEAD, hash, null, null, school.id);
        LOG.infof("Created the demo users (password %s); see README.md", PASSWORD);
        return true;
    }

    private static void user(
            String username, String name, Role role, String hash, Long municipality, Long board, Long institution) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = name;
        account.role = role;
        account.passwordHash = hash;
        account.municipalityId = municipality;
        account.boardId = board;
        account.institutionId = institution;
        account.persist();
    }

    /** Only into an empty database: demo data must never mix with real organisations. */
    @Transactional
    public boolean createIfEmpty() {
        if (Municipality.count() > 0) {
            return false;
        }
        long municipality = organisations
                .createMunicipality(new MunicipalityRequest(MUNICIPALITY, "GM9901", null))
                .id();
        long primaryBoard = organisations
                .createBoard(new BoardRequest(municipality, PRIMARY_BOARD))
                .id();
        long mixedBoard = organisations
                .createBoard(new BoardRequest(municipality, "Onderwijsgroep Rijn en Veld"))
                .id();

        institution(primaryBoard, LEAD_SCHOOL, Sector.PRIMARY, "99AA", 412, 365, 31);
        institution(primaryBoard, "Kindcentrum De Boomgaard", Sector.PRIMARY, "99AB", 268, 231, 22);
        institution(primaryBoard, "Basisschool Het Kompas", Sector.PRIMARY, "99AC", 195, 171, 16);
        institution(primaryBoard, "Basisschool De Klimop", Sector.PRIMARY, "99AD", 24, 21, 4);
        institution(primaryBoard, "Peuteropvang Het Vlindertje", Sector.PRESCHOOL, null, 46, 44, 6);
        institution(mixedBoard, "Rijnstede College", Sector.SECONDARY, "99BA", 1240, 1105, 112);
        institution(mixedBoard, "Vakcollege Veldzicht", Sector.VOCATIONAL, "99BB", 860, 702, 84);
        LOG.infof("Created the demo municipality %s", MUNICIPALITY);
        return true;
    }

    private void institution(long board, String name, Sector sector, String brin, int pupils, int parents, int staff) {
        organisations.createInstitution(new InstitutionRequest(board, name, sector, brin, pupils, parents, staff));
    }
}
