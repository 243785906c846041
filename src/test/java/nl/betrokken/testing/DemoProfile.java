package nl.betrokken.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application as a newcomer's first start has it: with the demo municipality, users, waves and answers. */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("betrokken.demo.enabled", "true");
    }
}
