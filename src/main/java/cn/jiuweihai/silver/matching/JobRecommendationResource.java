package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Jobs recommended to the seeker. */
@Path("/api/v1/seekers/me/recommendations")
@Tag(name = "推荐", description = "为求职者推荐岗位，为岗位推荐人才，附推荐理由")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class JobRecommendationResource {

    private final MatchingService matching;
    private final CurrentUser currentUser;

    JobRecommendationResource(MatchingService matching, CurrentUser currentUser) {
        this.matching = matching;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "为我推荐的岗位", description = "按匹配度从高到低；只含年龄符合、尚未投递的岗位，每条附推荐理由。")
    @APIResponse(responseCode = "200", description = "推荐岗位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<MatchingViews.JobMatch> jobs(@Valid @BeanParam PageParams paging) {
        return matching.jobsFor(currentUser.userId(), paging);
    }
}
