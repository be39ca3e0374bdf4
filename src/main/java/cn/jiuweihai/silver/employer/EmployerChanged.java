package cn.jiuweihai.silver.employer;

/**
 * Fired inside the transaction that changed what an employer's jobs show (its name, verification
 * or age-friendly mark), so the job search can refresh them.
 */
public record EmployerChanged(long employerId) {
}
