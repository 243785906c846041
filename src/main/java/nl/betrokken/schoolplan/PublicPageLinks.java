package nl.betrokken.schoolplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.betrokken.organisations.InstitutionPublicPage;

/** Tells the answering pages where a school's page for parents is, once its plan has an action. */
@ApplicationScoped
public class PublicPageLinks implements InstitutionPublicPage {

    private final SchoolPlanService plans;

    public PublicPageLinks(SchoolPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> path(long institutionId) {
        return plans.publicPath(institutionId);
    }
}
