package nl.betrokken.schoolplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.common.web.StaffTexts;

/**
 * The action form: what was typed and ticked, turned into the API's {@link ActionRequest} and
 * checked the same way, every refusal in Dutch by its field. The ticked statements travel as one
 * field, joined by commas, so the form keeps them when it is shown again.
 */
@ApplicationScoped
public class SchoolPlanForms {

    static final String FIELDS = "statements text owner dueDate status notes revision";

    private final SchoolPlanService plans;
    private final StaffFormChecks checks;

    public SchoolPlanForms(SchoolPlanService plans, StaffFormChecks checks) {
        this.plans = plans;
        this.checks = checks;
    }

    /** The form as sent by the browser. */
    static StaffForm of(MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.empty();
        for (String field : FIELDS.split(" ")) {
            List<String> values = sent.get(field);
            if (values != null && !values.isEmpty()) {
                form.set(field, String.join(",", values));
            }
        }
        return form;
    }

    /** A stored action, to change it. */
    static StaffForm of(SchoolPlanView.ActionView action) {
        return StaffForm.of(
                "statements",
                String.join(
                        ",",
                        action.statements().stream()
                                .map(s -> s.questionnaireId() + "/" + s.itemId())
                                .toList()),
                "text",
                action.text(),
                "owner",
                action.owner(),
                "dueDate",
                action.dueDate().toString(),
                "status",
                action.status(),
                "notes",
                action.notes(),
                "revision",
                String.valueOf(action.revision()));
    }

    public Optional<Long> add(long institutionId, StaffForm form) {
        ActionRequest request = request(form);
        return checks.attempt(
                form, request, () -> plans.add(institutionId, request).id());
    }

    public boolean update(long institutionId, long actionId, StaffForm form) {
        ActionRequest request = request(form);
        return checks.attempt(
                        form,
                        request,
                        () -> plans.update(institutionId, actionId, request).id())
                .isPresent();
    }

    private static ActionRequest request(StaffForm form) {
        List<StatementRef> statements = new ArrayList<>();
        String ticked = form.text("statements");
        if (ticked == null) {
            form.error("statements", StaffTexts.of("school_plan_statements_required"));
        } else {
            for (String value : ticked.split(",")) {
                int slash = value.indexOf('/');
                if (slash < 1 || slash == value.length() - 1) {
                    form.error("statements", StaffTexts.of("choose_from_list"));
                    continue;
                }
                statements.add(new StatementRef(value.substring(0, slash), value.substring(slash + 1)));
            }
        }
        return new ActionRequest(
                statements,
                form.text("text"),
                form.text("owner"),
                form.date("dueDate"),
                form.text("status"),
                form.text("notes"),
                form.integer("revision"));
    }
}
