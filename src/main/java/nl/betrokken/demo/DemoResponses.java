package nl.betrokken.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.openanswers.OpenTheme;
import nl.betrokken.openanswers.ThemeTally;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.respond.SurveyResponse;
import nl.betrokken.targets.Target;
import nl.betrokken.waves.Access;
import nl.betrokken.waves.ChannelKind;
import nl.betrokken.waves.ChannelService;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveChannel;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveService;
import org.jboss.logging.Logger;

/**
 * Synthetic but plausible answers for the demo municipality, so that a newcomer's monitor shows
 * real figures at once: a baseline a year ago and the current follow-up of the parent baseline,
 * typology lists from parents and staff in two schools, and three targets that come out met, not
 * met and undetermined. Seeded, so every first start gives the same numbers.
 */
@ApplicationScoped
public class DemoResponses {

    private static final Logger LOG = Logger.getLogger(DemoResponses.class);

    /** The wave the demo school plan started from. */
    static final String LAST_YEARS_TYPOLOGY = "Ouders over schooltype, vorig jaar (demo)";

    private final QuestionnaireCatalog catalog;
    private final WaveService waves;
    private final Aggregator aggregator;
    private final Publication publication;

    private final ThemeTally tally;
    private final EntityManager entityManager;

    public DemoResponses(
            QuestionnaireCatalog catalog,
            WaveService waves,
            Aggregator aggregator,
            Publication publication,
            ThemeTally tally,
            EntityManager entityManager) {
        this.tally = tally;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.waves = waves;
        this.aggregator = aggregator;
        this.publication = publication;
    }

    /** How likely a parent agrees with an item, per item id; others get the default. */
    private record Mood(double fallback, Map<String, Double> byItem) {
        double of(String itemId, Institution school) {
            double adjustment =
                    school.sector == Sector.SECONDARY ? -0.04 : school.sector == Sector.PRESCHOOL ? 0.05 : 0;
            return Math.max(0.05, Math.min(0.95, byItem.getOrDefault(itemId, fallback) + adjustment));
        }
    }

    public void createIfNone() {
        if (created()) {
            return;
        }
        fill();
        // the scheduled counter may hold a batch of the demo's answers: the first figures wait for it
        aggregator.catchUpFully();
        publication.publishDue();
        for (String wave : List.of("Nulmeting ouders (demo)", "Ouderpeiling Rijnstede (demo)")) {
            publication.publishThemes(QuarkusTransaction.requiringNew()
                    .call(() -> Wave.named(wave).orElseThrow().id));
        }
        LOG.infof("Filled the demo monitor with %d synthetic responses and published their figures", sent());
    }

    @Transactional
    long sent() {
        return SurveyResponse.count("status", SurveyResponse.Status.SUBMITTED);
    }

    @Transactional
    boolean created() {
        return SurveyResponse.count() > 0
                || Municipality.named(DemoData.MUNICIPALITY).isEmpty();
    }

    @Transactional
    void fill() {
        Random random = new Random(2026);
        Municipality municipality = Municipality.named(DemoData.MUNICIPALITY).orElseThrow();
        List<Institution> schools = Institution.ofMunicipality(municipality.id);
        LocalDate today = Dates.today();
        var baselineQuestionnaire = catalog.latest("parent-baseline").orElseThrow();
        Wave baseline = waves.open(
                "Nulmeting ouders (demo)",
                baselineQuestionnaire,
                today.minusDays(380),
                today.minusDays(350),
                Access.LINK,
                schools,
                null);
        Wave followUp = Wave.named("Ouderpeiling Rijnstede (demo)").orElseThrow();

        Mood before = new Mood(0.60, Map.of("a1", 0.62, "b1", 0.48, "c1", 0.70));
        Mood after = new Mood(0.66, Map.of("a1", 0.76, "b1", 0.58, "c1", 0.80));
        answer(baseline, baselineQuestionnaire.questionnaire(), before, 0.30, random, today.minusDays(365));
        channels(baseline, baselineQuestionnaire.questionnaire(), before, random, today.minusDays(360));
        answer(
                followUp,
                catalog.byVersionId().get(followUp.questionnaireVersionId).questionnaire(),
                after,
                0.38,
                random,
                today.minusDays(3));

        themes(municipality);
        codeRemarks(baseline, municipality.id);
        codeRemarks(followUp, municipality.id);
        institutionBaseline(schools, random, today);
        parentsNeeds(schools, random, today);

        for (String school : List.of(DemoData.LEAD_SCHOOL, "Kindcentrum De Boomgaard")) {
            Institution institution = Institution.named(school).orElseThrow();
            // at the lead school, the teachers now know their pupils' files (t12): the school plan's follow-up
            Map<String, Double> improved = school.equals(DemoData.LEAD_SCHOOL) ? Map.of("t12", 0.85) : Map.of();
            typology(
                    institution,
                    "school-typology-parents",
                    "Ouders over schooltype (demo)",
                    34,
                    random,
                    today,
                    improved);
            typology(
                    institution,
                    "school-typology-staff",
                    "Teamvragenlijst schooltype (demo)",
                    17,
                    random,
                    today,
                    Map.of());
        }
        // last year's parents' list at the lead school, where its improvement plan started: t12 was rare then
        Institution lead = Institution.named(DemoData.LEAD_SCHOOL).orElseThrow();
        waves.open(
                LAST_YEARS_TYPOLOGY,
                catalog.latest("school-typology-parents").orElseThrow(),
                today.minusDays(400),
                today.minusDays(370),
                Access.LINK,
                List.of(lead),
                null);
        typology(
                lead,
                "school-typology-parents",
                LAST_YEARS_TYPOLOGY,
                31,
                random,
                today.minusDays(388),
                Map.of("t12", 0.2));
        // parents miss news on their child's progress; the team finds parents do not read what it sends
        expectations(lead, "mutual-expectations-parents", 31, Map.of("child-progress", 0.35), random, today);
        expectations(lead, "mutual-expectations-staff", 16, Map.of("reads-news", 0.3), random, today);

        target(
                municipality,
                "Minstens 60 % van de ouders is tevreden over de relatie met school",
                "satisfied-relationship",
                "0.60",
                null);
        target(
                municipality,
                "90 % vindt dat school genoeg helpt bij leren thuis",
                "learning-at-home-support",
                "0.90",
                null);
        target(
                municipality,
                "78 % in het voortgezet onderwijs vindt dat er genoeg opvoedingssteun is",
                "parenting-support",
                "0.78",
                Sector.SECONDARY);
        target(
                municipality,
                "Elke school heeft een contactpersoon voor ouders",
                "institution-baseline",
                "has-contact-person",
                "1.00",
                null);
    }

    /**
     * The baseline among institutions, closed: every school but the last answered it once, about its own
     * policy, so the per-institution table has an empty column too.
     */
    private void institutionBaseline(List<Institution> schools, Random random, LocalDate today) {
        var entry = catalog.latest("institution-baseline").orElseThrow();
        Wave wave = waves.open(
                "Nulmeting instellingen (demo)",
                entry,
                today.minusDays(400),
                today.minusDays(370),
                Access.LINK,
                schools,
                null);
        List<WaveInstitution> rows = WaveInstitution.ofWaveWithInstitution(wave);
        for (WaveInstitution row : rows.subList(0, rows.size() - 1)) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("sector", row.institution.sector.code());
            for (Item item : entry.questionnaire().items().toList()) {
                boolean youngest =
                        row.institution.sector == Sector.PRESCHOOL || row.institution.sector == Sector.PRIMARY;
                if (item.id().equals("sector")
                        || item.type().isOpenText()
                        || item.showIf() != null && !(item.id().equals("early-years-criteria") && youngest)) {
                    continue;
                }
                if (item.type() == ItemType.MULTIPLE_CHOICE) {
                    answers.put(item.id(), someOptions(item, random));
                } else if (item.type().hasOptions()) {
                    // most institutions have the basics in place; the first option is the positive one
                    List<AnswerOption> options = item.options();
                    answers.put(
                            item.id(),
                            options.get(random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(options.size() - 1))
                                    .id());
                }
            }
            store(row, wave, answers, today.minusDays(390));
        }
    }

    /** An open inventory of parents' needs at every school: a fifth of the parents, answers spread as parents would. */
    private void parentsNeeds(List<Institution> schools, Random random, LocalDate today) {
        var entry = catalog.latest("parents-needs").orElseThrow();
        Wave wave = waves.open(
                "Wat ouders nodig hebben (demo)",
                entry,
                today.minusDays(20),
                today.plusDays(20),
                Access.LINK,
                schools,
                null);
        for (WaveInstitution row : WaveInstitution.ofWaveWithInstitution(wave)) {
            int parents = row.population == null ? 40 : row.population;
            int count = parents < 30 ? 3 : (int) Math.round(parents * 0.2);
            for (int i = 0; i < count; i++) {
                Map<String, Object> answers = new HashMap<>();
                for (Item item : entry.questionnaire().items().toList()) {
                    if (item.type().isOpenText() || random.nextDouble() < 0.05) {
                        continue;
                    }
                    if (item.type() == ItemType.MULTIPLE_CHOICE) {
                        List<String> picked = someOptions(item, random);
                        // "none" and a barrier exclude each other; a parent who ticks something meant it
                        List<String> real = picked.stream()
                                .filter(o -> !o.equals("none") && !o.equals("nothing-needed"))
                                .toList();
                        answers.put(item.id(), real.isEmpty() ? picked : real);
                    } else if (item.type().hasOptions()) {
                        answers.put(item.id(), weighted(item.options(), random));
                    }
                }
                if ("no".equals(answers.get("help-at-school"))) {
                    answers.remove("help-ways");
                }
                store(row, wave, answers, today.minusDays(5));
            }
        }
    }

    /** A mutual-expectations list at one school: most expectations happen and matter; the named ones happen less. */
    private void expectations(
            Institution school,
            String questionnaireId,
            int respondents,
            Map<String, Double> happensLess,
            Random random,
            LocalDate today) {
        var entry = catalog.latest(questionnaireId).orElseThrow();
        Wave wave = waves.open(
                "Wederzijdse verwachtingen (demo) – " + school.name + " – " + questionnaireId,
                entry,
                today.minusDays(14),
                today.plusDays(14),
                Access.LINK,
                List.of(school),
                null);
        WaveInstitution row = WaveInstitution.anyOf(wave).orElseThrow();
        for (int i = 0; i < respondents; i++) {
            Map<String, Object> answers = new HashMap<>();
            for (Item item : entry.questionnaire()
                    .items()
                    .filter(it -> it.answerModes().contains("happens"))
                    .toList()) {
                double happens = happensLess.getOrDefault(item.id(), 0.8);
                answers.put(AnswerKey.of(item, "happens"), random.nextDouble() < happens ? "yes" : "no");
                answers.put(AnswerKey.of(item, "matters"), random.nextDouble() < 0.9 ? "yes" : "no");
            }
            store(row, wave, answers, today.minusDays(3));
        }
    }

    /** Sent responses for every school of a wave: a share of its parents, the smallest school barely any. */
    private static void answer(
            Wave wave, Questionnaire questionnaire, Mood mood, double responseRate, Random random, LocalDate when) {
        List<WaveInstitution> rows = WaveInstitution.ofWaveWithInstitution(wave);
        for (WaveInstitution row : rows) {
            int parents = row.population == null ? 40 : row.population;
            int count = parents < 30 ? 3 : (int) Math.round(parents * (responseRate + random.nextGaussian() * 0.04));
            for (int i = 0; i < count; i++) {
                store(row, wave, parentAnswers(questionnaire, row.institution, mood, random), when);
            }
        }
    }

    private static Map<String, Object> parentAnswers(Questionnaire q, Institution school, Mood mood, Random random) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("sector", school.sector.code());
        for (Item item : q.items().toList()) {
            if (item.id().equals("sector") || item.showIf() != null && !"b5".equals(item.id())) {
                continue;
            }
            if ("b5".equals(item.id()) && school.sector != Sector.SECONDARY && school.sector != Sector.VOCATIONAL) {
                continue;
            }
            if (random.nextDouble() < 0.06 || item.type().isOpenText()) {
                continue;
            }
            if (item.type() == ItemType.SCALE) {
                answers.put(item.id(), scale(item, mood.of(item.id(), school), random));
            } else if (item.type() == ItemType.MULTIPLE_CHOICE) {
                List<String> picked = someOptions(item, random);
                if (!picked.isEmpty()) {
                    answers.put(item.id(), picked);
                }
            } else if (item.type().hasOptions()) {
                answers.put(item.id(), weighted(item.options(), random));
            }
        }
        if (q.id().equals("parent-baseline")) {
            // from the answers themselves, so the shared random (and every figure the tests know) stays as it was
            Random own = new Random(answers.hashCode() * 31L + school.id);
            if (own.nextDouble() < 0.3) {
                answers.put("remarks", REMARKS.get(own.nextInt(REMARKS.size())).text());
            }
        }
        return answers;
    }

    /** A first theme list for the parents' open answers, for the analyst to code with and add to. */
    private static void themes(Municipality municipality) {
        List<String> labels = List.of(INFORMATION, CONTACT, LEARNING, EVENINGS, SAFETY, LANGUAGE, CONTENT);
        for (int i = 0; i < labels.size(); i++) {
            OpenTheme theme = new OpenTheme();
            theme.municipalityId = municipality.id;
            theme.questionnaireId = "parent-baseline";
            theme.label = labels.get(i);
            theme.position = i + 1;
            theme.persist();
        }
    }

    /** A remark a demo parent writes, the themes the demo's analyst gave it, and whether it makes a good quote. */
    record Remark(String text, List<String> themes, boolean quote) {}

    private static final String INFORMATION = "Informatie en communicatie";
    private static final String CONTACT = "Contact met de leerkracht";
    private static final String LEARNING = "Leren thuis en huiswerk";
    private static final String EVENINGS = "Ouderavonden en activiteiten";
    private static final String SAFETY = "Veiligheid en pesten";
    private static final String LANGUAGE = "Taal en vertaling";
    private static final String CONTENT = "Tevreden";

    /** What parents write in the last, open question; some with what the mask takes out. */
    static final List<Remark> REMARKS = List.of(
            new Remark(
                    "Ik hoor pas iets als er een probleem is. Ik zou graag vaker horen hoe het gaat.",
                    List.of(INFORMATION, CONTACT),
                    true),
            new Remark(
                    "Juf Sanne doet het geweldig, mijn dochter gaat met plezier naar school!",
                    List.of(CONTENT, CONTACT),
                    false),
            new Remark(
                    "De nieuwsbrief is erg lang. Kunnen de belangrijke dingen bovenaan?", List.of(INFORMATION), true),
            new Remark(
                    "Het huiswerk is soms moeilijk uit te leggen thuis. Een uitleg voor ouders zou helpen.",
                    List.of(LEARNING),
                    true),
            new Remark("Bel mij gerust als er iets is: 06-12345678.", List.of(CONTACT), false),
            new Remark(
                    "De ouderavond is altijd op dinsdag, dan moet ik werken. Kan het ook eens op een andere dag?",
                    List.of(EVENINGS),
                    true),
            new Remark(
                    "Mijn zoon Daan wordt gepest op het plein. Ik heb het gemeld, maar ik hoor er niets meer over.",
                    List.of(SAFETY, INFORMATION),
                    false),
            new Remark("Fijne school, goede sfeer.", List.of(CONTENT), false),
            new Remark("De app van school werkt goed, ik lees alles.", List.of(INFORMATION, CONTENT), false),
            new Remark(
                    "Ik spreek niet zo goed Nederlands. Brieven in het Arabisch of met plaatjes zouden helpen.",
                    List.of(LANGUAGE, INFORMATION),
                    true),
            new Remark(
                    "Meer contact met de leerkracht over hoe mijn kind leert zou fijn zijn.", List.of(CONTACT), false),
            new Remark(
                    "Ik weet niet goed hoe ik kan helpen met lezen thuis. Tips zijn welkom.", List.of(LEARNING), false),
            new Remark("Het is druk bij het ophalen, het voelt niet veilig bij de ingang.", List.of(SAFETY), true),
            new Remark(
                    "Goed dat er een koffieochtend is voor ouders. Daar leer je andere ouders kennen.",
                    List.of(EVENINGS, CONTENT),
                    false),
            new Remark(
                    "Mail mij maar op ouder.voorbeeld@example.nl, dan lees ik het sneller.",
                    List.of(INFORMATION),
                    false),
            new Remark("Ik voel me welkom op school. Met vriendelijke groet, Ahmed", List.of(CONTENT), false),
            new Remark("Er wordt te laat verteld over uitjes en vrije dagen.", List.of(INFORMATION), false),
            new Remark(
                    "De gesprekken over de rapporten zijn te kort, tien minuten is niet genoeg.",
                    List.of(CONTACT),
                    false));

    /**
     * Codes the remarks of a demo wave as the demo's analyst would have, one quote per school and text at
     * most, and counts the themes; published with the wave's other figures.
     */
    private void codeRemarks(Wave wave, long municipalityId) {
        Map<String, Long> themes = new HashMap<>();
        OpenTheme.listOf(municipalityId, "parent-baseline").forEach(t -> themes.put(t.label, t.id));
        Map<String, Remark> byText = new HashMap<>();
        REMARKS.forEach(r -> byText.put(r.text(), r));
        @SuppressWarnings("unchecked")
        List<Object[]> written = entityManager
                .createNativeQuery("select r.id, r.wave_institution_id, r.answers->>'remarks' from response r"
                        + " join wave_institution wi on wi.id = r.wave_institution_id"
                        + " where wi.wave_id = :wave and r.answers->>'remarks' is not null order by r.id")
                .setParameter("wave", wave.id)
                .getResultList();
        Set<String> quoted = new HashSet<>();
        Set<Long> schools = new HashSet<>();
        for (Object[] row : written) {
            long response = ((Number) row[0]).longValue();
            long school = ((Number) row[1]).longValue();
            Remark remark = byText.get((String) row[2]);
            schools.add(school);
            entityManager
                    .createNativeQuery(
                            "insert into open_answer_coding (response_id, item_id, quote) values (:r, 'remarks', :q)")
                    .setParameter("r", response)
                    .setParameter("q", remark.quote() && quoted.add(school + "|" + remark.text()))
                    .executeUpdate();
            for (String theme : remark.themes()) {
                entityManager
                        .createNativeQuery(
                                "insert into open_answer_theme (response_id, item_id, theme_id) values (:r, 'remarks', :t)")
                        .setParameter("r", response)
                        .setParameter("t", themes.get(theme))
                        .executeUpdate();
            }
        }
        tally.recount("remarks", schools.toArray(Long[]::new));
    }

    /** The options a parent ticks in a multiple choice: each with a chance of about a third. */
    public static List<String> someOptions(Item item, Random random) {
        List<String> picked = new ArrayList<>();
        for (AnswerOption option : item.options()) {
            if (random.nextDouble() < 0.35) {
                picked.add(option.id());
            }
        }
        return picked;
    }

    /** A four-point scale: positive with the given chance, sometimes "don't know". */
    private static String scale(Item item, double positive, Random random) {
        List<AnswerOption> points = item.options();
        if (item.notApplicable() != null && random.nextDouble() < 0.04) {
            return item.notApplicable().id();
        }
        int half = points.size() / 2;
        boolean agrees = random.nextDouble() < positive;
        boolean strongly = random.nextDouble() < 0.3;
        int index = agrees ? (strongly ? points.size() - 1 : half) : (strongly ? 0 : half - 1);
        return points.get(index).id();
    }

    /** Background answers lean to the first options (most parents speak Dutch at home, say). */
    private static String weighted(List<AnswerOption> options, Random random) {
        double r = random.nextDouble();
        int index = (int) Math.floor(Math.pow(r, 1.6) * options.size());
        return options.get(Math.min(index, options.size() - 1)).id();
    }

    private void typology(
            Institution institution,
            String questionnaireId,
            String waveName,
            int respondents,
            Random random,
            LocalDate today,
            Map<String, Double> nowByItem) {
        Wave wave = Wave.named(waveName).orElse(null);
        var entry = catalog.latest(questionnaireId).orElseThrow();
        WaveInstitution row =
                wave == null ? null : WaveInstitution.of(wave, institution).orElse(null);
        if (row == null) {
            wave = waves.open(
                    waveName + " – " + institution.name,
                    entry,
                    today.minusDays(30),
                    today.plusDays(30),
                    Access.LINK,
                    List.of(institution),
                    null);
            row = WaveInstitution.anyOf(wave).orElse(null);
        }
        Questionnaire q = entry.questionnaire();
        String ladder = q.typology().dimension();
        for (int i = 0; i < respondents; i++) {
            Map<String, Object> answers = new HashMap<>();
            for (Item item :
                    q.items().filter(it -> it.tags().containsKey(ladder)).toList()) {
                String rung = item.tags().get(ladder);
                double now = nowByItem.getOrDefault(
                        item.id(),
                        switch (rung) {
                            case "information" -> 0.85;
                            case "relation" -> 0.55;
                            default -> 0.2;
                        });
                double wish = switch (rung) {
                    case "information" -> 0.95;
                    case "relation" -> 0.85;
                    default -> 0.45;
                };
                answers.put(AnswerKey.of(item, q.modes().get(0).id()), random.nextDouble() < now ? "yes" : "no");
                answers.put(AnswerKey.of(item, q.modes().get(1).id()), random.nextDouble() < wish ? "yes" : "no");
            }
            store(row, wave, answers, today.minusDays(2));
        }
    }

    /**
     * The baseline also went out through the library, the health clinic and the key persons of the
     * language house (with help): fewer answers each, more often from parents who speak another language
     * at home, so the closed wave's channel page has something to show and something to hide.
     */
    private static void channels(Wave wave, Questionnaire questionnaire, Mood mood, Random random, LocalDate when) {
        record Reach(WaveChannel channel, double share, AnswerWay way, double otherLanguage) {}
        List<Reach> reaches = List.of(
                new Reach(
                        ChannelService.create(wave, "Bibliotheek Rijnstede", ChannelKind.LIBRARY),
                        0.04,
                        AnswerWay.SELF,
                        0.5),
                new Reach(
                        ChannelService.create(wave, "Consultatiebureau Rijnstede", ChannelKind.HEALTH_CLINIC),
                        0.02,
                        AnswerWay.SELF,
                        0.4),
                new Reach(
                        ChannelService.create(wave, "Sleutelfiguren van het Taalhuis", ChannelKind.KEY_PERSON),
                        0.05,
                        AnswerWay.ASSISTED,
                        0.85));
        for (WaveInstitution row : WaveInstitution.ofWaveWithInstitution(wave)) {
            int parents = row.population == null ? 40 : row.population;
            for (Reach reach : reaches) {
                long count = Math.round(parents * reach.share());
                for (int i = 0; i < count; i++) {
                    Map<String, Object> answers = parentAnswers(questionnaire, row.institution, mood, random);
                    answers.put("home-language", random.nextDouble() < reach.otherLanguage() ? "other" : "dutch");
                    store(row, wave, answers, when, reach.channel().id, reach.way());
                }
            }
        }
    }

    private static void store(WaveInstitution row, Wave wave, Map<String, Object> answers, LocalDate day) {
        store(row, wave, answers, day, null, AnswerWay.SELF);
    }

    private static void store(
            WaveInstitution row, Wave wave, Map<String, Object> answers, LocalDate day, Long channel, AnswerWay way) {
        SurveyResponse response = new SurveyResponse();
        response.channelId = channel;
        response.answerWay = way;
        response.questionnaireVersionId = wave.questionnaireVersionId;
        response.waveInstitutionId = row.id;
        response.answers = answers;
        response.language = SupportedLanguage.DEFAULT;
        response.status = SurveyResponse.Status.SUBMITTED;
        OffsetDateTime hour =
                day.atTime(10, 0).atZone(Dates.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.HOURS);
        response.createdAt = hour;
        response.updatedAt = hour;
        response.submittedAt = hour;
        response.persist();
    }

    private static void target(
            Municipality municipality, String name, String indicator, String threshold, Sector sector) {
        target(municipality, name, "parent-baseline", indicator, threshold, sector);
    }

    private static void target(
            Municipality municipality,
            String name,
            String questionnaire,
            String indicator,
            String threshold,
            Sector sector) {
        Target target = new Target();
        target.municipalityId = municipality.id;
        target.name = name;
        target.questionnaireId = questionnaire;
        target.indicatorId = indicator;
        target.threshold = new BigDecimal(threshold);
        target.deadline = LocalDate.of(2028, 12, 31);
        target.sector = sector;
        target.persist();
    }
}
