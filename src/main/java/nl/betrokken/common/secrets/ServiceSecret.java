package nl.betrokken.common.secrets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A generated secret, stored once for every replica to read; see {@link ServiceSecrets}. */
@Entity
@Table(name = "service_secret")
class ServiceSecret extends PanacheEntityBase {

    @Id
    public String name;

    @Column(nullable = false)
    public String secret;
}
