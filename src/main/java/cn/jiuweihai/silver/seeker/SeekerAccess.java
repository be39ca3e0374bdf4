package cn.jiuweihai.silver.seeker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One read of a seeker's full data by bureau staff: who, when and why. */
@Entity
@Table(name = "seeker_access")
class SeekerAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "seeker_id", nullable = false)
    long seekerId;

    @Column(name = "admin_id", nullable = false)
    long adminId;

    @Column(nullable = false)
    String reason;

    @Column(name = "accessed_at", nullable = false)
    Instant accessedAt;

    static void record(long seekerId, long adminId, String reason) {
        SeekerAccess access = new SeekerAccess();
        access.seekerId = seekerId;
        access.adminId = adminId;
        access.reason = reason;
        access.accessedAt = Instant.now();
        access.persist();
    }

    static List<SeekerExport.AccessRecord> of(long seekerId) {
        return SeekerAccess.<SeekerAccess>list("seekerId = ?1 order by accessedAt desc, id desc", seekerId).stream()
                .map(a -> new SeekerExport.AccessRecord(a.adminId, a.reason, a.accessedAt))
                .toList();
    }
}
