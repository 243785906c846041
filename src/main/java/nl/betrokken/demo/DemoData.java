package nl.betrokken.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import nl.betrokken.organisations.BoardRequest;
import nl.betrokken.organisations.InstitutionRequest;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.MunicipalityRequest;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Sector;

/**
 * A small, fictional municipality for a newcomer's first start: two boards and institutions of every
 * sector, one of them small enough to fall under the privacy threshold later on.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String MUNICIPALITY = "Gemeente Rijnstede";

    private final DemoConfig config;
    private final OrganisationService organisations;

    public DemoData(DemoConfig config, OrganisationService organisations) {
        this.config = config;
        this.organisations = organisations;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            createIfEmpty();
        }
    }

    /** Only into an empty database: demo data must never mix with real organisations. */
    @Transactional
    public boolean createIfEmpty() {
        if (Municipality.count() > 0) {
            return false;
        }
        long municipality = organisations.createMunicipality(new MunicipalityRequest(MUNICIPALITY, "GM9901")).id();
        long primaryBoard = organisations.createBoard(new BoardRequest(municipality, "Stichting Primair Onderwijs Rijnstede")).id();
        long mixedBoard = organisations.createBoard(new BoardRequest(municipality, "Onderwijsgroep Rijn en Veld")).id();

        institution(primaryBoard, "Basisschool De Regenboog", Sector.PRIMARY, "99AA", 412, 365, 31);
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
