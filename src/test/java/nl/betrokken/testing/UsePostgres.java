package nl.betrokken.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresResource} for every Quarkus test in the module. */
@QuarkusTestResource(PostgresResource.class)
public final class UsePostgres {

    private UsePostgres() {}
}
