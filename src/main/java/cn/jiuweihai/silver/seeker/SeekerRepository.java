package cn.jiuweihai.silver.seeker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds registrations by user and by the lookup hash of the ID number. */
@ApplicationScoped
public class SeekerRepository implements PanacheRepositoryBase<Seeker, Long> {

    public Optional<Seeker> findByUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    Optional<Seeker> findByIdHash(String idNumberHash) {
        return find("idNumberHash", idNumberHash).firstResultOptional();
    }

    Optional<Seeker> findActive(long id) {
        return find("id = ?1 and status = ?2", id, SeekerEnums.Status.ACTIVE).firstResultOptional();
    }
}
