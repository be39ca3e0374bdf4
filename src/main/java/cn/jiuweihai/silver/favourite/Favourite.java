package cn.jiuweihai.silver.favourite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A job a seeker saved to read again later (收藏). */
@Entity
@Table(name = "job_favourite")
@IdClass(Favourite.Key.class)
public class Favourite {

    /** Composite key: a seeker saves a job once. */
    public record Key(Long seekerId, Long jobId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "seeker_id")
    public Long seekerId;

    @Id
    @Column(name = "job_id")
    public Long jobId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
