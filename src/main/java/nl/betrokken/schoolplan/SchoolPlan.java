package nl.betrokken.schoolplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A school's improvement plan: one per institution, made when its first action is added. */
@Entity
@Table(name = "school_plan")
public class SchoolPlan extends PanacheEntityBase {

    /** No 0, 1, o, l or i: a slug read aloud or typed over from paper stays unambiguous. */
    private static final String SLUG_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "institution_id", nullable = false)
    public long institutionId;

    /** The public page's address: random (about 80 bits), so schools cannot be counted through. */
    @Column(name = "public_slug", nullable = false)
    public String publicSlug;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by")
    public Long createdBy;

    public static String newSlug() {
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            slug.append(SLUG_LETTERS.charAt(RANDOM.nextInt(SLUG_LETTERS.length())));
        }
        return slug.toString();
    }

    public static Optional<SchoolPlan> ofInstitution(long institutionId) {
        return find("institutionId", institutionId).firstResultOptional();
    }

    static Optional<SchoolPlan> bySlug(String slug) {
        return find("publicSlug", slug).firstResultOptional();
    }

    static List<SchoolPlan> ofInstitutions(Collection<Long> institutionIds) {
        return institutionIds.isEmpty() ? List.of() : list("institutionId in ?1", institutionIds);
    }
}
