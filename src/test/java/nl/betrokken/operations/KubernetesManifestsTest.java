package nl.betrokken.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What production relies on in docker/k8s, checked without a cluster. */
class KubernetesManifestsTest {

    static final Path DIRECTORY = Path.of("docker", "k8s");
    static final List<JsonNode> DOCUMENTS = new ArrayList<>();
    static final Set<String> FILES = new TreeSet<>();

    @BeforeAll
    static void parse() throws IOException {
        YAMLMapper mapper = new YAMLMapper();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                FILES.add(file.getFileName().toString());
                assertTrue(
                        Files.readString(file).startsWith("#"),
                        file + " must start with a comment saying why it exists");
                try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
                    DOCUMENTS.addAll(mapper.readValues(parser, JsonNode.class).readAll());
                }
            }
        }
    }

    static JsonNode the(String kind) {
        List<JsonNode> found = DOCUMENTS.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .toList();
        assertEquals(1, found.size(), "expected exactly one " + kind + " in " + DIRECTORY);
        return found.get(0);
    }

    static JsonNode container() {
        return the("Deployment").at("/spec/template/spec/containers/0");
    }

    /** A port given by number or by the name of a container port, as the number it ends up at. */
    static int resolve(JsonNode port) {
        for (JsonNode p : container().path("ports")) {
            if (port.isTextual() && port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        assertTrue(port.isInt(), "port " + port + " is neither a number nor the name of a container port");
        return port.asInt();
    }

    static void assertSelectsThePods(JsonNode selector, String what) {
        JsonNode labels = the("Deployment").at("/spec/template/metadata/labels");
        assertEquals(
                "betrokken",
                selector.path("app.kubernetes.io/name").asText(),
                what + " must select by app.kubernetes.io/name");
        for (Map.Entry<String, JsonNode> label : selector.properties()) {
            assertEquals(
                    label.getValue().asText(),
                    labels.path(label.getKey()).asText(),
                    what + " selects " + label.getKey() + ", which the Deployment's pods do not carry with that value");
        }
    }

    @Test
    void theDeploymentRunsSeveralReplicasWithBoundedMemory() {
        JsonNode deployment = the("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "with one replica every restart is an outage");
        assertEquals(
                0,
                deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1),
                "a rollout must keep capacity");
        assertFalse(
                container().at("/resources/limits/memory").asText().isBlank(),
                "MaxRAMPercentage sizes the heap from the memory limit");
        assertSelectsThePods(deployment.at("/spec/selector/matchLabels"), "the Deployment");
    }

    @Test
    void probesAskTheRightHealthEndpointsOnTheHttpPort() {
        Map<String, String> probes = Map.of(
                "readinessProbe",
                "/q/health/ready",
                "livenessProbe",
                "/q/health/live",
                "startupProbe",
                "/q/health/started");
        probes.forEach((probe, path) -> {
            assertEquals(path, container().at("/" + probe + "/httpGet/path").asText(), probe + " path");
            assertEquals(
                    8080, resolve(container().at("/" + probe + "/httpGet/port")), probe + " must reach the HTTP port");
        });
    }

    @Test
    void theDatabaseAndThrottleSecretsComeFromSecretsThatTheExampleShows() {
        Set<String> shown = new TreeSet<>();
        DOCUMENTS.stream()
                .filter(d -> "Secret".equals(d.path("kind").asText()))
                .forEach(secret -> secret.path("stringData")
                        .properties()
                        .forEach(key -> shown.add(secret.at("/metadata/name").asText() + "/" + key.getKey())));
        Set<String> fromSecrets = new TreeSet<>();
        for (JsonNode env : container().path("env")) {
            String name = env.path("name").asText();
            JsonNode ref = env.at("/valueFrom/secretKeyRef");
            if (!ref.isMissingNode()) {
                fromSecrets.add(name);
                String key = ref.path("name").asText() + "/" + ref.path("key").asText();
                assertTrue(shown.contains(key), name + " reads " + key + ", which secret.example.yaml does not show");
            }
            if (name.startsWith("QUARKUS_DATASOURCE_") || name.equals("BETROKKEN_SECURITY_THROTTLE_SECRET")) {
                assertTrue(env.path("value").isMissingNode(), name + " must never be written into the manifest");
            }
        }
        assertTrue(
                fromSecrets.containsAll(List.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "BETROKKEN_SECURITY_THROTTLE_SECRET")),
                "from a secretKeyRef: " + fromSecrets);
    }

    @Test
    void theDisruptionBudgetKeepsOnePodYetAllowsADrain() {
        JsonNode budget = the("PodDisruptionBudget");
        assertSelectsThePods(budget.at("/spec/selector/matchLabels"), "the PodDisruptionBudget");
        int minAvailable = budget.at("/spec/minAvailable").asInt();
        assertTrue(
                minAvailable >= 1
                        && minAvailable < the("Deployment").at("/spec/replicas").asInt(),
                "minAvailable " + minAvailable + " must keep a pod running and still let a node be drained");
    }

    @Test
    void theServiceReachesThePodsOnTheContainerPort() {
        JsonNode service = the("Service");
        assertSelectsThePods(service.at("/spec/selector"), "the Service");
        assertEquals(80, service.at("/spec/ports/0/port").asInt(), "the Service port");
        assertEquals(
                8080, resolve(service.at("/spec/ports/0/targetPort")), "the Service must target the container port");
    }

    @Test
    void theKustomizationAppliesEveryManifestButTheExampleSecret() {
        Set<String> listed = new TreeSet<>();
        the("Kustomization").path("resources").forEach(r -> listed.add(r.asText()));
        assertFalse(
                listed.contains("secret.example.yaml"), "applying the kustomization must never overwrite real Secrets");
        Set<String> manifests = new TreeSet<>(FILES);
        manifests.removeAll(Set.of("kustomization.yaml", "secret.example.yaml"));
        assertEquals(manifests, listed, "kustomization.yaml must list every manifest in " + DIRECTORY);
    }
}
