package nl.betrokken.organisations;

import java.util.Optional;

/**
 * Where parents read what their school did with earlier answers, once it has something to say. The
 * school's improvement plan answers it; the answering pages, which may not use another page feature,
 * ask it here so the landing page of a next wave can link to it.
 */
public interface InstitutionPublicPage {

    /** The path of the institution's public page, or empty when it has none (yet). */
    Optional<String> path(long institutionId);
}
