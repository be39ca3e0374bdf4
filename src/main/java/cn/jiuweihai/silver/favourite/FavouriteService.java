package cn.jiuweihai.silver.favourite;

import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.job.JobViews;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Registered seekers save jobs and read them back, still there after the job closes. */
@ApplicationScoped
class FavouriteService {

    private final FavouriteRepository favourites;
    private final SeekerService seekers;
    private final JobService jobs;

    FavouriteService(FavouriteRepository favourites, SeekerService seekers, JobService jobs) {
        this.favourites = favourites;
        this.seekers = seekers;
        this.jobs = jobs;
    }

    /** Saves an open job; saving it again changes nothing. */
    @Transactional
    void save(long userId, long jobId) {
        Seeker seeker = seekers.requireRegistered(userId);
        jobs.requireOpen(jobId);
        if (favourites.findByIdOptional(new Favourite.Key(seeker.id, jobId)).isPresent()) {
            return;
        }

        Favourite favourite = new Favourite();
        favourite.seekerId = seeker.id;
        favourite.jobId = jobId;
        favourite.createdAt = Instant.now();
        favourites.persist(favourite);
        Log.infof("Seeker %d saved job %d", seeker.id, jobId);
    }

    @Transactional
    void remove(long userId, long jobId) {
        Seeker seeker = seekers.requireRegistered(userId);
        favourites.deleteById(new Favourite.Key(seeker.id, jobId));
    }

    PageResult<JobViews.Summary> list(long userId, PageParams paging) {
        Seeker seeker = seekers.requireRegistered(userId);
        List<Long> ids = favourites.jobIds(seeker.id, paging.offset(), paging.size());
        return new PageResult<>(jobs.summaries(ids), paging.page(), paging.size(), favourites.countOf(seeker.id));
    }
}
