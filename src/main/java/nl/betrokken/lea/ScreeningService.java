package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.forms.FieldProblems;
import nl.betrokken.forms.Form;
import nl.betrokken.forms.FormBuilder;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;

/**
 * The LEA screening round: the municipality invites its boards, every partner fills in its part of
 * the screening questionnaire, and the meeting records what it agreed. Once agreed, the parts are
 * closed, so the handout stays what the meeting saw.
 */
@ApplicationScoped
@Transactional
public class ScreeningService {

    /** The questionnaire the round uses; see survey-definitions/README.md for what its pages must hold. */
    static final String QUESTIONNAIRE = "lea-screening";

    static final String THEME = "theme";
    static final String COLUMN = "column";
    static final String CONCLUSION_PAGE = "conclusion";

    private final LeaAccess access;
    private final QuestionnaireCatalog catalog;
    private final AuditLog audit;

    public ScreeningService(LeaAccess access, QuestionnaireCatalog catalog, AuditLog audit) {
        this.access = access;
        this.catalog = catalog;
        this.audit = audit;
    }

    public List<ScreeningView.Summary> list() {
        List<LeaScreening> screenings = access.screenings();
        Map<Long, List<LeaPartner>> partnersByScreening =
                LeaPartner.ofScreenings(screenings.stream().map(s -> s.id).toList()).stream()
                        .collect(Collectors.groupingBy(p -> p.screeningId));
        return screenings.stream()
                .map(s -> {
                    List<LeaPartner> partners = partnersByScreening.getOrDefault(s.id, List.of());
                    return new ScreeningView.Summary(
                            s.id,
                            s.title,
                            municipalityName(s.municipalityId),
                            s.meetingDate,
                            partners.size(),
                            (int) partners.stream()
                                    .filter(p -> p.submittedAt != null)
                                    .count(),
                            s.agreedAt != null);
                })
                .toList();
    }

    public ScreeningView.NewScreening newScreening(String title, List<Long> checked, String error) {
        long municipalityId = managedMunicipality();
        List<ScreeningView.BoardChoice> boards = Board.ofMunicipality(municipalityId).stream()
                .map(b -> new ScreeningView.BoardChoice(b.id, b.name, checked != null && checked.contains(b.id)))
                .toList();
        return new ScreeningView.NewScreening(municipalityId, municipalityName(municipalityId), boards, title, error);
    }

    /** Starts a round with a part for the municipality and one for every invited board. */
    public long create(String title, List<Long> boardIds) {
        long municipalityId = managedMunicipality();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidFieldException(
                    "title",
                    "Geef de screening een naam van hoogstens 200 tekens, bijvoorbeeld het overleg"
                            + " waarvoor ze is.");
        }
        List<Long> boards = boardIds == null
                ? List.of()
                : boardIds.stream().filter(Objects::nonNull).distinct().toList();
        if (boards.isEmpty()) {
            throw new InvalidFieldException("boardIds", "Nodig minstens één schoolbestuur uit.");
        }
        List<Board> found = Board.byIds(boards);
        if (found.size() != boards.size() || found.stream().anyMatch(b -> b.municipality.id != municipalityId)) {
            throw new InvalidFieldException("boardIds", "Nodig alleen besturen uit uw eigen gemeente uit.");
        }
        QuestionnaireCatalog.Entry entry = catalog.latest(QUESTIONNAIRE)
                .orElseThrow(() ->
                        new IllegalStateException("survey-definitions has no " + QUESTIONNAIRE + " questionnaire"));
        LeaScreening screening = new LeaScreening();
        screening.municipalityId = municipalityId;
        screening.questionnaireVersionId = entry.versionId();
        screening.title = name;
        screening.createdBy = access.user().id();
        screening.persist();
        addPartner(screening.id, null);
        boards.forEach(boardId -> addPartner(screening.id, boardId));
        audit.record(
                "created", "lea-screening", screening.id, municipalityId, name + " with " + boards.size() + " boards");
        return screening.id;
    }

    private static void addPartner(long screeningId, Long boardId) {
        LeaPartner partner = new LeaPartner();
        partner.screeningId = screeningId;
        partner.boardId = boardId;
        partner.persist();
    }

    private long managedMunicipality() {
        AuthenticatedUser user = access.user();
        if (!user.is(Role.MUNICIPALITY_ANALYST)) {
            throw new ForbiddenException("only a municipality starts a screening round");
        }
        return user.municipalityId();
    }

    // --- the side-by-side view

    public ScreeningView view(long id) {
        LeaScreening screening = access.screening(id);
        return view(
                screening,
                agreementForm(
                        screening,
                        PageAnswers.asForm(screening.agreement),
                        Map.of(),
                        screening.meetingDate == null ? "" : screening.meetingDate.toString(),
                        List.of()));
    }

    private ScreeningView view(LeaScreening screening, ScreeningView.Agreement agreement) {
        Questionnaire q = questionnaire(screening);
        List<LeaPartner> partners = LeaPartner.ofScreening(screening.id);
        Map<Long, String> names = partnerNames(partners, screening);
        List<ScreeningView.PartnerStatus> statuses = partners.stream()
                .map(p -> new ScreeningView.PartnerStatus(
                        p.id,
                        names.get(p.id),
                        p.isMunicipality(),
                        p.submittedAt != null,
                        p.updatedAt == null ? null : StaffLanguage.moment(p.updatedAt)))
                .toList();
        boolean ownPartOpen =
                screening.agreedAt == null && access.ownPart(screening).isPresent();
        return new ScreeningView(
                screening.id,
                screening.municipalityId,
                municipalityName(screening.municipalityId),
                screening.title,
                access.mayManage(screening.municipalityId),
                ownPartOpen,
                statuses,
                themes(q, partners, names),
                questions(q, partners, names),
                proposals(q, partners, names, screening),
                agreement);
    }

    private List<ScreeningView.Theme> themes(Questionnaire q, List<LeaPartner> partners, Map<Long, String> names) {
        Optional<TagDimension> themes = q.tagDimension(THEME);
        Optional<TagDimension> columns = q.tagDimension(COLUMN);
        if (themes.isEmpty() || columns.isEmpty()) {
            return List.of();
        }
        List<ScreeningView.Theme> views = new ArrayList<>();
        for (TagDimension.TagValue theme : themes.get().values()) {
            List<Item> items = q.items()
                    .filter(i -> theme.id().equals(i.tags().get(THEME)))
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            List<ScreeningView.Column> cells = new ArrayList<>();
            for (TagDimension.TagValue column : columns.get().values()) {
                List<ScreeningView.Entry> entries = new ArrayList<>();
                for (Item item : items.stream()
                        .filter(i -> column.id().equals(i.tags().get(COLUMN)))
                        .toList()) {
                    entries.addAll(entries(q, item, partners, names));
                }
                cells.add(new ScreeningView.Column(column.id(), column.label().in(StaffLanguage.CODE), entries));
            }
            List<ScreeningView.Rating> ratings = new ArrayList<>();
            for (Item item : items.stream()
                    .filter(i -> !i.tags().containsKey(COLUMN) && !i.options().isEmpty())
                    .toList()) {
                String notNeeded = item.options().get(0).id();
                for (LeaPartner partner : partners) {
                    Object answer = partner.answers.get(item.id());
                    if (answer != null) {
                        ratings.add(new ScreeningView.Rating(
                                names.get(partner.id),
                                AnswerTexts.readable(q, item.id(), answer),
                                !notNeeded.equals(answer)));
                    }
                }
            }
            String title = q.pages().stream()
                    .filter(p -> p.items().stream().anyMatch(items::contains))
                    .findFirst()
                    .map(p -> p.title().in(StaffLanguage.CODE))
                    .orElse(theme.label().in(StaffLanguage.CODE));
            views.add(new ScreeningView.Theme(
                    theme.id(), title, cells, ratings, ratings.stream().anyMatch(ScreeningView.Rating::wanted)));
        }
        return views;
    }

    /** Open questions outside the themes and the conclusion page (the conversation guide), partner by partner. */
    private static List<ScreeningView.Question> questions(
            Questionnaire q, List<LeaPartner> partners, Map<Long, String> names) {
        List<ScreeningView.Question> questions = new ArrayList<>();
        q.items().filter(i -> !i.tags().containsKey(THEME)).forEach(item -> {
            if (isConclusionPage(item.pageId()) && !item.options().isEmpty()) {
                return;
            }
            List<ScreeningView.Entry> entries = entries(q, item, partners, names);
            if (!entries.isEmpty()) {
                questions.add(new ScreeningView.Question(item.text().in(StaffLanguage.CODE), entries));
            }
        });
        return questions;
    }

    private static List<ScreeningView.Tally> proposals(
            Questionnaire q, List<LeaPartner> partners, Map<Long, String> names, LeaScreening screening) {
        List<ScreeningView.Tally> tallies = new ArrayList<>();
        for (Item item : conclusionItems(q)) {
            if (item.options().isEmpty()) {
                continue;
            }
            for (var option : item.allOptions()) {
                List<String> who = partners.stream()
                        .filter(p -> picked(p.answers.get(item.id()), option.id()))
                        .map(p -> names.get(p.id))
                        .toList();
                tallies.add(new ScreeningView.Tally(
                        item.text().in(StaffLanguage.CODE),
                        option.label().in(StaffLanguage.CODE),
                        who,
                        picked(screening.agreement.get(item.id()), option.id())));
            }
        }
        return tallies;
    }

    private static boolean picked(Object answer, String optionId) {
        return answer instanceof List<?> many ? many.contains(optionId) : optionId.equals(answer);
    }

    private static List<ScreeningView.Entry> entries(
            Questionnaire q, Item item, List<LeaPartner> partners, Map<Long, String> names) {
        List<ScreeningView.Entry> entries = new ArrayList<>();
        for (LeaPartner partner : partners) {
            String text = AnswerTexts.readable(q, item.id(), partner.answers.get(item.id()));
            if (text != null) {
                entries.add(new ScreeningView.Entry(names.get(partner.id), text));
            }
        }
        return entries;
    }

    // --- a partner's own part

    public ScreeningView.Contribution contribution(long id, String notice) {
        LeaScreening screening = access.screening(id);
        LeaPartner part = ownPart(screening);
        return contribution(screening, part, PageAnswers.asForm(part.answers), Map.of(), notice);
    }

    /**
     * Saves the current user's part. A draft keeps whatever is valid to keep; sending it in also
     * needs every required answer. Nothing is stored while any answer is wrong.
     */
    public ScreeningView.Contribution save(long id, Map<String, List<String>> form, boolean submit) {
        LeaScreening screening = access.screening(id);
        LeaPartner part = ownPart(screening);
        if (screening.agreedAt != null) {
            return contribution(
                    screening,
                    part,
                    form,
                    Map.of(),
                    "Het overleg heeft al plaatsgevonden en de afspraken zijn"
                            + " vastgelegd; daarom kan uw deel niet meer worden gewijzigd. Wat u typte, staat hieronder nog.");
        }
        Questionnaire q = questionnaire(screening);
        PageAnswers.Result all = PageAnswers.read(q.items().toList(), form, false);
        PageFlow flow = new PageFlow(q, all.values());
        List<Item> visible = flow.visiblePages().stream()
                .flatMap(p -> flow.visibleItems(p).stream())
                .toList();
        PageAnswers.Result read = PageAnswers.read(visible, form, submit);
        if (!read.valid()) {
            return contribution(screening, part, form, read.errors(), null);
        }
        part.answers = new LinkedHashMap<>(read.values());
        part.updatedAt = OffsetDateTime.now();
        part.updatedBy = access.user().id();
        if (submit) {
            part.submittedAt = part.updatedAt;
        }
        audit.record(
                submit ? "submitted" : "saved",
                "lea-partner",
                part.id,
                screening.municipalityId,
                "screening " + screening.id);
        return contribution(
                screening,
                part,
                PageAnswers.asForm(part.answers),
                Map.of(),
                submit
                        ? "Uw deel is ingestuurd. U kunt het tot het overleg nog aanpassen."
                        : "Uw concept is opgeslagen.");
    }

    private LeaPartner ownPart(LeaScreening screening) {
        return access.ownPart(screening)
                .orElseThrow(() -> new ForbiddenException("this screening has no part for you to fill in"));
    }

    private ScreeningView.Contribution contribution(
            LeaScreening screening,
            LeaPartner part,
            Map<String, List<String>> values,
            Map<String, PageAnswers.FieldError> errors,
            String notice) {
        Questionnaire q = questionnaire(screening);
        List<ScreeningView.Section> sections = new ArrayList<>();
        List<Form.ErrorLink> links = new ArrayList<>();
        for (Page page : q.pages()) {
            Form form = FormBuilder.build("f-", page.items(), q.modes(), StaffLanguage.CODE, values, errors);
            links.addAll(form.errors());
            sections.add(new ScreeningView.Section(
                    page.title().in(StaffLanguage.CODE),
                    page.intro().isEmpty() ? null : page.intro().in(StaffLanguage.CODE),
                    form.fields()));
        }
        return new ScreeningView.Contribution(
                screening.id,
                screening.title,
                partnerNames(List.of(part), screening).get(part.id),
                part.submittedAt != null,
                screening.agreedAt != null,
                sections,
                links,
                notice);
    }

    // --- what the meeting agreed

    /**
     * Records the meeting's date and its agreed conclusions (answers to the conclusion page). At
     * least one conclusion is needed; the partners' parts close with it.
     */
    public Optional<ScreeningView> recordAgreement(long id, Map<String, List<String>> form) {
        LeaScreening screening = access.screening(id);
        access.requireManage(screening.municipalityId);
        Questionnaire q = questionnaire(screening);
        List<Item> items = conclusionItems(q);
        PageAnswers.Result read = PageAnswers.read(items, form, false);
        List<String> problems = new ArrayList<>();
        read.errors()
                .values()
                .forEach(e -> problems.add(q.item(e.key())
                                .map(i -> i.text().in(StaffLanguage.CODE))
                                .orElse(e.key()) + ": " + FieldProblems.text(e, StaffLanguage.CODE)));
        String dateValue = first(form, "meetingDate");
        LocalDate meetingDate = null;
        try {
            meetingDate = dateValue.isEmpty() ? null : LocalDate.parse(dateValue);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (meetingDate == null) {
            problems.add("Datum van het overleg: vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-11-24.");
        }
        boolean anyConclusion = items.stream()
                .filter(i -> i.type() == ItemType.MULTIPLE_CHOICE)
                .anyMatch(i -> read.values().get(i.id()) instanceof List<?> l && !l.isEmpty());
        if (!anyConclusion && read.errors().isEmpty()) {
            problems.add("Kies minstens één conclusie die het overleg trok.");
        }
        if (!problems.isEmpty()) {
            return Optional.of(view(screening, agreementForm(screening, form, read.errors(), dateValue, problems)));
        }
        screening.agreement = new LinkedHashMap<>(read.values());
        screening.meetingDate = meetingDate;
        screening.agreedAt = OffsetDateTime.now();
        screening.agreedBy = access.user().id();
        audit.record("agreed", "lea-screening", screening.id, screening.municipalityId, "meeting " + meetingDate);
        return Optional.empty();
    }

    private ScreeningView.Agreement agreementForm(
            LeaScreening screening,
            Map<String, List<String>> values,
            Map<String, PageAnswers.FieldError> errors,
            String dateValue,
            List<String> problems) {
        Questionnaire q = questionnaire(screening);
        List<ScreeningView.Entry> decisions = new ArrayList<>();
        for (Item item : conclusionItems(q)) {
            String text = AnswerTexts.readable(q, item.id(), screening.agreement.get(item.id()));
            if (text != null) {
                decisions.add(new ScreeningView.Entry(item.text().in(StaffLanguage.CODE), text));
            }
        }
        String recordedBy = screening.agreedAt == null ? null : StaffLanguage.moment(screening.agreedAt);
        return new ScreeningView.Agreement(
                screening.agreedAt != null,
                screening.meetingDate,
                decisions,
                recordedBy,
                FormBuilder.build("a-", conclusionItems(q), q.modes(), StaffLanguage.CODE, values, errors)
                        .fields(),
                dateValue,
                problems);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    // --- shared

    private static boolean isConclusionPage(String pageId) {
        return CONCLUSION_PAGE.equals(pageId);
    }

    private static List<Item> conclusionItems(Questionnaire q) {
        return q.items().filter(i -> isConclusionPage(i.pageId())).toList();
    }

    Questionnaire questionnaire(LeaScreening screening) {
        return catalog.byVersionId().get(screening.questionnaireVersionId).questionnaire();
    }

    /** Each partner's name by partner id, in the order of the partners; the boards' names come in one query. */
    private static Map<Long, String> partnerNames(List<LeaPartner> partners, LeaScreening screening) {
        Map<Long, String> boards =
                Board.byIds(partners.stream()
                                .filter(p -> !p.isMunicipality())
                                .map(p -> p.boardId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(b -> b.id, b -> b.name));
        Map<Long, String> names = new LinkedHashMap<>();
        partners.forEach(p -> names.put(
                p.id, p.isMunicipality() ? municipalityName(screening.municipalityId) : boards.get(p.boardId)));
        return names;
    }

    static String municipalityName(long id) {
        return Panache.getEntityManager().find(Municipality.class, id).name;
    }
}
