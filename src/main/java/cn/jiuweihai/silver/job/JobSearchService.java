package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The public job search, answered from this instance's index of open jobs. */
@ApplicationScoped
class JobSearchService {

    private final JobIndexSync sync;

    JobSearchService(JobIndexSync sync) {
        this.sync = sync;
    }

    PageResult<JobViews.Summary> search(JobSearch search, PageParams paging) {
        SearchQuery query = search.toQuery(Dates.today().toEpochDay());
        JobIndex.Page page = sync.index().search(query, paging.offset(), paging.size());
        boolean near = query.near() != null;
        List<JobViews.Summary> items = page.hits().stream()
                .map(hit -> near ? withDistance(hit.job().summary(), hit.distanceMeters()) : hit.job().summary())
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), page.total());
    }

    private static JobViews.Summary withDistance(JobViews.Summary s, int meters) {
        return new JobViews.Summary(s.id(), s.title(), s.employerId(), s.employerName(), s.employerAgeFriendly(),
                s.category(), s.districtCode(), s.districtName(), s.payMin(), s.payMax(), s.payUnit(), s.payText(),
                s.employmentForm(), s.physicalDemand(), s.features(), s.zones(), s.status(), s.publishedAt(),
                s.validUntil(), meters);
    }
}
