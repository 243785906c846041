package nl.betrokken.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The demo users' password is public: without an explicit setting, the demo exists only where no network reaches it. */
class DemoExposureTest {

    @Test
    void onlyALoopbackAddressCountsAsUnreachable() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
            assertTrue(DemoData.loopbackOnly(host), host);
        }
        for (String host : new String[] {"0.0.0.0", "::", "10.0.0.5", "betrokken.gemeente.nl", "", null}) {
            assertFalse(DemoData.loopbackOnly(host), String.valueOf(host));
        }
    }
}
