package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.employer.Employer;
import cn.jiuweihai.silver.employer.VerificationStatus;
import cn.jiuweihai.silver.reference.OccupationView;
import cn.jiuweihai.silver.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a job (and its employer) into the records the API answers with. */
@ApplicationScoped
class JobViewMapper {

    private final ReferenceData reference;

    JobViewMapper(ReferenceData reference) {
        this.reference = reference;
    }

    static String payText(int payMin, int payMax, JobEnums.PayUnit unit) {
        String range = payMin == payMax ? Integer.toString(payMin) : payMin + "-" + payMax;
        return range + unit.label;
    }

    JobViews.Summary summary(Job job) {
        return new JobViews.Summary(job.id, job.title, job.employer.id, job.employer.name, job.employer.ageFriendly,
                job.category, job.districtCode, reference.districtName(job.districtCode), job.payMin, job.payMax,
                job.payUnit, payText(job.payMin, job.payMax, job.payUnit), job.employmentForm, job.physicalDemand,
                job.features(), job.zones(), job.status, job.publishedAt, job.validUntil, null);
    }

    /** The detail; {@code withReview} adds why the job waits or was rejected (employer and staff only). */
    JobViews.Detail detail(Job job, boolean withReview) {
        OccupationView occupation = reference.occupation(job.occupationId);
        JobEnums.ReviewCause cause = withReview ? job.reviewCause : null;
        return new JobViews.Detail(job.id, job.title, card(job.employer), job.occupationId,
                occupation == null ? null : occupation.name(), job.category, job.description, job.districtCode,
                reference.districtName(job.districtCode), job.address, job.latitude, job.longitude, job.payMin,
                job.payMax, job.payUnit, payText(job.payMin, job.payMax, job.payUnit), job.payMonthlyMin,
                job.employmentForm, job.schedule, job.headcount, job.ageMin, job.ageMax, job.physicalDemand,
                job.features(), job.features().stream().map(feature -> feature.label).toList(), job.protection,
                job.zones(), job.status, job.publishedAt, job.validUntil, job.updatedAt, cause,
                cause == null ? null : cause.label, withReview ? job.reviewReason : null);
    }

    private JobViews.EmployerCard card(Employer employer) {
        return new JobViews.EmployerCard(employer.id, employer.name,
                employer.verificationStatus == VerificationStatus.VERIFIED, employer.ageFriendly,
                employer.silverEconomy, employer.silverSegment, reference.districtName(employer.districtCode));
    }
}
