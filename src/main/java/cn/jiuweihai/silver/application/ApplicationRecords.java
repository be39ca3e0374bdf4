package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.seeker.SeekerApplications;
import cn.jiuweihai.silver.seeker.SeekerDeregistered;
import cn.jiuweihai.silver.seeker.SeekerExport;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A seeker's applications as the registry needs them: for the data download and at deregistration. */
@ApplicationScoped
class ApplicationRecords implements SeekerApplications {

    private static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.VIEWED, ApplicationStatus.INTERVIEW);
    private static final String WITHDRAWN_NOTE = "求职者已注销";

    private final ApplicationRepository applications;

    ApplicationRecords(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public List<SeekerExport.ApplicationRecord> of(long seekerId) {
        return applications.allOfSeeker(seekerId).stream().map(this::record).toList();
    }

    /** Open applications end as withdrawn; the rows stay, pointing at the anonymised registration. */
    void withdrawOpen(@Observes SeekerDeregistered event) {
        Instant now = Instant.now();
        List<JobApplication> open = applications.allOfSeeker(event.seekerId()).stream()
                .filter(a -> OPEN.contains(a.status)).toList();
        for (JobApplication application : open) {
            ApplicationStatus from = application.status;
            application.status = ApplicationStatus.WITHDRAWN;
            application.updatedAt = now;
            applications.flush();
            applications.record(application, from, event.userId(), ApplicationService.SEEKER, WITHDRAWN_NOTE);
        }
        Log.infof("Withdrew %d open applications of deregistered seeker %d", open.size(), event.seekerId());
    }

    private SeekerExport.ApplicationRecord record(JobApplication a) {
        List<SeekerExport.Move> history = applications.history(a.id).stream()
                .map(e -> new SeekerExport.Move(e.fromStatus == null ? null : e.fromStatus.name(), e.toStatus.name(),
                        e.createdAt))
                .toList();
        return new SeekerExport.ApplicationRecord(a.id, a.job.id, a.job.title, a.job.employer.name, a.status.name(),
                a.createdAt, a.updatedAt, history);
    }
}
