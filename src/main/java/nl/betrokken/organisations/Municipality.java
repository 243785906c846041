package nl.betrokken.organisations;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A gemeente: it runs the baseline measurement and the LEA for the institutions within it. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** The CBS municipality code (GM0363 for Amsterdam), when known. */
    @Column(name = "cbs_code")
    public String cbsCode;

    /** Figures about the answers of fewer parents than this are never shown. */
    @Column(name = "parent_threshold", nullable = false)
    public int parentThreshold = 5;

    /** The same for the staff questionnaires. */
    @Column(name = "two_factor_for_analysts", nullable = false)
    public boolean twoFactorForAnalysts;

    @Column(name = "staff_threshold", nullable = false)
    public int staffThreshold = 5;

    /** An institution's name stands on rows of raw answers only when it has at least this many responses. */
    @Column(name = "microdata_threshold", nullable = false)
    public int microdataThreshold = 10;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
