package nl.betrokken.organisations.duo;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.betrokken.organisations.Municipality;

/**
 * The two made-up municipalities the DUO test files are about, Oosterveld (GM0981) and Andersveld
 * (GM0982), emptied of boards, institutions and kept files before each test: BRIN codes are unique
 * in the whole database, so every test imports into a clean municipality.
 */
@ApplicationScoped
public class DuoTestData {

    public static final String OOSTERVELD = "GM0981";
    public static final String ANDERSVELD = "GM0982";

    @Transactional
    public long reset(String cbsCode) {
        Municipality municipality = Municipality.<Municipality>find("cbsCode", cbsCode)
                .firstResultOptional()
                .orElseGet(() -> {
                    Municipality made = new Municipality();
                    made.name = OOSTERVELD.equals(cbsCode) ? "Oosterveld (test)" : "Andersveld (test)";
                    made.cbsCode = cbsCode;
                    made.persist();
                    return made;
                });
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from pending_import where municipality_id = ?1")
                .setParameter(1, municipality.id)
                .executeUpdate();
        em.createNativeQuery(
                        "delete from institution where board_id in (select id from board where municipality_id = ?1)")
                .setParameter(1, municipality.id)
                .executeUpdate();
        em.createNativeQuery("delete from board where municipality_id = ?1")
                .setParameter(1, municipality.id)
                .executeUpdate();
        return municipality.id;
    }

    /** The boards and institutions of a municipality as "number name" and "BRIN name sector board-number" lines. */
    @Transactional
    public Map<String, String> contents(long municipalityId) {
        Map<String, String> contents = new HashMap<>();
        Panache.getEntityManager()
                .createNativeQuery("select coalesce(board_number, '-'), name from board where municipality_id = ?1")
                .setParameter(1, municipalityId)
                .getResultList()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    contents.put("board " + columns[0], (String) columns[1]);
                });
        Panache.getEntityManager()
                .createNativeQuery("select coalesce(i.brin_code, '-'), i.name || ' | ' || i.sector || ' | '"
                        + " || coalesce(b.board_number, b.name) || ' | ' || coalesce(i.pupil_count::text, '-') || '/'"
                        + " || coalesce(i.parent_count::text, '-') || '/' || coalesce(i.staff_count::text, '-') || ' | '"
                        + " || coalesce(i.population_source, '-')"
                        + " from institution i join board b on b.id = i.board_id where b.municipality_id = ?1")
                .setParameter(1, municipalityId)
                .getResultList()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    contents.put("institution " + columns[0], (String) columns[1]);
                });
        return contents;
    }

    @Transactional
    public long pendingImports(long municipalityId) {
        return PendingImport.count("municipalityId", municipalityId);
    }

    /** The import events of a municipality in the audit log. */
    @Transactional
    public long auditEvents(long municipalityId) {
        return ((Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from audit_event where municipality_id = ?1"
                                + " and object_type = 'organisations-import'")
                        .setParameter(1, municipalityId)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public void sql(String statement) {
        Panache.getEntityManager().createNativeQuery(statement).executeUpdate();
    }

    /** An API import body for a test file. */
    public static Map<String, Object> body(long municipalityId, String sector, String file) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityId", municipalityId);
        if (sector != null) {
            body.put("sector", sector);
        }
        body.put("filename", file);
        body.put("file", Base64.getEncoder().encodeToString(DuoFileTest.file(file)));
        return body;
    }
}
