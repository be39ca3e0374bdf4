package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.employer.EmployerChanged;
import cn.jiuweihai.silver.employer.VerificationStatus;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's {@link JobIndex} in step with the database, which stays the truth: a
 * full load at start, the jobs this instance changes right after commit, and every other change
 * (another instance, a bulk update) through a poll of {@code job.updated_at}. It also closes
 * jobs whose valid-until date has passed; the update is idempotent, so every instance may run it.
 */
@ApplicationScoped
class JobIndexSync {

    private static final int BATCH = 5000;
    /** Reread changes this far back, so a transaction that commits late is not missed. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final JobIndex index = new JobIndex();
    private final JobRepository jobs;
    private final JobViewMapper views;
    private final Duration refreshInterval;
    private final Duration expiryInterval;
    private ScheduledExecutorService timer;
    private volatile Instant watermark = Instant.EPOCH;

    JobIndexSync(JobRepository jobs, JobViewMapper views,
            @ConfigProperty(name = "silver.search.refresh-interval", defaultValue = "PT1S") Duration refreshInterval,
            @ConfigProperty(name = "silver.jobs.expiry-interval", defaultValue = "PT10M") Duration expiryInterval) {
        this.jobs = jobs;
        this.views = views;
        this.refreshInterval = refreshInterval;
        this.expiryInterval = expiryInterval;
    }

    JobIndex index() {
        return index;
    }

    void start(@Observes StartupEvent event) {
        closeExpired();
        loadAll();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "job-index"));
        timer.scheduleWithFixedDelay(this::refreshQuietly, refreshInterval.toMillis(), refreshInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::closeExpiredQuietly, expiryInterval.toMillis(),
                expiryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void jobChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobChanged change) {
        QuarkusTransaction.requiringNew().run(() -> jobs.findWithEmployer(change.jobId()).ifPresentOrElse(
                this::put, () -> index.remove(change.jobId(), Long.MAX_VALUE)));
    }

    /** Inside the employer's transaction: every instance will see its jobs as changed. */
    void touchJobsOf(@Observes EmployerChanged change) {
        jobs.touchEmployerJobs(change.employerId(), Instant.now());
    }

    void employerChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmployerChanged change) {
        QuarkusTransaction.requiringNew().run(() -> jobs.ofEmployerAll(change.employerId()).forEach(this::put));
    }

    /** Reads every change since the last one seen; also what the timer runs each interval. */
    void refresh() {
        Instant since = watermark.minus(OVERLAP);
        List<Job> changed = QuarkusTransaction.requiringNew().call(() -> {
            List<Job> found = jobs.changedSince(since, BATCH * 5);
            found.forEach(this::put);
            return found;
        });
        if (!changed.isEmpty()) {
            watermark = changed.get(changed.size() - 1).updatedAt;
        }
    }

    int closeExpired() {
        int closed = QuarkusTransaction.requiringNew().call(() -> jobs.closeExpired(Dates.today(), Instant.now()));
        if (closed > 0) {
            Log.infof("Closed %d jobs past their valid-until date", closed);
        }
        return closed;
    }

    private void loadAll() {
        Instant before = QuarkusTransaction.requiringNew().call(jobs::lastChange);
        long afterId = 0;
        List<Job> batch;
        do {
            long from = afterId;
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Job> found = jobs.openAfter(from, Dates.today(), BATCH);
                found.forEach(this::put);
                return found;
            });
            afterId = batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id;
        } while (batch.size() == BATCH);
        watermark = before == null ? Instant.EPOCH : before;
        Log.infof("Job search index loaded: %d open jobs", index.size());
    }

    private void put(Job job) {
        if (isOpen(job)) {
            index.put(IndexedJob.of(job, views.summary(job)));
        } else {
            index.remove(job.id, IndexedJob.stampOf(job));
        }
    }

    private static boolean isOpen(Job job) {
        return job.status == JobEnums.Status.PUBLISHED && !job.validUntil.isBefore(Dates.today())
                && job.employer.verificationStatus == VerificationStatus.VERIFIED;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            Log.warnf("Job search index refresh failed, will retry: %s", e.getClass().getSimpleName());
        }
    }

    private void closeExpiredQuietly() {
        try {
            closeExpired();
        } catch (RuntimeException e) {
            Log.warnf("Closing expired jobs failed, will retry: %s", e.getClass().getSimpleName());
        }
    }
}
