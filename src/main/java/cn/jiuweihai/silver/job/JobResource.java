package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public job board: anyone may search and read published jobs without logging in. */
@Path("/api/v1/jobs")
@Tag(name = "岗位", description = "岗位搜索与详情（无需登录）")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class JobResource {

    private final JobService jobs;
    private final JobSearchService search;

    JobResource(JobService jobs, JobSearchService search) {
        this.jobs = jobs;
        this.search = search;
    }

    @GET
    @Operation(summary = "搜索岗位", description = "只含正在招聘的岗位。可按关键词、区市、专区、类别、工种、用工形式、体力要求、"
            + "适老化特点、期望薪酬、年龄和附近位置筛选；按相关度、最新、距离或薪酬排序，翻页稳定，total 为符合条件的总数。"
            + "其他实例的改动约1秒后可搜到。")
    @APIResponse(responseCode = "200", description = "岗位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<JobViews.Summary> search(@Valid @BeanParam JobSearch filters,
            @Valid @BeanParam PageParams paging) {
        return search.search(filters, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "岗位详情")
    @APIResponse(responseCode = "200", description = "岗位详情",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail detail(
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return jobs.publishedDetail(Ids.parse(id));
    }
}
