package cn.jiuweihai.silver.favourite;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Seekers' saved jobs. */
@ApplicationScoped
class FavouriteRepository implements PanacheRepositoryBase<Favourite, Favourite.Key> {

    /** Job ids a seeker saved, the most recently saved first. */
    List<Long> jobIds(long seekerId, int offset, int size) {
        return getEntityManager().createQuery("select f.jobId from Favourite f where f.seekerId = :seeker"
                        + " order by f.createdAt desc, f.jobId desc", Long.class)
                .setParameter("seeker", seekerId).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    long countOf(long seekerId) {
        return count("seekerId", seekerId);
    }
}
