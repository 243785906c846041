package nl.betrokken.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who the staff layout's navigation is for, as {@code inject:navigation.user}: the layout draws it
 * itself, so page resources need not hand the user to every template.
 */
@Named("navigation")
@RequestScoped
public class Navigation {

    private final CurrentUser currentUser;

    public Navigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The logged-in user, or null on pages anyone may see (the login page draws no navigation). */
    public AuthenticatedUser user() {
        return currentUser.get().orElse(null);
    }
}
