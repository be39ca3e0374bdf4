package cn.jiuweihai.silver.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A WeChat user who acts for an employer; the one who registered it is its OWNER. */
@Entity
@Table(name = "employer_member")
@IdClass(EmployerMember.Key.class)
public class EmployerMember {

    /** Composite key: one membership per user and employer. */
    public record Key(Long employerId, Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "employer_id")
    public Long employerId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "member_role", nullable = false)
    public String memberRole;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
