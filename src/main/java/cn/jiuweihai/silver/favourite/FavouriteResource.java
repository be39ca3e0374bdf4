package cn.jiuweihai.silver.favourite;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.job.JobViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A seeker's saved jobs (收藏). */
@Path("/api/v1/seekers/me/favourites")
@Tag(name = "收藏", description = "求职者收藏岗位")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class FavouriteResource {

    private final FavouriteService favourites;
    private final CurrentUser currentUser;

    FavouriteResource(FavouriteService favourites, CurrentUser currentUser) {
        this.favourites = favourites;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "我收藏的岗位", description = "最近收藏的在前；已结束招聘的岗位也保留，状态可见。")
    @APIResponse(responseCode = "200", description = "岗位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<JobViews.Summary> list(@Valid @BeanParam PageParams paging) {
        return favourites.list(currentUser.userId(), paging);
    }

    @PUT
    @Path("/{jobId}")
    @ResponseStatus(204)
    @Operation(summary = "收藏岗位", description = "只能收藏正在招聘的岗位；重复收藏不会出错。")
    @APIResponse(responseCode = "204", description = "已收藏")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public void save(
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId) {
        favourites.save(currentUser.userId(), Ids.parse(jobId));
    }

    @DELETE
    @Path("/{jobId}")
    @ResponseStatus(204)
    @Operation(summary = "取消收藏", description = "没有收藏过的岗位也可以取消，不会出错。")
    @APIResponse(responseCode = "204", description = "已取消")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public void remove(
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId) {
        favourites.remove(currentUser.userId(), Ids.parse(jobId));
    }
}
