package nl.betrokken.security;

import jakarta.enterprise.context.ApplicationScoped;
import nl.betrokken.common.secrets.ServiceSecrets;

/**
 * Keys for the throttle table: HMACs under a secret (configured, or generated on the first start),
 * so the table holds neither usernames nor client addresses, not even as plain hashes that a
 * list of addresses or names could reverse.
 */
@ApplicationScoped
public class ThrottleKeys {

    private final ServiceSecrets secrets;
    private final SecurityConfig config;

    public ThrottleKeys(ServiceSecrets secrets, SecurityConfig config) {
        this.secrets = secrets;
        this.config = config;
    }

    public String client(String clientAddress) {
        return key("client", clientAddress);
    }

    public String username(String username) {
        return key("user", Usernames.normalise(username));
    }

    public String usernameFromClient(String username, String clientAddress) {
        return key("user-client", Usernames.normalise(username), clientAddress);
    }

    public String accountFromClient(long userId, String clientAddress) {
        return key("account-client", Long.toString(userId), clientAddress);
    }

    public String account(long userId) {
        return key("account", Long.toString(userId));
    }

    private String key(String... parts) {
        String secret = secrets.get("throttle", config.throttleSecret(), "betrokken.security.throttle-secret");
        return Tokens.hmac(secret, String.join("\u0000", parts));
    }
}
