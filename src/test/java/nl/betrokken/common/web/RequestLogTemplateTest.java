package nl.betrokken.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An answering link is a secret: the log names its route, never its slug. */
class RequestLogTemplateTest {

    @Test
    void aLinksSlugIsLoggedAsTheRoute() {
        assertEquals("/s/{slug}", RequestLog.template("/s/Ab3dEf9hJk"));
        assertEquals("/s/{slug}/p/about", RequestLog.template("/s/Ab3dEf9hJk/p/about"));
        assertEquals("/k/{slug}", RequestLog.template("/k/Zz9"));
        assertEquals("/s/{slug}/", RequestLog.template("/s/Ab3/"));
        assertEquals("/s/{slug}", RequestLog.template("/s/"));
    }

    @Test
    void otherPathsAreLoggedAsTheyAre() {
        assertEquals("/monitor/municipalities/3", RequestLog.template("/monitor/municipalities/3"));
        assertEquals("/c", RequestLog.template("/c"));
        assertEquals("/sk/x", RequestLog.template("/sk/x"));
        assertEquals("/s", RequestLog.template("/s"));
    }
}
