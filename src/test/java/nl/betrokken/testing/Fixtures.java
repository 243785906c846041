package nl.betrokken.testing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.lea.ActionPlan;
import nl.betrokken.lea.LeaPartner;
import nl.betrokken.lea.LeaScreening;
import nl.betrokken.lea.PartnerOrganisation;
import nl.betrokken.lea.PlanGoal;
import nl.betrokken.lea.PlanSection;
import nl.betrokken.lea.WorkingGroupMember;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;

/** Organisations built straight in the database, each with a unique name. */
@ApplicationScoped
public class Fixtures {

    @Inject
    QuestionnaireCatalog catalog;

    /** Two municipalities, each with one board and one institution; A's board has a second institution. */
    public record World(
            long municipalityA,
            long boardA,
            long institutionA,
            long institutionA2,
            long municipalityB,
            long boardB,
            long institutionB) {}

    @Transactional
    public World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Municipality a = municipality("Gemeente A " + tag);
        Board boardA = board(a, "Bestuur A " + tag);
        Institution institutionA = institution(boardA, "School A1 " + tag, Sector.PRIMARY);
        Institution institutionA2 = institution(boardA, "School A2 " + tag, Sector.SECONDARY);
        Municipality b = municipality("Gemeente B " + tag);
        Board boardB = board(b, "Bestuur B " + tag);
        Institution institutionB = institution(boardB, "School B1 " + tag, Sector.PRIMARY);
        return new World(a.id, boardA.id, institutionA.id, institutionA2.id, b.id, boardB.id, institutionB.id);
    }

    @Transactional
    public Municipality municipality(String name) {
        Municipality municipality = new Municipality();
        municipality.name = name;
        municipality.persist();
        return municipality;
    }

    @Transactional
    public Board board(Municipality municipality, String name) {
        Board board = new Board();
        board.municipality = Municipality.findById(municipality.id);
        board.name = name;
        board.persist();
        return board;
    }

    @Transactional
    public Municipality municipalityNamed(String name) {
        return Municipality.named(name).orElseThrow(() -> new AssertionError("no municipality " + name));
    }

    @Transactional
    public Institution institutionNamed(long municipalityId, String name) {
        return Institution.<Institution>find("board.municipality.id = ?1 and name = ?2", municipalityId, name)
                .firstResultOptional()
                .orElseThrow(() -> new AssertionError("no institution " + name));
    }

    @Transactional
    public Institution institutionById(long id) {
        return Institution.findById(id);
    }

    /** Sets the number of parents an institution's response rate counts against. */
    @Transactional
    public void population(long institutionId, Integer parents) {
        Institution.<Institution>findById(institutionId).parentCount = parents;
    }

    @Transactional
    public Institution institution(Board board, String name, Sector sector) {
        Institution institution = new Institution();
        institution.board = Board.findById(board.id);
        institution.name = name;
        institution.sector = sector;
        institution.parentCount = 100;
        institution.persist();
        return institution;
    }

    /** A screening round of a municipality with a part for it and for each board given; no answers yet. */
    @Transactional
    public long screening(long municipalityId, long... boardIds) {
        LeaScreening screening = new LeaScreening();
        screening.municipalityId = municipalityId;
        screening.questionnaireVersionId =
                catalog.latest("lea-screening").orElseThrow().versionId();
        screening.title = "Screening " + UUID.randomUUID().toString().substring(0, 8);
        screening.persist();
        partner(screening.id, null);
        for (long board : boardIds) {
            partner(screening.id, board);
        }
        return screening.id;
    }

    private static void partner(long screeningId, Long boardId) {
        LeaPartner partner = new LeaPartner();
        partner.screeningId = screeningId;
        partner.boardId = boardId;
        partner.persist();
    }

    /** A partner organisation (youth health care) of a municipality. */
    @Transactional
    public long partnerOrganisation(long municipalityId) {
        PartnerOrganisation organisation = new PartnerOrganisation();
        organisation.municipalityId = municipalityId;
        organisation.name = "JGZ " + UUID.randomUUID().toString().substring(0, 8);
        organisation.kind = "youth-health";
        organisation.persist();
        return organisation.id;
    }

    /** A part for a partner organisation in a screening round; returns the part's id. */
    @Transactional
    public long organisationPart(long screeningId, long organisationId) {
        LeaPartner partner = new LeaPartner();
        partner.screeningId = screeningId;
        partner.organisationId = organisationId;
        partner.persist();
        return partner.id;
    }

    /** A member of a screening round's working group; returns the member's id. */
    @Transactional
    public long workingGroupMember(long screeningId) {
        WorkingGroupMember member = new WorkingGroupMember();
        member.screeningId = screeningId;
        member.name = "Lid " + UUID.randomUUID().toString().substring(0, 8);
        member.role = "member";
        member.persist();
        return member.id;
    }

    /** An action plan of a municipality with its six empty sections and one goal; returns {plan, goal}. */
    @Transactional
    public long[] plan(long municipalityId) {
        ActionPlan plan = new ActionPlan();
        plan.municipalityId = municipalityId;
        plan.title = "Plan " + UUID.randomUUID().toString().substring(0, 8);
        plan.persist();
        for (PlanSection section : PlanSection.values()) {
            Panache.getEntityManager()
                    .createNativeQuery("insert into action_plan_section (plan_id, section) values (?1, ?2)")
                    .setParameter(1, plan.id)
                    .setParameter(2, section.key())
                    .executeUpdate();
        }
        PlanGoal goal = new PlanGoal();
        goal.planId = plan.id;
        goal.description = "Meer ouders tevreden";
        goal.dueDate = LocalDate.of(2028, 12, 31);
        goal.persist();
        return new long[] {plan.id, goal.id};
    }

    /** A school plan with one action for the institution, made once; returns the slug of its parents' page. */
    @Transactional
    public String schoolPlan(long institutionId) {
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        java.util.Random random = new java.util.Random();
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            slug.append(letters.charAt(random.nextInt(letters.length())));
        }
        var entityManager = Panache.getEntityManager();
        entityManager
                .createNativeQuery("insert into school_plan (institution_id, public_slug) values (?1, ?2)"
                        + " on conflict (institution_id) do nothing")
                .setParameter(1, institutionId)
                .setParameter(2, slug.toString())
                .executeUpdate();
        Object[] plan = (Object[]) entityManager
                .createNativeQuery("select id, public_slug from school_plan where institution_id = ?1")
                .setParameter(1, institutionId)
                .getSingleResult();
        entityManager
                .createNativeQuery("insert into school_plan_action (plan_id, body, owner, due_date, status)"
                        + " select ?1, 'Een kennismakingsgesprek met elke ouder', 'De directeur', date '2027-06-30', 'planned'"
                        + " where not exists (select 1 from school_plan_action where plan_id = ?1)")
                .setParameter(1, ((Number) plan[0]).longValue())
                .executeUpdate();
        return (String) plan[1];
    }
}
