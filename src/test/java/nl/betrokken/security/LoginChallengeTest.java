package nl.betrokken.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.betrokken.testing.Accounts;
import org.junit.jupiter.api.Test;

/** A challenge leads to its user only until it expires; answering one also clears every expired one. */
@QuarkusTest
class LoginChallengeTest {

    @Inject
    Accounts accounts;

    @Test
    void anExpiredChallengeLeadsNowhereAndIsSweptByTheNextAnswer() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        long user = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username).orElseThrow().id);
        String open = hash("open");
        String answered = hash("answered");
        String expired = hash("expired");
        QuarkusTransaction.requiringNew().run(() -> {
            store(open, user, Duration.ofMinutes(5));
            store(answered, user, Duration.ofMinutes(5));
            store(expired, user, Duration.ofMinutes(-1));
        });

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Optional.of(user), LoginChallenge.userOf(open));
            assertEquals(Optional.empty(), LoginChallenge.userOf(expired), "expired");
            assertEquals(Optional.empty(), LoginChallenge.userOf(hash("unknown")));
        });

        QuarkusTransaction.requiringNew().run(() -> LoginChallenge.deleteAnsweredAndExpired(answered));
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(LoginChallenge.findById(answered));
            assertNull(LoginChallenge.findById(expired), "swept along with the answered one");
            assertNotNull(LoginChallenge.findById(open), "an open challenge stays");
        });
    }

    private static String hash(String name) {
        return Tokens.sha256(name + "-" + UUID.randomUUID());
    }

    private static void store(String tokenHash, long userId, Duration lifetime) {
        LoginChallenge challenge = new LoginChallenge();
        challenge.tokenHash = tokenHash;
        challenge.userId = userId;
        challenge.expiresAt = OffsetDateTime.now().plus(lifetime);
        challenge.persist();
    }
}
