package nl.betrokken.lea;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.common.web.StaffTexts;

/**
 * How the LEA's new staff forms (lead, invitations, partner organisations, working group) become the
 * requests the JSON API takes: checked with the API's constraints, then handed to the service, whose
 * refusals come back as Dutch errors by their fields.
 */
@ApplicationScoped
public class LeaForms {

    private final StaffFormChecks checks;
    private final ScreeningService screenings;
    private final ActionPlanService plans;
    private final PartnerOrganisationService partners;
    private final WorkingGroupService workingGroups;

    public LeaForms(
            StaffFormChecks checks,
            ScreeningService screenings,
            ActionPlanService plans,
            PartnerOrganisationService partners,
            WorkingGroupService workingGroups) {
        this.checks = checks;
        this.screenings = screenings;
        this.plans = plans;
        this.partners = partners;
        this.workingGroups = workingGroups;
    }

    // --- lead and invitations: true when saved

    public boolean changeScreeningLead(long id, StaffForm form) {
        LeaRequests.Lead request = new LeaRequests.Lead(form.id("boardId"));
        return checks.attempt(form, request, () -> {
                    screenings.changeLead(id, request);
                    return true;
                })
                .isPresent();
    }

    public boolean changePlanLead(long id, StaffForm form) {
        LeaRequests.Lead request = new LeaRequests.Lead(form.id("boardId"));
        return checks.attempt(form, request, () -> {
                    plans.changeLead(id, request);
                    return true;
                })
                .isPresent();
    }

    /** The boards and organisations ticked; a value that is no id is an error by its list. */
    public boolean invite(long id, List<String> boardIds, List<String> organisationIds, StaffForm form) {
        LeaRequests.Invitation request = new LeaRequests.Invitation(
                ids(boardIds, "boardIds", form), ids(organisationIds, "organisationIds", form));
        return checks.attempt(form, request, () -> screenings.invite(id, request))
                .isPresent();
    }

    private static List<Long> ids(List<String> values, String field, StaffForm form) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                form.error(field, StaffTexts.of("choose_from_list"));
            }
        }
        return ids;
    }

    // --- partner organisations

    public StaffForm editForm(PartnerOrganisationView partner) {
        return StaffForm.of("name", partner.name(), "kind", partner.kind());
    }

    public Optional<Long> createPartner(StaffForm form) {
        LeaRequests.PartnerOrganisation request = partnerRequest(form);
        return checks.attempt(form, request, () -> partners.create(request).id());
    }

    public boolean updatePartner(long id, StaffForm form) {
        partners.get(id);
        LeaRequests.PartnerOrganisation request = partnerRequest(form);
        return checks.attempt(form, request, () -> partners.update(id, request).id())
                .isPresent();
    }

    private static LeaRequests.PartnerOrganisation partnerRequest(StaffForm form) {
        return new LeaRequests.PartnerOrganisation(null, form.text("name"), form.text("kind"));
    }

    // --- working group

    public StaffForm editForm(WorkingGroupView.Member member) {
        StaffForm form =
                StaffForm.of("name", member.name(), "organisation", member.organisation(), "role", member.role());
        return member.parent() ? form.set("parent", "true") : form;
    }

    /** Only the lead's form is checked: anyone else is refused before what they typed is looked at. */
    public Optional<Long> addMember(String kind, long id, StaffForm form) {
        workingGroups.requireEditable(kind, id);
        LeaRequests.Member request = memberRequest(form);
        return checks.attempt(
                form, request, () -> workingGroups.add(kind, id, request).id());
    }

    public boolean updateMember(String kind, long id, long memberId, StaffForm form) {
        workingGroups.member(kind, id, memberId);
        workingGroups.requireEditable(kind, id);
        LeaRequests.Member request = memberRequest(form);
        return checks.attempt(
                        form,
                        request,
                        () -> workingGroups.update(kind, id, memberId, request).id())
                .isPresent();
    }

    private static LeaRequests.Member memberRequest(StaffForm form) {
        return new LeaRequests.Member(
                form.text("name"), form.text("organisation"), form.text("role"), form.checked("parent"));
    }
}
