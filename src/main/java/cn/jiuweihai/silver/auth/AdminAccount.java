package cn.jiuweihai.silver.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bureau staff account; {@code districtCode} null means the whole city. */
@Entity
@Table(name = "admin_account")
public class AdminAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static AdminAccount findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
