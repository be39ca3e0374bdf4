package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Candidates recommended for one of the employer's jobs. */
@Path("/api/v1/employers/{employerId}/jobs/{jobId}/candidates")
@Tag(name = "推荐")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class CandidateRecommendationResource {

    private final MatchingService matching;
    private final CurrentUser currentUser;

    CandidateRecommendationResource(MatchingService matching, CurrentUser currentUser) {
        this.matching = matching;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "为岗位推荐人才", description = "按匹配度从高到低；只显示称呼、年龄段、区市和技能，"
            + "不含姓名和电话。已投递或已邀约的求职者不再出现。")
    @APIResponse(responseCode = "200", description = "推荐人才分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<MatchingViews.CandidateMatch> candidates(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId,
            @Valid @BeanParam PageParams paging) {
        return matching.candidatesFor(currentUser.userId(), Ids.parse(employerId), Ids.parse(jobId), paging);
    }
}
