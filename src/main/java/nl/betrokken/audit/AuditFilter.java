package nl.betrokken.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Which audit events to show: part of a username, an object (kind, optionally its id) and a day range, all optional. */
public record AuditFilter(String person, String objectType, String objectId, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** The same filter as a query string, for the CSV link next to the table. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "person", person);
        append(query, "object", objectType);
        append(query, "objectId", objectId);
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
