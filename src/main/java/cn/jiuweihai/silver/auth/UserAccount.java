package cn.jiuweihai.silver.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One WeChat identity of the mini-program. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String openid;

    public String unionid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at", nullable = false)
    public Instant lastLoginAt;

    /** When the user deregistered; the openid was replaced then, so WeChat no longer leads here. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    public static UserAccount findByOpenid(String openid) {
        return find("openid", openid).firstResult();
    }

    static boolean isErased(long id) {
        return count("id = ?1 and erasedAt is not null", id) > 0;
    }
}
