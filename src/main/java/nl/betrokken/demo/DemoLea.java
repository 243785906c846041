package nl.betrokken.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.lea.ActionPlan;
import nl.betrokken.lea.EvaluationComment;
import nl.betrokken.lea.LeaPartner;
import nl.betrokken.lea.LeaScreening;
import nl.betrokken.lea.PartnerOrganisation;
import nl.betrokken.lea.PlanGoal;
import nl.betrokken.lea.PlanRevision;
import nl.betrokken.lea.PlanSection;
import nl.betrokken.lea.PlanSectionText;
import nl.betrokken.lea.WorkingGroupMember;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.UserAccount;
import nl.betrokken.targets.Target;

/**
 * The LEA part of the demo: last year's screening, agreed at the meeting, with the action plan that
 * came out of it (goals tied to the demo targets), and this year's round still being filled in, led
 * by a board, with a working group and the parts of two partner organisations.
 */
@ApplicationScoped
public class DemoLea {

    private final QuestionnaireCatalog catalog;

    public DemoLea(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Transactional
    public boolean createIfNone() {
        Municipality municipality = Municipality.named(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null
                || LeaScreening.count() > 0
                || catalog.latest("lea-screening").isEmpty()) {
            return false;
        }
        UserAccount analyst =
                UserAccount.findByUsername("gemeente@rijnstede.example").orElse(null);
        Long analystId = analyst == null ? null : analyst.id;
        List<Board> boards = Board.ofMunicipality(municipality.id);
        LocalDate today = Dates.today();

        LeaScreening agreed = screening(municipality, "LEA-overleg ouderbetrokkenheid (demo)", analystId);
        partner(agreed, null, municipalityAnswers(), today.minusDays(330));
        partner(
                agreed,
                boards.get(0).id,
                boardAnswers("De besturen zien ouderbetrokkenheid vooral als taak van de scholen zelf."),
                today.minusDays(332));
        partner(
                agreed,
                boards.get(1).id,
                boardAnswers("Onze scholen voor voortgezet onderwijs zoeken nog naar goede vormen."),
                today.minusDays(331));
        agreed.meetingDate = today.minusDays(320);
        agreed.agreement = new LinkedHashMap<>(Map.of(
                "conclusions",
                List.of("joint-impulse", "baseline-and-targets"),
                "age-range",
                "age-0-12",
                "focus",
                "parents-school",
                "notes",
                "De gemeente laat een nulmeting uitvoeren; de besturen werken samen een plan van aanpak uit."));
        agreed.agreedAt = agreed.meetingDate.atTime(16, 0).atZone(Dates.ZONE).toOffsetDateTime();
        agreed.agreedBy = analystId;

        // This year's round is led by the primary schools' board, with a working group and two partners
        // beside the schools whose parts the board filled in on their behalf (they have no accounts).
        Board lead = Board.named(DemoData.PRIMARY_BOARD).orElse(boards.get(0));
        LeaScreening open = screening(municipality, "LEA-overleg voorjaar (demo)", analystId);
        open.leadBoardId = lead.id;
        partner(open, null, Map.of("partner-type", "municipality"), null);
        for (Board board : boards) {
            partner(open, board.id, Map.of(), null);
        }
        PartnerOrganisation jgz = organisation(municipality, "JGZ Rijnstede", "youth-health");
        PartnerOrganisation library = organisation(municipality, "Bibliotheek Rijnstede", "library");
        organisation(municipality, "Welzijn Rijnstede", "welfare");
        partner(open, null, jgz.id, jgzAnswers(), today.minusDays(3));
        partner(open, null, library.id, libraryAnswers(), today.minusDays(2));
        member(open, "Bo Bestuur", DemoData.PRIMARY_BOARD + ", bestuurder", "chair", false);
        member(open, "Sanne de Wit", "Gemeente Rijnstede, beleidsmedewerker onderwijs", "secretary", false);
        member(open, "Ayla Demir", "Ouder van twee kinderen op de basisschool", "member", true);
        member(open, "Joost Verhoef", "JGZ Rijnstede, jeugdverpleegkundige", "member", false);

        plan(municipality, agreed, analyst, today);
        return true;
    }

    private LeaScreening screening(Municipality municipality, String title, Long analystId) {
        LeaScreening screening = new LeaScreening();
        screening.municipalityId = municipality.id;
        screening.questionnaireVersionId =
                catalog.latest("lea-screening").orElseThrow().versionId();
        screening.title = title;
        screening.createdBy = analystId;
        screening.persist();
        return screening;
    }

    private static void partner(
            LeaScreening screening, Long boardId, Map<String, Object> answers, LocalDate submitted) {
        partner(screening, boardId, null, answers, submitted);
    }

    private static void partner(
            LeaScreening screening,
            Long boardId,
            Long organisationId,
            Map<String, Object> answers,
            LocalDate submitted) {
        LeaPartner partner = new LeaPartner();
        partner.screeningId = screening.id;
        partner.boardId = boardId;
        partner.organisationId = organisationId;
        partner.answers = new LinkedHashMap<>(answers);
        if (submitted != null) {
            partner.submittedAt = submitted.atTime(11, 0).atZone(Dates.ZONE).toOffsetDateTime();
            partner.updatedAt = partner.submittedAt;
        }
        partner.persist();
    }

    private static PartnerOrganisation organisation(Municipality municipality, String name, String kind) {
        PartnerOrganisation organisation = new PartnerOrganisation();
        organisation.municipalityId = municipality.id;
        organisation.name = name;
        organisation.kind = kind;
        organisation.persist();
        return organisation;
    }

    private static void member(LeaScreening screening, String name, String organisation, String role, boolean parent) {
        WorkingGroupMember member = new WorkingGroupMember();
        member.screeningId = screening.id;
        member.name = name;
        member.organisation = organisation;
        member.role = role;
        member.parent = parent;
        member.persist();
    }

    private static Map<String, Object> jgzAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("partner-type", "other");
        answers.put("a-joint", "Een vast aanspreekpunt van de jeugdgezondheidszorg voor elke school en voorschool.");
        answers.put(
                "c-municipality",
                "Het consultatiebureau bespreekt opvoedvragen met alle ouders van kinderen tot 4 jaar.");
        answers.put("c-joint", "Samen met de scholen ouderavonden over slapen, schermtijd en gezond eten.");
        answers.put("c-alignment", "joint-approach");
        answers.put("d-alignment", "exchange");
        answers.put("conclusions", List.of("joint-impulse"));
        return answers;
    }

    private static Map<String, Object> libraryAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("partner-type", "other");
        answers.put(
                "b-municipality",
                "De bibliotheek leest voor op de peuteropvang en leent boekentassen uit aan gezinnen.");
        answers.put("b-joint", "Een leesconsulent die met de scholen ouderbijeenkomsten over voorlezen houdt.");
        answers.put("b-alignment", "joint-approach");
        answers.put("conclusions", List.of("joint-impulse"));
        return answers;
    }

    private static Map<String, Object> municipalityAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("partner-type", "municipality");
        answers.put(
                "a-municipality", "Ouderbetrokkenheid staat in het jeugdbeleid, maar er is geen eigen budget voor.");
        answers.put(
                "a-joint",
                "Een gezamenlijke visie op de samenwerking met ouders, van peuteropvang tot voortgezet onderwijs.");
        answers.put("a-alignment", "align");
        answers.put("b-municipality", "De bibliotheek en het taalhuis bieden voorleesprogramma's voor gezinnen.");
        answers.put("b-alignment", "exchange");
        answers.put(
                "c-municipality",
                "Het centrum voor jeugd en gezin geeft opvoedcursussen, maar scholen verwijzen weinig door.");
        answers.put("c-joint", "Vaste contactpersonen van het centrum voor jeugd en gezin op elke school.");
        answers.put("c-alignment", "joint-approach");
        answers.put("d-alignment", "not-needed");
        answers.put("guide-1", "Er gebeurt veel, maar los van elkaar.");
        answers.put("conclusions", List.of("joint-impulse", "baseline-and-targets"));
        return answers;
    }

    private static Map<String, Object> boardAnswers(String themeA) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("partner-type", "school-board");
        answers.put("a-boards", themeA);
        answers.put("a-alignment", "exchange");
        answers.put("b-boards", "Scholen geven ouders tips om thuis te lezen en te rekenen.");
        answers.put("b-joint", "Samen met de bibliotheek een aanbod voor ouders die zelf weinig lezen.");
        answers.put("b-alignment", "joint-approach");
        answers.put("c-alignment", "align");
        answers.put("d-boards", "Ouderraden en klassenouders; contact tussen ouders loopt vooral via apps.");
        answers.put("d-alignment", "not-needed");
        answers.put("conclusions", List.of("joint-impulse"));
        return answers;
    }

    private static void plan(Municipality municipality, LeaScreening screening, UserAccount analyst, LocalDate today) {
        ActionPlan plan = new ActionPlan();
        plan.municipalityId = municipality.id;
        plan.screeningId = screening.id;
        plan.title = "Samen met ouders: plan van aanpak Rijnstede (demo)";
        plan.createdBy = analyst == null ? null : analyst.id;
        plan.createdAt = today.minusDays(300).atStartOfDay(Dates.ZONE).toOffsetDateTime();
        plan.persist();
        Map<PlanSection, String> texts = Map.of(
                PlanSection.INTRODUCTION,
                        "Gemeente en besturen willen dat alle ouders zich welkom en serieus genomen voelen op"
                                + " school. Dit plan sluit aan op het jeugdbeleid en de voor- en vroegschoolse educatie.",
                PlanSection.VISION,
                        "Ouders en school werken samen voor elk kind, van peuteropvang tot en met de basisschool."
                                + " Wij willen dat in 2028 de ouders merkbaar tevredener zijn over hun relatie met de school.",
                PlanSection.PARTIES,
                        "De gemeente heeft de regie en verbindt het plan met het centrum voor jeugd en gezin. De"
                                + " besturen sturen hun scholen aan. Twee ouders zitten in de werkgroep.",
                PlanSection.MONITORING,
                        "Elk jaar een ouderpeiling; de evaluatie staat elk najaar op de agenda van het LEA-overleg.");
        for (PlanSection section : PlanSection.values()) {
            String body = texts.getOrDefault(section, "");
            new PlanSectionText(plan.id, section, body, body.isEmpty() ? 0 : 1).persist();
            if (!body.isEmpty()) {
                revision(plan, "section:" + section.key(), body, analyst, plan.createdAt.plusDays(1));
            }
        }
        Long firstGoal = null;
        for (Target target : Target.ofMunicipality(municipality.id)) {
            PlanGoal goal = new PlanGoal();
            goal.planId = plan.id;
            goal.description = target.name;
            goal.dueDate = target.deadline;
            goal.targetId = target.id;
            goal.persist();
            revision(
                    plan,
                    "goal:" + goal.id,
                    goal.description + " | uiterlijk " + goal.dueDate,
                    analyst,
                    plan.createdAt.plusDays(2));
            firstGoal = firstGoal == null ? goal.id : firstGoal;
        }
        if (firstGoal != null) {
            EvaluationComment comment = new EvaluationComment();
            comment.planId = plan.id;
            comment.goalId = firstGoal;
            comment.year = today.getYear();
            comment.body = "De scholen merken dat de koffieochtenden voor nieuwe ouders helpen.";
            comment.authorName = "Bo Bestuur";
            comment.organisation = DemoData.PRIMARY_BOARD;
            comment.createdAt = OffsetDateTime.now();
            comment.persist();
        }
    }

    private static void revision(ActionPlan plan, String subject, String body, UserAccount analyst, OffsetDateTime at) {
        PlanRevision revision = new PlanRevision();
        revision.planId = plan.id;
        revision.subject = subject;
        revision.body = body;
        revision.changedBy = analyst == null ? null : analyst.id;
        revision.changedByName = analyst == null ? "Gemeente" : analyst.displayName;
        revision.changedAt = at;
        revision.persist();
    }
}
