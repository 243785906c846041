package nl.betrokken.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every resource method of the compiled application, discovered from target/classes, so that tests
 * that must cover every endpoint (authorization, hostile input) fail when one is added without them.
 */
public final class Endpoints {

    public record Endpoint(String verb, String path, Method method) {

        @Override
        public String toString() {
            return verb + " " + path;
        }

        /** Takes a JSON document as its body (a parameter without any JAX-RS annotation). */
        public boolean takesJson() {
            return consumes(MediaType.APPLICATION_JSON)
                    && Stream.of(method.getParameters()).anyMatch(Endpoints::isBody);
        }

        /** Takes an HTML form. */
        public boolean takesForm() {
            return consumes(MediaType.APPLICATION_FORM_URLENCODED);
        }

        /** The path with every {parameter} filled in. */
        public String pathWith(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        private boolean consumes(String type) {
            Consumes consumes = method.getAnnotation(Consumes.class);
            if (consumes == null) {
                consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
            }
            if (consumes == null) {
                // Quarkus REST reads an unannotated body parameter as JSON
                return type.equals(MediaType.APPLICATION_JSON);
            }
            return Stream.of(consumes.value()).anyMatch(value -> value.startsWith(type));
        }
    }

    private Endpoints() {}

    public static List<Endpoint> all() throws IOException, ClassNotFoundException {
        List<Endpoint> endpoints = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Endpoints.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                    if (path.length() > 1 && path.endsWith("/")) {
                        path = path.substring(0, path.length() - 1);
                    }
                    endpoints.add(new Endpoint(verb, path, method));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static boolean isBody(Parameter parameter) {
        if (MultivaluedMap.class.isAssignableFrom(parameter.getType())) {
            return false;
        }
        return Stream.of(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")
                        || a.annotationType().getPackageName().startsWith("org.jboss.resteasy"));
    }
}
