package nl.betrokken.organisations.duo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.betrokken.organisations.Sector;

/**
 * A file uploaded on the import page, kept from its preview until the user confirms it (or for an
 * hour), with the fingerprint of the preview they saw: the confirmation applies that, or nothing.
 */
@Entity
@Table(name = "pending_import")
public class PendingImport extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(nullable = false)
    public String filename;

    @Column(nullable = false)
    public byte[] content;

    @Column(name = "preview_hash", nullable = false)
    public String previewHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Forgets the files older than the cutoff. */
    static long deleteOlderThan(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
