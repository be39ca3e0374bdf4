package cn.jiuweihai.silver.job;

/** Fired inside the transaction that changed a job, so the search index reloads it after commit. */
record JobChanged(long jobId) {
}
