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

    boolean idNumberTaken(String idNumberHash) {
        return count("idNumberHash", idNumberHash) > 0;
    }
}
