package cn.jiuweihai.silver.seeker;

import java.util.List;

/**
 * What the application feature holds about a seeker, for the data download. Implemented there,
 * so the registry needs no knowledge of jobs or pipelines.
 */
public interface SeekerApplications {

    List<SeekerExport.ApplicationRecord> of(long seekerId);
}
