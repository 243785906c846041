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
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
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
 * The LEA screening round: the municipality starts it and chooses its lead (itself or one of its
 * boards), boards and partner organisations are invited, every partner fills in its part of the
 * screening questionnaire, and the lead records what the meeting agreed. Once agreed, the parts are
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
    private final WorkingGroupService workingGroups;

    public ScreeningService(
            LeaAccess access, QuestionnaireCatalog catalog, AuditLog audit, WorkingGroupService workingGroups) {
        this.access = access;
        this.catalog = catalog;
        this.audit = audit;
        this.workingGroups = workingGroups;
    }

    public List<ScreeningView.Summary> list() {
        List<LeaScreening> screenings = access.screenings();
        Map<Long, String> leads = boardNames(screenings.stream()
                .map(s -> s.leadBoardId)
                .filter(Objects::nonNull)
                .toList());
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
                            s.leadBoardId == null ? municipalityName(s.municipalityId) : leads.get(s.leadBoardId),
                            s.meetingDate,
                            partners.size(),
                            (int) partners.stream()
                                    .filter(p -> p.submittedAt != null)
                                    .count(),
                            s.agreedAt != null);
                })
                .toList();
    }

    public ScreeningView.NewScreening newScreening(
            String title, Long leadBoardId, List<Long> checked, List<Long> checkedOrganisations, String error) {
        long municipalityId = managedMunicipality();
        List<Board> boards = Board.ofMunicipality(municipalityId).stream()
                .filter(b -> !b.archived())
                .toList();
        return new ScreeningView.NewScreening(
                municipalityId,
                municipalityName(municipalityId),
                boards.stream()
                        .map(b -> new ScreeningView.BoardChoice(b.id, b.name, b.id.equals(leadBoardId)))
                        .toList(),
                boards.stream()
                        .map(b ->
                                new ScreeningView.BoardChoice(b.id, b.name, checked != null && checked.contains(b.id)))
                        .toList(),
                PartnerOrganisation.ofMunicipality(municipalityId).stream()
                        .filter(o -> o.archivedAt == null)
                        .map(o -> new ScreeningView.BoardChoice(
                                o.id,
                                o.name + " (" + o.partnerKind().dutchName() + ")",
                                checkedOrganisations != null && checkedOrganisations.contains(o.id)))
                        .toList(),
                title,
                error);
    }

    /**
     * Starts a round with a part for the municipality, one for every invited board (the lead board is
     * always one of them) and one for every invited partner organisation.
     */
    public long create(String title, Long leadBoardId, List<Long> boardIds, List<Long> organisationIds) {
        long municipalityId = managedMunicipality();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidFieldException(
                    "title",
                    "Geef de screening een naam van hoogstens 200 tekens, bijvoorbeeld het overleg"
                            + " waarvoor ze is.");
        }
        List<Long> boards = new ArrayList<>(distinct(boardIds));
        if (leadBoardId != null && !boards.contains(leadBoardId)) {
            boards.add(0, leadBoardId);
        }
        if (boards.isEmpty()) {
            throw new InvalidFieldException("boardIds", "Nodig minstens één schoolbestuur uit.");
        }
        List<Board> found = Board.byIds(boards);
        if (found.size() != boards.size() || found.stream().anyMatch(b -> b.municipality.id != municipalityId)) {
            throw new InvalidFieldException("boardIds", "Nodig alleen besturen uit uw eigen gemeente uit.");
        }
        List<Long> organisations = distinct(organisationIds);
        requireOwnOrganisations(municipalityId, organisations, "organisationIds");
        QuestionnaireCatalog.Entry entry = catalog.latest(QUESTIONNAIRE)
                .orElseThrow(() ->
                        new IllegalStateException("survey-definitions has no " + QUESTIONNAIRE + " questionnaire"));
        LeaScreening screening = new LeaScreening();
        screening.municipalityId = municipalityId;
        screening.questionnaireVersionId = entry.versionId();
        screening.title = name;
        screening.leadBoardId = leadBoardId;
        screening.createdBy = access.user().id();
        screening.persist();
        addPartner(screening.id, null, null);
        boards.forEach(boardId -> addPartner(screening.id, boardId, null));
        organisations.forEach(organisationId -> addPartner(screening.id, null, organisationId));
        audit.record(
                "created",
                "lea-screening",
                screening.id,
                municipalityId,
                name + " with " + boards.size() + " boards and " + organisations.size() + " partner organisations"
                        + (leadBoardId == null ? "" : ", led by board " + leadBoardId));
        return screening.id;
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static void requireOwnOrganisations(long municipalityId, List<Long> ids, String field) {
        List<PartnerOrganisation> found = PartnerOrganisation.byIds(ids);
        if (found.size() != ids.size()
                || found.stream().anyMatch(o -> o.municipalityId != municipalityId || o.archivedAt != null)) {
            throw new InvalidFieldException(
                    field,
                    "invite only partner organisations of the own municipality that are not archived",
                    "lea_invite_unknown");
        }
    }

    // --- the lead and the invitations

    /**
     * Hands the round to a board of the municipality, or back to the municipality (null). Only the
     * municipality's analysts do this; a new lead board gets a part if it had none.
     */
    public LeadView changeLead(long id, LeaRequests.Lead request) {
        LeaScreening screening = access.screening(id);
        access.requireManage(screening.municipalityId);
        Long boardId = request == null ? null : request.boardId();
        requireLeadBoard(screening.municipalityId, boardId);
        if (boardId != null && LeaPartner.ofBoard(screening.id, boardId).isEmpty()) {
            addPartner(screening.id, boardId, null);
        }
        screening.leadBoardId = boardId;
        audit.record(
                "lead-changed",
                "lea-screening",
                screening.id,
                screening.municipalityId,
                boardId == null ? "the municipality" : "board " + boardId);
        return new LeadView(boardId, leadName(screening.municipalityId, boardId));
    }

    /** A board of this municipality that is not archived, or null for the municipality itself. */
    static void requireLeadBoard(long municipalityId, Long boardId) {
        if (boardId == null) {
            return;
        }
        Board board = Board.findById(boardId);
        if (board == null || board.municipality.id != municipalityId || board.archived()) {
            throw new InvalidFieldException(
                    "boardId", "the lead is the municipality or one of its boards", "lea_lead_board");
        }
    }

    /** The lead adds boards and partner organisations to a round until the meeting; those already in stay. */
    public int invite(long id, LeaRequests.Invitation request) {
        LeaScreening screening = access.screening(id);
        access.requireLead(screening);
        if (screening.agreedAt != null) {
            throw new ConflictException(
                    "the meeting has taken place; no partners can join any more", "lea_invite_after_meeting");
        }
        List<Long> boards = distinct(request == null ? null : request.boardIds());
        List<Long> organisations = distinct(request == null ? null : request.organisationIds());
        if (boards.isEmpty() && organisations.isEmpty()) {
            throw new InvalidFieldException(
                    "boardIds", "choose at least one board or partner organisation", "lea_invite_empty");
        }
        List<Board> found = Board.byIds(boards);
        if (found.size() != boards.size()
                || found.stream().anyMatch(b -> b.municipality.id != screening.municipalityId || b.archived())) {
            throw new InvalidFieldException(
                    "boardIds",
                    "invite only boards of the own municipality that are not archived",
                    "lea_invite_unknown");
        }
        requireOwnOrganisations(screening.municipalityId, organisations, "organisationIds");
        int added = 0;
        for (Long boardId : boards) {
            if (LeaPartner.ofBoard(screening.id, boardId).isEmpty()) {
                addPartner(screening.id, boardId, null);
                added++;
            }
        }
        for (Long organisationId : organisations) {
            if (LeaPartner.ofOrganisation(screening.id, organisationId).isEmpty()) {
                addPartner(screening.id, null, organisationId);
                added++;
            }
        }
        audit.record("invited", "lea-screening", screening.id, screening.municipalityId, added + " partners");
        return added;
    }

    private static void addPartner(long screeningId, Long boardId, Long organisationId) {
        LeaPartner partner = new LeaPartner();
        partner.screeningId = screeningId;
        partner.boardId = boardId;
        partner.organisationId = organisationId;
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
        Map<Long, PartnerOrganisation> organisations = organisations(partners);
        boolean open = screening.agreedAt == null;
        List<ScreeningView.PartnerStatus> statuses = partners.stream()
                .map(p -> new ScreeningView.PartnerStatus(
                        p.id,
                        names.get(p.id),
                        p.isMunicipality()
                                ? "gemeente"
                                : p.isOrganisation()
                                        ? organisations
                                                .get(p.organisationId)
                                                .partnerKind()
                                                .dutchName()
                                        : "schoolbestuur",
                        p.isMunicipality(),
                        p.isMunicipality()
                                ? screening.leadBoardId == null
                                : Objects.equals(p.boardId, screening.leadBoardId),
                        p.submittedAt != null,
                        p.updatedAt == null ? null : StaffLanguage.moment(p.updatedAt),
                        open && access.fillsInFor(screening, p)))
                .toList();
        boolean ownPartOpen = open && access.ownPart(screening).isPresent();
        boolean leads = access.leads(screening);
        boolean changesLead = access.mayManage(screening.municipalityId);
        List<Board> boards = leads || changesLead
                ? Board.ofMunicipality(screening.municipalityId).stream()
                        .filter(b -> !b.archived())
                        .toList()
                : List.of();
        List<ScreeningView.BoardChoice> invitableBoards = leads && open
                ? boards.stream()
                        .filter(b -> partners.stream().noneMatch(p -> b.id.equals(p.boardId)))
                        .map(b -> new ScreeningView.BoardChoice(b.id, b.name, false))
                        .toList()
                : List.of();
        List<ScreeningView.BoardChoice> invitableOrganisations = leads && open
                ? PartnerOrganisation.ofMunicipality(screening.municipalityId).stream()
                        .filter(o -> o.archivedAt == null && !organisations.containsKey(o.id))
                        .map(o -> new ScreeningView.BoardChoice(
                                o.id, o.name + " (" + o.partnerKind().dutchName() + ")", false))
                        .toList()
                : List.of();
        return new ScreeningView(
                screening.id,
                screening.municipalityId,
                municipalityName(screening.municipalityId),
                screening.title,
                leadName(screening.municipalityId, screening.leadBoardId),
                screening.leadBoardId != null,
                leads,
                changesLead,
                ownPartOpen,
                statuses,
                changesLead
                        ? boards.stream()
                                .map(b ->
                                        new ScreeningView.BoardChoice(b.id, b.name, b.id.equals(screening.leadBoardId)))
                                .toList()
                        : List.of(),
                invitableBoards,
                invitableOrganisations,
                workingGroups.members(WorkingGroupService.SCREENINGS, screening.id, screening.municipalityId),
                access.seesNames(screening.municipalityId),
                themes(q, partners, names),
                questions(q, partners, names),
                proposals(q, partners, names, screening),
                agreement);
    }

    /** The name of whoever leads: the lead board, or the municipality. */
    static String leadName(long municipalityId, Long leadBoardId) {
        return leadBoardId == null ? municipalityName(municipalityId) : Board.<Board>findById(leadBoardId).name;
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

    /** A partner organisation's part, which the lead (or the municipality) fills in on its behalf. */
    public ScreeningView.Contribution contributionFor(long id, long partnerId, String notice) {
        LeaScreening screening = access.screening(id);
        LeaPartner part = partOnBehalf(screening, partnerId);
        return contribution(screening, part, PageAnswers.asForm(part.answers), Map.of(), notice);
    }

    public ScreeningView.Contribution saveFor(long id, long partnerId, Map<String, List<String>> form, boolean submit) {
        LeaScreening screening = access.screening(id);
        return save(screening, partOnBehalf(screening, partnerId), form, submit);
    }

    private LeaPartner partOnBehalf(LeaScreening screening, long partnerId) {
        LeaPartner part = LeaPartner.inScreening(screening.id, partnerId)
                .orElseThrow(() -> new NotFoundException("screening part", partnerId));
        if (!access.fillsInFor(screening, part)) {
            throw new ForbiddenException(
                    "only the lead fills in a partner organisation's part; boards and the municipality fill in their own");
        }
        return part;
    }

    /**
     * Saves the current user's part. A draft keeps whatever is valid to keep; sending it in also
     * needs every required answer. Nothing is stored while any answer is wrong.
     */
    public ScreeningView.Contribution save(long id, Map<String, List<String>> form, boolean submit) {
        LeaScreening screening = access.screening(id);
        return save(screening, ownPart(screening), form, submit);
    }

    private ScreeningView.Contribution save(
            LeaScreening screening, LeaPartner part, Map<String, List<String>> form, boolean submit) {
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
                part.isOrganisation()
                        ? (submit
                                ? "Het deel van deze partner is ingestuurd. U kunt het tot het overleg nog aanpassen."
                                : "Het concept van deze partner is opgeslagen.")
                        : (submit
                                ? "Uw deel is ingestuurd. U kunt het tot het overleg nog aanpassen."
                                : "Uw concept is opgeslagen."));
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
                part.isOrganisation()
                        ? "/lea/screenings/" + screening.id + "/parts/" + part.id
                        : "/lea/screenings/" + screening.id + "/part",
                part.isOrganisation(),
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
        access.requireLead(screening);
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

    /** Each partner's name by partner id, in the order of the partners; boards and organisations in one query each. */
    private static Map<Long, String> partnerNames(List<LeaPartner> partners, LeaScreening screening) {
        Map<Long, String> boards = boardNames(partners.stream()
                .filter(p -> p.boardId != null)
                .map(p -> p.boardId)
                .toList());
        Map<Long, PartnerOrganisation> organisations = organisations(partners);
        Map<Long, String> names = new LinkedHashMap<>();
        partners.forEach(p -> names.put(
                p.id,
                p.isMunicipality()
                        ? municipalityName(screening.municipalityId)
                        : p.isOrganisation() ? organisations.get(p.organisationId).name : boards.get(p.boardId)));
        return names;
    }

    private static Map<Long, String> boardNames(List<Long> ids) {
        return Board.byIds(ids.stream().distinct().toList()).stream().collect(Collectors.toMap(b -> b.id, b -> b.name));
    }

    private static Map<Long, PartnerOrganisation> organisations(List<LeaPartner> partners) {
        return PartnerOrganisation.byIds(partners.stream()
                        .filter(LeaPartner::isOrganisation)
                        .map(p -> p.organisationId)
                        .toList())
                .stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
    }

    static String municipalityName(long id) {
        return Panache.getEntityManager().find(Municipality.class, id).name;
    }
}
